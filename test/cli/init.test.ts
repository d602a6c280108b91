import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { loadManifest } from '../../src/config/load.js';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = path.resolve('examples/shop');

function copyExample(): string {
  const root = tempDir('init');
  fs.cpSync(EXAMPLE, root, { recursive: true, filter: (source) => !source.endsWith('datamin.config.yaml') });
  return root;
}

describe('datamin init', () => {
  it('writes a starter manifest that validates, with every personal field and the known recipients', async () => {
    const root = copyExample();
    const result = await runCli(['init', '.'], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Wrote datamin.config.yaml: 23 personal fields in 5 models, 5 recipients found in package.json.\nDecide each TODO in it, then run datamin scan.\n',
    );
    const text = fs.readFileSync(path.join(root, 'datamin.config.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    const loaded = await loadManifest({ root });
    expect(loaded?.file).toBe('datamin.config.yaml');
    expect(Object.keys(loaded!.manifest.recipients).sort()).toEqual(['mailchimp', 'openai', 'segment', 'sentry', 'stripe']);
    // Every personal field of the inventory is declared by some purpose.
    const declared = loaded!.manifest.purposes.flatMap((purpose) => purpose.data);
    for (const category of ['user.contact.email', 'user.authorization.credentials', 'user.device.ip_address', 'user.health.medications']) {
      expect(declared).toContain(category);
    }
    expect(text).toContain('TODO');
  });

  it('refuses to overwrite an existing manifest without --force, and overwrites with it', async () => {
    const root = copyExample();
    fs.writeFileSync(path.join(root, 'datamin.config.yaml'), 'version: 1\npurposes: {}\n');
    const refused = await runCli(['init', '.'], root);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'datamin: datamin.config.yaml already exists; use --force to overwrite it\n' });
    expect(fs.readFileSync(path.join(root, 'datamin.config.yaml'), 'utf8')).toBe('version: 1\npurposes: {}\n');
    const forced = await runCli(['init', '.', '--force'], root);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'datamin.config.yaml'), 'utf8')).toContain('user.contact.email');
  });

  it('refuses when another manifest file exists, naming it', async () => {
    const root = copyExample();
    fs.writeFileSync(path.join(root, '.dataminrc.json'), JSON.stringify({ version: 1, purposes: {} }));
    const refused = await runCli(['init', '.'], root);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'datamin: a manifest already exists at .dataminrc.json; use --force to write datamin.config.yaml anyway\n' });
    expect(fs.existsSync(path.join(root, 'datamin.config.yaml'))).toBe(false);
  });
});
