import { parseCallShape } from '../../src/catalog/call-shape.js';
import { SINKS } from '../../src/catalog/sinks.js';
import { BUILT_IN_METHODS } from '../../src/flow/analyzer.js';

/**
 * Calls of built-in methods on a parameter are not kept in function summaries: that is sound only
 * while no sink of the catalog is reached through a member of the same name.
 */
describe('built-in methods the flow analysis does not follow into callers', () => {
  it('are not members of any sink call shape', () => {
    const members = new Set<string>();
    for (const definition of SINKS) {
      for (const text of definition.calls) {
        const shape = parseCallShape(text);
        if (shape.root.kind === 'named' || shape.root.kind === 'global') for (const part of shape.root.name.split('.')) members.add(part);
        for (const step of shape.steps) if (step.kind === 'member') members.add(step.name);
      }
    }
    expect([...BUILT_IN_METHODS].filter((method) => members.has(method))).toEqual([]);
    // The catalog does use other plain names: the check above can fail.
    expect(members.has('search')).toBe(true);
  });
});
