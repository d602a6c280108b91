import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadManifest, searchDirectories, SEARCH_PLACES } from '../../src/config/load.js';

const FIXTURES = path.resolve('fixtures/config');
const fixture = (name: string) => path.join(FIXTURES, name);
const BUILT_IN = new Set(['mailchimp', 'segment', 'sendgrid']);

/** The formatted ConfigError of loading a fixture; fails the test when loading succeeds. */
async function loadError(options: Parameters<typeof loadManifest>[0]): Promise<string> {
  try {
    await loadManifest(options);
  } catch (error) {
    if (error instanceof ConfigError) return error.format();
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('finding the manifest', () => {
  // Every search place of DESIGN.md section 2, each holding the same manifest.
  const locations: Array<[fixtureName: string, file: string, basisValue: { line: number; column: number } | undefined]> = [
    ['package-json', 'package.json', { line: 8, column: 18 }],
    ['rc', '.dataminrc', { line: 4, column: 12 }],
    ['rc-json', '.dataminrc.json', { line: 5, column: 16 }],
    ['rc-yaml', '.dataminrc.yaml', { line: 4, column: 12 }],
    ['rc-yml', '.dataminrc.yml', { line: 4, column: 12 }],
    ['config-yaml', 'datamin.config.yaml', { line: 4, column: 12 }],
    ['config-yml', 'datamin.config.yml', { line: 4, column: 12 }],
    ['config-json', 'datamin.config.json', { line: 5, column: 16 }],
    ['config-js', 'datamin.config.js', undefined],
    ['config-cjs', 'datamin.config.cjs', undefined],
    ['config-mjs', 'datamin.config.mjs', undefined],
    ['config-ts', 'datamin.config.ts', undefined],
  ];

  test.each(locations)('%s: reads %s', async (fixtureName, file, basisValue) => {
    const loaded = await loadManifest({ root: fixture(fixtureName), knownRecipients: BUILT_IN });
    expect(loaded).not.toBeNull();
    expect(loaded!.file).toBe(file);
    expect(loaded!.filePath).toBe(path.join(fixture(fixtureName), file));
    expect(loaded!.manifest.purposes.map((purpose) => [purpose.name, purpose.basis, purpose.consent, purpose.data, purpose.recipients])).toEqual([
      ['marketing', 'consent', 'marketingEmails', ['user.contact.email'], ['mailchimp']],
    ]);
    expect(Object.keys(loaded!.manifest.recipients)).toEqual(['mailchimp']);
    expect(loaded!.locateValue(['purposes', 'marketing', 'basis'])).toEqual(basisValue);
  });

  test('the search places are exactly those of DESIGN.md, package.json first', () => {
    expect(SEARCH_PLACES).toEqual([
      'package.json',
      '.dataminrc',
      '.dataminrc.json',
      '.dataminrc.yaml',
      '.dataminrc.yml',
      'datamin.config.yaml',
      'datamin.config.yml',
      'datamin.config.json',
      'datamin.config.js',
      'datamin.config.cjs',
      'datamin.config.mjs',
      'datamin.config.ts',
    ]);
  });

  test('package.json#datamin wins over datamin.config.yaml in the same directory', async () => {
    const loaded = await loadManifest({ root: fixture('precedence') });
    expect(loaded!.file).toBe('package.json');
    expect(loaded!.manifest.purposes.map((purpose) => purpose.name)).toEqual(['account']);
  });

  test('a package.json without a datamin key is passed over', async () => {
    const loaded = await loadManifest({ root: fixture('config-yaml') });
    expect(loaded!.file).toBe('datamin.config.yaml');
  });

  test('searches upward from the root to the directory holding package.json', async () => {
    const loaded = await loadManifest({ root: fixture('search-upward/src/app') });
    expect(loaded!.file).toBe('../../datamin.config.yaml');
    expect(loaded!.filePath).toBe(fixture('search-upward/datamin.config.yaml'));
  });

  test('does not cross into a parent project: a package.json ends the search', async () => {
    expect(await loadManifest({ root: fixture('stops-at-package/packages/api') })).toBeNull();
  });

  test('null when there is no manifest', async () => {
    expect(await loadManifest({ root: fixture('no-manifest') })).toBeNull();
  });

  test('a .git directory ends the search like a package.json', () => {
    const base = tempDir('git');
    fs.mkdirSync(path.join(base, '.git'));
    fs.mkdirSync(path.join(base, 'src', 'app'), { recursive: true });
    expect(searchDirectories(path.join(base, 'src', 'app'))).toEqual([path.join(base, 'src', 'app'), path.join(base, 'src'), base]);
  });

  test('outside any project only the root itself is searched: no stray manifest from a parent folder', async () => {
    const base = tempDir('loose');
    const root = path.join(base, 'reports');
    fs.mkdirSync(root);
    fs.copyFileSync(fixture('config-yaml/datamin.config.yaml'), path.join(base, 'datamin.config.yaml'));
    const hasMarkerAbove = searchDirectories(base).length > 1;
    // Only meaningful where the temp directory is not itself inside a project.
    if (!hasMarkerAbove) {
      expect(searchDirectories(root)).toEqual([root]);
      expect(await loadManifest({ root })).toBeNull();
    }
  });
});

test('the example manifest of DESIGN.md section 2 is valid', async () => {
  const loaded = (await loadManifest({ root: fixture('design-example'), knownRecipients: BUILT_IN }))!;
  const { manifest } = loaded;
  expect(manifest.include).toEqual(['src/**', 'prisma/schema.prisma']);
  expect(manifest.exclude).toEqual(['**/*.test.ts']);
  expect(manifest.purposes.map((purpose) => [purpose.name, purpose.basis, purpose.retention, purpose.recipients])).toEqual([
    ['account', 'contract', 'P3Y', ['sendgrid']],
    ['marketing', 'consent', 'P1Y', ['mailchimp', 'segment']],
  ]);
  expect(manifest.purposes[0]!.dataReferences).toEqual([
    { kind: 'category', category: 'user.contact.email' },
    { kind: 'category', category: 'user.name' },
    { kind: 'field', id: 'User.passwordHash' },
  ]);
  expect(manifest.recipients.crm).toEqual({ role: 'processor', country: 'DE', hosts: ['crm.example.com'], packages: ['@acme/crm-sdk'] });
  expect(manifest.fields).toEqual({ 'User.nickname': 'user.name', 'Order.giftNote': 'none' });
  expect(manifest.rules['unused-personal-data']).toBe('warn');
  expect(manifest.sanitizers).toEqual(['hashEmail', 'maskIp']);
  expect(manifest.consentGuards).toEqual(['hasConsent']);
  expect(loaded.locate(['fields', 'Order.giftNote'])).toEqual({ line: 31, column: 3 });
});

describe('--config', () => {
  test('loads the named file, whatever its name, relative to the working directory', async () => {
    const loaded = await loadManifest({
      root: fixture('no-manifest'),
      configFile: path.relative(process.cwd(), fixture('config-yaml/datamin.config.yaml')),
    });
    expect(loaded!.file).toBe('../config-yaml/datamin.config.yaml');
    expect(loaded!.manifest.purposes[0]!.name).toBe('marketing');
  });

  test('a package.json named explicitly is read from its datamin key', async () => {
    const loaded = await loadManifest({ root: fixture('package-json'), configFile: fixture('package-json/package.json') });
    expect(loaded!.manifest.purposes[0]!.name).toBe('marketing');
    expect(loaded!.locate([])).toEqual({ line: 4, column: 3 });
  });

  test('a file that does not exist', async () => {
    expect(await loadError({ root: fixture('no-manifest'), configFile: fixture('no-manifest/privacy.yaml') })).toBe(
      'privacy.yaml: cannot read config file: no such file',
    );
  });

  test('a directory', async () => {
    expect(await loadError({ root: FIXTURES, configFile: fixture('config-yaml') })).toBe('config-yaml: cannot read config file: it is a directory');
  });

  test('a file type datamin cannot read', async () => {
    const base = tempDir('toml');
    fs.writeFileSync(path.join(base, 'datamin.toml'), 'version = 1\n');
    expect(await loadError({ root: base, configFile: path.join(base, 'datamin.toml') })).toBe(
      'datamin.toml: cannot read config file: unsupported file type ".toml" (use .yaml, .yml, .json, .js, .cjs, .mjs, .ts, .mts or .cts)',
    );
  });

  test('a package.json without a datamin key', async () => {
    expect(await loadError({ root: fixture('rc'), configFile: fixture('rc/package.json') })).toBe('package.json: no "datamin" key in this package.json');
  });
});

describe('locations for the manifest-drift rule', () => {
  test('a map entry is located at its key, a list item at the item, a value at the value', async () => {
    const loaded = (await loadManifest({ root: fixture('config-yaml') }))!;
    expect(loaded.locate(['purposes', 'marketing'])).toEqual({ line: 3, column: 3 });
    expect(loaded.locate(['purposes', 'marketing', 'recipients', 0])).toEqual({ line: 7, column: 18 });
    expect(loaded.locate(['recipients', 'mailchimp'])).toEqual({ line: 9, column: 3 });
    expect(loaded.locateValue(['purposes', 'marketing', 'consent'])).toEqual({ line: 5, column: 14 });
  });

  test('a path the file does not hold has no location', async () => {
    const loaded = (await loadManifest({ root: fixture('config-yaml') }))!;
    expect(loaded.locate(['purposes', 'billing'])).toBeUndefined();
    expect(loaded.locate(['purposes', 'marketing', 'recipients', 5])).toBeUndefined();
    expect(loaded.locate(['version', 'x'])).toBeUndefined();
  });

  test('package.json positions are inside its datamin key', async () => {
    const loaded = (await loadManifest({ root: fixture('package-json') }))!;
    expect(loaded.locate(['recipients', 'mailchimp'])).toEqual({ line: 14, column: 21 });
  });

  test('a JSON manifest gives positions too', async () => {
    const loaded = (await loadManifest({ root: fixture('config-json') }))!;
    expect(loaded.locate(['purposes', 'marketing', 'data', 0])).toEqual({ line: 7, column: 16 });
  });
});

describe('errors, exactly as printed', () => {
  const cases: Array<[fixtureName: string, expected: string]> = [
    ['error-misspelt-key', 'datamin.config.yaml:6:5: purposes.marketing.recipents: unknown key (did you mean "recipients"?)'],
    [
      'error-bad-enum',
      'datamin.config.yaml:8:12: purposes.marketing.basis: expected one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, got "consnet" (did you mean "consent"?)',
    ],
    [
      'error-bad-category',
      [
        'datamin.config.yaml:7:9: purposes.account.data[1]: unknown data category "user.contact.emial" (did you mean "user.contact.email"?)',
        'datamin.config.yaml:10:18: fields.User.nickname: unknown data category "user.nam" (did you mean "user.name"?)',
      ].join('\n'),
    ],
    ['error-malformed-yaml', 'datamin.config.yaml:5:1: invalid YAML: All mapping items must start at the same column'],
    ['error-duplicate-key', 'datamin.config.yaml:6:3: invalid YAML: Map keys must be unique'],
    ['error-malformed-json', "datamin.config.json:5:5: invalid JSON: Expected ',' or '}' after property value"],
    [
      'error-wrong-type',
      [
        'datamin.config.yaml:5:11: purposes.account.data: expected a list, got "user.contact.email"',
        'datamin.config.yaml:6:11: purposes.account.code: expected a list, got "src/account/**"',
      ].join('\n'),
    ],
    [
      'error-unknown-rule',
      [
        'datamin.config.yaml:4:3: rules.personal-data-in-log: unknown rule id (did you mean "personal-data-in-logs"?)',
        'datamin.config.yaml:5:3: rules.no-tracking: unknown rule id (run `datamin rules` for the list)',
      ].join('\n'),
    ],
    [
      'error-bad-retention',
      'datamin.config.yaml:6:16: purposes.account.retention: expected an ISO-8601 duration such as P3Y, P18M, P30D or PT12H, or an event name in kebab-case such as account-deletion, got "3 years"',
    ],
    [
      'error-empty-file',
      'datamin.config.yaml: the manifest is empty: write `version: 1` and your purposes, or run `datamin init --force` to write a starter',
    ],
    [
      'error-comments-only',
      'datamin.config.yaml: the manifest is empty: write `version: 1` and your purposes, or run `datamin init --force` to write a starter',
    ],
    [
      'error-unknown-recipient',
      'datamin.config.yaml:6:18: purposes.marketing.recipients[0]: unknown recipient "mailchimpp": declare it under recipients, or name a built-in one (did you mean "mailchimp"?)',
    ],
    ['error-ts-throws', 'datamin.config.ts: cannot load config file: DATAMIN_ENV is not set'],
    ['error-import', "datamin.config.yaml:2:1: $import: unknown key (a manifest is one file: cosmiconfig's $import is not supported)"],
    [
      'error-globs',
      [
        'datamin.config.yaml:2:21: include[1]: globs are relative to the project root, got the absolute path "/srv/app/src/**"',
        'datamin.config.yaml:7:12: purposes.account.code[0]: invalid glob "src/{account,auth/**": missing closing: "}" - use "\\\\}" to match literal characters',
      ].join('\n'),
    ],
    [
      'error-several',
      [
        'datamin.config.yaml:1:10: version: expected 1, got 2',
        'datamin.config.yaml:4:12: purposes.marketing.basis: expected one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, got "Consent" (did you mean "consent"?)',
        'datamin.config.yaml:5:14: purposes.marketing.consent: expected the consent flag as an identifier such as marketingEmails, got "marketing emails"',
        'datamin.config.yaml:6:32: purposes.marketing.data[1]: "user.contact.email" is already listed at [0]',
        'datamin.config.yaml:7:3: purposes.2fa: a purpose name is a letter followed by letters, digits, - or _ (it is written in `// datamin-purpose:` comments)',
        'datamin.config.yaml:7:3: purposes.2fa: missing required key "data"',
        'datamin.config.yaml:10:16: recipients.crm.role: expected one of controller, processor, third_party, joint_controller, got "processer" (did you mean "processor"?)',
        'datamin.config.yaml:10:36: recipients.crm.country: expected an ISO 3166-1 alpha-2 country code in capitals, such as DE or US, got "de"',
        'datamin.config.yaml:10:48: recipients.crm.hosts[0]: expected a host name such as api.example.com or *.example.com, without scheme, port or path, got "https://crm.example.com"',
        'datamin.config.yaml:11:25: sanitizers[1]: expected a function name such as hashEmail or privacy.mask, got "mask-ip"',
      ].join('\n'),
    ],
  ];

  test.each(cases)('%s', async (fixtureName, expected) => {
    expect(await loadError({ root: fixture(fixtureName), knownRecipients: BUILT_IN })).toBe(expected);
  });

  test('each issue carries its file, position and key path for the CLI and editors', async () => {
    try {
      await loadManifest({ root: fixture('error-bad-enum') });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues).toEqual([
        {
          file: 'datamin.config.yaml',
          line: 8,
          column: 12,
          keyPath: ['purposes', 'marketing', 'basis'],
          message:
            'expected one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, got "consnet" (did you mean "consent"?)',
        },
      ]);
      expect((error as ConfigError).message).toBe((error as ConfigError).format());
    }
  });

  test('without the catalog, recipients are not checked rather than all reported', async () => {
    const loaded = await loadManifest({ root: fixture('error-unknown-recipient') });
    expect(loaded!.manifest.purposes[0]!.recipients).toEqual(['mailchimpp', 'crm', 'segment']);
  });

  test('a declared recipient and a built-in one are accepted', async () => {
    // `crm` is declared under recipients and `segment` is built in: only `mailchimpp` is reported.
    const message = await loadError({ root: fixture('error-unknown-recipient'), knownRecipients: BUILT_IN });
    expect(message.split('\n')).toHaveLength(1);
  });
});
