import path from 'node:path';
import { scan } from '../../src/index.js';
import type { Finding } from '../../src/report/types.js';

/** A finding as fixtures write it: enough to tell findings apart, stable across wording changes. */
export interface ExpectedFinding {
  ruleId: string;
  file: string;
  line: number;
  field?: string | null;
  recipient?: string;
  severity?: 'error' | 'warning';
  /** When given, the exact message. */
  message?: string;
  /** When given, the purposes the finding names (rules that report per purpose). */
  purposes?: string[];
}

export function findingKey(finding: ExpectedFinding | Finding): string {
  return `${finding.file}:${finding.line} ${finding.ruleId}${finding.field ? ` ${finding.field}` : ''}${finding.recipient ? ` -> ${finding.recipient}` : ''}`;
}

/** Scans a fixture folder as `datamin scan` would, from inside it. */
export async function scanFixture(root: string): Promise<Finding[]> {
  const absolute = path.resolve(root);
  const { report } = await scan({ cwd: absolute, paths: [absolute] });
  return report.findings;
}
