import { purposesCovering } from '../../src/config/manifest.js';
import { defineRule } from '../../src/engine/rule.js';
import { describeField, isStoredOrCollected } from '../shared.js';

/**
 * GDPR Art. 9(1) forbids processing special-category data (health, biometrics, religion, ...)
 * unless one of the Art. 9(2) conditions applies. A purpose satisfies this when its basis is
 * `consent` (read as the explicit consent of Art. 9(2)(a)) or when it names an `article9`
 * condition. Each purpose that declares the field is its own processing, so each is checked on
 * its own: one finding per field per purpose.
 */
export default defineRule({
  id: 'special-category-basis',
  meta: {
    defaultSeverity: 'error',
    description: 'Special-category data is declared by a purpose whose basis is not consent and that names no Art. 9 condition.',
    requiresManifest: true,
    messages: {
      noCondition:
        '{{field}} is special-category data (GDPR Art. 9) declared by purpose "{{purpose}}", whose basis {{basis}} is not enough: set purposes.{{purpose}}.basis to consent or name the Art. 9(2) condition that applies in purposes.{{purpose}}.article9, or remove the data from that purpose.',
    },
  },
  check({ inventory, manifest, report }) {
    if (!manifest) return;
    for (const field of inventory) {
      if (!field.special || !isStoredOrCollected(field)) continue;
      for (const purpose of purposesCovering(manifest.manifest, { id: field.id, model: field.model, category: field.category })) {
        if (purpose.basis === 'consent' || purpose.article9 !== undefined) continue;
        report({
          file: field.file,
          line: field.line,
          column: field.column,
          messageId: 'noCondition',
          data: { field: describeField(field), purpose: purpose.name, basis: purpose.basis },
          field: field.id,
          category: field.category,
          purposes: [purpose.name],
          // Several purposes may be reported at the same declaration; the purpose tells them apart.
          key: purpose.name,
        });
      }
    }
  },
});
