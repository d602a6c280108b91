import { purposesCovering } from '../../src/config/manifest.js';
import { defineRule } from '../../src/engine/rule.js';
import { describeField, isStoredOrCollected, quotedList } from '../shared.js';

/**
 * GDPR Art. 5(1)(e) (storage limitation) and Art. 13(2)(a) / 30(1)(f) require a retention period
 * for personal data. A field is kept as long as the longest of its purposes needs it, so one
 * purpose declaring `retention` is enough; a field that no purpose declares at all is
 * `undeclared-personal-data`, not this rule.
 */
export default defineRule({
  id: 'missing-retention',
  meta: {
    defaultSeverity: 'warn',
    description: 'Personal data is declared only by purposes that set no retention period.',
    requiresManifest: true,
    messages: {
      onePurpose:
        '{{field}} is declared by purpose "{{purpose}}", which sets no retention: add purposes.{{purpose}}.retention (an ISO-8601 duration such as P3Y, or an event such as account-deletion) so that the data is deleted when no longer needed.',
      severalPurposes:
        '{{field}} is declared by purposes {{purposeNames}}, none of which sets a retention: add a retention (an ISO-8601 duration such as P3Y, or an event such as account-deletion) to the one that keeps it longest, so that the data is deleted when no longer needed.',
    },
  },
  check({ inventory, manifest, report }) {
    if (!manifest) return;
    for (const field of inventory) {
      if (!isStoredOrCollected(field)) continue;
      const purposes = purposesCovering(manifest.manifest, { id: field.id, model: field.model, category: field.category });
      if (purposes.length === 0 || purposes.some((purpose) => purpose.retention !== undefined)) continue;
      const names = purposes.map((purpose) => purpose.name);
      report({
        file: field.file,
        line: field.line,
        column: field.column,
        messageId: names.length === 1 ? 'onePurpose' : 'severalPurposes',
        data: { field: describeField(field), purpose: names[0], purposeNames: quotedList(names) },
        field: field.id,
        category: field.category,
        purposes: names,
      });
    }
  },
});
