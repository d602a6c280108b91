/**
 * Matches SDK chains observed in the code against the catalog's call shapes
 * (src/catalog/call-shape.ts). Shapes are parsed once; a call is matched only when its callee
 * is an API value, so the cost is paid on SDK calls alone.
 */
import { parseCallShape, type CallShapeStep } from '../catalog/call-shape.js';
import { SINKS, type SinkDefinition } from '../catalog/sinks.js';
import type { ApiStep, ApiValue } from './values.js';

type CanonicalStep =
  | { kind: 'member'; name: string }
  | { kind: 'any-member' }
  | { kind: 'call' }
  | { kind: 'construct' }
  | { kind: 'callback'; parameter: number }
  | { kind: 'assign' };

interface IndexedShape {
  definition: SinkDefinition;
  steps: CanonicalStep[];
  passthrough: ReadonlySet<string>;
}

/** Globals that only qualify another global: `window.gtag` is `gtag`. */
const GLOBAL_QUALIFIERS = new Set(['window', 'globalThis', 'self', 'global']);

export interface SinkMatch {
  definition: SinkDefinition;
  /** Index in the value's steps of the first call (where `urlArgument` is read). */
  firstCallIndex: number;
}

/** The catalog's shapes by where they start: a module specifier or `global:<name>`. */
export class SinkIndex {
  private readonly byStart = new Map<string, IndexedShape[]>();
  /** Modules any sink starts from: imports of other modules are not followed as SDKs. */
  readonly modules = new Set<string>();
  readonly globals = new Set<string>();

  constructor(definitions: readonly SinkDefinition[] = SINKS) {
    for (const definition of definitions) {
      const passthrough = new Set(definition.passthrough ?? []);
      for (const text of definition.calls) {
        const shape = parseCallShape(text);
        const steps: CanonicalStep[] = shape.steps.map(canonicalShapeStep);
        if (shape.root.kind === 'global') {
          const parts = shape.root.name.split('.').filter((part, index) => index > 0 || !GLOBAL_QUALIFIERS.has(part));
          const [globalName, ...members] = parts;
          this.add(`global:${globalName}`, { definition, steps: [...members.map((name) => ({ kind: 'member' as const, name })), ...steps], passthrough });
          this.globals.add(globalName);
        } else {
          const rootSteps: CanonicalStep[] = shape.root.kind === 'named' ? [{ kind: 'member', name: shape.root.name }] : [];
          for (const module of definition.modules ?? []) {
            this.add(module, { definition, steps: [...rootSteps, ...steps], passthrough });
            this.modules.add(module);
          }
        }
      }
    }
  }

  private add(key: string, shape: IndexedShape): void {
    const list = this.byStart.get(key);
    if (list) list.push(shape);
    else this.byStart.set(key, [shape]);
  }

  /** Whether some sink starts from this module (subpaths like `firebase/analytics` included). */
  knowsModule(module: string): boolean {
    return this.modules.has(module) || this.modules.has(module.replace(/^node:/, ''));
  }

  /** The sinks whose shape the chain completes: its last step is the call (or assignment) being made. */
  match(value: ApiValue): SinkMatch[] {
    const { key, steps } = canonicalValue(value);
    const shapes = this.byStart.get(key) ?? (key.startsWith('node:') ? undefined : this.byStart.get(`node:${key}`));
    if (!shapes) return [];
    const matches: SinkMatch[] = [];
    for (const shape of shapes) {
      if (matchSteps(shape.steps, 0, steps, 0, shape.passthrough)) {
        if (!matches.some((match) => match.definition === shape.definition)) {
          matches.push({ definition: shape.definition, firstCallIndex: value.steps.findIndex((step) => step.kind === 'call' || step.kind === 'construct') });
        }
      }
    }
    return matches;
  }
}

function canonicalShapeStep(step: CallShapeStep): CanonicalStep {
  return step;
}

function canonicalValue(value: ApiValue): { key: string; steps: CanonicalStep[] } {
  const steps: CanonicalStep[] = value.steps.map(canonicalValueStep);
  if (value.module === null) {
    const parts = value.root.split('.').filter((part, index) => index > 0 || !GLOBAL_QUALIFIERS.has(part));
    let leading = steps;
    // `window.gtag(...)`: the global is the first member after the qualifier.
    if (GLOBAL_QUALIFIERS.has(value.root) && leading[0]?.kind === 'member') {
      const [first, ...rest] = leading;
      return { key: `global:${(first as { name: string }).name}`, steps: rest };
    }
    const [globalName, ...members] = parts;
    leading = [...members.map((name) => ({ kind: 'member' as const, name })), ...steps];
    return { key: `global:${globalName}`, steps: leading };
  }
  const rootSteps: CanonicalStep[] = value.root === 'default' || value.root === '*' ? [] : [{ kind: 'member', name: value.root }];
  return { key: value.module, steps: [...rootSteps, ...steps] };
}

function canonicalValueStep(step: ApiStep): CanonicalStep {
  switch (step.kind) {
    case 'member':
      return { kind: 'member', name: step.name };
    case 'call':
      return { kind: 'call' };
    case 'construct':
      return { kind: 'construct' };
    case 'callback':
      return { kind: 'callback', parameter: step.parameter };
    case 'assign':
      return { kind: 'assign' };
  }
}

/**
 * Whether the value's steps from `valueIndex` follow the shape's steps from `shapeIndex` to their
 * end, both ending together. Passthrough methods (`.child()`) may stand between any two steps.
 */
function matchSteps(shape: readonly CanonicalStep[], shapeIndex: number, value: readonly CanonicalStep[], valueIndex: number, passthrough: ReadonlySet<string>): boolean {
  if (shapeIndex === shape.length) return valueIndex === value.length;
  if (valueIndex === value.length) return false;
  const expected = shape[shapeIndex];
  const actual = value[valueIndex];
  if (stepMatches(expected, actual) && matchSteps(shape, shapeIndex + 1, value, valueIndex + 1, passthrough)) return true;
  // A passthrough call (`logger.child({...})`) between steps keeps the instance's kind.
  if (actual.kind === 'member' && passthrough.has(actual.name) && value[valueIndex + 1]?.kind === 'call') {
    return matchSteps(shape, shapeIndex, value, valueIndex + 2, passthrough);
  }
  // `new X()` and `X()` build the same client for most SDKs that document both.
  return false;
}

function stepMatches(expected: CanonicalStep, actual: CanonicalStep): boolean {
  switch (expected.kind) {
    case 'member':
      return actual.kind === 'member' && actual.name === expected.name;
    case 'any-member':
      return actual.kind === 'member';
    case 'call':
      return actual.kind === 'call';
    case 'construct':
      return actual.kind === 'construct';
    case 'callback':
      return actual.kind === 'callback' && actual.parameter === expected.parameter;
    case 'assign':
      return actual.kind === 'assign';
  }
}
