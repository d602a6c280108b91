import { DEFAULT_SEVERITIES } from '../../src/config/rule-ids.js';
import { didYouMean, parseDataEntry, validateManifest, type ValidationIssue } from '../../src/config/validate.js';
import type { Manifest } from '../../src/config/manifest.js';

function valid(input: unknown, knownRecipients?: ReadonlySet<string>): Manifest {
  const result = validateManifest(input, { knownRecipients });
  if (!result.ok) throw new Error(`expected a valid manifest, got:\n${result.issues.map((issue) => `${issue.keyPath.join('.')}: ${issue.message}`).join('\n')}`);
  return result.manifest;
}

function issues(input: unknown, knownRecipients?: ReadonlySet<string>): Array<Pick<ValidationIssue, 'keyPath' | 'message'>> {
  const result = validateManifest(input, { knownRecipients });
  if (result.ok) throw new Error('expected issues');
  return result.issues.map(({ keyPath, message }) => ({ keyPath, message }));
}

const purpose = (extra: Record<string, unknown> = {}) => ({ basis: 'contract', data: ['user.contact.email'], ...extra });

describe('defaults', () => {
  test('a minimal manifest gets every default', () => {
    expect(valid({ version: 1 })).toEqual({
      version: 1,
      purposes: [],
      recipients: {},
      fields: {},
      rules: DEFAULT_SEVERITIES,
      sanitizers: [],
      consentGuards: [],
    });
  });

  test('include and exclude stay absent unless written: the project stage owns their defaults', () => {
    const manifest = valid({ version: 1, include: ['src/**'], exclude: [] });
    expect(manifest.include).toEqual(['src/**']);
    expect(manifest.exclude).toEqual([]);
    expect('include' in valid({ version: 1 })).toBe(false);
  });

  test('rules override their default one by one', () => {
    const manifest = valid({ version: 1, rules: { 'unused-personal-data': 'off', 'missing-retention': 'error' } });
    expect(manifest.rules).toEqual({ ...DEFAULT_SEVERITIES, 'unused-personal-data': 'off', 'missing-retention': 'error' });
  });

  test('a purpose and a recipient get empty lists, and keep what they declare', () => {
    const manifest = valid({
      $schema: './node_modules/datamin/schema/datamin.schema.json',
      version: 1,
      purposes: { account: purpose({ description: 'Run the account', retention: 'account-deletion', article9: 'health_care', use: 'essential.service' }) },
      recipients: { crm: { role: 'processor', country: 'DE', hosts: ['crm.example.com'] } },
    });
    expect(manifest.purposes).toEqual([
      {
        name: 'account',
        description: 'Run the account',
        basis: 'contract',
        article9: 'health_care',
        use: 'essential.service',
        data: ['user.contact.email'],
        dataReferences: [{ kind: 'category', category: 'user.contact.email' }],
        retention: 'account-deletion',
        recipients: [],
        code: [],
      },
    ]);
    expect(manifest.recipients).toEqual({ crm: { role: 'processor', country: 'DE', hosts: ['crm.example.com'], packages: [] } });
  });

  test('purposes keep the order of the file', () => {
    const manifest = valid({ version: 1, purposes: { zeta: purpose(), alpha: purpose(), mid: purpose() } });
    expect(manifest.purposes.map((each) => each.name)).toEqual(['zeta', 'alpha', 'mid']);
  });

  test('fideslang 3 aliases are stored as the canonical key', () => {
    const manifest = valid({ version: 1, purposes: { care: purpose({ data: ['user.health'] }) }, fields: { 'Patient.notes': 'user.health' } });
    expect(manifest.purposes[0]!.data).toEqual(['user.health_and_medical']);
    expect(manifest.fields).toEqual({ 'Patient.notes': 'user.health_and_medical' });
  });
});

