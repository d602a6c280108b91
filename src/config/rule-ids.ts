/**
 * The rule ids of DESIGN.md section 4, in the order of its table, with their default severities.
 * `schema/datamin.schema.json` lists the same ids under `rules` (test/config/schema.test.ts keeps
 * the two in step), so an editor completes them and a misspelt id is an error, not a rule that
 * silently keeps its default.
 */

/** How a rule's findings count: `off` drops them, `warn` reports without failing, `error` fails. */
export type Severity = 'off' | 'warn' | 'error';

export const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

export const RULE_IDS = [
  'undeclared-personal-data',
  'unused-personal-data',
  'purpose-violation',
  'undeclared-sharing',
  'personal-data-in-logs',
  'whole-record-sharing',
  'special-category-basis',
  'missing-retention',
  'consent-not-checked',
  'client-side-storage',
  'manifest-drift',
  'invalid-suppression',
  'analysis-error',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const DEFAULT_SEVERITIES: Readonly<Record<RuleId, Exclude<Severity, 'off'>>> = {
  'undeclared-personal-data': 'error',
  'unused-personal-data': 'warn',
  'purpose-violation': 'error',
  'undeclared-sharing': 'error',
  'personal-data-in-logs': 'error',
  'whole-record-sharing': 'error',
  'special-category-basis': 'error',
  'missing-retention': 'warn',
  'consent-not-checked': 'warn',
  'client-side-storage': 'warn',
  'manifest-drift': 'warn',
  'invalid-suppression': 'warn',
  'analysis-error': 'error',
};

const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);

export function isRuleId(value: string): value is RuleId {
  return RULE_ID_SET.has(value);
}
