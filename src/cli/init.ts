import fs from 'node:fs';
import path from 'node:path';
import { recipientsInDependencies } from '../catalog/recipients.js';
import { renderStarterManifest } from '../config/starter.js';
import { inventory } from '../index.js';
import { readDependencies } from '../project/packages.js';
import { plural } from '../report/inventory-table.js';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './index.js';

export const STARTER_FILE_NAME = 'datamin.config.yaml';

/**
 * `datamin init`: writes a starter manifest at the project root from the inventory and the
 * recipients that package.json dependencies reveal. Never overwrites without --force.
 */
export async function runInit(paths: string[], options: { force?: boolean }, io: CliIo): Promise<number> {
  const { report, facts, project } = await inventory({ cwd: io.cwd, paths });
  const target = path.join(project.root, STARTER_FILE_NAME);
  const existing = project.manifest?.filePath;
  if (!options.force) {
    if (fs.existsSync(target)) {
      io.stderr(`datamin: ${relativeToCwd(target, io)} already exists; use --force to overwrite it\n`);
      return EXIT_USAGE;
    }
    if (existing) {
      io.stderr(`datamin: a manifest already exists at ${relativeToCwd(existing, io)}; use --force to write ${STARTER_FILE_NAME} anyway\n`);
      return EXIT_USAGE;
    }
  }
  const dependencies = readDependencies(project.root);
  const recipients = recipientsInDependencies(dependencies);
  const text = renderStarterManifest({ fields: facts.fields, recipients });
  fs.writeFileSync(target, text);
  io.stdout(
    `Wrote ${relativeToCwd(target, io)}: ${plural(report.inventory.length, 'personal field')} in ${plural(report.summary.models, 'model')}, ` +
      `${plural(recipients.length, 'recipient')} found in package.json.\n` +
      `Decide each TODO in it, then run datamin scan.\n`,
  );
  if (report.findings.length) {
    io.stderr(`${plural(report.findings.length, 'file')} could not be fully analysed; run datamin inventory to see which.\n`);
  }
  return EXIT_OK;
}

function relativeToCwd(file: string, io: CliIo): string {
  const relative = path.relative(io.cwd, file);
  return relative.startsWith('..') ? file : relative || '.';
}
