import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { parse } from 'yaml';
import { loadManifest } from '../../src/config/load.js';
import { purposesCovering } from '../../src/config/manifest.js';
import { purposeName, renderStarterManifest, type StarterInput } from '../../src/config/starter.js';
import { validateManifest } from '../../src/config/validate.js';
import type { PersonalField } from '../../src/types.js';

function field(model: string, name: string, category: string, line: number, extra: Partial<PersonalField> = {}): PersonalField {
  return {
    id: `${model}.${name}`,
    model,
    field: name,
    source: 'prisma',
    kind: 'entity',
    file: 'prisma/schema.prisma',
    line,
    column: 3,
    category,
    special: false,
    sensitive: false,
    confidence: 0.9,
    evidence: `name: ${name}`,
    ...extra,
  };
}

const shop: StarterInput = {
  fields: [
    field('User', 'email', 'user.contact.email', 12),
    field('User', 'firstName', 'user.name.first', 13),
    field('User', 'backupEmail', 'user.contact.email', 14),
    field('Patient', 'diagnosis', 'user.health_and_medical', 30, { special: true, file: 'src/patients/patient.entity.ts', source: 'typeorm' }),
    field('Order', 'note', 'user.name', 40, { confidence: 0.4, evidence: 'name: note' }),
  ],
  recipients: [
    { key: 'segment', name: 'Segment', package: '@segment/analytics-node' },
    { key: 'sendgrid', name: 'SendGrid', package: '@sendgrid/mail' },
    { key: 'segment', name: 'Segment', package: 'analytics-node' },
  ],
};

const HEADER = `# yaml-language-server: $schema=./node_modules/datamin/schema/datamin.schema.json
#
# The purpose manifest of datamin: which personal data each purpose may use, on which legal
# basis, for how long, and who receives it. Written by \`datamin init\` from the data found in
# this project; every purpose is a TODO. For each one decide:
#   basis       the legal basis (GDPR Art. 6): one of
#               consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.
#               "contract" below is a placeholder, not a decision.
#   retention   how long the data is kept: an ISO-8601 duration (P3Y, P30D) or an event
#               (account-deletion)
#   recipients  who receives the data: keys of \`recipients\` at the end of this file
#   code        globs of the code that serves the purpose (src/billing/**)
# Then merge, split and rename purposes until they say what the application does.
version: 1
`;

test('renders one TODO purpose per model, the categories found, and the recipients', () => {
  expect(renderStarterManifest(shop)).toBe(`${HEADER}
purposes:
  # TODO Order (prisma, prisma/schema.prisma:40)
  # Say what this data is for, decide the basis, set retention, list the recipients that
  # receive it and the code that serves it.
  order:
    description: "TODO: what Order data is used for"
    basis: contract # TODO: decide
    data:
      - user.name # Order.note
    # retention: P3Y # TODO
    # recipients: [segment, sendgrid] # TODO: keep those that receive this data
    # code: ["src/order/**"] # TODO

  # TODO Patient (typeorm, src/patients/patient.entity.ts:30)
  # Say what this data is for, decide the basis, set retention, list the recipients that
  # receive it and the code that serves it.
  # Special-category data (GDPR Art. 9): user.health_and_medical. It needs basis consent, or an
  # article9 condition such as explicit_consent or health_care.
  patient:
    description: "TODO: what Patient data is used for"
    basis: contract # TODO: decide
    data:
      - user.health_and_medical # Patient.diagnosis
    # retention: P3Y # TODO
    # recipients: [segment, sendgrid] # TODO: keep those that receive this data
    # code: ["src/patient/**"] # TODO

  # TODO User (prisma, prisma/schema.prisma:12)
  # Say what this data is for, decide the basis, set retention, list the recipients that
  # receive it and the code that serves it.
  user:
    description: "TODO: what User data is used for"
    basis: contract # TODO: decide
    data:
      - user.contact.email # User.backupEmail, User.email
      - user.name.first    # User.firstName
    # retention: P3Y # TODO
    # recipients: [segment, sendgrid] # TODO: keep those that receive this data
    # code: ["src/user/**"] # TODO

# Who receives personal data. Built-in recipients need no settings ({}); describe your own
# with their hosts and packages, e.g. crm: { role: processor, country: DE, hosts: [crm.example.com] }
# Found in package.json:
recipients:
  segment: {}  # Segment, packages @segment/analytics-node, analytics-node
  sendgrid: {} # SendGrid, package @sendgrid/mail

# Classification overrides: a data category, or none for a field that holds no personal data.
# These fields were classified with low confidence; check them:
# fields:
#   Order.note: none # or user.name: classified by "name: note", confidence 0.4
`);
});

