import { purposesCovering } from '../../src/config/manifest.js';
import { defineRule } from '../../src/engine/rule.js';
import { describeField, isStoredOrCollected } from '../shared.js';

/**
 * Over-collection: personal data the application stores or accepts that no purpose of the
 * manifest declares (GDPR Art. 5(1)(b) purpose limitation, 5(1)(c) data minimisation). A purpose
 * declares a field by its category (which covers the sub-categories), by `Model.field`, or by
 * `Model.*`; the coverage test is the manifest's own, so every rule agrees on it.
 */
export default defineRule({
  id: 'undeclared-personal-data',
  meta: {
    defaultSeverity: 'error',
    description: 'A personal field is stored or collected, but no purpose of the manifest declares it.',
    requiresManifest: true,
    messages: {
      stored:
        '{{field}} is stored but no purpose declares it: add {{category}} (or {{id}}) to the data of the purpose that needs it, or stop collecting it.',
      collected:
        '{{field}} is collected but no purpose declares it: add {{category}} (or {{id}}) to the data of the purpose that needs it, or stop collecting it.',
    },
  },
  check({ inventory, manifest, report }) {
    if (!manifest) return;
    for (const field of inventory) {
      if (!isStoredOrCollected(field)) continue;
      if (purposesCovering(manifest.manifest, { id: field.id, model: field.model, category: field.category }).length > 0) continue;
      report({
        file: field.file,
        line: field.line,
        column: field.column,
        messageId: field.kind === 'collection-point' ? 'collected' : 'stored',
        data: { field: describeField(field), id: field.id, category: field.category },
        field: field.id,
        category: field.category,
      });
    }
  },
});
