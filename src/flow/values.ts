/**
 * The abstract values the flow analysis computes for expressions. A value says what an
 * expression may hold at run time, as far as personal data and sinks are concerned: a personal
 * value read from a model or named like one, a whole record, an object or array built in the
 * code, a function parameter (symbolic, inside a function summary), an SDK object on its way to a
 * sink call, an ORM handle that returns records, a request, a project function or class
 * instance, or a literal string (URLs decide recipients).
 */
import type { ts } from '../project/syntax.js';
import type { FlowSource, Hop } from './types.js';

/** A personal value: one field of a model, or a value a name classifies (`req.body.email`). */
export interface PersonalValue {
  kind: 'personal';
  /** Inventory field id, or null for a value with no schema behind it. */
  field: string | null;
  category: string;
  confidence: number;
  evidence: string;
  source: FlowSource;
  trace: Hop[];
  /** A record id: pseudonymous. */
  isIdentifier?: boolean;
  /** The sanitizer that reduced it: pseudonymous. */
  sanitizer?: string;
  /** Came from a whole record passed as such. */
  wholeRecord?: boolean;
  /** Names of conditions the value was produced under (`consent ? user.email : null`). */
  guards?: readonly string[];
  /**
   * Serialized under a key that authenticates a request (`JSON.stringify({ clientSecret })`):
   * everything (`all`) or only credentials. Not shared with a recipient; a log still counts.
   */
  authenticates?: 'all' | 'credentials';
  /**
   * Options of a function's parameters the value was produced under (`if (options.includeDetails)
   * data.email = user.email`): a call that passes none of them does not get the value.
   */
  when?: readonly OptionCondition[];
}

/** A truthiness test of a parameter's option: `options.includeDetails` is parameter 1, path `includeDetails`. */
export interface OptionCondition {
  owner: ts.Node;
  index: number;
  path: readonly string[];
}

/** A whole record of a model (a query result, a typed parameter), maybe projected by a select. */
export interface RecordValue {
  kind: 'record';
  model: string;
  /** For nested paths (Mongoose sub-documents): the path inside the model, '' at the top. */
  prefix: string;
  /** Only these top-level fields are present (Prisma/TypeORM select, Mongoose `.select()`). */
  projection?: ReadonlySet<string>;
  /** These top-level fields were taken out (`const { password, ...rest } = user`, Prisma `omit`). */
  excluded?: ReadonlySet<string>;
  /** Reference fields replaced by the records they point to (Mongoose `.populate('customer')`). */
  populated?: ReadonlySet<string>;
  confidence: number;
  evidence: string;
  source: FlowSource;
  trace: Hop[];
}

/** An object literal built in the code. Mutable: assignments to its properties update it. */
export interface ObjectValue {
  kind: 'object';
  properties: Map<string, Value[]>;
  /** Values of computed keys and of spreads: any property may come from them. */
  spreads: Value[];
}

export interface ArrayValue {
  kind: 'array';
  elements: Value[];
  /** Per position, when the array was written as a literal: `[program, partner]` destructures apart. */
  items?: Value[][];
}

/** A parameter of the function being summarized, and the property path read from it. */
export interface ParameterValue {
  kind: 'parameter';
  /** The function whose parameter this is: only a call of that function substitutes it. */
  owner: ts.Node;
  /** -1 is the receiver (`this`). */
  index: number;
  path: readonly string[];
  /** The parameter went through a sanitizer: whatever the caller passes arrives pseudonymized. */
  sanitizer?: string;
  /** Options it was stored under (see PersonalValue.when). */
  when?: readonly OptionCondition[];
  /** Serialized under an authenticating key (see PersonalValue.authenticates): what the caller passes is too. */
  authenticates?: 'all' | 'credentials';
}

/** One step of an SDK chain as observed in the code. */
export type ApiStep =
  | { kind: 'member'; name: string }
  | { kind: 'call'; arguments?: readonly Value[][] }
  | { kind: 'construct'; arguments?: readonly Value[][] }
  | { kind: 'callback'; parameter: number }
  | { kind: 'assign' };

/** A value derived from a catalog module or a global: where sink calls start. */
export interface ApiValue {
  kind: 'api';
  /** The module specifier, or null for a global. */
  module: string | null;
  /** For modules: `default`, `*` or the named export; for globals: the global's name. */
  root: string;
  steps: readonly ApiStep[];
}

/** An ORM handle for a model: calling a finder on it returns records of the model. */
export interface OrmValue {
  kind: 'orm';
  orm: 'prisma' | 'typeorm' | 'mikroorm' | 'mongoose' | 'sequelize' | 'drizzle' | 'zod';
  /** The model, when the handle is bound to one (`prisma.user`, `Repository<User>`). */
  model?: string;
  /** A query under construction: projection so far (`.select('email')`). */
  projection?: ReadonlySet<string>;
  evidence: string;
}

