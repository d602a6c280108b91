/**
 * A record of processing activities (GDPR Art. 30(1)) in Markdown, drafted from the manifest and
 * checked against the code: per purpose, its legal basis, the categories of personal data it
 * declares and the fields of the inventory they cover, its recipients (declared, and reached by
 * the code), and its retention. Then what the code does that no purpose accounts for. What code
 * cannot know (the controller, the DPO, security measures) is left for the reader to fill in.
 */
import type { Manifest, Purpose } from '../config/manifest.js';
import { purposeCoversField, purposesCovering } from '../config/manifest.js';
import { getCategory } from '../classify/taxonomy.js';
import { recipientByKey } from '../catalog/recipients.js';
import type { FlowEntry, InventoryEntry, Report } from './types.js';

const BASIS_ARTICLE: Record<string, string> = {
  consent: 'Art. 6(1)(a) consent',
  contract: 'Art. 6(1)(b) contract',
  legal_obligation: 'Art. 6(1)(c) legal obligation',
  vital_interests: 'Art. 6(1)(d) vital interests',
  public_task: 'Art. 6(1)(e) public task',
  legitimate_interests: 'Art. 6(1)(f) legitimate interests',
};

const ARTICLE9_ARTICLE: Record<string, string> = {
  explicit_consent: 'Art. 9(2)(a) explicit consent',
  employment: 'Art. 9(2)(b) employment and social security',
  vital_interests: 'Art. 9(2)(c) vital interests',
  nonprofit: 'Art. 9(2)(d) not-for-profit body',
  made_public: 'Art. 9(2)(e) made public by the data subject',
  legal_claims: 'Art. 9(2)(f) legal claims',
  substantial_public_interest: 'Art. 9(2)(g) substantial public interest',
  health_care: 'Art. 9(2)(h) health or social care',
  public_health: 'Art. 9(2)(i) public health',
  research: 'Art. 9(2)(j) archiving, research or statistics',
};

/** Sinks that hand data to someone else; logs and browser storage stay with the controller. */
const SHARING_SINKS = new Set(['third-party', 'http', 'ai']);

