import { isCategoryKey } from '../classify/taxonomy.js';
import type { PersonalField } from '../types.js';
import { LEGAL_BASES } from './manifest.js';

/**
 * The starter manifest `datamin init` writes: one purpose per model that holds personal data,
 * each marked TODO with what the team has to decide, its `data` already listing the categories
 * found, and the recipients found in package.json. The text validates as written, so the first
 * `datamin scan` after `init` runs every rule instead of stopping at the config.
 */

export const DEFAULT_SCHEMA_URL = './node_modules/datamin/schema/datamin.schema.json';

export interface StarterRecipient {
  /** The catalog key (`segment`). */
  key: string;
  /** The display name (`Segment`). */
  name: string;
  /** The package.json dependency it was found by (`@segment/analytics-node`). */
  package: string;
}

export interface StarterInput {
  fields: PersonalField[];
  recipients: StarterRecipient[];
  /** Where editors find the JSON Schema. Default: the copy in node_modules. */
  schemaUrl?: string;
}

/** Below this, a classification is listed under `fields` as one to check. */
const LOW_CONFIDENCE = 0.7;

/** Placeholder basis: the file must validate, and the TODO next to it says to decide. */
const PLACEHOLDER_BASIS = 'contract';

export function renderStarterManifest(input: StarterInput): string {
  const lines: string[] = [
    `# yaml-language-server: $schema=${input.schemaUrl ?? DEFAULT_SCHEMA_URL}`,
    '#',
    '# The purpose manifest of datamin: which personal data each purpose may use, on which legal',
    '# basis, for how long, and who receives it. Written by `datamin init` from the data found in',
    '# this project; every purpose is a TODO. For each one decide:',
    '#   basis       the legal basis (GDPR Art. 6): one of',
    `#               ${LEGAL_BASES.join(', ')}.`,
    `#               "${PLACEHOLDER_BASIS}" below is a placeholder, not a decision.`,
    '#   retention   how long the data is kept: an ISO-8601 duration (P3Y, P30D) or an event',
    '#               (account-deletion)',
    '#   recipients  who receives the data: keys of `recipients` at the end of this file',
    '#   code        globs of the code that serves the purpose (src/billing/**)',
    '# Then merge, split and rename purposes until they say what the application does.',
    'version: 1',
    '',
  ];

  lines.push(...renderPurposes(input.fields, input.recipients));
  lines.push('');
  lines.push(...renderRecipients(input.recipients));
  const overrides = renderFieldOverrides(input.fields);
  if (overrides.length > 0) lines.push('', ...overrides);
  return `${lines.join('\n')}\n`;
}

function renderPurposes(fields: readonly PersonalField[], recipients: readonly StarterRecipient[]): string[] {
  const byModel = new Map<string, PersonalField[]>();
  for (const field of [...fields].sort((a, b) => compareText(a.id, b.id))) {
    const list = byModel.get(field.model) ?? [];
    list.push(field);
    byModel.set(field.model, list);
  }
  if (byModel.size === 0) {
    return ['# No personal data was found. Declare purposes as you add it; see the datamin README.', 'purposes: {}'];
  }

  const recipientKeys = uniqueSorted(recipients.map((recipient) => recipient.key));
  const lines = ['purposes:'];
  const usedNames = new Set<string>();
  for (const model of [...byModel.keys()].sort(compareText)) {
    const modelFields = byModel.get(model)!;
    const first = modelFields.reduce((earliest, field) => (compareLocation(field, earliest) < 0 ? field : earliest));
    const name = uniqueName(purposeName(model), usedNames);
    if (lines.length > 1) lines.push('');

    // Each data entry names the fields it stands for, so the reviewer sees what it covers.
    const entries = new Map<string, string[]>();
    for (const field of modelFields) {
      const entry = isCategoryKey(field.category) ? field.category : field.id;
      entries.set(entry, [...(entries.get(entry) ?? []), field.id]);
    }
    const entryWidth = Math.max(...[...entries.keys()].map((entry) => yamlPlain(entry).length));
    const special = uniqueSorted(modelFields.filter((field) => field.special).map((field) => field.category));

    lines.push(
      `  # TODO ${comment(model)} (${first.source}, ${comment(first.file)}:${first.line})`,
      '  # Say what this data is for, decide the basis, set retention, list the recipients that',
      '  # receive it and the code that serves it.',
    );
    if (special.length > 0) {
      lines.push(
        `  # Special-category data (GDPR Art. 9): ${special.join(', ')}. It needs basis consent, or an`,
        '  # article9 condition such as explicit_consent or health_care.',
      );
    }
    lines.push(
      `  ${name}:`,
      `    description: ${JSON.stringify(`TODO: what ${comment(model)} data is used for`)}`,
      `    basis: ${PLACEHOLDER_BASIS} # TODO: decide`,
      '    data:',
    );
    for (const [entry, fieldIds] of [...entries].sort(([a], [b]) => compareText(a, b))) {
      lines.push(`      - ${yamlPlain(entry).padEnd(entryWidth)} # ${comment(fieldIds.join(', '))}`);
    }
    lines.push('    # retention: P3Y # TODO');
    lines.push(comment(`    # recipients: [${recipientKeys.join(', ')}] # TODO: keep those that receive this data`));
    lines.push(`    # code: ["src/${name}/**"] # TODO`);
  }
  return lines;
}

