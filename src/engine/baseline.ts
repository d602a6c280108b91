/**
 * The baseline (`.datamin-baseline.json`): fingerprints of findings a team accepted for now, so
 * that CI fails only on new ones. Fingerprints come from rule, file, field, recipient and the
 * normalized code of the line (src/engine/fingerprint.ts): stable when lines move.
 */
import type { Finding } from '../report/types.js';

export const BASELINE_FILE_NAME = '.datamin-baseline.json';

export interface BaselineFile {
  version: 1;
  /** One entry per accepted finding, sorted; rule, file and field are there for people reading it. */
  findings: Array<{ fingerprint: string; ruleId: string; file: string; field?: string | null }>;
}

export function renderBaseline(findings: readonly Finding[]): string {
  const entries = findings
    .map((finding) => ({ fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: finding.file, ...(finding.field ? { field: finding.field } : {}) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  const unique = entries.filter((entry, index) => index === 0 || entry.fingerprint !== entries[index - 1].fingerprint || entry.file !== entries[index - 1].file);
  const baseline: BaselineFile = { version: 1, findings: unique };
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** Reads a baseline's fingerprints; throws with a message naming what is wrong. */
export function parseBaseline(text: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  const findings = (parsed as Partial<BaselineFile> | null)?.findings;
  if (!parsed || typeof parsed !== 'object' || (parsed as BaselineFile).version !== 1 || !Array.isArray(findings)) {
    throw new Error('expected { "version": 1, "findings": [...] } as written by --update-baseline');
  }
  return new Set(findings.map((entry) => entry.fingerprint).filter((fingerprint): fingerprint is string => typeof fingerprint === 'string'));
}
