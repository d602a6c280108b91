import { defineRule } from '../../src/engine/rule.js';
import { flowFinding, perFieldFlows, sinkPhrase, valueName } from '../shared-flows.js';

/**
 * Personal data in logs, whatever the manifest lists (DESIGN.md "Logs"): log lines are kept,
 * shipped and read by people and systems that no purpose names, so no purpose can allow them.
 * Log sinks are the console, logging libraries, thrown error messages and error reporters
 * (Sentry, Bugsnag, Rollbar...). Record ids and sanitized values are pseudonymous and not
 * reported; a whole record is one `whole-record-sharing` finding instead.
 */
export default defineRule({
  id: 'personal-data-in-logs',
  meta: {
    defaultSeverity: 'error',
    description: 'Personal data reaches a logger, the console, a thrown error or an error reporter.',
    requiresManifest: false,
    messages: {
      logged:
        '{{value}} ({{category}}) {{sink}} in {{file}}; logs and error reports are kept, copied and read far beyond the purpose the data was collected for: log the record id or a masked value instead.',
    },
  },
  check({ flows, manifest, report }) {
    for (const flow of perFieldFlows(flows, (candidate) => candidate.sink.kind === 'log')) {
      report({
        ...flowFinding(flow),
        messageId: 'logged',
        data: { value: valueName(flow), category: flow.category, sink: sinkPhrase(flow.sink, manifest?.manifest), file: flow.file },
      });
    }
  },
});
