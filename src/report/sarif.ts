/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html): what code
 * scanning services (GitHub, GitLab, Azure DevOps) read. A view of the same report.
 */
import type { Report } from './types.js';

export interface SarifRuleInfo {
  id: string;
  description: string;
  defaultSeverity: 'error' | 'warn';
}

export function formatSarif(report: Report, rules: readonly SarifRuleInfo[]): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'datamin',
            version: report.tool.version,
            informationUri: 'https://github.com/datamin/datamin',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: `Run \`datamin explain ${rule.id}\` for the rule's documentation.` },
              defaultConfiguration: { level: rule.defaultSeverity === 'warn' ? 'warning' : 'error' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: finding.severity === 'error' ? 'error' : 'warning',
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.line, startColumn: finding.column },
              },
            },
          ],
          partialFingerprints: { 'datamin/v1': finding.fingerprint },
          properties: {
            ...(finding.field ? { field: finding.field } : {}),
            ...(finding.category ? { category: finding.category } : {}),
            ...(finding.recipient ? { recipient: finding.recipient } : {}),
            ...(finding.purposes ? { purposes: finding.purposes } : {}),
          },
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
