import { Analytics } from '@segment/analytics-node';
import mailchimp from '@mailchimp/mailchimp_marketing';
import { prisma } from '../lib/db.js';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export async function syncCustomer(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  analytics.identify({ userId: user.id, traits: { email: user.email, phone: user.phone } });
  if (user.marketingConsent) {
    await mailchimp.lists.addListMember('newsletter', {
      email_address: user.email,
      status: 'subscribed',
      merge_fields: { FNAME: user.firstName },
    });
  }
}
