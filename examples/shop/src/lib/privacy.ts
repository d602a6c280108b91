import { createHash } from 'node:crypto';

/** A stable pseudonym for an email (declared under `sanitizers` in the manifest). */
export function hashEmail(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
