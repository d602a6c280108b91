/**
 * zod object schemas as collection points: what a form or an API accepts.
 * https://zod.dev/api (objects https://zod.dev/api#objects, string formats
 * https://zod.dev/api#string-formats, zod 4 top-level formats `z.email()`, `z.iso.datetime()`).
 *
 * Reads `z.object({...})` (and `z.strictObject`, `z.looseObject`) with its builder chains:
 * field types from the base builder (`z.string()`, `z.coerce.date()`, `z.enum([...])`,
 * `z.array(...)`), formats from `.email()`, `z.email()`, `.regex(...)`, nested objects as dotted
 * paths, and composition (`.extend`, `.merge`, `.pick`, `.omit`, `.partial`, `...X.shape`,
 * `address: AddressSchema`) within the file and across files (resolved in `link`). Wrappers such
 * as `.optional()`, `.nullable()`, `.default()`, `.transform()`, `.refine()` pass through.
 *
 * Model ids (DESIGN.md "Model and field ids"): the schema's variable (`const SignupSchema =
 * z.object(...)`, exported or not, at any depth), fields by dotted path (`address.city`).
 *
 * A `z.object` with no variable of its own (tRPC `.input(z.object({...}))`, Hono
 * `zValidator('json', z.object({...}))`, `z.object({...}).parse(body)`) is named
 * `<module>/<enclosing names>/<role>`:
 * - `<module>`: the file name up to its first dot (`user.router.ts` -> `user`); the directory
 *   name for `index` files;
 * - `<enclosing names>`: the variable, function, method and object-key names around it, outermost
 *   first (`appRouter/user/create`);
 * - `<role>`: for a schema passed as an argument, the name of the call (`input`, `output`), or its
 *   leading string argument when there is one (`zValidator('json', ...)` -> `json`).
 * tRPC `.output(z.object(...))` schemas describe responses, not collected data: skipped.
 * So `export const userRouter = router({ create: publicProcedure.input(z.object(...)) })` in
 * `src/server/user.ts` is `user/userRouter/create/input`. A second schema with the same name in the
 * file gets `#2`, `#3`; when two files give the same name, `link` replaces `<module>` with the
 * file's path without extension (`app/api/users/route/POST/body`).
 */
import path from 'node:path';
import type { ExtractorHint, ScriptContext, ScriptExtractor } from '../extractor.js';
import { docCommentOf, literalValue, objectProperty, positionOf, propertyNameText, stringValue, ts, unwrap } from '../../project/syntax.js';
import type { FieldFact, FieldType, ModelFact, Validator } from '../../types.js';
import { compositionHint, combineFilters, dedupeOwnFields, linkComposedModels } from './model-composition.js';
import type { ModelReference, ReferencePart } from './model-composition.js';
import { patternSourceOf, validatorOfPattern } from './format-patterns.js';
import { exportNamesOf } from './model-parts.js';
import { localEnumsOf } from './orm-common.js';
import type { LocalEnums } from './orm-common.js';

/** Modules that export zod's `z` (zod itself, its versioned entry points, and re-exporters). */
const ZOD_MODULES = new Set(['zod', 'zod/v4', 'zod/v3', 'zod/mini', 'zod/v4-mini', 'zod/v4/mini', 'zod/v4/classic', '@hono/zod-openapi', 'astro/zod']);

/** Builders that produce a scalar, with the format they check. */
const SCALAR_BUILDERS: Record<string, { type: FieldType; validator?: Validator }> = {
  string: { type: 'string' },
  templateLiteral: { type: 'string' },
  number: { type: 'number' },
  int: { type: 'number' },
  int32: { type: 'number' },
  uint32: { type: 'number' },
  int64: { type: 'number' },
  uint64: { type: 'number' },
  float32: { type: 'number' },
  float64: { type: 'number' },
  bigint: { type: 'number' },
  nan: { type: 'number' },
  boolean: { type: 'boolean' },
  stringbool: { type: 'boolean' },
  date: { type: 'date' },
  email: { type: 'string', validator: 'email' },
  url: { type: 'string', validator: 'url' },
  httpUrl: { type: 'string', validator: 'url' },
  uuid: { type: 'string', validator: 'uuid' },
  uuidv4: { type: 'string', validator: 'uuid' },
  uuidv6: { type: 'string', validator: 'uuid' },
  uuidv7: { type: 'string', validator: 'uuid' },
  guid: { type: 'string', validator: 'uuid' },
  cuid: { type: 'string', validator: 'id' },
  cuid2: { type: 'string', validator: 'id' },
  ulid: { type: 'string', validator: 'id' },
  nanoid: { type: 'string', validator: 'id' },
  ksuid: { type: 'string', validator: 'id' },
  xid: { type: 'string', validator: 'id' },
  ip: { type: 'string', validator: 'ip' },
  ipv4: { type: 'string', validator: 'ip' },
  ipv6: { type: 'string', validator: 'ip' },
  cidrv4: { type: 'string', validator: 'ip' },
  cidrv6: { type: 'string', validator: 'ip' },
  mac: { type: 'string', validator: 'mac-address' },
  e164: { type: 'string', validator: 'phone' },
  jwt: { type: 'string', validator: 'jwt' },
  hash: { type: 'string', validator: 'hash' },
  hostname: { type: 'string' },
  emoji: { type: 'string' },
  base64: { type: 'string' },
  base64url: { type: 'string' },
  hex: { type: 'string' },
  'iso.date': { type: 'string', validator: 'date' },
  'iso.datetime': { type: 'string', validator: 'date' },
  'iso.time': { type: 'string' },
  'iso.duration': { type: 'string' },
  file: { type: 'binary' },
  record: { type: 'json' },
  partialRecord: { type: 'json' },
  looseRecord: { type: 'json' },
  map: { type: 'json' },
  tuple: { type: 'json' },
  json: { type: 'json' },
};

