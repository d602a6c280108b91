import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const FIXTURE = path.resolve('fixtures/cli/newsletter');

/** A fresh copy of the newsletter app, optionally with its manifest rewritten. */
function copyApp(manifest?: string): string {
  const root = tempDir('scan');
  fs.cpSync(FIXTURE, root, { recursive: true });
  if (manifest !== undefined) fs.writeFileSync(path.join(root, 'datamin.config.yaml'), manifest);
  return root;
}

const MANIFEST_DECLARING_PHONE = `version: 1
purposes:
  newsletter:
    basis: consent
    data: [user.contact.email, user.name, user.contact.phone_number]
    retention: P2Y
    recipients: [segment]
    code: ["src/**"]
`;

describe('datamin scan: exit codes and flags', () => {
  it('exits 1 on an error finding and prints it with a clickable location and the rule id', async () => {
    const root = copyApp();
    const result = await runCli(['scan', '.'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'prisma/schema.prisma:10:3  error    Subscriber.phone (user.contact.phone_number) is stored but no purpose declares it: add user.contact.phone_number (or Subscriber.phone) to the data of the purpose that needs it, or stop collecting it.  undeclared-personal-data',
    );
    expect(result.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(result.stdout).toContain('undeclared-personal-data 1 · unused-personal-data 1');
  });

  it('is the default command', async () => {
    const root = copyApp();
    expect((await runCli(['.'], root)).code).toBe(1);
  });

  it('exits 0 with --exit-zero, and with only warnings unless --max-warnings is exceeded', async () => {
    const root = copyApp();
    expect((await runCli(['scan', '.', '--exit-zero'], root)).code).toBe(0);
    const warningsOnly = copyApp(MANIFEST_DECLARING_PHONE);
    const relaxed = await runCli(['scan', '.'], warningsOnly);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    const strict = await runCli(['scan', '.', '--max-warnings', '0'], warningsOnly);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('datamin: 1 warnings, more than --max-warnings 0\n');
  });

  it('--quiet reports errors only', async () => {
    const root = copyApp();
    const result = await runCli(['scan', '.', '--quiet'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('unused-personal-data');
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('writes the JSON report, the same twice but for the duration', async () => {
    const root = copyApp();
    const first = await runCli(['scan', '.', '-f', 'json', '-o', 'report.json'], root);
    expect(first.stdout).toBe('');
    const report = JSON.parse(fs.readFileSync(path.join(root, 'report.json'), 'utf8'));
    expect(Object.keys(report)).toEqual(['version', 'tool', 'inventory', 'flows', 'findings', 'summary', 'limits']);
    expect(report.findings.map((finding: { ruleId: string; line: number }) => `${finding.ruleId}:${finding.line}`)).toEqual([
      'undeclared-personal-data:10',
      'unused-personal-data:10',
    ]);
    expect(report.flows.map((flow: { field: string; sink: { recipient: string }; pseudonymous?: boolean }) => `${flow.field}->${flow.sink.recipient}${flow.pseudonymous ? ' (pseudonymous)' : ''}`)).toEqual([
      'Subscriber.email->segment',
      'Subscriber.firstName->segment',
      'Subscriber.id->segment (pseudonymous)',
      'Subscriber.id->pino (pseudonymous)',
    ]);
    const second = await runCli(['scan', '.', '-f', 'json'], root);
    const normalize = (text: string) => text.replace(/"durationMs": \d+/, '"durationMs": 0');
    expect(normalize(second.stdout)).toBe(normalize(fs.readFileSync(path.join(root, 'report.json'), 'utf8')));
  });

  it('writes SARIF 2.1.0 with the rules and a result per finding', async () => {
    const root = copyApp();
    const result = await runCli(['scan', '.', '-f', 'sarif'], root);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(13);
    expect(sarif.runs[0].results.map((item: { ruleId: string; level: string }) => `${item.ruleId}:${item.level}`)).toEqual([
      'undeclared-personal-data:error',
      'unused-personal-data:warning',
    ]);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'prisma/schema.prisma', uriBaseId: '%SRCROOT%' },
      region: { startLine: 10, startColumn: 3 },
    });
  });

  it('records a baseline, then hides what it recorded even when lines move, and shows new findings', async () => {
    const root = copyApp();
    const update = await runCli(['scan', '.', '--update-baseline'], root);
    expect(update).toEqual({ code: 0, stdout: 'Wrote .datamin-baseline.json with 2 findings; later runs with --baseline report only new ones.\n', stderr: '' });
    expect((await runCli(['scan', '.', '--baseline'], root)).code).toBe(0);

    const schemaPath = path.join(root, 'prisma/schema.prisma');
    fs.writeFileSync(schemaPath, `// moved down\n\n${fs.readFileSync(schemaPath, 'utf8').replace('  phone     String?\n', '  phone     String?\n  birthday  DateTime?\n')}`);
    const after = await runCli(['scan', '.', '--baseline', '-f', 'json'], root);
    const findings = JSON.parse(after.stdout).findings.map((finding: { ruleId: string; field: string }) => `${finding.ruleId} ${finding.field}`);
    expect(findings).toEqual(['undeclared-personal-data Subscriber.birthday', 'unused-personal-data Subscriber.birthday']);
  });

  it('reports only files changed since a git ref with --changed-since', async () => {
    const root = copyApp();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'start');
    const unchanged = await runCli(['scan', '.', '--changed-since', 'HEAD'], root);
    expect(unchanged.code).toBe(0);
    fs.appendFileSync(path.join(root, 'prisma/schema.prisma'), '\n');
    const changed = await runCli(['scan', '.', '--changed-since', 'HEAD', '-f', 'json'], root);
    expect(JSON.parse(changed.stdout).findings).toHaveLength(2);
    const badRef = await runCli(['scan', '.', '--changed-since', 'no-such-ref'], root);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toMatch(/^datamin: cannot list files changed since no-such-ref: /);
  });

  it('exits 2 with one line for bad flags and bad rule ids in the manifest', async () => {
    const root = copyApp();
    expect(await runCli(['scan', '.', '--max-warnings', 'many'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'datamin: --max-warnings expects a whole number of 0 or more, got "many"\n',
    });
    const misspelt = copyApp(`${MANIFEST_DECLARING_PHONE}rules:\n  unused-personal-dta: off\n`);
    const result = await runCli(['scan', '.'], misspelt);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('datamin: invalid manifest\ndatamin.config.yaml:10:3: rules.unused-personal-dta: unknown rule id (did you mean "unused-personal-data"?)\n');
  });

  it('says that a manifest would enable more rules when there is none', async () => {
    const root = copyApp();
    fs.rmSync(path.join(root, 'datamin.config.yaml'));
    const result = await runCli(['scan', '.'], root);
    expect(result.stderr).toBe('datamin: no manifest found; only the rules that need none ran. Run `datamin init` to write one.\n');
    expect(result.stdout).not.toContain('undeclared-personal-data');
  });

  it('lets the manifest turn rules off or up', async () => {
    const root = copyApp(`${MANIFEST_DECLARING_PHONE}rules:\n  unused-personal-data: error\n`);
    const result = await runCli(['scan', '.'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    const off = copyApp(`${MANIFEST_DECLARING_PHONE}rules:\n  unused-personal-data: off\n`);
    expect((await runCli(['scan', '.'], off)).stdout).toContain('✔ no problems');
  });
});

describe('datamin rules and explain', () => {
  it('lists the 13 rules', async () => {
    const result = await runCli(['rules'], os.tmpdir());
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^[a-z-]+ {2,}(error|warn) /.test(line))).toHaveLength(13);
  });

  it("prints a rule's page, and suggests the closest id for a typo", async () => {
    const page = await runCli(['explain', 'undeclared-sharing'], os.tmpdir());
    expect(page.code).toBe(0);
    expect(page.stdout.startsWith('# undeclared-sharing\n')).toBe(true);
    const typo = await runCli(['explain', 'undeclared-sharin'], os.tmpdir());
    expect(typo).toEqual({ code: 2, stdout: '', stderr: 'datamin: unknown rule "undeclared-sharin" (did you mean "undeclared-sharing"?); run datamin rules to list them\n' });
  });
});

describe('datamin report -f ropa', () => {
  it('drafts the record of processing from the manifest, with the fields each purpose covers and what no purpose declares', async () => {
    const root = copyApp();
    const result = await runCli(['report', '.', '-f', 'ropa'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const text = result.stdout;
    expect(text.startsWith('# Record of processing activities\n')).toBe(true);
    expect(text).toContain('> The code does not match this record everywhere: 1 error finding (run `datamin scan`).');
    expect(text).toContain('## newsletter\n\nSend the monthly newsletter\n');
    expect(text).toContain('| Legal basis | Art. 6(1)(a) consent |');
    expect(text).toContain('| Retention | `P2Y` (2 years) |');
    expect(text).toContain('| Recipients reached by its code | Segment (`segment`) |');
    expect(text).toContain('| `user.contact.email` | An email address that reaches a person. |  | `Subscriber.email` |');
    // The phone number is stored but no purpose declares it: it is listed apart.
    const undeclared = text.slice(text.indexOf('## Personal data no purpose declares'), text.indexOf('## Recipients'));
    expect(undeclared).toContain('`Subscriber.phone`');
    expect(undeclared).not.toContain('`Subscriber.email`');
    expect(text).toContain('| Segment (`segment`) | — | — | `newsletter` | `Subscriber.email`, `Subscriber.firstName` |');
  });

  it('flags an undeclared retention, and needs a manifest', async () => {
    const noRetention = copyApp(MANIFEST_DECLARING_PHONE.replace('    retention: P2Y\n', ''));
    const result = await runCli(['report', '.', '-f', 'ropa'], noRetention);
    expect(result.stdout).toContain('| Retention | **not declared** |');
    expect(result.stdout).toContain('None: every personal field of the inventory is declared by a purpose.');
    const bare = tempDir('ropa');
    fs.writeFileSync(path.join(bare, 'a.ts'), 'export const x = 1;\n');
    expect(await runCli(['report', '.', '-f', 'ropa'], bare)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'datamin: the ropa format is drafted from the purpose manifest, and none was found: run `datamin init` to write one, or name it with --config\n',
    });
  });
});