function renderRecipients(recipients: readonly StarterRecipient[]): string[] {
  const byKey = new Map<string, { name: string; packages: string[] }>();
  for (const recipient of recipients) {
    const known = byKey.get(recipient.key) ?? { name: recipient.name, packages: [] };
    if (!known.packages.includes(recipient.package)) known.packages.push(recipient.package);
    byKey.set(recipient.key, known);
  }
  const lines = [
    '# Who receives personal data. Built-in recipients need no settings ({}); describe your own',
    '# with their hosts and packages, e.g. crm: { role: processor, country: DE, hosts: [crm.example.com] }',
  ];
  if (byKey.size === 0) return [...lines, 'recipients: {}'];
  lines.push('# Found in package.json:', 'recipients:');
  const keys = [...byKey.keys()].sort(compareText);
  const width = Math.max(...keys.map((key) => yamlPlain(key).length));
  for (const key of keys) {
    const { name, packages } = byKey.get(key)!;
    const label = packages.length === 1 ? 'package' : 'packages';
    lines.push(`  ${`${yamlPlain(key)}: {}`.padEnd(width + 4)} # ${comment(`${name}, ${label} ${packages.sort(compareText).join(', ')}`)}`);
  }
  return lines;
}

/** Low-confidence classifications, commented out: the override to write if datamin got it wrong. */
function renderFieldOverrides(fields: readonly PersonalField[]): string[] {
  const doubtful = fields.filter((field) => field.confidence < LOW_CONFIDENCE).sort((a, b) => compareText(a.id, b.id));
  const lines = [
    '# Classification overrides: a data category, or none for a field that holds no personal data.',
  ];
  if (doubtful.length === 0) return [...lines, '# fields:', '#   Order.giftNote: none'];
  lines.push('# These fields were classified with low confidence; check them:', '# fields:');
  for (const field of doubtful) {
    lines.push(comment(`#   ${field.id}: none # or ${field.category}: classified by "${field.evidence}", confidence ${field.confidence}`));
  }
  return lines;
}

/** `CreateUserDto` -> `create-user-dto`: a valid purpose name (letters, digits, - and _). */
export function purposeName(model: string): string {
  const words = model
    // `Über` -> `Uber`: keep the letters, drop the accents the name pattern does not allow.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const name = words.join('-');
  return /^[a-z]/.test(name) ? name : `model-${name || 'unnamed'}`;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let suffix = 2; used.has(candidate); suffix++) candidate = `${name}-${suffix}`;
  used.add(candidate);
  return candidate;
}

/** Keys and ids are plain words; anything else is quoted so the YAML stays valid. */
function yamlPlain(text: string): string {
  return /^[A-Za-z0-9_$][\w$.*@/-]*$/.test(text) ? text : JSON.stringify(text);
}

/** Text inside a comment: a line break would end the comment and turn the rest into YAML. */
function comment(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}

/** Code-point order: the same bytes on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLocation(a: PersonalField, b: PersonalField): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