/** String methods (zod 3 style, still accepted by zod 4) that check a format. */
const FORMAT_METHODS: Record<string, Validator> = {
  email: 'email',
  url: 'url',
  uuid: 'uuid',
  guid: 'uuid',
  cuid: 'id',
  cuid2: 'id',
  ulid: 'id',
  nanoid: 'id',
  ip: 'ip',
  ipv4: 'ip',
  ipv6: 'ip',
  cidr: 'ip',
  datetime: 'date',
  date: 'date',
  jwt: 'jwt',
  e164: 'phone',
};

/** Wrappers whose schema is their first argument (zod mini's functional style, `z.optional(x)`). */
const WRAPPER_BUILDERS = new Set(['optional', 'nullable', 'nullish', 'readonly', 'nonoptional', 'promise', 'catch', '_default', 'prefault', 'pipe', 'codec', 'success']);
const OBJECT_BUILDERS = new Set(['object', 'strictObject', 'looseObject']);
/** Methods that return data or facts about the schema, not a schema: the chain stops being one. */
const NON_SCHEMA_METHODS = new Set([
  'parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'spa', 'decode', 'encode', 'decodeAsync', 'encodeAsync',
  'safeDecode', 'safeEncode', 'safeDecodeAsync', 'safeEncodeAsync', 'isOptional', 'isNullable', 'toJSONSchema',
  'toString', 'then',
]);
/**
 * Methods of object schemas. A name imported from another file is taken for a schema only when
 * it is used as one (a field value, an argument of `z.array()`) or followed by these: a chain
 * such as `initTRPC.create()` is not a schema.
 */
const OBJECT_SCHEMA_METHODS = new Set([
  'extend', 'safeExtend', 'merge', 'and', 'or', 'pick', 'omit', 'partial', 'required', 'deepPartial', 'strict',
  'strip', 'passthrough', 'loose', 'catchall', 'array', 'optional', 'nullable', 'nullish', 'default', 'prefault',
  'catch', 'describe', 'meta', 'openapi', 'refine', 'superRefine', 'transform', 'pipe', 'brand', 'readonly', 'check',
  'with', 'register',
]);
/** Classes that `z.instanceof()` checks for an uploaded file. */
const BINARY_CLASSES = new Set(['File', 'Blob', 'Buffer', 'Uint8Array', 'ArrayBuffer']);

interface ScalarShape {
  kind: 'scalar';
  type: FieldType;
  typeName?: string;
  validators: Validator[];
  enumValues?: string[];
  isList?: boolean;
  doc?: string;
}
interface ObjectShape {
  kind: 'object';
  entries: ShapeEntry[];
  isList?: boolean;
  doc?: string;
}
/** A schema declared in another file, resolved in `link`. */
interface ReferenceShape {
  kind: 'reference';
  reference: ModelReference;
  pick?: string[];
  omit?: string[];
  isList?: boolean;
  doc?: string;
}
type Shape = ScalarShape | ObjectShape | ReferenceShape;
type ShapeEntry = { key: string; nameNode: ts.Node; declaration: ts.Node; shape: Shape | undefined } | { spread: Shape };

/** One link of a member chain: `.email` or a call `(...)`. */
type ChainLink = { property: string } | { call: readonly ts.Expression[] };

interface FileContext {
  file: string;
  sourceFile: ts.SourceFile;
  imports: ScriptContext['imports'];
  /** Local names bound to zod's namespace: `z`, `zod`. */
  namespaces: Set<string>;
  /** Local names bound to one zod function: `import { object, string as str } from 'zod'`. */
  functions: Map<string, string>;
  variables: Map<string, ts.VariableDeclaration>;
  constants: Map<string, ts.Expression>;
  enums: LocalEnums;
  /** Shapes of the file's schema variables, computed once; `null` while being computed (a cycle). */
  variableShapes: Map<ts.VariableDeclaration, Shape | undefined | null>;
}

