import { Chalk } from 'chalk';
import type { InventoryEntry, Report } from './types.js';

export interface TableOptions {
  color: boolean;
}

/**
 * The inventory as a terminal table, grouped by model: field, category, special/sensitive marks,
 * source, file:line (clickable in most terminals) and the evidence.
 */
export function formatInventoryTable(report: Report, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  const byModel = new Map<string, InventoryEntry[]>();
  for (const entry of report.inventory) {
    const key = `${entry.model}\u0000${entry.source}\u0000${entry.file}`;
    const group = byModel.get(key);
    if (group) group.push(entry);
    else byModel.set(key, [entry]);
  }

  for (const entries of byModel.values()) {
    const first = entries[0];
    lines.push(`${chalk.bold(first.model)} ${chalk.dim(`${first.source}${first.kind === 'entity' ? '' : ` ${first.kind}`} · ${first.file}`)}`);
    const rows = entries.map((entry) => [
      entry.field,
      entry.category,
      [entry.special ? 'special' : '', entry.sensitive ? 'sensitive' : ''].filter(Boolean).join(' '),
      `${entry.file}:${entry.line}`,
      `${entry.evidence}${entry.confidence < 0.7 ? ` (confidence ${entry.confidence})` : ''}`,
    ]);
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column].length)));
    for (const row of rows) {
      const [field, category, marks, location, evidence] = row;
      lines.push(
        [
          '  ' + field.padEnd(widths[0]),
          chalk.cyan(category.padEnd(widths[1])),
          (marks.includes('special') ? chalk.red : chalk.yellow)(marks.padEnd(widths[2])),
          chalk.dim(location.padEnd(widths[3])),
          chalk.dim(evidence),
        ]
          .join('  ')
          .trimEnd(),
      );
    }
    lines.push('');
  }

  const errors = report.findings.filter((finding) => finding.ruleId === 'analysis-error');
  if (errors.length) {
    lines.push(chalk.red.bold(`${errors.length} file${errors.length === 1 ? '' : 's'} could not be fully analysed:`));
    for (const finding of errors) lines.push(`  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}`);
    lines.push('');
  }

  const special = report.inventory.filter((entry) => entry.special).length;
  const sensitive = report.inventory.filter((entry) => entry.sensitive).length;
  const { summary } = report;
  lines.push(
    chalk.bold(
      `${plural(summary.personalFields, 'personal field')} in ${plural(summary.models, 'model')}` +
        ` (${special} special, ${sensitive} sensitive), ${plural(summary.files, 'file')} read in ${formatDuration(summary.durationMs)}`,
    ),
  );
  return lines.join('\n') + '\n';
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatDuration(milliseconds: number): string {
  return milliseconds < 1000 ? `${milliseconds} ms` : `${(milliseconds / 1000).toFixed(1)} s`;
}
