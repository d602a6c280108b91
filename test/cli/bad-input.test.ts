import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

/**
 * Bad input never stops the inventory: each unreadable thing becomes an `analysis-error` naming
 * the file (and line where known), and everything else is still inventoried.
 */
describe('inventory on a project with bad files', () => {
  let root: string;

  beforeAll(() => {
    root = tempDir('bad');
    const write = (file: string, content: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content);
    };
    write('src/signup.ts', "import { z } from 'zod';\nexport const Signup = z.object({\n  email: z.string().email(),\n  plan: z.string(),\n});\n");
    write('src/broken.ts', "import { z } from 'zod';\nexport const Contact = z.object({\n  phone: z.string(),\n});\nexport function oops( {\n");
    write('src/empty.ts', '');
    write('src/blob.js', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
    write('src/huge.js', `// generated\nexport const data = "${'x'.repeat(2 * 1024 * 1024 + 10)}";\n`);
    write('prisma/schema.prisma', 'model User {\n  id    Int @id\n  email String\n\nmodel Broken {\n');
    write('prisma/other.prisma', 'model Customer {\n  id        Int    @id\n  lastName  String\n}\n');
    fs.symlinkSync('..', path.join(root, 'src/loop'));
    fs.symlinkSync('does-not-exist.ts', path.join(root, 'src/dangling.ts'));
  });


  it('reports every unreadable file as an analysis-error with file and line, and inventories the rest', async () => {
    const result = await runCli(['inventory', '.', '--format', 'json'], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.inventory.map((entry: { id: string; file: string; line: number }) => `${entry.id} ${entry.file}:${entry.line}`)).toEqual([
      'Customer.lastName prisma/other.prisma:3',
      'Contact.phone src/broken.ts:3',
      'Signup.email src/signup.ts:3',
    ]);
    const errors = report.findings.map((finding: { ruleId: string; file: string; line: number; message: string }) => `${finding.ruleId} ${finding.file}:${finding.line} ${finding.message}`);
    expect(errors).toEqual([
      "analysis-error prisma/schema.prisma:5 cannot parse this Prisma schema: unexpected '{'",
      'analysis-error src/blob.js:1 binary file (it contains NUL bytes); skipped',
      "analysis-error src/broken.ts:6 syntax error: '}' expected; the rest of the file was read as TypeScript recovered it",
      'analysis-error src/dangling.ts:1 cannot read file: no such file or directory',
      'analysis-error src/empty.ts:1 file is empty; nothing to analyse',
      'analysis-error src/huge.js:1 file is 2.0 MB, over the 2.0 MB limit; skipped (exclude it in the manifest if it is generated)',
      'analysis-error src/loop:1 symbolic link loop: this directory was already scanned as .; skipped',
    ]);
    expect(report.summary).toMatchObject({ errors: 7, personalFields: 3 });
  });

  it('lists the analysis errors under the stylish table too', async () => {
    const result = await runCli(['inventory', '.'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('7 files could not be fully analysed:');
    expect(result.stdout).toContain('  src/blob.js:1:1  binary file (it contains NUL bytes); skipped');
  });
});

describe('inventory command errors', () => {
  it('exits 2 with one line for a missing path', async () => {
    const result = await runCli(['inventory', 'no/such/dir'], os.tmpdir());
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'datamin: no/such/dir: no such file or directory\n' });
  });

  it('exits 2 with one line for a file that is not code', async () => {
    const root = tempDir('notcode');
    fs.writeFileSync(path.join(root, 'notes.txt'), 'hello');
    const result = await runCli(['inventory', 'notes.txt'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'datamin: notes.txt: not a TypeScript, JavaScript or Prisma file\n' });
  });

  it('exits 2 with the file, line and key path for a broken manifest', async () => {
    const root = tempDir('manifest');
    fs.writeFileSync(path.join(root, 'datamin.config.yaml'), 'version: 1\npurposes:\n  account:\n    basis: contrct\n    data: [user.contact.email]\n');
    const result = await runCli(['inventory', '.'], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'datamin: invalid manifest\ndatamin.config.yaml:4:12: purposes.account.basis: expected one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, got "contrct" (did you mean "contract"?)\n',
    );
  });

  it('exits 2 for an unknown format, naming the choices', async () => {
    const result = await runCli(['inventory', '.', '--format', 'xml'], os.tmpdir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json.");
  });

  it('exits 2 when the output file cannot be written, and writes nothing', async () => {
    const root = tempDir('output');
    fs.writeFileSync(path.join(root, 'user.ts'), 'export interface User { email: string }\n');
    const result = await runCli(['inventory', '.', '-o', 'missing/report.json'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'datamin: cannot write missing/report.json: its directory does not exist\n' });
    expect(fs.existsSync(path.join(root, 'missing'))).toBe(false);
  });
});