/** Set while evaluating a schema written in place: it builds an object (not only names one). */
interface EvaluationState {
  buildsObject: boolean;
}

const unknownShape = (typeName?: string): ScalarShape => ({ kind: 'scalar', type: 'unknown', validators: [], ...(typeName ? { typeName } : {}) });
const asList = (shape: Shape): Shape => ({ ...shape, isList: true });
const withDoc = (shape: Shape, doc: string | undefined): Shape => (doc ? { ...shape, doc } : shape);

function decompose(expression: ts.Expression): { root: ts.Expression; links: ChainLink[] } {
  const links: ChainLink[] = [];
  let node = unwrap(expression);
  for (;;) {
    if (ts.isCallExpression(node)) {
      links.unshift({ call: node.arguments });
      node = unwrap(node.expression);
    } else if (ts.isPropertyAccessExpression(node)) {
      links.unshift({ property: node.name.text });
      node = unwrap(node.expression);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      links.unshift({ property: node.argumentExpression.text });
      node = unwrap(node.expression);
    } else {
      return { root: node, links };
    }
  }
}

/** True when the chain starts at zod itself (`z.`, a named zod import), so it may build a schema. */
function startsAtZod(expression: ts.Expression, context: FileContext): boolean {
  const { root } = decompose(expression);
  return ts.isIdentifier(root) && (context.namespaces.has(root.text) || context.functions.has(root.text));
}

/** The schema an expression describes, or undefined when it is not a schema this file can read. */
function evaluate(expression: ts.Expression, context: FileContext, state: EvaluationState): Shape | undefined {
  const { root, links } = decompose(expression);
  if (!ts.isIdentifier(root)) return undefined;
  let namespacePath: string[] | undefined;
  let builder: string | undefined;
  let method: string | undefined;
  let shape: Shape | undefined;
  let index = 0;
  if (context.namespaces.has(root.text)) {
    namespacePath = [];
  } else if (context.functions.has(root.text)) {
    builder = context.functions.get(root.text);
  } else {
    const binding = context.imports.get(root.text);
    const first = links[0];
    if (binding && binding.imported === '*' && !ZOD_MODULES.has(binding.module) && first && 'property' in first) {
      // `import * as schemas from './schemas'` then `schemas.UserSchema`.
      shape = { kind: 'reference', reference: { name: first.property, module: binding.module, localName: first.property } };
      index = 1;
    } else {
      shape = evaluateIdentifier(root.text, context);
    }
    if (!shape) return undefined;
  }
  let isShapeRecord = false;
  for (; index < links.length; index++) {
    const link = links[index];
    if ('property' in link) {
      if (namespacePath) {
        if (namespacePath.length === 0 && (link.property === 'coerce' || link.property === 'iso')) {
          namespacePath = [link.property];
        } else {
          builder = [...namespacePath, link.property].join('.');
          namespacePath = undefined;
        }
        continue;
      }
      if (!shape || method !== undefined || builder !== undefined) return undefined;
      if (isShapeRecord) {
        // `UserSchema.shape.email`: the schema of one key.
        shape = shape.kind === 'object' ? entryShape(shape, link.property) : undefined;
        isShapeRecord = false;
        if (!shape) return undefined;
        continue;
      }
      if (link.property === 'shape') {
        isShapeRecord = true;
        continue;
      }
      method = link.property;
      continue;
    }
    if (builder !== undefined) {
      shape = build(builder, link.call, context, state);
      builder = undefined;
    } else if (method !== undefined && shape) {
      if (shape.kind === 'reference' && !OBJECT_SCHEMA_METHODS.has(method)) return undefined;
      shape = applyMethod(shape, method, link.call, context, state);
      method = undefined;
    } else {
      return undefined;
    }
    if (!shape) return undefined;
  }
  if (namespacePath || builder !== undefined || method !== undefined) return undefined;
  return shape;
}

function entryShape(shape: ObjectShape, key: string): Shape | undefined {
  for (let index = shape.entries.length - 1; index >= 0; index--) {
    const entry = shape.entries[index];
    if ('key' in entry && entry.key === key) return entry.shape;
  }
  return undefined;
}

/** A name used as a schema: a schema variable of this file, or one imported from another file. */
function evaluateIdentifier(name: string, context: FileContext): Shape | undefined {
  const binding = context.imports.get(name);
  if (binding) {
    if (ZOD_MODULES.has(binding.module)) return undefined;
    const exported = binding.imported === '*' ? name : binding.imported;
    return { kind: 'reference', reference: { name: exported, module: binding.module, localName: name } };
  }
  const declaration = context.variables.get(name);
  if (!declaration?.initializer) return undefined;
  if (context.variableShapes.has(declaration)) {
    const known = context.variableShapes.get(declaration);
    // A schema that contains itself (`z.lazy(() => Category)`): stop at the repeated name.
    return known === null ? { kind: 'scalar', type: 'object', typeName: name, validators: [] } : known;
  }
  context.variableShapes.set(declaration, null);
  const shape = evaluate(declaration.initializer, context, { buildsObject: false });
  context.variableShapes.set(declaration, shape);
  return shape;
}

