import { closest, distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';
import { recipientForHost as catalogRecipientForHost, recipientsForPackage } from '../../src/catalog/recipients.js';
import type { KeyPath } from '../../src/config/errors.js';
import { hostMatches, type DataReference, type Manifest } from '../../src/config/manifest.js';
import { defineRule, type FindingDescriptor, type ManifestView } from '../../src/engine/rule.js';
import type { Flow } from '../../src/flow/types.js';
import type { ModelFact } from '../../src/types.js';
import { recipientName } from '../shared-flows.js';

/**
 * A manifest that names things the code no longer has is a record of processing (GDPR Art. 30)
 * that describes another application: a renamed field keeps its stale override, a deleted
 * integration keeps its recipient, a moved folder leaves a purpose with no code. Each stale name
 * is one finding at the manifest line that names it, so that the fix is an edit of that line.
 *
 * Not drift: data categories that no field has (a purpose may declare what it is allowed to
 * collect before it does) and `exclude` globs (excluding what does not exist is harmless).
 */
export default defineRule({
  id: 'manifest-drift',
  meta: {
    defaultSeverity: 'warn',
    description: 'The manifest names a field, model, recipient, glob or purpose that matches nothing in the code.',
    requiresManifest: true,
    messages: {
      unknownOverrideField: 'fields.{{field}} names no field of any model, so the override classifies nothing: {{fix}}.',
      unknownDataModel: 'Purpose "{{purpose}}" declares {{reference}}, but there is no model {{model}}, so the entry covers nothing: {{fix}}.',
      unknownDataField: 'Purpose "{{purpose}}" declares {{reference}}, which names no field of any model, so the entry covers nothing: {{fix}}.',
      unreachedRecipient:
        'Recipient {{recipient}} is declared, but no personal data reaches it in the analysed code: remove it, or declare the hosts or packages through which the code reaches it.',
      unreachedPurposeRecipient:
        'Purpose "{{purpose}}" lists recipient {{recipient}}, but no personal data reaches it in the analysed code: remove it from purposes.{{purpose}}.recipients.',
      staleGlob: 'The code glob "{{glob}}" of purpose "{{purpose}}" matches no analysed file, so it maps no code to the purpose: fix the glob or remove it.',
      unservedPurpose:
        'Purpose "{{purpose}}" is served by no code: it has no code globs, no analysed file carries "// datamin-purpose: {{purpose}}" and no function is tagged "@purpose {{purpose}}"; add code globs for it or remove the purpose.',
    },
  },
  check({ models, flows, files, purposesOfFile, manifest: view, report }) {
    if (!view) return;
    const { manifest } = view;
    const at = (keyPath: KeyPath): Pick<FindingDescriptor, 'file' | 'line' | 'column'> => locate(view, keyPath);
    const fieldIds = allFieldIds(models);
    const modelNames = new Set(models.map((model) => model.name));

    // `fields` overrides: a field id that no model has (personal or not: `Order.giftNote: none`
    // names a field the classifier would otherwise guess about).
    for (const fieldId of Object.keys(manifest.fields)) {
      if (fieldIds.has(fieldId)) continue;
      report({
        ...at(['fields', fieldId]),
        messageId: 'unknownOverrideField',
        data: { field: fieldId, fix: fixFor(fieldId, fieldIds, 'override') },
        key: `fields:${fieldId}`,
      });
    }

    // `data` entries that reference fields or models (categories that match nothing are allowed).
    for (const purpose of manifest.purposes) {
      purpose.dataReferences.forEach((reference, index) => {
        const problem = staleReference(reference, fieldIds, modelNames);
        if (!problem) return;
        const written = purpose.data[index] ?? '';
        report({
          ...at(['purposes', purpose.name, 'data', index]),
          messageId: problem.kind === 'model' ? 'unknownDataModel' : 'unknownDataField',
          data: {
            purpose: purpose.name,
            reference: written,
            model: problem.model,
            fix: problem.kind === 'model' ? fixForModel(written, problem.model, modelNames) : fixFor(written, fieldIds, 'entry'),
          },
          key: `purposes:${purpose.name}:data:${written}`,
        });
      });
    }

    // Recipients: declared ones, then the ones each purpose lists.
    const reached = reachedRecipients(manifest, flows);
    for (const recipient of Object.keys(manifest.recipients)) {
      if (reached(recipient)) continue;
      report({
        ...at(['recipients', recipient]),
        messageId: 'unreachedRecipient',
        data: { recipient: labelOf(recipient, manifest) },
        recipient,
        key: `recipients:${recipient}`,
      });
    }
    for (const purpose of manifest.purposes) {
      purpose.recipients.forEach((recipient, index) => {
        if (reached(recipient)) return;
        report({
          ...at(['purposes', purpose.name, 'recipients', index]),
          messageId: 'unreachedPurposeRecipient',
          data: { purpose: purpose.name, recipient: labelOf(recipient, manifest) },
          recipient,
          key: `purposes:${purpose.name}:recipients:${recipient}`,
        });
      });
    }

    // Code globs and the purposes they serve.
    const servedByFlows = new Set(flows.flatMap((flow) => flow.purposes));
    const servedByFiles = new Set(files.flatMap((file) => purposesOfFile(file)));
    for (const purpose of manifest.purposes) {
      purpose.code.forEach((glob, index) => {
        const isMatch = picomatch(glob, { dot: true });
        if (files.some((file) => isMatch(file))) return;
        report({
          ...at(['purposes', purpose.name, 'code', index]),
          messageId: 'staleGlob',
          data: { purpose: purpose.name, glob },
          key: `purposes:${purpose.name}:code:${glob}`,
        });
      });
      // A purpose with globs is served as soon as one matches; when they all went stale, the glob
      // findings already point at the lines to fix, and a second finding for that cause is noise.
      if (purpose.code.length || servedByFiles.has(purpose.name) || servedByFlows.has(purpose.name)) continue;
      report({
        ...at(['purposes', purpose.name]),
        messageId: 'unservedPurpose',
        data: { purpose: purpose.name },
        purposes: [purpose.name],
        key: `purposes:${purpose.name}`,
      });
    }
  },
});

/** Every field id of every model, personal or not (overrides and `data` may name either). */
function allFieldIds(models: readonly ModelFact[]): Set<string> {
  const ids = new Set<string>();
  for (const model of models) {
    for (const field of model.fields) ids.add(`${model.name}.${field.name}`);
  }
  return ids;
}

/** What a field reference in `data` fails to name: the model, or a field of it; undefined when it names something. */
function staleReference(reference: DataReference, fieldIds: ReadonlySet<string>, modelNames: ReadonlySet<string>): { kind: 'model' | 'field'; model: string } | undefined {
  if (reference.kind === 'category') return undefined;
  const named = reference.kind === 'field' ? reference.id : reference.prefix;
  const model = named.split('.')[0]!;
  if (!modelNames.has(model)) return { kind: 'model', model };
  if (reference.kind === 'field') return fieldIds.has(reference.id) ? undefined : { kind: 'field', model };
  // `User.*` names the model, which exists; `User.profile.*` needs a field under the prefix.
  if (!reference.prefix.includes('.')) return undefined;
  for (const id of fieldIds) if (id.startsWith(`${reference.prefix}.`)) return undefined;
  return { kind: 'field', model };
}

/**
 * Whether some flow reaches a recipient key: by that key (catalog and manifest recipients are
 * how the flow analysis names sinks), or by a host or package the manifest entry declares, or by
 * a host the catalog entry owns (an HTTP call the analysis named by its host name).
 */
function reachedRecipients(manifest: Manifest, flows: readonly Flow[]): (recipient: string) => boolean {
  const flowRecipients = new Set(flows.map((flow) => flow.sink.recipient));
  const cache = new Map<string, boolean>();
  return (recipient) => {
    let isReached = cache.get(recipient);
    if (isReached === undefined) {
      const declared = Object.hasOwn(manifest.recipients, recipient) ? manifest.recipients[recipient] : undefined;
      isReached =
        flowRecipients.has(recipient) ||
        [...flowRecipients].some(
          (reachedName) =>
            (declared?.hosts.some((pattern) => hostMatches(pattern, reachedName)) ?? false) ||
            (declared?.packages.some((packageName) => recipientsForPackage(packageName).some((entry) => entry.key === reachedName)) ?? false) ||
            catalogRecipientForHost(reachedName)?.key === recipient,
        );
      cache.set(recipient, isReached);
    }
    return isReached;
  };
}

/** `"segment" (Segment)`, or `"crm"` when the key is all there is to its name. */
function labelOf(recipient: string, manifest: Manifest): string {
  const name = recipientName(recipient, manifest);
  return name === recipient ? `"${recipient}"` : `"${recipient}" (${name})`;
}

/** The closing advice: a near name when one exists (a typo or a rename), else removal. */
function fixFor(name: string, candidates: ReadonlySet<string>, what: 'override' | 'entry'): string {
  const suggestion = suggestName(name, [...candidates]);
  return suggestion ? `write "${suggestion}" if that is the field it meant, otherwise remove the ${what}` : `correct the name or remove the ${what}`;
}

/** For an entry whose model is gone: the same entry on the model it most likely became. */
function fixForModel(written: string, model: string, modelNames: ReadonlySet<string>): string {
  const suggestion = suggestName(model, [...modelNames]);
  return suggestion ? `write "${suggestion}${written.slice(model.length)}" if that is the model it meant, otherwise remove the entry` : 'correct the name or remove the entry';
}

/**
 * The name a stale one most likely became: a typo (`User.emial`), a case change, or a rename that
 * kept the old name inside the new one (`User.phone` -> `User.phoneNumber`, `Customer` ->
 * `ShopCustomer`). Undefined when nothing is close enough to be worth suggesting.
 */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const wanted = name.replace(/\.\*$/, '');
  const lower = wanted.toLowerCase();
  const nearest = closest(wanted, candidates);
  if (distance(lower, nearest.toLowerCase()) <= Math.max(2, Math.floor(wanted.length / 4))) return nearest;
  // A rename that kept the old word: compare the last segment, within the same model.
  const dot = wanted.lastIndexOf('.');
  const prefix = lower.slice(0, dot + 1);
  const last = lower.slice(dot + 1);
  const containing = candidates.filter((candidate) => {
    const candidateLower = candidate.toLowerCase();
    if (!candidateLower.startsWith(prefix) || candidateLower.slice(prefix.length).includes('.')) return false;
    const candidateLast = candidateLower.slice(prefix.length);
    return last.length >= 3 && candidateLast.length >= 3 && (candidateLast.includes(last) || last.includes(candidateLast));
  });
  return containing.length === 1 ? containing[0] : undefined;
}

/** The manifest line that names the key path; the file's first line when the format has no positions (JS configs). */
function locate(view: ManifestView, keyPath: KeyPath): Pick<FindingDescriptor, 'file' | 'line' | 'column'> {
  const position = view.locator.locate(keyPath) ?? view.locator.locateNearest(keyPath, 'key');
  return { file: view.file, line: position?.line ?? 1, column: position?.column ?? 1 };
}
