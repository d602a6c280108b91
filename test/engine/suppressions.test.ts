import { parseSuppressionComment, readSuppressions } from '../../src/engine/suppressions.js';

describe('suppression comments', () => {
  it('reads next-line and file suppressions, with their rule ids and reasons', () => {
    const text = [
      "// datamin-ignore client-side-storage -- this file only runs in the admin's own browser",
      'const greeting = `Hi ${user.firstName} ${user.lastName}`;',
      "const url = 'https://example.com/// datamin-ignore-next-line not-a-comment';",
      '// datamin-ignore-next-line personal-data-in-logs, undeclared-sharing -- support needs the address in this one log',
      'console.log(user.email);',
      '/* datamin-ignore-next-line personal-data-in-logs */',
      'logger.info(user.phone);',
    ].join('\n');
    expect(readSuppressions('src/a.ts', text)).toEqual([
      { file: 'src/a.ts', line: 1, column: 1, scope: 'file', ruleIds: ['client-side-storage'], reason: "this file only runs in the admin's own browser", used: false },
      { file: 'src/a.ts', line: 4, column: 1, scope: 'next-line', ruleIds: ['personal-data-in-logs', 'undeclared-sharing'], reason: 'support needs the address in this one log', used: false },
      { file: 'src/a.ts', line: 6, column: 1, scope: 'next-line', ruleIds: ['personal-data-in-logs'], used: false },
    ]);
  });

  it('finds a comment that follows a template literal with substitutions (a bare scanner would not)', () => {
    const text = 'const name = `${a} ${b}`;\nconst c = 1;\n// datamin-ignore-next-line personal-data-in-logs -- reviewed\nlog(`x ${y}`);\n';
    expect(readSuppressions('src/b.ts', text).map((suppression) => suppression.line)).toEqual([3]);
  });

  it('parses the comment forms and rejects look-alikes', () => {
    expect(parseSuppressionComment('// datamin-ignore unused-personal-data -- kept for the audit')).toEqual({ scope: 'file', ruleIds: ['unused-personal-data'], reason: 'kept for the audit' });
    expect(parseSuppressionComment('/// datamin-ignore unused-personal-data')).toEqual({ scope: 'file', ruleIds: ['unused-personal-data'] });
    expect(parseSuppressionComment('// see datamin-ignore in the docs')).toBeUndefined();
    expect(parseSuppressionComment('// datamin-ignored')).toBeUndefined();
  });
});
