/**
 * Facts the flow analysis produces: uses of model fields, and flows of personal values to sinks.
 * DESIGN.md sections 5 and 7.
 */
import type { SinkKind } from '../catalog/sinks.js';

/** One hop of a flow's trace. */
export interface Hop {
  file: string;
  line: number;
  note: string;
}

/** A read or a write of a model field (DESIGN.md "Reads and writes"). */
export interface Use {
  /** Inventory field id, `User.email`. */
  field: string;
  kind: 'read' | 'write';
  file: string;
  line: number;
  column: number;
  /** The code of the read, trimmed: `user.email`, `select: { email: true }`. */
  code: string;
  /** How the receiver was tied to the model: `prisma.user`, `typed User`, `receiver name user`. */
  evidence: string;
  /** `@purpose` tags of the function (or class) the use is in. */
  purposeTags?: string[];
  /** The field was used as part of a whole record (spread, serialized, handed to a library). */
  wholeRecord?: boolean;
}

/** Where a flow's value was first read. */
export interface FlowSource {
  file: string;
  line: number;
  code: string;
}

export interface FlowSink {
  kind: SinkKind;
  /** A recipient key (`segment`), a logger key (`console`), a host, or `unknown-host`. */
  recipient: string;
  /** The call as written, shortened: `analytics.identify`. */
  call: string;
  /** The catalog entry that matched. */
  id: string;
}

/** A personal value reaching a sink (DESIGN.md section 5, `flows`). */
export interface Flow {
  /** Inventory id when the value comes from a known model, else null. */
  field: string | null;
  category: string;
  source: FlowSource;
  /** The sink call's position. */
  file: string;
  line: number;
  column: number;
  sink: FlowSink;
  /** The purposes of the code from the read to the sink; filled once a manifest is known. */
  purposes: string[];
  trace: Hop[];
  /** Only record ids, or values a sanitizer reduced: not reported by sharing, log and storage rules. */
  pseudonymous?: true;
  /** The sanitizer that reduced the value (`createHash`, `hashEmail`). */
  sanitizer?: string;
  /** The whole record was passed: every personal field of it is shared. */
  wholeRecord?: true;
  confidence: number;
  evidence: string;
  /**
   * Names tested by the conditions guarding the sink call on the path from the read: identifiers
   * and property names in enclosing `if`/`&&`/`?:` conditions and early returns, and functions
   * called in them (`hasConsent`). `consent-not-checked` looks for the consent flag here.
   */
  guards: string[];
  /**
   * Files and functions the value passed through, for purpose mapping: file plus the `@purpose`
   * tags of the enclosing functions. Not part of the JSON report.
   */
  path?: Array<{ file: string; purposeTags: string[] }>;
}

/** Where the analysis stopped instead of guessing (bounds, unresolved calls). */
export interface AnalysisLimit {
  file: string;
  line: number;
  kind: 'unknown-call' | 'depth' | 'budget' | 'recursion';
  note: string;
}
