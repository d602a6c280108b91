import type { SinkKind } from '../../src/catalog/sinks.js';
import { isSensitiveCategory, isSpecialCategory } from '../../src/classify/taxonomy.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Flow } from '../../src/flow/types.js';
import { siteKey, sinkPhrase } from '../shared-flows.js';

/**
 * A whole record handed to a recipient, a logger or storage (GDPR Art. 5(1)(c) data
 * minimisation, Art. 25 data protection by default): every personal field goes, including those
 * added to the model later, whether the purpose needs them or not. One finding per call, naming
 * the model(s) and how many personal fields go; it replaces the per-field findings of that call,
 * which the other flow rules skip. Pseudonymous flows (the record's id) are not counted.
 */
export default defineRule({
  id: 'whole-record-sharing',
  meta: {
    defaultSeverity: 'error',
    description: 'A whole record holding personal fields is passed to a recipient, a log or storage.',
    requiresManifest: false,
    messages: {
      sent: 'The whole {{records}} ({{fields}}, including {{example}}) {{sink}} in {{file}}, and with it every field added to {{theModels}} later: send only the fields the purpose needs.',
      logged: 'The whole {{records}} ({{fields}}, including {{example}}) {{sink}} in {{file}}, and with it every field added to {{theModels}} later: log the record id instead.',
      stored: 'The whole {{records}} ({{fields}}, including {{example}}) {{sink}} in {{file}}, and with it every field added to {{theModels}} later: store only the fields the page needs, or an id.',
      written: 'The whole {{records}} ({{fields}}, including {{example}}) {{sink}} in {{file}}, and with it every field added to {{theModels}} later: write only the fields the purpose needs.',
    },
  },
  check({ flows, inventory, manifest, report }) {
    const modelOfField = new Map(inventory.map((field) => [field.id, field.model]));
    const calls = new Map<string, Flow[]>();
    for (const flow of flows) {
      if (!flow.wholeRecord || flow.pseudonymous) continue;
      const key = siteKey(flow);
      const call = calls.get(key);
      if (call) call.push(flow);
      else calls.set(key, [flow]);
    }

    for (const call of calls.values()) {
      const [first] = call;
      const values = new Map<string, string>();
      for (const flow of call) values.set(flow.field ?? `category:${flow.category}`, flow.category);
      const models = new Set<string>();
      for (const flow of call) if (flow.field) models.add(modelOfField.get(flow.field) ?? flow.field.split('.')[0]);
      const modelNames = [...models].sort();
      const phrase = sinkPhrase(first.sink, manifest?.manifest);
      const purposes = [...new Set(call.flatMap((flow) => flow.purposes))].sort();
      report({
        file: first.file,
        line: first.line,
        column: first.column,
        messageId: MESSAGE_BY_SINK_KIND[first.sink.kind],
        data: {
          records: describeRecords(modelNames),
          fields: `${values.size} personal field${values.size === 1 ? '' : 's'}`,
          example: mostTelling([...values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, category]) => category)),
          // Several records take the plural verb: "The whole Address and User records are sent".
          sink: modelNames.length > 1 ? phrase.replace(/^is /, 'are ') : phrase,
          theModels: modelNames.length > 1 ? 'the models' : 'the model',
          file: first.file,
        },
        field: null,
        recipient: first.sink.recipient,
        ...(purposes.length ? { purposes } : {}),
        key: modelNames.join(',') || 'record',
      });
    }
  },
});

const MESSAGE_BY_SINK_KIND: Readonly<Record<SinkKind, string>> = {
  'third-party': 'sent',
  http: 'sent',
  ai: 'sent',
  log: 'logged',
  'client-storage': 'stored',
  file: 'written',
};

/** `User record`, `User and Address records`; `record` when no model is known. */
function describeRecords(models: readonly string[]): string {
  if (models.length === 0) return 'record';
  if (models.length === 1) return `${models[0]} record`;
  return `${models.slice(0, -1).join(', ')} and ${models[models.length - 1]} records`;
}

/**
 * The category a reader should hear about first: special-category data (GDPR Art. 9), then
 * CPRA-sensitive data (credentials, government ids), then the first field in id order.
 */
function mostTelling(categories: readonly string[]): string {
  return categories.find(isSpecialCategory) ?? categories.find(isSensitiveCategory) ?? categories[0];
}
