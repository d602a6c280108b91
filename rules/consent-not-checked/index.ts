import { findPurpose, purposeAllowsRecipient, type Manifest, type Purpose } from '../../src/config/manifest.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Flow } from '../../src/flow/types.js';
import { isRecipientSink, recipientName, siteKey, valueName } from '../shared-flows.js';
import { quotedList } from '../shared.js';

/**
 * Consent (GDPR Art. 6(1)(a), Art. 7) is a condition checked at run time: a purpose based on it
 * may send data to its recipients only for people who gave it. The flow analysis records, per
 * flow, the names tested by the conditions that guard the sink call (`if`, `&&`, `?:`, early
 * returns, and the functions called in them); a flow is checked when those names include the
 * purpose's consent flag or one of the manifest's `consentGuards`.
 */

export default defineRule({
  id: 'consent-not-checked',
  meta: {
    defaultSeverity: 'warn',
    description: 'Personal data leaves for a consent-based purpose on a path that does not check that consent.',
    requiresManifest: true,
    messages: {
      unchecked:
        '{{recipient}} receives {{data}} for {{purposes}} in {{file}}, but no check of consent {{flags}} guards this call: {{fix}}.',
    },
  },
  check({ flows, manifest: view, report }) {
    if (!view) return;
    const { manifest } = view;

    // One finding per sink call: the fields of a call share its path, so they share its guards.
    const calls = new Map<string, Flow[]>();
    for (const flow of flows) {
      // Logs and browser storage are other rules' business: consent gates data leaving the company.
      if (!isRecipientSink(flow.sink.kind) || flow.pseudonymous) continue;
      const key = siteKey(flow);
      const call = calls.get(key);
      if (call) call.push(flow);
      else calls.set(key, [flow]);
    }

    for (const callFlows of calls.values()) {
      const unchecked = new Map<string, Purpose>();
      for (const flow of callFlows) {
        for (const purpose of uncheckedConsentPurposes(manifest, flow)) unchecked.set(purpose.name, purpose);
      }
      if (unchecked.size === 0) continue;
      const first = callFlows[0]!;
      const purposes = [...unchecked.values()];
      const flags = [...new Set(purposes.map((purpose) => purpose.consent!))];
      report({
        file: first.file,
        line: first.line,
        column: first.column,
        messageId: 'unchecked',
        data: {
          data: describeData(callFlows),
          recipient: recipientName(first.sink.recipient, manifest),
          file: first.file,
          purposes: `${purposes.length === 1 ? 'purpose' : 'purposes'} ${quotedList(purposes.map((purpose) => purpose.name))}`,
          flags: quotedList(flags),
          fix: howToCheck(flags, manifest.consentGuards),
        },
        field: null,
        recipient: first.sink.recipient,
        purposes: purposes.map((purpose) => purpose.name),
      });
    }
  },
});

/**
 * The consent-based purposes a flow leaves for whose flag its path does not check. A consent
 * purpose that does not list the flow's recipient is not what the data leaves for when another
 * purpose of the same code lists it (a receipt sent through SendGrid by code that also serves a
 * Mailchimp newsletter). When no purpose lists the recipient (an `undeclared-sharing` finding),
 * every consent purpose of the code counts: nothing says the data leaves for another one.
 */
function uncheckedConsentPurposes(manifest: Manifest, flow: Flow): Purpose[] {
  const purposes = flow.purposes.map((name) => findPurpose(manifest, name)).filter((purpose): purpose is Purpose => purpose !== undefined);
  const consentPurposes = purposes.filter((purpose) => purpose.consent);
  if (consentPurposes.length === 0) return [];
  const listing = purposes.filter((purpose) => purposeAllowsRecipient(manifest, purpose, flow.sink.recipient));
  const leavingFor = listing.length ? consentPurposes.filter((purpose) => listing.includes(purpose)) : consentPurposes;
  const guards = new Set(flow.guards);
  if (manifest.consentGuards.some((guard) => guards.has(guard))) return [];
  return leavingFor.filter((purpose) => !guards.has(purpose.consent!));
}

/** `User.email and User.name`; a value with no model behind it is named by its code (`req.body.email`). */
function describeData(flows: readonly Flow[]): string {
  const names = [...new Set(flows.map(valueName))].sort();
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What the fix looks like: test the flag, or call a declared guard (or declare the team's own). */
function howToCheck(flags: readonly string[], consentGuards: readonly string[]): string {
  const test = `test ${quotedList(flags)} before the call`;
  return consentGuards.length ? `${test}, or call ${consentGuards[0]}() first` : `${test}, or list the function that checks it under consentGuards`;
}
