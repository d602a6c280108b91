/**
 * Drizzle ORM tables: `pgTable` / `mysqlTable` / `sqliteTable` (and the other dialects' `*Table`),
 * `pgSchema(...).table`, table creators (`pgTableCreator`), in object and callback form, with
 * their column builders, enums, custom types and key constraints.
 * API modelled: https://orm.drizzle.team/docs/sql-schema-declaration,
 * https://orm.drizzle.team/docs/column-types/pg, https://orm.drizzle.team/docs/indexes-constraints,
 * https://orm.drizzle.team/docs/custom-types, https://orm.drizzle.team/docs/goodies#multi-project-schema
 */
import {
  docCommentOf,
  dottedName,
  forEachDescendant,
  isExported,
  objectProperty,
  positionOf,
  propertyNameText,
  stringValue,
  topLevelConstants,
  ts,
  unwrap,
} from '../../project/syntax.js';
import type { ExtractorHint, ScriptContext, ScriptExtractor } from '../extractor.js';
import type { FieldFact, FieldType, ModelFact, Validator } from '../../types.js';

/** `drizzle-orm/pg-core`, `drizzle-orm/mysql-core`, `drizzle-orm/sqlite-core`, `drizzle-orm/singlestore-core`, ... */
const CORE_MODULE = /^drizzle-orm\/[a-z0-9]+-core$/;

interface ColumnBuilder {
  type: FieldType;
  /** The SQL type, when it is not the builder's name in lower case. */
  sqlType?: string;
  validators?: Validator[];
  /** Serial and identity columns are never null. */
  isNeverNull?: boolean;
}

/** Column builders of every dialect, by exported name. Dialects agree where names collide. */
const COLUMN_BUILDERS: Record<string, ColumnBuilder> = {
  // text
  text: { type: 'string' },
  varchar: { type: 'string' },
  char: { type: 'string' },
  tinytext: { type: 'string' },
  mediumtext: { type: 'string' },
  longtext: { type: 'string' },
  // numbers
  integer: { type: 'number' },
  int: { type: 'number' },
  smallint: { type: 'number' },
  tinyint: { type: 'number' },
  mediumint: { type: 'number' },
  bigint: { type: 'number' },
  serial: { type: 'number', isNeverNull: true },
  smallserial: { type: 'number', isNeverNull: true },
  bigserial: { type: 'number', isNeverNull: true },
  real: { type: 'number' },
  float: { type: 'number' },
  double: { type: 'number' },
  doublePrecision: { type: 'number', sqlType: 'double precision' },
  numeric: { type: 'number' },
  decimal: { type: 'number' },
  year: { type: 'number' },
  // other scalars
  boolean: { type: 'boolean' },
  timestamp: { type: 'date' },
  datetime: { type: 'date' },
  date: { type: 'date' },
  time: { type: 'date' },
  interval: { type: 'string' },
  json: { type: 'json' },
  jsonb: { type: 'json' },
  uuid: { type: 'string', validators: ['uuid'] },
  inet: { type: 'string', validators: ['ip'] },
  cidr: { type: 'string' },
  macaddr: { type: 'string', validators: ['mac-address'] },
  macaddr8: { type: 'string', validators: ['mac-address'] },
  bytea: { type: 'binary' },
  binary: { type: 'binary' },
  varbinary: { type: 'binary' },
  blob: { type: 'binary' },
  tinyblob: { type: 'binary' },
  mediumblob: { type: 'binary' },
  longblob: { type: 'binary' },
  // geometry and vectors
  point: { type: 'object' },
  line: { type: 'object' },
  geometry: { type: 'object' },
  vector: { type: 'unknown' },
  halfvec: { type: 'unknown' },
  sparsevec: { type: 'unknown' },
  bit: { type: 'unknown' },
};

/** Column builders that take their values in place: `mysqlEnum('role', ['a', 'b'])`. */
const INLINE_ENUM_BUILDERS = new Set(['mysqlEnum', 'singlestoreEnum']);
/** Declarations of a reusable enum: `export const role = pgEnum('role', ['a', 'b'])`. */
const ENUM_DECLARATIONS = new Set(['pgEnum', 'gelEnum', 'cockroachEnum']);