/** An HTTP request object: reading from it gives values the request carries. */
export interface RequestValue {
  kind: 'request';
  path: readonly string[];
}

/** A function of the project, with the environment it closes over. */
export interface FunctionValue {
  kind: 'function';
  file: string;
  node: ts.FunctionLikeDeclaration;
  closure?: unknown;
  /** `this` inside the function, for methods taken from an instance. */
  receiver?: Value[];
}

/** An instance of a project class, with the fields its constructor and methods set. */
export interface InstanceValue {
  kind: 'instance';
  file: string;
  node: ts.ClassLikeDeclaration;
  fields: Map<string, Value[]>;
  /** What the class declaration alone says (shared by every analysis of the class): never written to. */
  isTemplate?: boolean;
}

/** A literal string, or the literal head of a template (`https://api.x.com/${id}` -> prefix). */
export interface StringValue {
  kind: 'string';
  text: string;
  isPrefix?: boolean;
}

export type Value =
  | PersonalValue
  | RecordValue
  | ObjectValue
  | ArrayValue
  | ParameterValue
  | ApiValue
  | OrmValue
  | RequestValue
  | FunctionValue
  | InstanceValue
  | StringValue;

/** How many values one expression may hold before the analysis stops adding (a bound, reported). */
export const MAX_VALUES = 48;
/** How many hops a trace keeps: the first ones and the last ones. */
export const MAX_TRACE = 12;

/** Adds values to a list, skipping exact duplicates and personal duplicates of the same field and source. */
export function addValues(target: Value[], values: readonly Value[]): void {
  for (const value of values) {
    if (target.length >= MAX_VALUES) return;
    if (target.includes(value)) continue;
    const duplicate =
      value.kind === 'personal'
        ? target.findIndex((other) => other.kind === 'personal' && samePersonal(other, value))
        : value.kind === 'parameter'
          ? target.findIndex((other) => other.kind === 'parameter' && other.owner === value.owner && other.index === value.index && samePath(other.path, value.path) && other.authenticates === value.authenticates)
          : -1;
    if (duplicate >= 0) {
      // The same value produced under different options is there whichever holds; under none, always.
      const existing = target[duplicate] as PersonalValue | ParameterValue;
      const added = (value as PersonalValue | ParameterValue).when;
      if (existing.when && existing.when !== added) {
        target[duplicate] = { ...existing, when: added ? [...new Set([...existing.when, ...added])] : undefined };
      }
      continue;
    }
    if (value.kind === 'string' && target.some((other) => other.kind === 'string' && other.text === value.text)) continue;
    target.push(value);
  }
}

export function union(...lists: ReadonlyArray<readonly Value[]>): Value[] {
  const result: Value[] = [];
  for (const list of lists) addValues(result, list);
  return result;
}

function samePersonal(a: PersonalValue, b: PersonalValue): boolean {
  return (
    a.field === b.field &&
    a.category === b.category &&
    a.source.file === b.source.file &&
    a.source.line === b.source.line &&
    a.sanitizer === b.sanitizer &&
    a.isIdentifier === b.isIdentifier &&
    a.wholeRecord === b.wholeRecord &&
    a.authenticates === b.authenticates
  );
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/** Appends a hop to a trace, keeping it bounded (first hops and last hops survive). */
export function extendTrace(trace: readonly Hop[], hop: Hop): Hop[] {
  const last = trace[trace.length - 1];
  if (last && last.file === hop.file && last.line === hop.line) return trace as Hop[];
  if (trace.length < MAX_TRACE) return [...trace, hop];
  return [...trace.slice(0, MAX_TRACE / 2), ...trace.slice(trace.length - MAX_TRACE / 2 + 1), hop];
}

/** A copy of personal and record values with a hop added; other values are returned as they are. */
export function withHop(values: readonly Value[], hop: Hop): Value[] {
  return values.map((value) => {
    if (value.kind === 'personal' || value.kind === 'record') return { ...value, trace: extendTrace(value.trace, hop) };
    return value;
  });
}

/** Whether any value carries personal data or a parameter (something worth following). */
export function carriesData(values: readonly Value[], depth = 0): boolean {
  // Objects can hold themselves (`a.self = a`): bounded by depth.
  if (depth > 6) return false;
  return values.some((value) => {
    switch (value.kind) {
      case 'personal':
      case 'record':
      case 'parameter':
      case 'request':
        return true;
      case 'object':
        return [...value.properties.values()].some((inner) => carriesData(inner, depth + 1)) || carriesData(value.spreads, depth + 1);
      case 'array':
        return carriesData(value.elements, depth + 1);
      default:
        return false;
    }
  });
}
