/**
 * A Markdown report for pull-request comments and reviewers: the findings, then the inventory
 * and where personal data goes. A view of the same report.
 */
import type { Report } from './types.js';

const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatMarkdown(report: Report): string {
  const lines: string[] = ['# datamin report', ''];
  const { errors, warnings } = report.summary;
  lines.push(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} · ${report.summary.personalFields} personal fields in ${report.summary.models} models · ${report.summary.flows ?? 0} flows · ${report.summary.files} files`,
    '',
  );
  if (report.findings.length) {
    lines.push('## Findings', '', '| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
    for (const finding of report.findings) {
      lines.push(`| ${finding.severity} | \`${finding.ruleId}\` | \`${finding.file}:${finding.line}\` | ${escape(finding.message)} |`);
    }
    lines.push('');
  }
  if (report.inventory.length) {
    lines.push('## Personal data', '', '| Field | Category | Marks | Declared at |', '| --- | --- | --- | --- |');
    for (const entry of report.inventory) {
      const marks = [entry.special ? 'special (Art. 9)' : '', entry.sensitive ? 'sensitive (CPRA)' : ''].filter(Boolean).join(', ');
      lines.push(`| \`${entry.id}\` | \`${entry.category}\` | ${marks} | \`${entry.file}:${entry.line}\` |`);
    }
    lines.push('');
  }
  const shared = (report.flows ?? []).filter((flow) => !flow.pseudonymous);
  if (shared.length) {
    const byRecipient = new Map<string, Set<string>>();
    for (const flow of shared) {
      const key = `${flow.sink.kind}: ${flow.sink.recipient}`;
      const set = byRecipient.get(key) ?? new Set<string>();
      set.add(flow.field ?? flow.category);
      byRecipient.set(key, set);
    }
    lines.push('## Where personal data goes', '', '| Recipient | Data |', '| --- | --- |');
    for (const [recipient, data] of [...byRecipient].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      lines.push(`| ${escape(recipient)} | ${[...data].sort().map((item) => `\`${item}\``).join(', ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
