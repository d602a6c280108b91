import { ConfigError, formatKeyPath } from '../../src/config/errors.js';

test('key paths read like the YAML: dots for keys, brackets for list items', () => {
  expect(formatKeyPath(['purposes', 'marketing', 'data', 2])).toBe('purposes.marketing.data[2]');
  expect(formatKeyPath(['fields', 'User.email'])).toBe('fields.User.email');
  expect(formatKeyPath(['rules', 'unused-personal-data'])).toBe('rules.unused-personal-data');
  expect(formatKeyPath(['purposes', 'email marketing', 'basis'])).toBe('purposes["email marketing"].basis');
  expect(formatKeyPath([])).toBe('');
});

test('one line per issue, with as much position as is known', () => {
  const error = new ConfigError([
    { file: 'datamin.config.yaml', line: 12, column: 11, keyPath: ['purposes', 'marketing', 'basis'], message: 'expected one of consent, contract' },
    { file: 'datamin.config.ts', keyPath: ['version'], message: 'expected 1, got 2' },
    { file: 'datamin.config.yaml', line: 3, message: 'invalid YAML: bad indentation' },
    { file: 'missing.yaml', message: 'cannot read config file: no such file' },
  ]);
  expect(error.format()).toBe(
    [
      'datamin.config.yaml:12:11: purposes.marketing.basis: expected one of consent, contract',
      'datamin.config.ts: version: expected 1, got 2',
      'datamin.config.yaml:3: invalid YAML: bad indentation',
      'missing.yaml: cannot read config file: no such file',
    ].join('\n'),
  );
  expect(error.message).toBe(error.format());
  expect(error.name).toBe('ConfigError');
  expect(error).toBeInstanceOf(Error);
});

test('a single issue needs no list', () => {
  expect(new ConfigError({ file: 'x.yaml', message: 'empty' }).issues).toEqual([{ file: 'x.yaml', message: 'empty' }]);
});
