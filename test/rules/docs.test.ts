import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEVERITIES, RULE_IDS } from '../../src/config/rule-ids.js';
import { RULES } from '../../rules/index.js';

/**
 * Every rule has its folder, its page, and a page that agrees with its meta (typescript-eslint's
 * docs test): the title is the rule id, the first paragraph is meta.description, and the
 * headings come in the same order on every page.
 */
const HEADINGS = ['## What it reports and why', '## Examples', '## Options', '## When not to use it'];

describe.each([...RULE_IDS])('rule %s', (ruleId) => {
  it('has a definition whose id and default severity match the rule table', async () => {
    const rule = await RULES[ruleId]();
    expect(rule.id).toBe(ruleId);
    expect(rule.meta.defaultSeverity).toBe(DEFAULT_SEVERITIES[ruleId]);
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });

  it('has a documentation page with its title, its description and the shared headings in order', async () => {
    const rule = await RULES[ruleId]();
    const page = fs.readFileSync(path.resolve('rules', ruleId, 'README.md'), 'utf8');
    const lines = page.split('\n');
    expect(lines[0]).toBe(`# ${ruleId}`);
    const firstParagraph = page.split('\n\n')[1]?.replace(/\n/g, ' ').trim();
    expect(firstParagraph).toBe(rule.meta.description);
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual(HEADINGS);
    expect(page).toMatch(/Art\. \d|CPRA|1798\./);
  });
});
