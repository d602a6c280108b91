/**
 * Helpers the flow-level rules share (personal-data-in-logs, whole-record-sharing,
 * undeclared-sharing, purpose-violation, client-side-storage): which flows a per-field rule
 * reports, how a message names the value and its recipient, and one finding per field per site.
 * Facts and the manifest only; nothing here touches syntax trees or the file system.
 */
import { recipientByKey } from '../src/catalog/recipients.js';
import type { SinkKind } from '../src/catalog/sinks.js';
import type { Manifest } from '../src/config/manifest.js';
import type { FindingDescriptor } from '../src/engine/rule.js';
import type { Flow } from '../src/flow/types.js';

/** The recipient the flow engine names when a request's URL has no host it can read. */
export const UNKNOWN_HOST = 'unknown-host';

/** The recipient the flow engine names for a value put into a thrown error's message. */
const THROWN_ERROR = 'thrown-error';

/** Sink kinds whose recipient is another organisation: SDKs, HTTP hosts and LLM providers. */
const RECIPIENT_SINK_KINDS: ReadonlySet<SinkKind> = new Set<SinkKind>(['third-party', 'http', 'ai']);

export function isRecipientSink(kind: SinkKind): boolean {
  return RECIPIENT_SINK_KINDS.has(kind);
}

/**
 * Whether a per-field rule reports this flow. Record ids and sanitized values are pseudonymous
 * (DESIGN.md "Identifiers"); a whole record is one `whole-record-sharing` finding per call, which
 * replaces the per-field findings of that call.
 */
export function isPerFieldFlow(flow: Flow): boolean {
  return !flow.pseudonymous && !flow.wholeRecord;
}

/**
 * The flows of the given kinds that a per-field rule reports, one per field per site: a site is
 * the sink call (file, line, column) and its recipient; a value with no schema behind it is told
 * apart by its category (the flow engine keeps one such flow per category per call).
 */
export function perFieldFlows(flows: readonly Flow[], isWanted: (flow: Flow) => boolean): Flow[] {
  const seen = new Set<string>();
  const kept: Flow[] = [];
  for (const flow of flows) {
    if (!isPerFieldFlow(flow) || !isWanted(flow)) continue;
    const key = `${siteKey(flow)}|${flow.field ?? `category:${flow.category}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(flow);
  }
  return kept;
}

/** The sink call and its recipient. */
export function siteKey(flow: Pick<Flow, 'file' | 'line' | 'column' | 'sink'>): string {
  return `${flow.file}|${flow.line}|${flow.column}|${flow.sink.recipient}`;
}

/**
 * How a message names the value: the field id (`User.phone`) when a model is behind it, else
 * the code it was read from (`req.body.email`), which is what a reader searches for.
 */
export function valueName(flow: Pick<Flow, 'field' | 'source'>): string {
  return flow.field ?? flow.source.code;
}

/**
 * The fingerprint key of a finding about a value with no field: its category, so that the
 * fingerprint survives a change of message wording (the engine would use the message otherwise).
 */
export function valueKey(flow: Pick<Flow, 'field' | 'category'>): string | undefined {
  return flow.field ? undefined : flow.category;
}

/**
 * What a finding about one flow carries besides its message: the sink call's place, the value,
 * the recipient (the flow's unless given), the purposes when there are any, and the key.
 */
export function flowFinding(flow: Flow, recipient = flow.sink.recipient): Omit<FindingDescriptor, 'messageId' | 'data'> {
  return {
    file: flow.file,
    line: flow.line,
    column: flow.column,
    field: flow.field,
    category: flow.category,
    recipient,
    ...(flow.purposes.length ? { purposes: flow.purposes } : {}),
    key: valueKey(flow),
  };
}

/**
 * A recipient's display name: the manifest's `name`, else the catalog's (`Segment`), else the
 * key itself (a host such as `hooks.zapier.com`, or a team's own recipient).
 */
export function recipientName(recipient: string, manifest?: Manifest | null): string {
  const declared = manifest && Object.hasOwn(manifest.recipients, recipient) ? manifest.recipients[recipient] : undefined;
  return declared?.name ?? recipientByKey(recipient)?.name ?? recipient;
}

/**
 * What happens to the data at the sink, as a verb phrase: `is sent to Segment`, `is written to
 * the console`, `is logged with pino`, `is stored in localStorage`, `is put into a thrown
 * error's message`, `is written to Local files`.
 */
export function sinkPhrase(sink: Flow['sink'], manifest?: Manifest | null): string {
  const name = recipientName(sink.recipient, manifest);
  switch (sink.kind) {
    case 'log': {
      if (sink.recipient === THROWN_ERROR) return "is put into a thrown error's message";
      if (sink.recipient === 'console') return 'is written to the console';
      // A logger of the process (pino, winston) writes where the deployment sends its output;
      // an error reporter or hosted log service (Sentry, Datadog logs) is another company.
      return recipientByKey(sink.recipient)?.isLocal ? `is logged with ${name}` : `is sent to ${name}`;
    }
    case 'client-storage':
      return `is stored in ${STORAGE_NAMES[sink.recipient] ?? name}`;
    case 'file':
      return 'is written to a file';
    default:
      return sink.recipient === UNKNOWN_HOST ? 'is sent to an HTTP host that could not be determined' : `is sent to ${name}`;
  }
}

/** Browser storage named as a sentence needs it: "stored in a browser cookie", not "in Browser cookies". */
const STORAGE_NAMES: Readonly<Record<string, string>> = {
  'local-storage': 'localStorage',
  'session-storage': 'sessionStorage',
  cookies: 'a browser cookie',
  indexeddb: 'IndexedDB',
};
