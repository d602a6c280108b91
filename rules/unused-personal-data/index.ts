import { defineRule } from '../../src/engine/rule.js';
import type { Use } from '../../src/flow/types.js';
import { describeField, isStoredOrCollected } from '../shared.js';

/**
 * Data kept for nothing: a personal field that application code never reads (GDPR Art. 5(1)(c)
 * data minimisation, 5(1)(e) storage limitation). It needs no manifest: whatever the purposes,
 * data nobody reads serves none of them. Only the analysed files count, so a field read only in
 * excluded files (tests, scripts) is unused. Whole-record uses (a record serialized, spread, sent
 * or written back) are recorded by the flow analysis as reads of every field, so they need no
 * case here.
 */
export default defineRule({
  id: 'unused-personal-data',
  meta: {
    defaultSeverity: 'warn',
    description: 'A personal field is stored or collected, but application code never reads it.',
    requiresManifest: false,
    messages: {
      stored: '{{field}} is stored but never read by application code: stop storing it, or drop the field from the schema.',
      collected: '{{field}} is collected but never read by application code: stop accepting it, or drop the field from the input schema.',
      writtenOnly: '{{field}} is written in {{write}}{{more}} but never read: stop writing it, or drop the field from the schema.',
    },
  },
  check({ inventory, models, uses, report }) {
    // A schema used as a part of another (`config: ConfigSchema`) is collected through that one,
    // where its fields are reported if unread: not twice.
    const parts = new Set(models.filter((model) => model.kind === 'collection-point' && model.partOf?.length).map((model) => model.name));
    const readFields = new Set<string>();
    const writesByField = new Map<string, Use[]>();
    for (const use of uses) {
      if (use.kind === 'read') {
        readFields.add(use.field);
      } else {
        const writes = writesByField.get(use.field) ?? [];
        writes.push(use);
        writesByField.set(use.field, writes);
      }
    }

    // A schema composed of others (`z.discriminatedUnion('type', [A, B])`, `A.extend({...})`,
    // `...A.shape`) holds the same declarations as its parts: a read of either is a read of both.
    const readDeclarations = new Set(inventory.filter((field) => readFields.has(field.id)).map(declarationKey));
    // Reported once per declaration, under the first model holding it.
    const reported = new Set<string>();

    for (const field of inventory) {
      if (!isStoredOrCollected(field) || readFields.has(field.id) || parts.has(field.model)) continue;
      if (readDeclarations.has(declarationKey(field)) || reported.has(declarationKey(field))) continue;
      reported.add(declarationKey(field));
      const descriptor = { file: field.file, line: field.line, column: field.column, field: field.id, category: field.category };
      const writes = writesByField.get(field.id);
      if (writes?.length) {
        // The first write in file order: where a reader would go to stop writing it.
        const [first] = [...writes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
        const otherPlaces = new Set(writes.map((write) => `${write.file}:${write.line}`)).size - 1;
        const more = otherPlaces === 0 ? '' : ` (and ${otherPlaces} other place${otherPlaces === 1 ? '' : 's'})`;
        report({ ...descriptor, messageId: 'writtenOnly', data: { field: describeField(field), write: `${first.file}:${first.line}`, more } });
      } else {
        report({ ...descriptor, messageId: field.kind === 'collection-point' ? 'collected' : 'stored', data: { field: describeField(field) } });
      }
    }
  },
});

function declarationKey(field: { file: string; line: number; column: number }): string {
  return `${field.file}:${field.line}:${field.column}`;
}
