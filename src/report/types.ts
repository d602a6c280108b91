import type { SourceKind, ModelKind } from '../types.js';

/** One inventory entry of the JSON report (DESIGN.md section 5). */
export interface InventoryEntry {
  id: string;
  model: string;
  field: string;
  source: SourceKind;
  kind: ModelKind;
  file: string;
  line: number;
  category: string;
  special: boolean;
  sensitive: boolean;
  confidence: number;
  evidence: string;
}

/** One flow of the JSON report (DESIGN.md section 5). */
export interface FlowEntry {
  field: string | null;
  category: string;
  source: { file: string; line: number; code: string };
  file: string;
  line: number;
  column: number;
  sink: { kind: string; recipient: string; call: string };
  purposes: string[];
  trace: Array<{ file: string; line: number; note: string }>;
  pseudonymous?: boolean;
  sanitizer?: string;
  wholeRecord?: boolean;
  confidence: number;
  evidence: string;
}

export type Severity = 'error' | 'warning';

/** One finding of the JSON report (DESIGN.md section 5). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  field?: string | null;
  category?: string;
  recipient?: string;
  purposes?: string[];
  fingerprint: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  models: number;
  personalFields: number;
  flows?: number;
  durationMs: number;
}

/** The report every format renders. `flows` is present once the flow analysis ran. */
export interface Report {
  version: 1;
  tool: { name: 'datamin'; version: string };
  inventory: InventoryEntry[];
  flows?: FlowEntry[];
  findings: Finding[];
  summary: Summary;
}
