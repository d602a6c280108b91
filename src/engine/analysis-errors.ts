import type { Diagnostic } from '../types.js';
import type { Finding } from '../report/types.js';
import { fingerprintOf } from './fingerprint.js';

/** What could not be read becomes an `analysis-error` finding: a gate never passes on code it could not see. */
export function analysisErrorFindings(diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics.map((diagnostic) => ({
    ruleId: 'analysis-error',
    severity: 'error' as const,
    message: diagnostic.message,
    file: diagnostic.file,
    line: diagnostic.line ?? 1,
    column: diagnostic.column ?? 1,
    fingerprint: fingerprintOf({ ruleId: 'analysis-error', file: diagnostic.file, extra: diagnostic.message }),
  }));
}