test('the starter file loads and validates as written, through the real loader', async () => {
  const root = tempDir('starter');
  fs.writeFileSync(path.join(root, 'package.json'), '{ "name": "app", "private": true }\n');
  fs.writeFileSync(path.join(root, 'datamin.config.yaml'), renderStarterManifest(shop));
  const loaded = await loadManifest({ root, knownRecipients: new Set(['segment', 'sendgrid']) });
  expect(loaded!.manifest.purposes.map((purpose) => [purpose.name, purpose.basis, purpose.data])).toEqual([
    ['order', 'contract', ['user.name']],
    ['patient', 'contract', ['user.health_and_medical']],
    ['user', 'contract', ['user.contact.email', 'user.name.first']],
  ]);
  expect(Object.keys(loaded!.manifest.recipients)).toEqual(['segment', 'sendgrid']);
  // Every field found is declared, so the first scan after init reports decisions, not gaps.
  for (const each of shop.fields) {
    expect(purposesCovering(loaded!.manifest, each).map((purpose) => purpose.name)).toContain(purposeName(each.model));
  }
});

test('the TODO lines become valid settings when uncommented', () => {
  const uncommented = renderStarterManifest(shop).replace(/^ {4}# (retention|recipients|code):/gm, '    $1:');
  const result = validateManifest(parse(uncommented), { knownRecipients: new Set(['segment', 'sendgrid']) });
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.manifest.purposes[2]!).toMatchObject({ retention: 'P3Y', recipients: ['segment', 'sendgrid'], code: ['src/user/**'] });
});

test('the same inventory in any order gives the same bytes', () => {
  const reversed: StarterInput = { fields: [...shop.fields].reverse(), recipients: [...shop.recipients].reverse() };
  expect(renderStarterManifest(reversed)).toBe(renderStarterManifest(shop));
});

test('a project with no personal data and no recipients still gets a valid manifest', () => {
  const text = renderStarterManifest({ fields: [], recipients: [], schemaUrl: 'https://example.com/datamin.schema.json' });
  expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.com/datamin.schema.json');
  expect(text).toContain('\npurposes: {}\n');
  expect(text).toContain('\nrecipients: {}\n');
  expect(validateManifest(parse(text)).ok).toBe(true);
});

test('models whose names collide as purpose names get distinct purposes', () => {
  const text = renderStarterManifest({
    fields: [field('UserProfile', 'email', 'user.contact.email', 1), field('userProfile', 'phone', 'user.contact.phone_number', 2, { source: 'zod' })],
    recipients: [],
  });
  const result = validateManifest(parse(text));
  expect(result.ok && result.manifest.purposes.map((purpose) => [purpose.name, purpose.data])).toEqual([
    ['user-profile', ['user.contact.email']],
    ['user-profile-2', ['user.contact.phone_number']],
  ]);
});

test('model names of any shape become valid purpose names', () => {
  expect(purposeName('User')).toBe('user');
  expect(purposeName('CreateUserDto')).toBe('create-user-dto');
  expect(purposeName('signupSchema')).toBe('signup-schema');
  expect(purposeName('HTTPLogEntry')).toBe('http-log-entry');
  expect(purposeName('user_accounts')).toBe('user-accounts');
  expect(purposeName('user accounts')).toBe('user-accounts');
  expect(purposeName('2fa')).toBe('model-2fa');
  expect(purposeName('Ünïcode')).toBe('unicode');
  expect(purposeName('Адрес')).toBe('model-unnamed');
});

test('a line break in an inventory string cannot escape its comment', () => {
  const text = renderStarterManifest({
    fields: [field('Order', 'note', 'user.name', 4, { confidence: 0.3, evidence: 'doc: "name"\nrules: { analysis-error: off }' })],
    recipients: [],
  });
  const result = validateManifest(parse(text));
  expect(result.ok && result.manifest.rules['analysis-error']).toBe('error');
});
