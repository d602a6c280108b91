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
      noRetention:
        '{{field}} is declared by {{purposeLabel}} {{purposeNames}}, which {{verb}} no retention: add {{keys}} (an ISO-8601 duration such as P3Y, or an event such as account-deletion) so that it is deleted when no longer needed.',
    },
  },
  check({ inventory, manifest, report }) {
    if (!manifest) return;
    for (const field of inventory) {
      if (!isStoredOrCollected(field)) continue;
      const purposes = purposesCovering(manifest.manifest, { id: field.id, model: field.model, category: field.category });
      if (purposes.length === 0 || purposes.some((purpose) => purpose.retention !== undefined)) continue;
      const names = purposes.map((purpose) => purpose.name);
      const keys = names.map((name) => `purposes.${name}.retention`);
      report({
        file: field.file,
        line: field.line,
        column: field.column,
        messageId: 'noRetention',
        data: {
          field: describeField(field),
          purposeLabel: names.length === 1 ? 'purpose' : 'purposes',
          purposeNames: quotedList(names),
          verb: names.length === 1 ? 'sets' : 'all set',
          keys: names.length === 1 ? keys[0] : `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]}`,
        },
        field: field.id,
        category: field.category,
        purposes: names,
      });
    }
  },
});
