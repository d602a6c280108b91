// datamin-purpose: marketing
import { Analytics } from '@segment/analytics-node';
import mailchimp from '@mailchimp/mailchimp_marketing';
import { prisma } from '../lib/db.js';
import { hashEmail } from '../lib/privacy.js';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export async function syncCustomer(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  // purpose-violation: marketing does not declare the phone number, yet it goes to Segment.
  // consent-not-checked: nothing tests user.marketingConsent before this call.
  analytics.identify({ userId: user.id, traits: { email: user.email, phone: user.phone } });

  // Fine: the newsletter is sent only with consent, and only what marketing declares.
  if (user.marketingConsent) {
    await mailchimp.lists.addListMember('newsletter', {
      email_address: user.email,
      status: 'subscribed',
      merge_fields: { FNAME: user.firstName },
    });
  }
}

/** Fine: a hashed email is a pseudonym, and the id is only an id. */
export function trackPurchase(userId: string, email: string, total: number) {
  analytics.track({ userId, event: 'Order Completed', properties: { total, emailHash: hashEmail(email) } });
}
