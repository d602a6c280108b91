import { defineRule } from '../../src/engine/rule.js';
import { flowFinding, perFieldFlows, sinkPhrase, valueName } from '../shared-flows.js';

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
        ...flowFinding(flow),
        messageId: 'stored',
        data: { value: valueName(flow), category: flow.category, sink: sinkPhrase(flow.sink, manifest?.manifest), file: flow.file },
      });
    }
  },
});
