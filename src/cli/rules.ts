import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRuleId } from '../config/rule-ids.js';
import { suggestRuleId } from '../engine/index.js';
import { loadRuleInfos } from './scan.js';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './index.js';

/** `datamin rules`: every rule with its default severity and whether it needs a manifest. */
export async function runRulesList(io: CliIo): Promise<number> {
  const infos = await loadRuleInfos();
  const width = Math.max(...infos.map((info) => info.id.length));
  for (const info of infos) {
    io.stdout(`${info.id.padEnd(width)}  ${info.defaultSeverity.padEnd(5)}  ${info.description}${info.requiresManifest ? ' (needs a manifest)' : ''}\n`);
  }
  io.stdout('\nSet a rule to off, warn or error in the manifest: rules: { unused-personal-data: error }. `datamin explain <rule-id>` prints its page.\n');
  return EXIT_OK;
}

/** `datamin explain <rule-id>`: the rule's documentation page. */
export async function runExplain(ruleId: string, io: CliIo): Promise<number> {
  if (!isRuleId(ruleId)) {
    const suggestion = suggestRuleId(ruleId);
    io.stderr(`datamin: unknown rule "${ruleId}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; run datamin rules to list them\n`);
    return EXIT_USAGE;
  }
  const page = readRulePage(ruleId);
  if (page === undefined) {
    io.stderr(`datamin: the documentation of ${ruleId} is missing from this installation\n`);
    return EXIT_USAGE;
  }
  io.stdout(page.endsWith('\n') ? page : `${page}\n`);
  return EXIT_OK;
}

/** The rule's README.md, found from the package root (source checkout or installed package). */
export function readRulePage(ruleId: string): string | undefined {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(directory, 'rules', ruleId, 'README.md');
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate, 'utf8');
    directory = path.dirname(directory);
  }
  return undefined;
}