/** What a local name stands for when it is called as a column builder. */
type BuilderDefinition =
  | { kind: 'core'; name: string }
  | { kind: 'enum'; values?: string[]; databaseName?: string }
  | { kind: 'custom'; databaseType?: string };

/** Hint: an enum or custom type exported for other files' columns. */
interface BuilderHint extends ExtractorHint {
  kind: 'drizzle-builder';
  exportedAs: string;
  definition: BuilderDefinition;
}

/** Hint: a column whose builder is imported from another file of the project. */
interface ImportedBuilderHint extends ExtractorHint {
  kind: 'drizzle-imported-builder';
  model: string;
  field: string;
  module: string;
  imported: string;
}

/** Hint: exported columns meant to be spread into tables (`...timestamps`). */
interface ColumnGroupHint extends ExtractorHint {
  kind: 'drizzle-column-group';
  exportedAs: string;
  fields: FieldFact[];
}

/** Hint: a table spreads a column group imported from another file. */
interface ColumnSpreadHint extends ExtractorHint {
  kind: 'drizzle-column-spread';
  model: string;
  /** How many fields precede the spread. */
  index: number;
  module: string;
  imported: string;
}

export const drizzleExtractor: ScriptExtractor = {
  source: 'drizzle',
  mightContain: (text) =>
    text.includes('drizzle-orm') || text.includes('Table(') || text.includes('Table<') || text.includes('.table('),
  extract: extractDrizzleTables,
  link: linkDrizzleTables,
};

// ---------------------------------------------------------------------------------------------
// Names a file binds

interface FileState {
  context: ScriptContext;
  /** Local name -> exported name, for names imported from a drizzle core module. */
  coreNames: Map<string, string>;
  /** `import * as pg from 'drizzle-orm/pg-core'`. */
  coreNamespaces: Set<string>;
  /** Local functions that create tables: `const createTable = pgTableCreator(...)`. */
  tableFunctions: Set<string>;
  /** `const auth = pgSchema('auth')`, whose `.table()` and `.enum()` create tables and enums. */
  schemaObjects: Set<string>;
  /** Local enums and custom types, called as column builders. */
  builders: Map<string, BuilderDefinition>;
  constants: Map<string, ts.Expression>;
  hints: ExtractorHint[];
}

function extractDrizzleTables(context: ScriptContext): { models: ModelFact[]; hints: ExtractorHint[] } {
  const state: FileState = {
    context,
    coreNames: new Map(),
    coreNamespaces: new Set(),
    tableFunctions: new Set(),
    schemaObjects: new Set(),
    builders: new Map(),
    constants: topLevelConstants(context.sourceFile),
    hints: [],
  };
  for (const [local, binding] of context.imports) {
    if (!CORE_MODULE.test(binding.module)) continue;
    if (binding.imported === '*' || binding.imported === 'default') state.coreNamespaces.add(local);
    else state.coreNames.set(local, binding.imported);
  }
  const models: ModelFact[] = [];
  // One walk in source order: drizzle evaluates columns when the table is created, so enums,
  // custom types and table creators are declared before the tables that use them.
  forEachDescendant(context.sourceFile, (node) => {
    if (ts.isVariableDeclaration(node)) readDeclaration(state, node);
    else if (ts.isCallExpression(node) && isTableCall(state, node)) {
      const model = readTable(state, node);
      if (model) models.push(model);
    }
  });
  hintExportedDeclarations(state);
  return { models, hints: state.hints };
}

/** The drizzle export a callee names: `pgTable`, `pg.pgTable`, `text`, `pg.text`. */
function coreName(state: FileState, expression: ts.Expression): string | undefined {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return state.coreNames.get(node.text);
  if (ts.isPropertyAccessExpression(node)) {
    const receiver = unwrap(node.expression);
    if (ts.isIdentifier(receiver) && state.coreNamespaces.has(receiver.text)) return node.name.text;
  }
  return undefined;
}

function calleeOf(node: ts.CallExpression): ts.Expression {
  return unwrap(node.expression);
}

