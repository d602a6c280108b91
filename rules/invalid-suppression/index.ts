import { RULE_IDS, type RuleId } from '../../src/config/rule-ids.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Suppression } from '../../src/engine/suppressions.js';
import { RULES } from '../index.js';

/**
 * A suppression comment is a promise that someone looked at a finding and accepted it. One with
 * no reason cannot be reviewed, one naming a rule that does not exist hides nothing, and one that
 * hides nothing today will silently hide the next finding on that line: all three are reported at
 * the comment (ESLint's `--report-unused-disable-directives`, with the reason made mandatory).
 *
 * Runs after every other rule: the engine has marked each suppression `used` by then.
 */

/**
 * The rules that need a manifest, read from their own meta. Without a manifest those never ran,
 * so a suppression of theirs hid nothing for a reason that says nothing about the suppression.
 * (This rule is left out: loading itself while it loads would never finish.)
 */
const RULES_NEEDING_MANIFEST: ReadonlySet<string> = new Set(
  (
    await Promise.all(
      RULE_IDS.filter((ruleId) => ruleId !== 'invalid-suppression').map(async (ruleId) => ((await RULES[ruleId]()).meta.requiresManifest ? ruleId : undefined)),
    )
  ).filter((ruleId) => ruleId !== undefined),
);

/** The engine never hides what datamin could not read: a suppression of it is always useless. */
const UNSUPPRESSIBLE: RuleId = 'analysis-error';

export default defineRule({
  id: 'invalid-suppression',
  meta: {
    defaultSeverity: 'warn',
    description: 'A suppression comment gives no reason, names no known rule, or suppresses nothing.',
    requiresManifest: false,
    messages: {
      missingReason:
        'This suppression of {{rules}} gives no reason, so datamin does not honour it: say why the finding is acceptable after " -- " ({{example}}).',
      noRule: 'This suppression names no rule, so it hides nothing: name the rule it is for before " -- " ({{example}}).',
      unknownRule: '"{{ruleId}}" is not a datamin rule, so this suppression hides nothing for it: did you mean "{{suggestion}}"?',
      unknownRuleNoSuggestion: '"{{ruleId}}" is not a datamin rule, so this suppression hides nothing for it: use an id that "datamin rules" lists.',
      unsuppressible:
        'analysis-error findings cannot be suppressed, so this suppression hides nothing: fix the file or exclude it in the manifest instead.',
      unused: 'This suppression of {{rules}} hid no finding, and would silently hide the next one here: remove it.',
    },
  },
  check({ suppressions, knownRuleIds, suggestRuleId, manifest, report }) {
    const known = new Set<string>(knownRuleIds ?? []);
    for (const suppression of suppressions) {
      const at = { file: suppression.file, line: suppression.line, column: suppression.column };
      const knownIds = suppression.ruleIds.filter((ruleId) => known.has(ruleId));
      const example = exampleComment(suppression.scope, knownIds[0]);

      if (suppression.ruleIds.length === 0) {
        report({ ...at, messageId: 'noRule', data: { example }, key: 'no-rule' });
      }
      for (const ruleId of suppression.ruleIds) {
        if (known.has(ruleId)) continue;
        const suggestion = suggestRuleId?.(ruleId);
        report(
          suggestion
            ? { ...at, messageId: 'unknownRule', data: { ruleId, suggestion }, key: `unknown-rule:${ruleId}` }
            : { ...at, messageId: 'unknownRuleNoSuggestion', data: { ruleId }, key: `unknown-rule:${ruleId}` },
        );
      }
      if (!suppression.reason) {
        // The engine ignores it, so it is unused by construction: the missing reason is the finding.
        if (suppression.ruleIds.length > 0) {
          report({ ...at, messageId: 'missingReason', data: { rules: suppression.ruleIds.join(', '), example }, key: `missing-reason:${suppression.ruleIds.join(',')}` });
        }
        continue;
      }
      if (knownIds.includes(UNSUPPRESSIBLE)) {
        report({ ...at, messageId: 'unsuppressible', key: 'unsuppressible' });
      }
      const suppressible = knownIds.filter((ruleId) => ruleId !== UNSUPPRESSIBLE);
      if (suppression.used || suppressible.length === 0) continue;
      // Without a manifest the rules that need one did not run: their suppressions are not known to be stale.
      if (!manifest && suppressible.some((ruleId) => RULES_NEEDING_MANIFEST.has(ruleId))) continue;
      report({ ...at, messageId: 'unused', data: { rules: suppressible.join(', ') }, key: `unused:${suppressible.join(',')}` });
    }
  },
});

/** A well-formed comment of the same kind, for the message: what to write instead. */
function exampleComment(scope: Suppression['scope'], ruleId = '<rule-id>'): string {
  switch (scope) {
    case 'next-line':
      return `// datamin-ignore-next-line ${ruleId} -- <reason>`;
    case 'file':
      return `// datamin-ignore ${ruleId} -- <reason>`;
    case 'field':
      return `/// datamin-ignore ${ruleId} -- <reason>`;
  }
}
