/**
 * A self-contained HTML report for a reviewer or privacy officer: the findings, the personal-data
 * inventory, and where personal data goes. No scripts, no external resources. A view of the
 * same report.
 */
import type { Report } from './types.js';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function formatHtml(report: Report): string {
  const { errors, warnings } = report.summary;
  const findings = report.findings
    .map(
      (finding) =>
        `<tr class="${finding.severity}"><td>${finding.severity}</td><td><code>${escape(finding.ruleId)}</code></td><td><code>${escape(finding.file)}:${finding.line}</code></td><td>${escape(finding.message)}</td></tr>`,
    )
    .join('\n');
  const inventory = report.inventory
    .map(
      (entry) =>
        `<tr><td><code>${escape(entry.id)}</code></td><td><code>${escape(entry.category)}</code></td><td>${[entry.special ? 'special (GDPR Art. 9)' : '', entry.sensitive ? 'sensitive (CPRA)' : ''].filter(Boolean).join(', ')}</td><td>${escape(entry.source)}</td><td><code>${escape(entry.file)}:${entry.line}</code></td></tr>`,
    )
    .join('\n');
  const recipients = new Map<string, Set<string>>();
  for (const flow of report.flows ?? []) {
    if (flow.pseudonymous) continue;
    const key = `${flow.sink.recipient} (${flow.sink.kind})`;
    const set = recipients.get(key) ?? new Set<string>();
    set.add(flow.field ?? flow.category);
    recipients.set(key, set);
  }
  const sharing = [...recipients]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([recipient, data]) => `<tr><td>${escape(recipient)}</td><td>${[...data].sort().map((item) => `<code>${escape(item)}</code>`).join(', ')}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>datamin report</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 2rem; color: #1d1d1f; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f6; }
tr.error td:first-child { color: #b00020; font-weight: 600; }
tr.warning td:first-child { color: #9a6700; font-weight: 600; }
code { font: 12px ui-monospace, monospace; }
</style>
</head>
<body>
<h1>datamin report</h1>
<p>${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} · ${report.summary.personalFields} personal fields in ${report.summary.models} models · ${report.summary.flows ?? 0} flows · ${report.summary.files} files · datamin ${escape(report.tool.version)}</p>
<h2>Findings</h2>
${findings ? `<table><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Message</th></tr></thead><tbody>\n${findings}\n</tbody></table>` : '<p>No findings.</p>'}
<h2>Personal data</h2>
${inventory ? `<table><thead><tr><th>Field</th><th>Category</th><th>Marks</th><th>Source</th><th>Declared at</th></tr></thead><tbody>\n${inventory}\n</tbody></table>` : '<p>No personal fields found.</p>'}
<h2>Where personal data goes</h2>
${sharing ? `<table><thead><tr><th>Recipient</th><th>Data</th></tr></thead><tbody>\n${sharing}\n</tbody></table>` : '<p>No personal data leaves the application.</p>'}
</body>
</html>
`;
}