/** A schema given as an argument (`z.array(AddressSchema)`); unknown arguments stay unknown fields. */
function evaluateArgument(expression: ts.Expression | undefined, context: FileContext, state: EvaluationState): Shape {
  if (!expression) return unknownShape();
  const node = unwrap(expression);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const returned = ts.isBlock(node.body) ? node.body.statements.find(ts.isReturnStatement)?.expression : node.body;
    return evaluateArgument(returned, context, state);
  }
  return evaluate(node, context, state) ?? unknownShape(ts.isIdentifier(node) ? node.text : undefined);
}

function build(builder: string, args: readonly ts.Expression[], context: FileContext, state: EvaluationState): Shape | undefined {
  const typeName = `z.${builder}()`;
  // `z.coerce.date()` converts its input first; the field is still a date.
  const name = builder.replace(/^coerce\./, '');
  if (OBJECT_BUILDERS.has(name)) {
    state.buildsObject = true;
    return { kind: 'object', entries: args[0] ? objectEntries(args[0], context, state) : [] };
  }
  if (name === 'array' || name === 'set') return asList(evaluateArgument(args[0], context, state));
  if (WRAPPER_BUILDERS.has(name)) return evaluateArgument(args[0], context, state);
  if (name === 'lazy') return evaluateArgument(args[0], context, state);
  if (name === 'preprocess') return evaluateArgument(args[1], context, state);
  if (name === 'union' || name === 'xor' || name === 'discriminatedUnion') {
    const options = [...args].reverse().map(unwrap).find(ts.isArrayLiteralExpression);
    return options ? union(options.elements.map((element) => evaluateArgument(element, context, state))) : unknownShape(typeName);
  }
  if (name === 'intersection') return intersect(evaluateArgument(args[0], context, state), evaluateArgument(args[1], context, state));
  if (name === 'enum' || name === 'nativeEnum') {
    const values = enumValuesOf(args[0], context);
    const enumName = args[0] && ts.isIdentifier(unwrap(args[0])) ? (unwrap(args[0]) as ts.Identifier).text : undefined;
    return { kind: 'scalar', type: 'enum', typeName: enumName ?? typeName, validators: [], ...(values ? { enumValues: values } : {}) };
  }
  if (name === 'literal') return literalShape(args[0], typeName);
  if (name === 'instanceof') {
    const target = args[0] && unwrap(args[0]);
    const className = target && ts.isIdentifier(target) ? target.text : undefined;
    return { kind: 'scalar', type: className && BINARY_CLASSES.has(className) ? 'binary' : 'unknown', typeName: className ?? typeName, validators: [] };
  }
  if (name === 'stringFormat' || name === 'regex') {
    const validator = validatorOfPattern(patternSourceOf(name === 'regex' ? args[0] : args[1], context.constants) ?? '');
    return { kind: 'scalar', type: 'string', typeName, validators: validator ? [validator] : [] };
  }
  if (name === 'keyof') {
    const target = evaluateArgument(args[0], context, state);
    return target.kind === 'object' ? keysEnum(target) : unknownShape(typeName);
  }
  const scalar = SCALAR_BUILDERS[name];
  if (scalar) return { kind: 'scalar', type: scalar.type, typeName, validators: scalar.validator ? [scalar.validator] : [] };
  return unknownShape(typeName);
}

function applyMethod(shape: Shape, name: string, args: readonly ts.Expression[], context: FileContext, state: EvaluationState): Shape | undefined {
  if (NON_SCHEMA_METHODS.has(name)) return undefined;
  switch (name) {
    case 'extend':
    case 'safeExtend': {
      const added = args[0] ? objectEntries(args[0], context, state) : [];
      if (shape.kind === 'object') return { ...shape, entries: [...shape.entries, ...added] };
      if (shape.kind === 'reference') return { kind: 'object', entries: [{ spread: shape }, ...added], ...(shape.isList ? { isList: true } : {}) };
      return shape;
    }
    case 'merge':
    case 'and':
      return intersect(shape, evaluateArgument(args[0], context, state));
    case 'or':
      return union([shape, evaluateArgument(args[0], context, state)]);
    case 'pick':
      return filterShape(shape, { pick: keysOf(args[0]) });
    case 'omit':
      return filterShape(shape, { omit: keysOf(args[0]) });
    case 'array':
      return asList(shape);
    case 'keyof':
      return shape.kind === 'object' ? keysEnum(shape) : unknownShape();
    case 'describe':
      return withDoc(shape, stringValue(args[0])?.trim());
    case 'meta': {
      const options = args[0] && unwrap(args[0]);
      const description = options && ts.isObjectLiteralExpression(options) ? stringValue(objectProperty(options, 'description')) : undefined;
      return withDoc(shape, description?.trim());
    }
    case 'regex':
      return withValidator(shape, validatorOfPattern(patternSourceOf(args[0], context.constants) ?? ''));
    case 'check':
    case 'with': {
      // zod mini: `z.string().check(z.email(), z.regex(/.../))`.
      let checked = shape;
      for (const argument of args) {
        const check = startsAtZod(argument, context) ? evaluate(argument, context, { buildsObject: false }) : undefined;
        if (check?.kind === 'scalar') for (const validator of check.validators) checked = withValidator(checked, validator);
      }
      return checked;
    }
  }
  const format = FORMAT_METHODS[name];
  if (format && shape.kind === 'scalar' && shape.type === 'string') return withValidator(shape, format);
  // Refinements, transforms, defaults, `.optional()`, `.min()`, `.openapi()`: same fields.
  return shape;
}