/** Variables that create tables, enums and custom types: table creators, `pgSchema()` objects, `pgEnum()`, `customType()`. */
function readDeclaration(state: FileState, node: ts.VariableDeclaration): void {
  if (!ts.isIdentifier(node.name) || !node.initializer) return;
  const name = node.name.text;
  const initializer = unwrap(node.initializer);
  if (!ts.isCallExpression(initializer)) return;
  const callee = coreName(state, initializer.expression);
  if (callee?.endsWith('TableCreator')) state.tableFunctions.add(name);
  else if (callee && /^[a-z]+Schema$/.test(callee)) state.schemaObjects.add(name);
  else if ((callee && ENUM_DECLARATIONS.has(callee)) || isSchemaMember(state, initializer, 'enum')) {
    state.builders.set(name, enumDefinition(state, initializer));
  } else if (callee === 'customType') {
    state.builders.set(name, { kind: 'custom', databaseType: customDataType(initializer.arguments[0]) });
  }
}

/** Exported enums, custom types and column groups, for the columns and spreads of other files. */
function hintExportedDeclarations(state: FileState): void {
  for (const statement of state.context.sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !isExported(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const exportedAs = declaration.name.text;
      const definition = state.builders.get(exportedAs);
      if (definition) {
        const hint: BuilderHint = { kind: 'drizzle-builder', file: state.context.file, exportedAs, definition };
        state.hints.push(hint);
        continue;
      }
      // `export const timestamps = { createdAt: timestamp(), ... }`, spread into tables elsewhere.
      const object = unwrap(declaration.initializer);
      if (!ts.isObjectLiteralExpression(object) || !looksLikeColumns(state, object)) continue;
      const fields: FieldFact[] = [];
      readColumns(state, object, NO_CALLBACK, '', fields, 0);
      const hint: ColumnGroupHint = { kind: 'drizzle-column-group', file: state.context.file, exportedAs, fields };
      state.hints.push(hint);
    }
  }
}

/** `auth.table(...)`, `auth.enum(...)` on a `pgSchema()` object, or `pgSchema('auth').table(...)`. */
function isSchemaMember(state: FileState, call: ts.CallExpression, member: string): boolean {
  const callee = calleeOf(call);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== member) return false;
  const receiver = unwrap(callee.expression);
  if (ts.isIdentifier(receiver)) return state.schemaObjects.has(receiver.text);
  if (ts.isCallExpression(receiver)) return /^[a-z]+Schema$/.test(coreName(state, receiver.expression) ?? '');
  return false;
}

/** `pgEnum('role', ['admin', 'user'])`, also with a TypeScript string enum: `pgEnum('role', Role)`. */
function enumDefinition(state: FileState, call: ts.CallExpression): BuilderDefinition {
  const [nameArgument, valuesArgument] = call.arguments;
  return { kind: 'enum', values: literalStrings(state, valuesArgument), databaseName: stringValue(nameArgument) };
}

function literalStrings(state: FileState, expression: ts.Expression | undefined): string[] | undefined {
  if (!expression) return undefined;
  const node = resolveConstant(state, expression);
  if (ts.isArrayLiteralExpression(node)) {
    const values: string[] = [];
    for (const element of node.elements) {
      const value = stringValue(element as ts.Expression);
      if (value === undefined) return undefined;
      values.push(value);
    }
    return values;
  }
  if (ts.isIdentifier(node)) {
    const declaration = state.context.sourceFile.statements.find(
      (statement): statement is ts.EnumDeclaration => ts.isEnumDeclaration(statement) && statement.name.text === node.text,
    );
    if (!declaration) return undefined;
    const values = declaration.members.map((member) => stringValue(member.initializer));
    return values.every((value): value is string => value !== undefined) ? values : undefined;
  }
  return undefined;
}

/** `customType<...>({ dataType() { return 'citext'; } })`: the SQL type, when it is a literal. */
function customDataType(argument: ts.Expression | undefined): string | undefined {
  const config = argument && unwrap(argument);
  if (!config || !ts.isObjectLiteralExpression(config)) return undefined;
  for (const property of config.properties) {
    if (!ts.isMethodDeclaration(property) && !ts.isPropertyAssignment(property)) continue;
    if (propertyNameText(property.name) !== 'dataType') continue;
    let body: ts.ConciseBody | undefined;
    if (ts.isMethodDeclaration(property)) body = property.body;
    else {
      const value = unwrap(property.initializer);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) body = value.body;
    }
    const returned = body && returnedExpression(body);
    return returned ? stringValue(returned)?.toLowerCase() : undefined;
  }
  return undefined;
}