describe('data entries', () => {
  test.each([
    ['user.contact.email', { kind: 'category', category: 'user.contact.email' }],
    ['user', { kind: 'category', category: 'user' }],
    ['User.passwordHash', { kind: 'field', id: 'User.passwordHash' }],
    ['User.profile.address.city', { kind: 'field', id: 'User.profile.address.city' }],
    // A Drizzle table is named by its variable: lower-case model names are fields, not categories.
    ['users.email', { kind: 'field', id: 'users.email' }],
    ['User.*', { kind: 'fields-under', prefix: 'User' }],
    ['User.profile.*', { kind: 'fields-under', prefix: 'User.profile' }],
    ['user.*', { kind: 'fields-under', prefix: 'user' }],
  ])('%s', (entry, expected) => {
    expect(parseDataEntry(entry)).toEqual(expected);
  });

  test.each([
    ['user.contact.emial', 'unknown data category "user.contact.emial" (did you mean "user.contact.email"?)'],
    ['user.email', 'unknown data category "user.email" (did you mean "user.contact.email"?)'],
    ['email', 'expected a data category such as user.contact.email, or a field as Model.field or Model.*, got "email" (did you mean "user.contact.email"?)'],
    ['x', 'expected a data category such as user.contact.email, or a field as Model.field or Model.*, got "x"'],
    ['nothing', 'expected a data category such as user.contact.email, or a field as Model.field or Model.*, got "nothing"'],
    ['User', 'expected a data category such as user.contact.email, or a field as Model.field or Model.*, got "User" (did you mean "User.*"?)'],
    ['User.*.email', 'expected a data category such as user.contact.email, or a field as Model.field or Model.*, got "User.*.email" (did you mean "user.contact.email"?)'],
  ])('rejects %s', (entry, message) => {
    expect(parseDataEntry(entry)).toEqual({ error: message });
  });
});

