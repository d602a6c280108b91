import { createHash } from 'node:crypto';

/**
 * A finding's identity for baselines: rule, file, field, recipient and the normalized code of
 * its line (white space folded), so that it survives lines moving and reformatting.
 */
export function fingerprintOf(parts: {
  ruleId: string;
  file: string;
  field?: string | null;
  recipient?: string;
  code?: string;
  extra?: string;
}): string {
  const normalizedCode = (parts.code ?? '').replace(/\s+/g, '');
  return createHash('sha256')
    .update([parts.ruleId, parts.file, parts.field ?? '', parts.recipient ?? '', normalizedCode, parts.extra ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}
