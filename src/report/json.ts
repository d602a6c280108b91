/** The JSON report: the report object itself, pretty-printed, keys in a fixed order. */
export function formatJson(report: object): string {
  return JSON.stringify(report, null, 2) + '\n';
}
