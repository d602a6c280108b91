import path from 'node:path';
import { RULE_IDS } from '../src/config/rule-ids.js';
import { scan } from '../src/index.js';

/** `npm run demo` is meant to show every rule once, on purpose (examples/shop/README.md says where). */
describe('the bundled example shop', () => {
  it('makes every rule fire at least once', async () => {
    const root = path.resolve('examples/shop');
    const { report } = await scan({ cwd: root, paths: [root] });
    expect([...new Set(report.findings.map((finding) => finding.ruleId))].sort()).toEqual([...RULE_IDS].sort());
  });

  it('reports nothing for what it does right: consented newsletter, hashed email, Stripe checkout, product names', async () => {
    const root = path.resolve('examples/shop');
    const { report } = await scan({ cwd: root, paths: [root] });
    const at = (file: string) => report.findings.filter((finding) => finding.file === file).map((finding) => `${finding.line} ${finding.ruleId}`);
    expect(at('src/checkout/payment.ts')).toEqual(['16 invalid-suppression', '17 personal-data-in-logs']);
    expect(report.findings.some((finding) => finding.field?.startsWith('Product.'))).toBe(false);
    expect(report.findings.filter((finding) => finding.file === 'src/marketing/sync.ts' && finding.line > 14)).toEqual([]);
  });
});