function withValidator(shape: Shape, validator: Validator | undefined): Shape {
  if (!validator || shape.kind !== 'scalar' || shape.validators.includes(validator)) return shape;
  return { ...shape, validators: [...shape.validators, validator] };
}

/** The fields of an object literal given to `z.object()` or `.extend()`, or of a shape named by a variable. */
function objectEntries(expression: ts.Expression, context: FileContext, state: EvaluationState): ShapeEntry[] {
  let node = unwrap(expression);
  if (ts.isIdentifier(node) && !context.namespaces.has(node.text)) {
    const constant = context.constants.get(node.text);
    if (constant && ts.isObjectLiteralExpression(unwrap(constant))) node = unwrap(constant);
  }
  if (!ts.isObjectLiteralExpression(node)) {
    const shape = evaluate(node, context, state);
    return shape && shape.kind !== 'scalar' ? [{ spread: shape }] : [];
  }
  const entries: ShapeEntry[] = [];
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property)) {
      const key = propertyNameText(property.name);
      if (key === undefined) continue;
      entries.push({ key, nameNode: property.name, declaration: property, shape: evaluateArgument(property.initializer, context, state) });
    } else if (ts.isShorthandPropertyAssignment(property)) {
      entries.push({ key: property.name.text, nameNode: property.name, declaration: property, shape: evaluateArgument(property.name, context, state) });
    } else if (ts.isSpreadAssignment(property)) {
      // `...BaseSchema.shape`, or `...commonFields` (an object of schemas).
      entries.push(...objectEntries(property.expression, context, state));
    }
  }
  return entries;
}

/** Keys of `.pick({ email: true })` / `.omit({ password: true })`. */
function keysOf(expression: ts.Expression | undefined): string[] {
  const value = literalValue(expression);
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof RegExp) return [];
  return Object.entries(value)
    .filter(([, included]) => included === true)
    .map(([key]) => key);
}

function filterShape(shape: Shape, filter: { pick?: string[]; omit?: string[] }): Shape {
  if (shape.kind === 'reference') return { ...shape, ...combineFilters(shape, filter) };
  if (shape.kind !== 'object') return shape;
  const entries: ShapeEntry[] = [];
  for (const entry of shape.entries) {
    if ('spread' in entry) entries.push({ spread: filterShape(entry.spread, filter) });
    else if ((!filter.pick || filter.pick.includes(entry.key)) && !filter.omit?.includes(entry.key)) entries.push(entry);
  }
  return { ...shape, entries };
}

/** `A.merge(B)`, `A.and(B)`, `z.intersection(A, B)`: the fields of both. */
function intersect(first: Shape, second: Shape): Shape {
  if (first.kind === 'scalar') return second.kind === 'scalar' ? first : second;
  if (second.kind === 'scalar') return first;
  const entries: ShapeEntry[] = first.kind === 'object' ? [...first.entries] : [{ spread: first }];
  entries.push(...(second.kind === 'object' ? second.entries : [{ spread: second }]));
  return { kind: 'object', entries, ...(first.isList ? { isList: true } : {}) };
}

/**
 * `z.union([...])`, `z.discriminatedUnion(...)`, `.or()`: objects merge their fields (a form
 * accepting either variant collects every field of both); literals make an enum; scalars of one
 * type keep it.
 */
