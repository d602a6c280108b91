import {
  fieldOverride,
  findPurpose,
  hostMatches,
  purposeAllowsRecipient,
  purposeCoversField,
  purposesAllowRecipient,
  purposesCovering,
  recipientForHost,
  recipientForPackage,
  type Manifest,
} from '../../src/config/manifest.js';
import { validateManifest } from '../../src/config/validate.js';

// Built through the validator, as rules receive it.
function manifestOf(input: Record<string, unknown>): Manifest {
  const result = validateManifest({ version: 1, ...input });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.manifest;
}

const manifest = manifestOf({
  purposes: {
    account: { basis: 'contract', data: ['user.contact', 'User.passwordHash', 'Profile.*'], recipients: ['sendgrid', 'crm'] },
    marketing: { basis: 'consent', consent: 'marketingEmails', data: ['user.contact.email', 'user.name.first'], recipients: ['segment'] },
    support: { basis: 'legitimate_interests', data: ['Ticket.customer.*', 'user.health'] },
  },
  recipients: {
    crm: { hosts: ['*.crm.example.com', 'crm-eu.example.net'], packages: ['@acme/crm-sdk'] },
    sendgrid: {},
  },
  fields: { 'User.nickname': 'user.name', 'Order.giftNote': 'none' },
});
const account = findPurpose(manifest, 'account')!;
const marketing = findPurpose(manifest, 'marketing')!;
const support = findPurpose(manifest, 'support')!;

describe('purposeCoversField', () => {
  test('a category covers itself and its sub-categories', () => {
    expect(purposeCoversField(account, { id: 'User.email', model: 'User', category: 'user.contact.email' })).toBe(true);
    expect(purposeCoversField(account, { id: 'User.zip', model: 'User', category: 'user.contact.address.postal_code' })).toBe(true);
  });

  test('a sub-category does not cover its parent or its siblings', () => {
    expect(purposeCoversField(marketing, { id: 'User.name', model: 'User', category: 'user.name' })).toBe(false);
    expect(purposeCoversField(marketing, { id: 'User.phone', model: 'User', category: 'user.contact.phone_number' })).toBe(false);
    expect(purposeCoversField(marketing, { id: 'User.lastName', model: 'User', category: 'user.name.last' })).toBe(false);
  });

  test('a declared alias covers the canonical category', () => {
    expect(purposeCoversField(support, { id: 'Patient.diagnosis', model: 'Patient', category: 'user.health_and_medical' })).toBe(true);
  });

  test('Model.field covers that field only', () => {
    const hash = { id: 'User.passwordHash', model: 'User', category: 'user.authorization.credentials' };
    expect(purposeCoversField(account, hash)).toBe(true);
    expect(purposeCoversField(account, { ...hash, id: 'Customer.passwordHash', model: 'Customer' })).toBe(false);
    expect(purposeCoversField(account, { ...hash, id: 'User.passwordHashAlgorithm' })).toBe(false);
  });

  test('Model.* covers the model, not a model whose name starts the same', () => {
    expect(purposeCoversField(account, { id: 'Profile.bio', model: 'Profile', category: 'user.content' })).toBe(true);
    expect(purposeCoversField(account, { id: 'ProfileImage.url', model: 'ProfileImage', category: 'user.content.self_image' })).toBe(false);
  });

  test('Model.path.* covers nested fields under that path only', () => {
    const city = { id: 'Ticket.customer.address.city', model: 'Ticket', category: 'user.contact.address.city' };
    expect(purposeCoversField(support, city)).toBe(true);
    expect(purposeCoversField(support, { ...city, id: 'Ticket.customerNote' })).toBe(false);
    expect(purposeCoversField(support, { ...city, id: 'Ticket.assignee.email' })).toBe(false);
  });

  test('a value with no model behind it is covered by category only', () => {
    expect(purposeCoversField(marketing, { id: null, model: null, category: 'user.contact.email' })).toBe(true);
    expect(purposeCoversField(account, { id: null, model: null, category: 'user.authorization.credentials' })).toBe(false);
    expect(purposeCoversField(support, { category: 'user.contact.address.city' })).toBe(false);
  });
});

test('purposesCovering lists every covering purpose in manifest order', () => {
  const covering = purposesCovering(manifest, { id: 'User.email', model: 'User', category: 'user.contact.email' });
  expect(covering.map((purpose) => purpose.name)).toEqual(['account', 'marketing']);
  expect(purposesCovering(manifest, { id: 'User.dob', model: 'User', category: 'user.demographic.date_of_birth' })).toEqual([]);
});

describe('recipients', () => {
  test('a purpose allows the recipients it lists, and no others', () => {
    expect(purposeAllowsRecipient(manifest, marketing, 'segment')).toBe(true);
    expect(purposeAllowsRecipient(manifest, marketing, 'sendgrid')).toBe(false);
    expect(purposeAllowsRecipient(manifest, support, 'segment')).toBe(false);
  });

  test('an HTTP host is allowed through the listed recipient that declares it', () => {
    expect(purposeAllowsRecipient(manifest, account, 'api.crm.example.com')).toBe(true);
    expect(purposeAllowsRecipient(manifest, account, 'CRM-EU.example.net')).toBe(true);
    // `*.crm.example.com` is for subdomains; the apex is another host.
    expect(purposeAllowsRecipient(manifest, account, 'crm.example.com')).toBe(false);
    expect(purposeAllowsRecipient(manifest, marketing, 'api.crm.example.com')).toBe(false);
  });

  test('any of the code\'s purposes may allow a recipient; unknown purpose names allow nothing', () => {
    expect(purposesAllowRecipient(manifest, ['support', 'marketing'], 'segment')).toBe(true);
    expect(purposesAllowRecipient(manifest, ['support'], 'segment')).toBe(false);
    expect(purposesAllowRecipient(manifest, ['newsletter'], 'segment')).toBe(false);
    expect(purposesAllowRecipient(manifest, [], 'segment')).toBe(false);
  });

  test('hosts and packages name the recipient that declares them', () => {
    expect(recipientForHost(manifest, 'eu.crm.example.com')).toBe('crm');
    expect(recipientForHost(manifest, 'example.com')).toBeUndefined();
    expect(recipientForPackage(manifest, '@acme/crm-sdk')).toBe('crm');
    expect(recipientForPackage(manifest, '@acme/crm')).toBeUndefined();
  });

  test('hostMatches', () => {
    expect(hostMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'badexample.com')).toBe(false);
    expect(hostMatches('api.example.com', 'api.example.com.evil.io')).toBe(false);
  });
});

test('fieldOverride reads own keys only', () => {
  expect(fieldOverride(manifest, 'User.nickname')).toBe('user.name');
  expect(fieldOverride(manifest, 'Order.giftNote')).toBe('none');
  expect(fieldOverride(manifest, 'User.email')).toBeUndefined();
  expect(fieldOverride(manifest, 'toString')).toBeUndefined();
});
