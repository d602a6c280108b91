import fs from 'node:fs';
import path from 'node:path';
import { scan } from '../../src/index.js';

/**
 * Every folder of fixtures/flows is a small app with the exact flows it must produce
 * (expected.json). Flows are compared as sorted lists: sink file, line, field, category,
 * recipient, kind and the pseudonymous / whole-record marks. `uses`, when listed, must be
 * present among the uses found.
 */
const FIXTURES = path.resolve('fixtures/flows');

interface ExpectedFlow {
  field: string | null;
  category: string;
  file: string;
  line: number;
  kind: string;
  recipient: string;
  pseudonymous?: boolean;
  wholeRecord?: boolean;
}

interface Expected {
  description: string;
  flows: ExpectedFlow[];
  uses?: Array<{ field: string; kind: 'read' | 'write'; file: string; line: number }>;
}

const key = (flow: ExpectedFlow): string =>
  `${flow.file}:${flow.line} ${flow.field ?? '-'} ${flow.category} -> ${flow.kind}:${flow.recipient}${flow.pseudonymous ? ' pseudonymous' : ''}${flow.wholeRecord ? ' whole' : ''}`;

const cases = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((name) => fs.existsSync(path.join(FIXTURES, name, 'expected.json'))).sort() : [];

describe.each(cases)('flows: %s', (name) => {
  const root = path.join(FIXTURES, name);
  const expected = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8')) as Expected;

  it(expected.description ?? name, async () => {
    const { report, flowFacts } = await scan({ cwd: root, paths: [root] });
    const actual = (report.flows ?? []).map((flow) =>
      key({
        field: flow.field,
        category: flow.category,
        file: flow.file,
        line: flow.line,
        kind: flow.sink.kind,
        recipient: flow.sink.recipient,
        pseudonymous: flow.pseudonymous,
        wholeRecord: flow.wholeRecord,
      }),
    );
    expect(actual.sort()).toEqual(expected.flows.map(key).sort());
    for (const use of expected.uses ?? []) {
      expect(flowFacts.uses.map((found) => `${found.field} ${found.kind} ${found.file}:${found.line}`)).toContain(`${use.field} ${use.kind} ${use.file}:${use.line}`);
    }
  });
});
