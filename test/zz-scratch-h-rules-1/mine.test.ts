import fs from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';

const MINE = ['undeclared-personal-data', 'unused-personal-data', 'special-category-basis', 'missing-retention'];
const RULE_IDS = ['undeclared-personal-data','unused-personal-data','purpose-violation','undeclared-sharing','personal-data-in-logs','whole-record-sharing','special-category-basis','missing-retention','consent-not-checked','client-side-storage','manifest-drift','invalid-suppression','analysis-error'];
const rulesMap: Record<string, () => Promise<unknown>> = {};
for (const id of RULE_IDS) {
  rulesMap[id] = async () => {
    const file = `/work/main/rules/${id}/index.ts`;
    if (fs.existsSync(file)) return (await import(file)).default;
    return { id, meta: { defaultSeverity: 'warn', description: '', requiresManifest: false, messages: {} }, check() {} };
  };
}
jest.unstable_mockModule('../../rules/index.js', () => ({ RULES: rulesMap }));

const { scan } = await import('../../src/index.js');
const ROOT = '/work/main/fixtures/rules';
const key = (f: any) => `${f.file}:${f.line} ${f.ruleId}${f.field ? ` ${f.field}` : ''}${f.recipient ? ` -> ${f.recipient}` : ''}`;
const cases: Array<[string, string]> = [];
for (const rule of MINE) {
  const dir = path.join(ROOT, rule);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) if (fs.existsSync(path.join(dir, name, 'expected.json'))) cases.push([rule, name]);
}
describe.each(cases)('%s: %s', (rule, name) => {
  const root = path.join(ROOT, rule, name);
  const expected = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8'));
  it(expected.description ?? name, async () => {
    const { report, flowFacts } = await scan({ cwd: root, paths: [root] });
    if (process.env.DUMP) console.log(JSON.stringify({ findings: report.findings, uses: flowFacts.uses.map((u: any) => `${u.field} ${u.kind} ${u.file}:${u.line}`), inv: report.inventory.map((i: any) => `${i.id} ${i.kind} ${i.category} ${i.special} ${i.file}:${i.line}`) }, null, 1));
    const findings = report.findings.filter((f: any) => f.ruleId === rule);
    expect(findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
    for (const wanted of expected.findings) {
      const found = findings.find((f: any) => key(f) === key(wanted));
      if (wanted.message !== undefined) expect(found?.message).toBe(wanted.message);
      if (wanted.severity !== undefined) expect(found?.severity).toBe(wanted.severity);
    }
  });
});