function union(options: Shape[]): Shape {
  if (options.length === 0) return unknownShape();
  if (options.every((option) => option.kind !== 'scalar')) {
    // A key in several variants (the discriminator) is one field holding any of their values.
    const entries: ShapeEntry[] = [];
    for (const entry of options.flatMap((option): ShapeEntry[] => (option.kind === 'object' ? option.entries : [{ spread: option }]))) {
      const index = 'key' in entry ? entries.findIndex((existing) => 'key' in existing && existing.key === entry.key) : -1;
      const existing = entries[index];
      if (existing && 'key' in existing && 'key' in entry && existing.shape && entry.shape) {
        entries[index] = { ...existing, shape: union([existing.shape, entry.shape]) };
      } else {
        entries.push(entry);
      }
    }
    return { kind: 'object', entries };
  }
  const scalars = options.filter((option): option is ScalarShape => option.kind === 'scalar');
  if (scalars.length !== options.length) return unknownShape();
  const validators = [...new Set(scalars.flatMap((option) => option.validators))];
  if (scalars.every((option) => option.type === 'enum')) {
    const values = scalars.every((option) => option.enumValues) ? [...new Set(scalars.flatMap((option) => option.enumValues!))] : undefined;
    return { kind: 'scalar', type: 'enum', validators, ...(values ? { enumValues: values } : {}) };
  }
  const type = scalars.every((option) => option.type === scalars[0].type) ? scalars[0].type : 'unknown';
  return { kind: 'scalar', type, validators, ...(type === scalars[0].type && scalars[0].typeName ? { typeName: scalars[0].typeName } : {}) };
}

function keysEnum(shape: ObjectShape): ScalarShape {
  const keys = shape.entries.flatMap((entry) => ('key' in entry ? [entry.key] : []));
  return { kind: 'scalar', type: 'enum', validators: [], enumValues: keys };
}

function literalShape(argument: ts.Expression | undefined, typeName: string): ScalarShape {
  const value = literalValue(argument);
  const values = Array.isArray(value) ? value : [value];
  if (values.length > 0 && values.every((item) => typeof item === 'string')) {
    return { kind: 'scalar', type: 'enum', typeName, validators: [], enumValues: values as string[] };
  }
  if (values.every((item) => typeof item === 'number')) return { kind: 'scalar', type: 'number', typeName, validators: [] };
  if (values.every((item) => typeof item === 'boolean')) return { kind: 'scalar', type: 'boolean', typeName, validators: [] };
  return unknownShape(typeName);
}

/** Values of `z.enum(['a', 'b'])`, `z.enum(ROLES)`, `z.nativeEnum(Role)`, `z.enum(Role)` (zod 4). */
function enumValuesOf(argument: ts.Expression | undefined, context: FileContext): string[] | undefined {
  if (!argument) return undefined;
  const node = unwrap(argument);
  const direct = literalValue(node);
  if (Array.isArray(direct) && direct.every((item) => typeof item === 'string')) return direct as string[];
  if (!ts.isIdentifier(node)) return undefined;
  const declared = context.enums.get(node.text);
  if (declared) return declared;
  const constant = literalValue(context.constants.get(node.text));
  if (Array.isArray(constant) && constant.every((item) => typeof item === 'string')) return constant as string[];
  if (constant && typeof constant === 'object' && !Array.isArray(constant) && !(constant instanceof RegExp)) {
    const values = Object.values(constant);
    if (values.every((item) => typeof item === 'string')) return values as string[];
  }
  return undefined;
}

/** The fields and references of an object schema, flattened to dotted paths. */
function flatten(
  shape: ObjectShape,
  modelName: string,
  context: FileContext,
  prefix = '',
  isList = false,
  out: { fields: FieldFact[]; parts: ReferencePart[] } = { fields: [], parts: [] },
): { fields: FieldFact[]; parts: ReferencePart[] } {
  for (const entry of shape.entries) {
    if ('spread' in entry) {
      const spread = entry.spread;
      if (spread.kind === 'object') flatten(spread, modelName, context, prefix, isList || Boolean(spread.isList), out);
      else if (spread.kind === 'reference') out.parts.push(referencePart(spread, prefix, out.fields.length, isList));
      continue;
    }
    const name = prefix ? `${prefix}.${entry.key}` : entry.key;
    const value = entry.shape ?? unknownShape();
    const listed = isList || Boolean(value.isList);
    const doc = docCommentOf(entry.declaration) ?? value.doc;
    const createField = (fact: Omit<FieldFact, 'file' | 'line' | 'column' | 'model' | 'name'>): FieldFact =>
      clean({ model: modelName, name, ...fact, ...(listed ? { isList: true } : {}), ...(doc ? { doc } : {}), file: context.file, ...positionOf(context.sourceFile, entry.nameNode) });
    if (value.kind === 'scalar') {
      out.fields.push(createField({ type: value.type, typeName: value.typeName, validators: value.validators, enumValues: value.enumValues }));
    } else if (value.kind === 'object') {
      if (value.entries.length === 0) out.fields.push(createField({ type: 'object', typeName: 'z.object()', validators: [] }));
      else flatten(value, modelName, context, name, listed, out);
    } else {
      const fallback = createField({ type: 'object', typeName: value.reference.localName, validators: [] });
      out.parts.push({ ...referencePart(value, name, out.fields.length, listed), fallback });
    }
  }
  return out;
}

