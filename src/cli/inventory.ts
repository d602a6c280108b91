import { inventory } from '../index.js';
import { formatJson } from '../report/json.js';
import { formatInventoryTable } from '../report/inventory-table.js';
import { EXIT_OK, useColor, writeOutput, type CliIo, type CommonOptions } from './index.js';

/**
 * `datamin inventory`: informational, so it exits 0 once it ran, even when some files could not
 * be read (they are listed). `scan` is the gate.
 */
export async function runInventoryCommand(paths: string[], options: CommonOptions, io: CliIo): Promise<number> {
  const { report } = await inventory({ cwd: io.cwd, paths, configFile: options.config });
  const text =
    options.format === 'json'
      ? formatJson({ version: report.version, tool: report.tool, inventory: report.inventory, findings: report.findings, summary: report.summary })
      : formatInventoryTable(report, { color: useColor(options, io) });
  writeOutput(text, options.output, io);
  return EXIT_OK;
}