/** The expression a function body returns: an arrow's expression, or a block's single `return`. */
function returnedExpression(body: ts.ConciseBody): ts.Expression | undefined {
  if (!ts.isBlock(body)) return unwrap(body);
  for (const statement of body.statements) {
    if (ts.isReturnStatement(statement) && statement.expression) return unwrap(statement.expression);
  }
  return undefined;
}

function resolveConstant(state: FileState, expression: ts.Expression): ts.Expression {
  let node = unwrap(expression);
  for (let hops = 0; hops < 4 && ts.isIdentifier(node); hops++) {
    const value = state.constants.get(node.text);
    if (!value) break;
    node = unwrap(value);
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Tables

/** The scope in which a table's column builders are named. */
interface ColumnScope {
  /** `t` in `pgTable('users', (t) => ({ id: t.integer() }))`. */
  builderParameter?: string;
  /** `{ integer, text: txt }` in `pgTable('users', ({ integer, text: txt }) => ({...}))`. */
  destructuredBuilders: Map<string, string>;
}

const NO_CALLBACK: ColumnScope = { destructuredBuilders: new Map() };

function isTableCall(state: FileState, call: ts.CallExpression): boolean {
  const [nameArgument, columnsArgument] = call.arguments;
  if (!nameArgument || !columnsArgument || stringValue(nameArgument) === undefined) return false;
  const callee = calleeOf(call);
  const name = coreName(state, callee);
  if (name !== undefined) return /^[a-z]+Table$/.test(name);
  if (ts.isIdentifier(callee) && state.tableFunctions.has(callee.text)) return true;
  if (isSchemaMember(state, call, 'table')) return true;
  // A table creator from another file of the project (`createTable('post', {...})` with
  // `createTable = pgTableCreator(...)` elsewhere): recognised by its columns.
  return ts.isIdentifier(callee) && looksLikeColumns(state, columnsArgument);
}

/** Columns written with drizzle builders: an object of builder chains, or a callback returning one. */
function looksLikeColumns(state: FileState, expression: ts.Expression): boolean {
  const { object, scope } = columnsObject(state, expression);
  if (!object) return false;
  const values = object.properties.filter(ts.isPropertyAssignment).map((property) => property.initializer);
  return values.some((value) => {
    const builder = baseBuilder(state, value, scope);
    // Through a callback parameter any name resolves: only drizzle's own builder names count.
    return builder !== undefined && (builder.kind !== 'core' || builder.name in COLUMN_BUILDERS || INLINE_ENUM_BUILDERS.has(builder.name));
  });
}

function columnsObject(state: FileState, expression: ts.Expression): { object?: ts.ObjectLiteralExpression; scope: ColumnScope } {
  const node = resolveConstant(state, expression);
  if (ts.isObjectLiteralExpression(node)) return { object: node, scope: NO_CALLBACK };
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return { scope: NO_CALLBACK };
  const scope: ColumnScope = { destructuredBuilders: new Map() };
  const parameter = node.parameters[0]?.name;
  if (parameter && ts.isIdentifier(parameter)) scope.builderParameter = parameter.text;
  else if (parameter && ts.isObjectBindingPattern(parameter)) {
    for (const element of parameter.elements) {
      const builder = element.propertyName ? propertyNameText(element.propertyName) : propertyNameText(element.name);
      if (builder !== undefined && ts.isIdentifier(element.name)) scope.destructuredBuilders.set(element.name.text, builder);
    }
  }
  const returned = returnedExpression(node.body);
  return { object: returned && ts.isObjectLiteralExpression(returned) ? returned : undefined, scope };
}

/** The variable a table is assigned to, past chained calls such as `.enableRLS()`. */
function holdingVariable(call: ts.CallExpression): ts.VariableDeclaration | undefined {
  let current: ts.Node = call;
  for (;;) {
    const parent: ts.Node = current.parent;
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      (ts.isPropertyAccessExpression(parent) && parent.expression === current) ||
      (ts.isCallExpression(parent) && parent.expression === current)
    ) {
      current = parent;
      continue;
    }
    return ts.isVariableDeclaration(parent) && parent.initializer === current ? parent : undefined;
  }
}

function readTable(state: FileState, call: ts.CallExpression): ModelFact | undefined {
  const [nameArgument, columnsArgument, extraConfig] = call.arguments;
  const tableName = stringValue(nameArgument)!;
  const { object, scope } = columnsObject(state, columnsArgument);
  if (!object) return undefined;
  const variable = holdingVariable(call);
  const modelName = variable && ts.isIdentifier(variable.name) ? variable.name.text : tableName;
  const position = positionOf(state.context.sourceFile, variable?.name ?? call);

  const fields: FieldFact[] = [];
  readColumns(state, object, scope, modelName, fields, 0);
  if (extraConfig) applyConstraints(state, extraConfig, fields);
  const doc = variable ? docCommentOf(variable) : undefined;
  return {
    name: modelName,
    source: 'drizzle',
    kind: 'entity',
    file: state.context.file,
    ...position,
    tableName,
    ...(doc !== undefined && { doc }),
    fields,
  };
}

function readColumns(
  state: FileState,
  object: ts.ObjectLiteralExpression,
  scope: ColumnScope,
  modelName: string,
  fields: FieldFact[],
  depth: number,
): void {
  for (const property of object.properties) {
    if (ts.isSpreadAssignment(property)) {
      readSpread(state, property.expression, scope, modelName, fields, depth);
      continue;
    }
    // `createdAt,` with `const createdAt = timestamp('created_at')` declared above.
    const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    const key = value && propertyNameText(property.name!);
    if (!value || key === undefined) continue;
    const field = readColumn(state, property as ts.PropertyAssignment | ts.ShorthandPropertyAssignment, key, value, scope, modelName);
    if (field) fields.push(field);
  }
}

/** `...timestamps`: a column group declared in this file, or hinted for the link when imported. */
function readSpread(
  state: FileState,
  expression: ts.Expression,
  scope: ColumnScope,
  modelName: string,
  fields: FieldFact[],
  depth: number,
): void {
  const node = unwrap(expression);
  const local = resolveConstant(state, node);
  if (ts.isObjectLiteralExpression(local)) {
    if (depth < 4) readColumns(state, local, scope, modelName, fields, depth + 1);
    return;
  }
  if (!ts.isIdentifier(node)) return;
  const binding = state.context.imports.get(node.text);
  if (!binding || binding.imported === '*') return;
  const hint: ColumnSpreadHint = {
    kind: 'drizzle-column-spread',
    file: state.context.file,
    model: modelName,
    index: fields.length,
    module: binding.module,
    imported: binding.imported,
  };
  state.hints.push(hint);
}

// ---------------------------------------------------------------------------------------------
// Columns

/** A column expression taken apart: the builder call at its root and the chained methods. */
interface ColumnChain {
  base: ts.CallExpression;
  methods: Map<string, readonly ts.Expression[]>;
}

function columnChain(state: FileState, expression: ts.Expression, scope: ColumnScope): ColumnChain | undefined {
  // `createdAt: createdAtColumn` with `const createdAtColumn = timestamp('created_at')`.
  let node = resolveConstant(state, expression);
  const methods = new Map<string, readonly ts.Expression[]>();
  while (ts.isCallExpression(node)) {
    const callee = calleeOf(node);
    if (ts.isPropertyAccessExpression(callee) && !isBuilderReceiver(state, callee.expression, scope)) {
      if (!methods.has(callee.name.text)) methods.set(callee.name.text, node.arguments);
      node = unwrap(callee.expression);
      continue;
    }
    return { base: node, methods };
  }
  return undefined;
}

/** `pg` in `pg.text()`, `t` in the callback form's `t.text()`. */
function isBuilderReceiver(state: FileState, expression: ts.Expression, scope: ColumnScope): boolean {
  const node = unwrap(expression);
  return ts.isIdentifier(node) && (state.coreNamespaces.has(node.text) || node.text === scope.builderParameter);
}

/** What builds a column, from the callee of its root call. */
function baseBuilder(state: FileState, expression: ts.Expression, scope: ColumnScope): BuilderDefinition | undefined {
  const chain = columnChain(state, expression, scope);
  return chain && builderOfCallee(state, calleeOf(chain.base), scope);
}

function builderOfCallee(state: FileState, callee: ts.Expression, scope: ColumnScope): BuilderDefinition | undefined {
  if (ts.isPropertyAccessExpression(callee) && isBuilderReceiver(state, callee.expression, scope)) {
    return { kind: 'core', name: callee.name.text };
  }
  if (!ts.isIdentifier(callee)) return undefined;
  const destructured = scope.destructuredBuilders.get(callee.text);
  if (destructured) return { kind: 'core', name: destructured };
  const core = state.coreNames.get(callee.text);
  if (core !== undefined) return { kind: 'core', name: core };
  return state.builders.get(callee.text);
}

function readColumn(
  state: FileState,
  property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
  key: string,
  expression: ts.Expression,
  scope: ColumnScope,
  modelName: string,
): FieldFact | undefined {
  const chain = columnChain(state, expression, scope);
  if (!chain) return undefined;
  const position = positionOf(state.context.sourceFile, property.name);
  const field: FieldFact = { model: modelName, name: key, file: state.context.file, ...position, type: 'unknown', validators: [] };
  const callee = calleeOf(chain.base);
  const columnName = stringValue(chain.base.arguments[0]);
  const config = columnConfig(state, chain.base);
  if (columnName !== undefined && columnName !== key) field.columnName = columnName;

  const builder = builderOfCallee(state, callee, scope);
  let isNeverNull = false;
  if (builder) isNeverNull = describeBuilder(state, field, builder, chain.base, config, callee);
  else describeUnknownBuilder(state, field, callee, modelName, key);

  if (chain.methods.has('primaryKey')) field.isPrimaryKey = true;
  if (chain.methods.has('array')) field.isList = true;
  const references = chain.methods.get('references');
  if (references?.[0]) {
    field.isForeignKey = true;
    const target = referencedTable(state, references[0]);
    if (target !== undefined) field.relationTarget = target;
  }
  const isNotNull =
    isNeverNull ||
    chain.methods.has('notNull') ||
    chain.methods.has('primaryKey') ||
    chain.methods.has('generatedAlwaysAsIdentity') ||
    chain.methods.has('generatedByDefaultAsIdentity');
  field.isOptional = !isNotNull;
  const doc = docCommentOf(property);
  if (doc !== undefined) field.doc = doc;
  return field;
}

/** A builder's config: `text({ enum })`, `text('name', { mode })`, `timestamp(name, { withTimezone })`. */
function columnConfig(state: FileState, base: ts.CallExpression): ts.ObjectLiteralExpression | undefined {
  for (const argument of base.arguments.slice(0, 2)) {
    const node = resolveConstant(state, argument);
    if (ts.isObjectLiteralExpression(node)) return node;
  }
  return undefined;
}

/** Fills type facts from a known builder; true when the column can never be null. */
function describeBuilder(
  state: FileState,
  field: FieldFact,
  builder: BuilderDefinition,
  base: ts.CallExpression,
  config: ts.ObjectLiteralExpression | undefined,
  callee: ts.Expression,
): boolean {
  const writtenName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (builder.kind === 'enum') {
    field.type = 'enum';
    if (writtenName !== undefined) field.typeName = writtenName;
    if (builder.values) field.enumValues = builder.values;
    return false;
  }
  if (builder.kind === 'custom') {
    if (writtenName !== undefined) field.typeName = writtenName;
    if (builder.databaseType) {
      field.dbType = builder.databaseType;
      const known = COLUMN_BUILDERS[builder.databaseType];
      field.type = known?.type ?? (builder.databaseType === 'citext' ? 'string' : 'unknown');
      for (const validator of known?.validators ?? []) addValidator(field, validator);
    }
    return false;
  }
  field.typeName = builder.name;
  if (INLINE_ENUM_BUILDERS.has(builder.name)) {
    field.type = 'enum';
    const values = base.arguments.find((argument) => ts.isArrayLiteralExpression(resolveConstant(state, argument)));
    const enumValues = literalStrings(state, values);
    if (enumValues) field.enumValues = enumValues;
    return false;
  }
  const known = COLUMN_BUILDERS[builder.name];
  if (!known) return false;
  field.type = known.type;
  field.dbType = known.sqlType ?? builder.name.toLowerCase();
  for (const validator of known.validators ?? []) addValidator(field, validator);
  applyMode(field, builder.name, config);
  const enumOption = config && objectProperty(config, 'enum');
  const enumValues = literalStrings(state, enumOption);
  if (enumValues) {
    field.type = 'enum';
    field.enumValues = enumValues;
  }
  return known.isNeverNull === true;
}

/** SQLite stores dates, booleans and JSON in integer, text and blob columns: `{ mode: 'timestamp' }`. */
function applyMode(field: FieldFact, builderName: string, config: ts.ObjectLiteralExpression | undefined): void {
  const mode = stringValue(config && objectProperty(config, 'mode'));
  if (mode === undefined) return;
  if (builderName === 'integer' || builderName === 'int') {
    if (mode === 'timestamp' || mode === 'timestamp_ms') field.type = 'date';
    else if (mode === 'boolean') field.type = 'boolean';
  } else if ((builderName === 'text' || builderName === 'blob') && mode === 'json') {
    field.type = 'json';
  } else if (builderName === 'blob' && mode === 'bigint') {
    field.type = 'number';
  }
}

/**
 * A builder this file does not define: imported from another project file (an enum or custom
 * type the link resolves), a local helper returning a builder, or something unknown.
 */
function describeUnknownBuilder(state: FileState, field: FieldFact, callee: ts.Expression, modelName: string, key: string): void {
  const written = dottedName(callee);
  if (written !== undefined) field.typeName = written;
  if (!ts.isIdentifier(callee)) return;
  const helper = state.constants.get(callee.text);
  const helperNode = helper && unwrap(helper);
  if (helperNode && (ts.isArrowFunction(helperNode) || ts.isFunctionExpression(helperNode))) {
    // `const timestamptz = (name: string) => timestamp(name, { withTimezone: true })`
    const returned = returnedExpression(helperNode.body);
    const chain = returned && columnChain(state, returned, NO_CALLBACK);
    const builder = chain && builderOfCallee(state, calleeOf(chain.base), NO_CALLBACK);
    if (chain && builder) describeBuilder(state, field, builder, chain.base, columnConfig(state, chain.base), calleeOf(chain.base));
    return;
  }
  const binding = state.context.imports.get(callee.text);
  if (!binding || binding.imported === '*') return;
  const hint: ImportedBuilderHint = {
    kind: 'drizzle-imported-builder',
    file: state.context.file,
    model: modelName,
    field: key,
    module: binding.module,
    imported: binding.imported,
  };
  state.hints.push(hint);
}

/** `() => users.id`, `(): AnyPgColumn => users.id`, `() => schema.users.id`: the table's model id. */
function referencedTable(state: FileState, reference: ts.Expression): string | undefined {
  const node = unwrap(reference);
  const column = ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? returnedExpression(node.body) : node;
  if (!column || !ts.isPropertyAccessExpression(column)) return undefined;
  return tableOfColumn(state, column);
}

function tableOfColumn(state: FileState, column: ts.PropertyAccessExpression): string | undefined {
  const table = unwrap(column.expression);
  if (ts.isPropertyAccessExpression(table)) return table.name.text;
  if (!ts.isIdentifier(table)) return undefined;
  // A table imported under another name keeps the name it was exported with.
  const binding = state.context.imports.get(table.text);
  if (binding && binding.imported !== '*' && binding.imported !== 'default') return binding.imported;
  return table.text;
}

/**
 * The third argument: `(t) => [primaryKey({ columns: [t.a, t.b] }), foreignKey({ columns:
 * [t.userId], foreignColumns: [users.id] })]`, and the older `(t) => ({ pk: primaryKey(t.a, t.b) })`.
 */
function applyConstraints(state: FileState, extraConfig: ts.Expression, fields: FieldFact[]): void {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const columnKeys = (expression: ts.Expression | undefined): string[] => {
    const node = expression && unwrap(expression);
    if (!node || !ts.isArrayLiteralExpression(node)) return [];
    return node.elements.map((element) => {
      const column = unwrap(element as ts.Expression);
      return ts.isPropertyAccessExpression(column) ? column.name.text : '';
    });
  };
  forEachDescendant(extraConfig, (node) => {
    if (!ts.isCallExpression(node)) return;
    const name = coreName(state, node.expression);
    const [first] = node.arguments;
    const options = first && unwrap(first);
    if (name === 'primaryKey') {
      const keys =
        options && ts.isObjectLiteralExpression(options)
          ? columnKeys(objectProperty(options, 'columns'))
          : node.arguments.map((argument) => {
              const column = unwrap(argument);
              return ts.isPropertyAccessExpression(column) ? column.name.text : '';
            });
      for (const key of keys) {
        const field = byName.get(key);
        if (field) {
          field.isPrimaryKey = true;
          field.isOptional = false;
        }
      }
    } else if (name === 'foreignKey' && options && ts.isObjectLiteralExpression(options)) {
      const columns = columnKeys(objectProperty(options, 'columns'));
      const foreignColumns = objectProperty(options, 'foreignColumns');
      const foreign = foreignColumns && unwrap(foreignColumns);
      columns.forEach((key, index) => {
        const field = byName.get(key);
        if (!field) return;
        field.isForeignKey = true;
        const target = foreign && ts.isArrayLiteralExpression(foreign) ? unwrap(foreign.elements[index] as ts.Expression) : undefined;
        const table = target && ts.isPropertyAccessExpression(target) ? tableOfColumn(state, target) : undefined;
        if (table !== undefined) field.relationTarget = table;
      });
    }
  });
}

function addValidator(field: FieldFact, validator: Validator): void {
  if (!field.validators.includes(validator)) field.validators.push(validator);
}

// ---------------------------------------------------------------------------------------------
// Across files

/** Second pass: enums and custom types imported from other files, and imported column groups. */
function linkDrizzleTables(input: {
  models: ModelFact[];
  hints: ExtractorHint[];
  resolveImport(fromFile: string, specifier: string): string | undefined;
}): ModelFact[] {
  const builders = input.hints.filter((hint): hint is BuilderHint => hint.kind === 'drizzle-builder');
  const groups = input.hints.filter((hint): hint is ColumnGroupHint => hint.kind === 'drizzle-column-group');
  const modelOf = (file: string, name: string): ModelFact | undefined =>
    input.models.find((model) => model.file === file && model.name === name);

  for (const hint of input.hints) {
    if (hint.kind !== 'drizzle-imported-builder') continue;
    const use = hint as ImportedBuilderHint;
    const target = input.resolveImport(use.file, use.module);
    const definition = builders.find((candidate) => candidate.file === target && candidate.exportedAs === use.imported)?.definition;
    const field = modelOf(use.file, use.model)?.fields.find((candidate) => candidate.name === use.field);
    if (!definition || !field) continue;
    if (definition.kind === 'enum') {
      field.type = 'enum';
      if (definition.values) field.enumValues = definition.values;
    } else if (definition.kind === 'custom' && definition.databaseType) {
      field.dbType = definition.databaseType;
      const known = COLUMN_BUILDERS[definition.databaseType];
      field.type = known?.type ?? (definition.databaseType === 'citext' ? 'string' : 'unknown');
      for (const validator of known?.validators ?? []) addValidator(field, validator);
    }
  }

  // Later spreads first, so that each index still counts the fields declared before it.
  const spreads = input.hints
    .filter((hint): hint is ColumnSpreadHint => hint.kind === 'drizzle-column-spread')
    .sort((first, second) => second.index - first.index);
  for (const spread of spreads) {
    const target = input.resolveImport(spread.file, spread.module);
    const group = groups.find((candidate) => candidate.file === target && candidate.exportedAs === spread.imported);
    const model = modelOf(spread.file, spread.model);
    if (!group || !model) continue;
    const declared = new Set(model.fields.map((field) => field.name));
    const added = group.fields.filter((field) => !declared.has(field.name)).map((field) => ({ ...field, model: model.name }));
    model.fields.splice(spread.index, 0, ...added);
  }
  return input.models;
}