function referencePart(shape: ReferenceShape, prefix: string, index: number, isList: boolean): ReferencePart {
  return {
    reference: shape.reference,
    prefix,
    index,
    ...(isList || shape.isList ? { isList: true } : {}),
    ...(shape.pick ? { pick: shape.pick } : {}),
    ...(shape.omit ? { omit: shape.omit } : {}),
  };
}

function clean<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

/** `user.router.ts` -> `user`; `src/users/index.ts` -> `users`. Never holds a `.`. */
function moduleLabel(file: string): string {
  const base = path.posix.basename(file);
  const stem = base.slice(0, base.indexOf('.') > 0 ? base.indexOf('.') : undefined);
  if (stem === 'index') {
    const directory = path.posix.basename(path.posix.dirname(file));
    if (directory && directory !== '.') return directory.replace(/\./g, '_');
  }
  return stem;
}

/** The enclosing names and role of a schema written in place (see the file comment). */
function inlineNameParts(node: ts.Node, sourceFile: ts.SourceFile): string[] {
  const names: string[] = [];
  let role: string | undefined;
  for (let child: ts.Node = node, parent = node.parent; parent && parent !== sourceFile; child = parent, parent = parent.parent) {
    if (ts.isCallExpression(parent) && parent.arguments.some((argument) => argument === child)) {
      if (role === undefined && names.length === 0) {
        const first = parent.arguments[0];
        role = first !== child && first && ts.isStringLiteralLike(first) ? first.text : calleeName(parent.expression);
      }
    } else if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
      const key = propertyNameText(parent.name);
      if (key !== undefined) names.unshift(key);
    } else if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
      names.unshift(parent.name.text);
    } else if (
      (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isGetAccessorDeclaration(parent)) &&
      parent.name
    ) {
      const name = propertyNameText(parent.name as ts.PropertyName);
      if (name !== undefined) names.unshift(name);
    } else if (ts.isExportAssignment(parent)) {
      names.unshift('default');
    }
  }
  return role === undefined ? names : [...names, role];
}

/** tRPC `.output(z.object(...))` describes what a procedure returns, not what it collects. */
function isResponseSchema(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression) && calleeName(parent.expression) === 'output';
}

