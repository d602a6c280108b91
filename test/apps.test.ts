import fs from 'node:fs';
import path from 'node:path';
import { findingKey, scanFixture, type ExpectedFinding } from './helpers/scan.js';

/**
 * fixtures/apps/<orm>/ is a small but realistic app in the idiom of one ORM's ecosystem, with the
 * manifest its team would write, and expected.json listing every finding of the whole scan (all
 * rules). `knownGaps` there describes where the engine still differs from what it should report:
 * the comparison is made anyway, so a case with gaps fails until the engine is fixed.
 */
const ROOT = path.resolve('fixtures/apps');

interface ExpectedApp {
  description: string;
  knownGaps?: string[];
  findings: ExpectedFinding[];
}

const apps = fs.existsSync(ROOT)
  ? fs
      .readdirSync(ROOT)
      .filter((name) => fs.existsSync(path.join(ROOT, name, 'expected.json')))
      .sort()
  : [];

describe.each(apps)('app %s', (name) => {
  const root = path.join(ROOT, name);
  const expected = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8')) as ExpectedApp;

  it('points every expected finding at a file of the app', () => {
    for (const finding of expected.findings) {
      expect(finding.ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(finding.line).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(root, finding.file))).toBe(true);
    }
  });

  it(`reports exactly the expected findings: ${expected.description.split(':')[0]}`, async () => {
    const findings = await scanFixture(root);
    expect(findings.map(findingKey).sort()).toEqual(expected.findings.map(findingKey).sort());
  });
});
