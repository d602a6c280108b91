import { z } from 'zod';
import { createHash } from 'node:crypto';
import { prisma } from '../lib/db.js';
import { logger } from '../lib/logger.js';

export const SignupForm = z.object({
  email: z.string().email(),
  password: z.string().min(12),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().optional(),
  birthday: z.coerce.date().optional(),
  referralCode: z.string().optional(),
  marketingConsent: z.boolean().default(false),
});

export async function signup(body: unknown) {
  const form = SignupForm.parse(body);
  const passwordHash = createHash('sha256').update(form.password).digest('hex');
  const user = await prisma.user.create({
    data: {
      email: form.email,
      passwordHash,
      firstName: form.firstName,
      lastName: form.lastName,
      phone: form.phone,
      // purpose-violation: the sign-up (account) reads the birthday, which only marketing declares.
      dateOfBirth: form.birthday,
      marketingConsent: form.marketingConsent,
    },
  });
  // personal-data-in-logs: the email ends up in every log store and backup.
  logger.info(`new signup ${user.email}`);
  return { id: user.id };
}