function calleeName(expression: ts.Expression): string | undefined {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/** Hints naming the schemas written in place, so `link` can tell names that collide across files. */
interface InlineModelHint {
  kind: 'zod-inline';
  file: string;
  model: string;
  /** The name after `<module>` (`.POST.body`, `#2`), to rebuild it with the file path. */
  suffix: string;
}

function extract({ file, sourceFile, imports }: ScriptContext): { models: ModelFact[]; hints: ExtractorHint[] } {
  const namespaces = new Set<string>();
  const functions = new Map<string, string>();
  for (const [local, binding] of imports) {
    if (!ZOD_MODULES.has(binding.module)) continue;
    if (binding.imported === '*' || binding.imported === 'default' || binding.imported === 'z') namespaces.add(local);
    // Builders are lower-case (`object`, `string`); `ZodError`, `ZodType` are classes and types.
    else if (/^[a-z]/.test(binding.imported)) functions.set(local, binding.imported);
  }
  if (namespaces.size === 0 && functions.size === 0) return { models: [], hints: [] };

  const variables = new Map<string, ts.VariableDeclaration>();
  const constants = new Map<string, ts.Expression>();
  const collectVariables = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      // A top-level declaration wins over one of the same name inside a function.
      const isTopLevel = ts.isVariableStatement(node.parent.parent) && node.parent.parent.parent === sourceFile;
      if (!variables.has(node.name.text) || isTopLevel) {
        variables.set(node.name.text, node);
        if (node.initializer) constants.set(node.name.text, node.initializer);
      }
    }
    ts.forEachChild(node, collectVariables);
  };
  collectVariables(sourceFile);
  const context: FileContext = {
    file,
    sourceFile,
    imports,
    namespaces,
    functions,
    variables,
    constants,
    enums: localEnumsOf(sourceFile),
    variableShapes: new Map(),
  };
  const exportNames = exportNamesOf(sourceFile);
  const models: ModelFact[] = [];
  const hints: ExtractorHint[] = [];
  // Two schemas of one name in a file (`const schema` in two handlers, two inline `json`
  // validators): the second is `name#2`, so every model id stays unique.
  const namesUsed = new Map<string, number>();
  const uniqueName = (name: string): string => {
    const seen = (namesUsed.get(name) ?? 0) + 1;
    namesUsed.set(name, seen);
    return seen > 1 ? `${name}#${seen}` : name;
  };

  const addModel = (name: string, nameNode: ts.Node, shape: ObjectShape | ReferenceShape, doc: string | undefined, exported: string[] | undefined, inlineSuffix?: string): void => {
    const flattened =
      shape.kind === 'object'
        ? flatten(shape, name, context, '', Boolean(shape.isList))
        : { fields: [], parts: [referencePart(shape, '', 0, Boolean(shape.isList))] };
    const { fields, parts } = dedupeOwnFields(flattened.fields, flattened.parts);
    if (fields.length === 0 && parts.length === 0) return;
    const model: ModelFact = clean({
      name,
      source: 'zod' as const,
      kind: 'collection-point' as const,
      file,
      ...positionOf(sourceFile, nameNode),
      doc: doc ?? shape.doc,
      fields,
    });
    const exportList = exported && exported.some((exportedName) => exportedName !== name) ? exported : undefined;
    if (shape.kind === 'reference') {
      // `export const UpdateUser = CreateUser.partial()` with CreateUser imported: a model only
      // if CreateUser turns out to be one.
      hints.push(compositionHint({ file, role: 'candidate', name, declaration: model, parts, ...(exportList ? { exportNames: exportList } : {}) }));
      return;
    }
    models.push(model);
    if (parts.length > 0 || exportList) hints.push(compositionHint({ file, role: 'model', name, parts, ...(exportList ? { exportNames: exportList } : {}) }));
    if (inlineSuffix !== undefined) hints.push({ kind: 'zod-inline', file, model: name, suffix: inlineSuffix } satisfies InlineModelHint as unknown as ExtractorHint);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const initializer = unwrap(node.initializer);
      const shape = evaluateIdentifierOrExpression(node, context);
      // `const A = B` is an alias of B's schema, not a schema of its own.
      const isBareName = ts.isIdentifier(initializer);
      if (shape && !isBareName && shape.kind !== 'scalar') {
        const statement = node.parent.parent;
        addModel(uniqueName(node.name.text), node.name, shape, docCommentOf(ts.isVariableStatement(statement) ? statement : node), exportNames.get(node.name.text));
        return;
      }
      if (shape?.kind === 'scalar' && exportNames.has(node.name.text) && !isBareName) {
        // An exported string schema reused as a field elsewhere (`email: EmailSchema`).
        const field = clean({ model: node.name.text, name: '', type: shape.type, typeName: shape.typeName, validators: shape.validators, enumValues: shape.enumValues, doc: shape.doc, file, ...positionOf(sourceFile, node.name) });
        const declaration: ModelFact = { name: node.name.text, source: 'zod', kind: 'collection-point', file, ...positionOf(sourceFile, node.name), fields: [field] };
        hints.push(compositionHint({ file, role: 'shape', name: node.name.text, declaration, parts: [], exportNames: exportNames.get(node.name.text) }));
      }
      if (shape) return;
    }
    if (ts.isCallExpression(node) && startsAtZod(node, context)) {
      if (isResponseSchema(node)) return;
      const state: EvaluationState = { buildsObject: false };
      const shape = evaluate(node, context, state);
      if (shape?.kind === 'object' && state.buildsObject) {
        // `/` joins the parts: a model id holds no `.`, so `Model.field` ids split unambiguously.
        const suffix = inlineNameParts(node, sourceFile).join('/');
        const label = moduleLabel(file);
        const name = uniqueName(suffix ? `${label}/${suffix}` : label);
        addModel(name, node, shape, undefined, undefined, name.slice(label.length));
        return;
      }
      if (shape) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { models, hints };
}

function evaluateIdentifierOrExpression(declaration: ts.VariableDeclaration, context: FileContext): Shape | undefined {
  // Through the per-variable cache, so a schema read as a part of another is evaluated once.
  return ts.isIdentifier(declaration.name) && context.variables.get(declaration.name.text) === declaration
    ? evaluateIdentifier(declaration.name.text, context)
    : evaluate(declaration.initializer!, context, { buildsObject: false });
}

/**
 * Resolves references across files, then names schemas written in place that collide across
 * files by their file path (`app/api/users/route/POST/body`) instead of their module label.
 */
function link(input: Parameters<NonNullable<ScriptExtractor['link']>>[0]): ModelFact[] {
  const models = linkComposedModels(input).filter((model) => model.fields.length > 0);
  const inline = input.hints.filter((hint) => hint.kind === 'zod-inline') as unknown as InlineModelHint[];
  const inlineByKey = new Map(inline.map((hint) => [`${hint.file}\u0000${hint.model}`, hint]));
  const filesByName = new Map<string, Set<string>>();
  for (const model of models) filesByName.set(model.name, (filesByName.get(model.name) ?? new Set()).add(model.file));
  return models.map((model) => {
    const hint = inlineByKey.get(`${model.file}\u0000${model.name}`);
    if (!hint || (filesByName.get(model.name)?.size ?? 0) < 2) return model;
    const pathName = model.file.replace(/\.[^./]+$/, '').replace(/\./g, '_');
    const name = `${pathName}${hint.suffix}`;
    return { ...model, name, fields: model.fields.map((field) => ({ ...field, model: name })) };
  });
}

export const zodExtractor: ScriptExtractor = {
  source: 'zod',
  mightContain: (text) => text.includes('zod'),
  extract,
  link,
};
