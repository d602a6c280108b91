import * as Sentry from '@sentry/node';
import type { User } from '@prisma/client';

Sentry.init({ dsn: process.env.SENTRY_DSN });

/**
 * Ties errors to the signed-in customer. whole-record-sharing: the whole User record (password
 * hash, date of birth, phone...) goes to Sentry; `{ id: user.id }` would do.
 */
export function identifyForErrors(user: User) {
  Sentry.setUser(user);
}
