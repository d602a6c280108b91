import { Chalk } from 'chalk';
import type { Finding, Report } from './types.js';
import { formatDuration, plural } from './inventory-table.js';

export interface StylishOptions {
  color: boolean;
  /** Prefix that turns root-relative paths into paths relative to the working directory. */
  pathPrefix?: string;
  /** Whether a manifest was used (the summary says what was checked). */
  purposes?: number;
}

/**
 * Findings grouped by file, as ESLint's stylish formatter does, each row starting with a
 * `path:line:column` that terminals make clickable, then a summary with counts per rule.
 */
export function formatStylish(report: Report, options: StylishOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const prefix = options.pathPrefix ?? '';
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  for (const [file, findings] of byFile) {
    lines.push(chalk.underline(`${prefix}${file}`));
    const locations = findings.map((finding) => `${prefix}${file}:${finding.line}:${finding.column}`);
    const width = Math.max(...locations.map((location) => location.length));
    findings.forEach((finding, index) => {
      const severity = finding.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      lines.push(`  ${chalk.dim(locations[index].padEnd(width))}  ${severity}  ${finding.message}  ${chalk.dim(finding.ruleId)}`);
    });
    lines.push('');
  }

  const { errors, warnings } = report.summary;
  const total = errors + warnings;
  if (total === 0) {
    lines.push(
      chalk.green.bold('✔ no problems') +
        chalk.dim(
          ` · ${plural(report.summary.personalFields, 'personal field')}, ${plural(report.summary.flows ?? 0, 'flow')}` +
            `${options.purposes !== undefined ? `, ${plural(options.purposes, 'purpose')}` : ''}` +
            ` · ${plural(report.summary.files, 'file')} in ${formatDuration(report.summary.durationMs)}`,
        ),
    );
  } else {
    const headline = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    lines.push((errors ? chalk.red.bold : chalk.yellow.bold)(headline));
    const perRule = new Map<string, number>();
    for (const finding of report.findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
    const counts = [...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, count]) => `${rule} ${count}`);
    lines.push(chalk.dim(`  ${counts.join(' · ')}`));
    lines.push(
      chalk.dim(
        `  ${plural(report.summary.personalFields, 'personal field')}, ${plural(report.summary.flows ?? 0, 'flow')}` +
          `${options.purposes !== undefined ? `, ${plural(options.purposes, 'purpose')}` : ''}` +
          ` · ${plural(report.summary.files, 'file')} in ${formatDuration(report.summary.durationMs)}`,
      ),
    );
    lines.push(chalk.dim('  Run `datamin explain <rule-id>` for what a rule means and how to fix it.'));
  }
  return lines.join('\n') + '\n';
}