export interface RopaContext {
  manifest: Manifest;
  /** The manifest file relative to the project root. */
  manifestFile: string;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

export function formatRopa(report: Report, context: RopaContext): string {
  const { manifest } = context;
  const personal = report.inventory;
  const shared = (report.flows ?? []).filter((flow) => !flow.pseudonymous && SHARING_SINKS.has(flow.sink.kind));
  const lines: string[] = [
    '# Record of processing activities',
    '',
    `Drafted by datamin ${report.tool.version} from ${code(context.manifestFile)} and the code it checked (${report.summary.files} files, ${report.summary.personalFields} personal fields). ` +
      'GDPR Art. 30(1) also asks for what code cannot tell: the name and contact details of the controller and of the data protection officer, ' +
      'the categories of data subjects, transfers outside the EEA with their safeguards, and a description of the security measures (Art. 32). Add them before filing this record.',
    '',
  ];
  if (report.summary.errors > 0) {
    lines.push(`> The code does not match this record everywhere: ${report.summary.errors} error finding${report.summary.errors === 1 ? '' : 's'} (run \`datamin scan\`).`, '');
  }

  for (const purpose of manifest.purposes) lines.push(...purposeSection(purpose, manifest, personal, shared));

  const uncovered = personal.filter((entry) => !purposesCovering(manifest, subjectOf(entry)).length);
  lines.push('## Personal data no purpose declares', '');
  if (uncovered.length) {
    lines.push('Collected or stored by the code, but not part of any processing activity above: declare it or stop collecting it.', '');
    lines.push(...fieldTable(uncovered));
  } else {
    lines.push('None: every personal field of the inventory is declared by a purpose.', '');
  }

  lines.push('## Recipients', '');
  const recipients = recipientRows(manifest, shared);
  if (recipients.length) {
    lines.push('| Recipient | Role | Country | Listed by purposes | Data the code sends |', '| --- | --- | --- | --- | --- |');
    for (const row of recipients) {
      lines.push(`| ${cell(row.label)} | ${row.role} | ${row.country} | ${row.purposes.length ? row.purposes.map(code).join(', ') : 'none'} | ${row.data.length ? row.data.map(code).join(', ') : '—'} |`);
    }
    lines.push('');
  } else {
    lines.push('None: no purpose lists a recipient and the code sends personal data to none.', '');
  }
  return lines.join('\n');
}

function purposeSection(purpose: Purpose, manifest: Manifest, personal: readonly InventoryEntry[], shared: readonly FlowEntry[]): string[] {
  const lines = [`## ${purpose.name}`, ''];
  if (purpose.description) lines.push(cell(purpose.description), '');
  const rows: Array<[string, string]> = [['Legal basis', BASIS_ARTICLE[purpose.basis] ?? purpose.basis]];
  if (purpose.article9) rows.push(['Special-category condition', ARTICLE9_ARTICLE[purpose.article9] ?? purpose.article9]);
  if (purpose.consent) rows.push(['Consent flag', code(purpose.consent)]);
  if (purpose.use) rows.push(['Data use', code(purpose.use)]);
  rows.push(['Retention', purpose.retention ? retentionText(purpose.retention) : '**not declared**']);
  rows.push(['Recipients', purpose.recipients.length ? purpose.recipients.map((key) => recipientLabel(manifest, key)).join(', ') : 'none']);
  const reached = [...new Set(shared.filter((flow) => flow.purposes.includes(purpose.name)).map((flow) => flow.sink.recipient))].sort();
  if (reached.length) rows.push(['Recipients reached by its code', reached.map((key) => recipientLabel(manifest, key)).join(', ')]);
  rows.push(['Code', purpose.code.length ? purpose.code.map(code).join(', ') : 'files marked `datamin-purpose` or `@purpose` only']);
  lines.push('| | |', '| --- | --- |', ...rows.map(([key, value]) => `| ${key} | ${cell(value)} |`), '');

  lines.push('Declared data: ' + (purpose.data.length ? purpose.data.map(code).join(', ') : 'none') + '.', '');
  const covered = personal.filter((entry) => purposeCoversField(purpose, subjectOf(entry)));
  if (covered.length) lines.push(...fieldTable(covered));
  else lines.push('No field of the inventory is covered by this purpose.', '');
  return lines;
}

/** Fields grouped by category: one row per category, with its description and marks. */
function fieldTable(entries: readonly InventoryEntry[]): string[] {
  const byCategory = new Map<string, InventoryEntry[]>();
  for (const entry of entries) byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);
  const lines = ['| Category | Description | Marks | Fields |', '| --- | --- | --- | --- |'];
  for (const [category, fields] of [...byCategory].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const info = getCategory(category);
    const marks = [fields[0].special ? 'special (Art. 9)' : '', fields[0].sensitive ? 'sensitive (CPRA)' : ''].filter(Boolean).join(', ');
    const ids = [...new Set(fields.map((field) => field.id))].sort();
    lines.push(`| ${code(category)} | ${cell(info?.description ?? '')} | ${marks} | ${ids.map(code).join(', ')} |`);
  }
  lines.push('');
  return lines;
}

function subjectOf(entry: InventoryEntry): { id: string; model: string; category: string } {
  return { id: entry.id, model: entry.model, category: entry.category };
}

function recipientLabel(manifest: Manifest, key: string): string {
  const declared = Object.hasOwn(manifest.recipients, key) ? manifest.recipients[key] : undefined;
  const name = declared?.name ?? recipientByKey(key)?.name;
  return name && name !== key ? `${name} (${code(key)})` : code(key);
}

interface RecipientRow {
  label: string;
  role: string;
  country: string;
  purposes: string[];
  data: string[];
}

/** Every recipient a purpose lists or the code reaches, in name order. */
function recipientRows(manifest: Manifest, shared: readonly FlowEntry[]): RecipientRow[] {
  const keys = new Set<string>();
  for (const purpose of manifest.purposes) for (const key of purpose.recipients) keys.add(key);
  for (const flow of shared) keys.add(flow.sink.recipient);
  return [...keys].sort().map((key) => {
    const declared = Object.hasOwn(manifest.recipients, key) ? manifest.recipients[key] : undefined;
    const data = new Set<string>();
    for (const flow of shared) if (flow.sink.recipient === key) data.add(flow.field ?? flow.category);
    return {
      label: recipientLabel(manifest, key),
      role: declared?.role?.replace(/_/g, ' ') ?? '—',
      country: declared?.country ?? '—',
      purposes: manifest.purposes.filter((purpose) => purpose.recipients.includes(key)).map((purpose) => purpose.name),
      data: [...data].sort(),
    };
  });
}

/** `P3Y` -> `P3Y (3 years)`; an event name stays as written. */
export function retentionText(retention: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(retention);
  if (!match || !match.slice(1).some(Boolean)) return code(retention);
  const units = ['year', 'month', 'week', 'day'];
  const parts = match.slice(1).flatMap((value, index) => (value ? [`${Number(value)} ${units[index]}${Number(value) === 1 ? '' : 's'}`] : []));
  return `${code(retention)} (${parts.join(' ')})`;
}