describe('issues', () => {
  test('the root must be a map', () => {
    expect(issues(['version', 1])).toEqual([{ keyPath: [], message: 'the manifest must be a map of settings (version, purposes, ...), got a list' }]);
  });

  test('version is required', () => {
    expect(issues({ purposes: {} })).toEqual([{ keyPath: [], message: 'missing required key "version"' }]);
  });

  test('a wrong type on an enum reports the choices once, not the type and the enum', () => {
    expect(issues({ version: 1, purposes: { account: purpose({ basis: 3 }) } })).toEqual([
      {
        keyPath: ['purposes', 'account', 'basis'],
        message: 'expected one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, got 3',
      },
    ]);
  });

  test('an empty value reads as such', () => {
    expect(issues({ version: 1, purposes: { account: purpose({ retention: null }) } })).toEqual([
      { keyPath: ['purposes', 'account', 'retention'], message: 'expected a string, got an empty value' },
    ]);
  });

  test('an unknown key with nothing close lists the keys that are allowed', () => {
    expect(issues({ version: 1, purposes: { account: purpose({ owner: 'ops' }) } })).toEqual([
      {
        keyPath: ['purposes', 'account', 'owner'],
        message: 'unknown key (expected one of description, basis, article9, use, consent, data, retention, recipients, code)',
      },
    ]);
  });

  test('a misspelt top-level key', () => {
    expect(issues({ version: 1, purpose: {} })).toEqual([{ keyPath: ['purpose'], message: 'unknown key (did you mean "purposes"?)' }]);
  });

  test('article9 conditions are checked', () => {
    expect(issues({ version: 1, purposes: { care: purpose({ article9: 'healthcare' }) } })[0]!.message).toBe(
      'expected one of explicit_consent, employment, vital_interests, nonprofit, made_public, legal_claims, substantial_public_interest, health_care, public_health, research, got "healthcare" (did you mean "health_care"?)',
    );
  });

  test('fields: keys are Model.field, values a category or none', () => {
    expect(issues({ version: 1, fields: { User: 'none', 'User.*': 'none', 'Order.note': 'nothing', 'User.nick': 'user.name', 'Order.giftNote': 'none' } })).toEqual([
      { keyPath: ['fields', 'User'], message: 'expected a field as Model.field, got "User"' },
      { keyPath: ['fields', 'User.*'], message: 'expected a field as Model.field, got "User.*"' },
      {
        keyPath: ['fields', 'Order.note'],
        message: 'unknown data category "nothing" (write a data category such as user.name, or none for a field that holds no personal data)',
      },
    ]);
  });

  describe('recipients of purposes', () => {
    const manifest = {
      version: 1,
      purposes: { marketing: purpose({ recipients: ['crm', 'segment', 'segmnet', 'hubspot'] }) },
      recipients: { crm: { hosts: ['crm.example.com'] } },
    };

    test('must be declared or built in', () => {
      expect(issues(manifest, new Set(['segment', 'sendgrid']))).toEqual([
        {
          keyPath: ['purposes', 'marketing', 'recipients', 2],
          message: 'unknown recipient "segmnet": declare it under recipients, or name a built-in one (did you mean "segment"?)',
        },
        { keyPath: ['purposes', 'marketing', 'recipients', 3], message: 'unknown recipient "hubspot": declare it under recipients, or name a built-in one' },
      ]);
    });

    test('a key that only exists on Object.prototype is not a declared recipient', () => {
      expect(issues({ ...manifest, purposes: { marketing: purpose({ recipients: ['constructor'] }) } }, new Set())).toEqual([
        { keyPath: ['purposes', 'marketing', 'recipients', 0], message: 'unknown recipient "constructor": declare it under recipients, or name a built-in one' },
      ]);
    });
  });

  test.each(['P3Y', 'P18M', 'P30D', 'PT12H', 'P1Y6M', 'P2W', 'PT30M', 'account-deletion', 'contract-end', 'forever'])('retention %s is valid', (retention) => {
    expect(valid({ version: 1, purposes: { account: purpose({ retention }) } }).purposes[0]!.retention).toBe(retention);
  });

  test.each(['P', 'PT', 'P3', '3Y', 'p3y', 'P3Y ', 'three years', 'Account-Deletion', 'account_deletion', '30 days'])('retention %j is rejected', (retention) => {
    expect(issues({ version: 1, purposes: { account: purpose({ retention }) } })).toEqual([
      {
        keyPath: ['purposes', 'account', 'retention'],
        message: `expected an ISO-8601 duration such as P3Y, P18M, P30D or PT12H, or an event name in kebab-case such as account-deletion, got ${JSON.stringify(retention)}`,
      },
    ]);
  });

  test('consent flags and sanitizers are identifiers', () => {
    expect(valid({ version: 1, purposes: { m: purpose({ basis: 'consent', consent: 'marketingEmails' }) }, sanitizers: ['hashEmail', 'privacy.maskIp'], consentGuards: ['hasConsent'] }).sanitizers).toEqual([
      'hashEmail',
      'privacy.maskIp',
    ]);
    expect(issues({ version: 1, consentGuards: ['has-consent()'] })).toEqual([
      { keyPath: ['consentGuards', 0], message: 'expected a function name such as hashEmail or privacy.mask, got "has-consent()"' },
    ]);
  });

  test('globs must compile and be relative; ./ is fine', () => {
    expect(valid({ version: 1, exclude: ['./src/**/*.test.ts', '**/*.{spec,test}.ts'] }).exclude).toEqual(['./src/**/*.test.ts', '**/*.{spec,test}.ts']);
    expect(issues({ version: 1, exclude: ['C:\\app\\src\\**', 'src/[z-a]', ''] })).toEqual([
      { keyPath: ['exclude', 2], message: 'must not be empty' },
      { keyPath: ['exclude', 0], message: 'globs are relative to the project root, got the absolute path "C:\\\\app\\\\src\\\\**"' },
      { keyPath: ['exclude', 1], message: 'invalid glob "src/[z-a]": invalid regular expression: /^(?:src\\/[z-a]\\/?)$/: Range out of order in character class' },
    ]);
  });

  test('a duplicated data entry names the first one', () => {
    expect(issues({ version: 1, purposes: { a: purpose({ data: ['user.name', 'User.email', 'user.name'] }) } })).toEqual([
      { keyPath: ['purposes', 'a', 'data', 2], message: '"user.name" is already listed at [0]' },
    ]);
  });

  test('purpose names must be writable in a datamin-purpose comment', () => {
    expect(issues({ version: 1, purposes: { 'email marketing': purpose() } })).toEqual([
      {
        keyPath: ['purposes', 'email marketing'],
        message: 'a purpose name is a letter followed by letters, digits, - or _ (it is written in `// datamin-purpose:` comments)',
      },
    ]);
  });
});

describe('did you mean', () => {
  test.each([
    ['recipents', ['recipients', 'retention'], ' (did you mean "recipients"?)'],
    ['consnet', ['consent', 'contract'], ' (did you mean "consent"?)'],
    ['Consent', ['consent', 'contract'], ' (did you mean "consent"?)'],
    ['xyz', ['consent', 'contract'], ''],
    ['use', ['code', 'data'], ''],
    ['ab', ['data'], ''],
  ])('%s', (input, candidates, expected) => {
    expect(didYouMean(input, candidates)).toBe(expected);
  });
});
