import fs from 'node:fs';
import path from 'node:path';
import { findingKey, scanFixture, type ExpectedFinding } from '../helpers/scan.js';

/**
 * fixtures/rules/<rule-id>/<case>/ is a small app with a manifest and the exact findings of that
 * rule it must produce (expected.json); findings of other rules are not compared here.
 * Messages, when a case lists them, must match exactly.
 */
const ROOT = path.resolve('fixtures/rules');

const cases: Array<[string, string]> = [];
if (fs.existsSync(ROOT)) {
  for (const rule of fs.readdirSync(ROOT).sort()) {
    const ruleDirectory = path.join(ROOT, rule);
    if (!fs.statSync(ruleDirectory).isDirectory()) continue;
    for (const name of fs.readdirSync(ruleDirectory).sort()) {
      if (fs.existsSync(path.join(ruleDirectory, name, 'expected.json'))) cases.push([rule, name]);
    }
  }
}

describe.each(cases)('%s: %s', (rule, name) => {
  const root = path.join(ROOT, rule, name);
  const expected = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8')) as { description: string; findings: ExpectedFinding[] };

  it(expected.description ?? name, async () => {
    const findings = (await scanFixture(root)).filter((finding) => finding.ruleId === rule);
    expect(findings.map(findingKey).sort()).toEqual(expected.findings.map(findingKey).sort());
    // Several findings can share a key (one per purpose): each expected message must be among them.
    for (const wanted of expected.findings) {
      const candidates = findings.filter((finding) => findingKey(finding) === findingKey(wanted));
      if (wanted.message !== undefined) expect(candidates.map((finding) => finding.message)).toContain(wanted.message);
      if (wanted.severity !== undefined) expect(candidates.map((finding) => finding.severity)).toContain(wanted.severity);
      if (wanted.purposes !== undefined) expect(candidates.map((finding) => finding.purposes)).toContainEqual(wanted.purposes);
    }
  });
});
