/**
 * What a rule is and what it sees. A rule is `meta` + `check` (ESLint's shape): it reads facts and
 * the manifest and reports findings; it never walks syntax trees or touches the file system.
 */
import type { Manifest, Purpose } from '../config/manifest.js';
import type { ManifestLocator } from '../config/locations.js';
import type { RuleId } from '../config/rule-ids.js';
import type { AnalysisLimit, Flow, Use } from '../flow/types.js';
import type { Diagnostic, ModelFact, PersonalField } from '../types.js';
import type { Suppression } from './suppressions.js';

export interface RuleMeta {
  /** The severity when the manifest's `rules` map does not set one (DESIGN.md section 4). */
  defaultSeverity: 'error' | 'warn';
  /** One sentence; the rule's documentation page starts with the same sentence. */
  description: string;
  /** Rules that compare code with purposes need a manifest; without one they do not run. */
  requiresManifest: boolean;
  /** Message templates by id, with `{{name}}` placeholders. */
  messages: Record<string, string>;
}

/** Where a finding points: a file and line, and optionally what it is about. */
export interface FindingDescriptor {
  file: string;
  line: number;
  column?: number;
  messageId: string;
  data?: Record<string, string | number>;
  field?: string | null;
  category?: string;
  recipient?: string;
  purposes?: string[];
  /** Extra identity for the fingerprint when file, field and recipient do not tell findings apart. */
  key?: string;
}

/** The manifest as rules see it: the data, where things are named in its file, and lookups. */
export interface ManifestView {
  manifest: Manifest;
  /** The manifest file, relative to the root. */
  file: string;
  locator: ManifestLocator;
  purpose(name: string): Purpose | undefined;
}

/** Everything a rule may read. */
export interface RuleContext {
  /** Every model and its fields, personal or not. */
  models: readonly ModelFact[];
  /** The personal fields. */
  inventory: readonly PersonalField[];
  uses: readonly Use[];
  flows: readonly Flow[];
  limits: readonly AnalysisLimit[];
  /** What could not be read. */
  diagnostics: readonly Diagnostic[];
  /** Null when the project has no manifest (only rules that need none run then). */
  manifest: ManifestView | null;
  /** The purposes a file serves (code globs and `// datamin-purpose:` comments). */
  purposesOfFile(file: string): string[];
  /** The analysed script files, root-relative. */
  files: readonly string[];
  /**
   * The suppression comments, with `used` set: given to `invalid-suppression` only, which runs
   * after every other rule (the others see an empty list).
   */
  suppressions: readonly Suppression[];
  /** The closest rule id to a misspelt one. */
  suggestRuleId?: (text: string) => string | undefined;
  knownRuleIds?: readonly string[];
  report(descriptor: FindingDescriptor): void;
}

export interface RuleDefinition {
  id: RuleId;
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Declares a rule; typed so that `messages` ids and the rule id are checked. */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}

/** Fills `{{name}}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : match));
}
