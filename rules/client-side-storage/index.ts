import { defineRule } from '../../src/engine/rule.js';
import { perFieldFlows, sinkPhrase, valueKey, valueName } from '../shared-flows.js';

/**
 * Personal data written to browser storage (localStorage, sessionStorage, cookies, IndexedDB):
 * it stays on the device after logout, any script on the page can read it, and the storage
 * itself needs consent under ePrivacy Art. 5(3) unless strictly necessary. A warning, not an
 * error: some storage is the point (a session cookie), but it should hold an id, not the data.
 * Record ids and sanitized values are pseudonymous and not reported; a whole record is one
 * `whole-record-sharing` finding instead.
 */
export default defineRule({
  id: 'client-side-storage',
  meta: {
    defaultSeverity: 'warn',
    description: 'Personal data is written to localStorage, sessionStorage, cookies or IndexedDB.',
    requiresManifest: false,
    messages: {
      stored:
        '{{value}} ({{category}}) {{sink}} in {{file}}, where it outlives the session and any script on the page can read it: keep it on the server and store an id or a session token instead.',
    },
  },
  check({ flows, manifest, report }) {
    for (const flow of perFieldFlows(flows, (candidate) => candidate.sink.kind === 'client-storage')) {
      report({
        file: flow.file,
        line: flow.line,
        column: flow.column,
        messageId: 'stored',
        data: { value: valueName(flow), category: flow.category, sink: sinkPhrase(flow.sink, manifest?.manifest), file: flow.file },
        field: flow.field,
        category: flow.category,
        recipient: flow.sink.recipient,
        ...(flow.purposes.length ? { purposes: flow.purposes } : {}),
        key: valueKey(flow),
      });
    }
  },
});
