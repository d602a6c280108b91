import { recipientByKey } from '../../src/catalog/recipients.js';
import { purposesAllowRecipient, type Manifest } from '../../src/config/manifest.js';
import { defineRule } from '../../src/engine/rule.js';
import { quotedList } from '../shared.js';
import { UNKNOWN_HOST, flowFinding, isRecipientSink, perFieldFlows, recipientName, valueName } from '../shared-flows.js';

/**
 * Personal data reaching a recipient (an SDK's company, an HTTP host, an LLM provider) that no
 * purpose of the code lists (GDPR Art. 13(1)(e) and 30(1)(d): the recipients must be known and
 * declared; Art. 28 for processors). It is about the recipient only: undeclared *data* sent to a
 * listed recipient is a `purpose-violation`. Without a manifest no recipient is declared, so every
 * such flow is reported. Logs are `personal-data-in-logs`, never this rule. An HTTP host the
 * analysis could not read is a recipient no purpose can be shown to list.
 */
export default defineRule({
  id: 'undeclared-sharing',
  meta: {
    defaultSeverity: 'error',
    description: 'Personal data reaches a recipient that no purpose of the code lists.',
    requiresManifest: false,
    messages: {
      notListedByPurpose:
        '{{value}} ({{category}}) is sent to {{recipient}} in {{file}}, but purpose {{purposes}} does not list {{recipientKey}} as a recipient: {{listIt}} purposes.{{purpose}}.recipients, or stop sending it.',
      notListedByPurposes:
        '{{value}} ({{category}}) is sent to {{recipient}} in {{file}}, but none of its purposes ({{purposes}}) lists {{recipientKey}} as a recipient: {{listIt}} the recipients of the purpose that needs it, or stop sending it.',
      noPurpose:
        '{{value}} ({{category}}) is sent to {{recipient}} in {{file}}, code that serves no purpose, so no purpose lists {{recipientKey}} as a recipient: map this code to the purpose that needs it (its code globs) and {{listIt}} its recipients, or stop sending it.',
      noManifest:
        '{{value}} ({{category}}) is sent to {{recipient}} in {{file}}, and without a manifest no recipient is declared: declare the purpose and its recipients in datamin.config.yaml (datamin init writes a starter) or stop sending it.',
      unknownHost:
        '{{value}} ({{category}}) is sent in {{file}} to an HTTP host that could not be determined, so no purpose can be shown to list it: give the request a literal URL (or client base URL) whose host a purpose lists as a recipient, or stop sending it.',
    },
  },
  check({ flows, manifest, report }) {
    for (const flow of perFieldFlows(flows, (candidate) => isRecipientSink(candidate.sink.kind))) {
      const recipient = flow.sink.recipient;
      if (manifest && purposesAllowRecipient(manifest.manifest, flow.purposes, recipient)) continue;
      const messageId =
        recipient === UNKNOWN_HOST
          ? 'unknownHost'
          : !manifest
            ? 'noManifest'
            : flow.purposes.length === 0
              ? 'noPurpose'
              : flow.purposes.length === 1
                ? 'notListedByPurpose'
                : 'notListedByPurposes';
      report({
        ...flowFinding(flow, recipient),
        messageId,
        data: {
          value: valueName(flow),
          category: flow.category,
          recipient: recipientName(recipient, manifest?.manifest),
          recipientKey: recipient,
          listIt: howToList(recipient, manifest?.manifest),
          file: flow.file,
          purposes: quotedList(flow.purposes),
          purpose: flow.purposes[0] ?? '',
        },
      });
    }
  },
});

/**
 * How to list the recipient, as the start of a fix: a catalog or manifest key is added as it is;
 * a bare host (`hooks.zapier.com`) must first be declared as a recipient with that host, because
 * a purpose's `recipients` only take recipient keys.
 */
function howToList(recipient: string, manifest: Manifest | undefined): string {
  const isKey = recipientByKey(recipient) !== undefined || (manifest !== undefined && Object.hasOwn(manifest.recipients, recipient));
  return isKey ? 'add it to' : `declare it under recipients (hosts: [${recipient}]) and add that key to`;
}
