/**
 * Prisma schemas: models and views of `schema.prisma` and of multi-file schemas
 * (`prisma/schema/*.prisma`, the `prismaSchemaFolder` layout), read with @mrleebo/prisma-ast.
 * API modelled: https://www.prisma.io/docs/orm/reference/prisma-schema-reference
 * Multi-file schemas: https://www.prisma.io/docs/orm/prisma-schema/overview/location#multi-file-prisma-schema
 */
import { getSchema, PrismaParser, VisitorClassFactory } from '@mrleebo/prisma-ast';
import type {
  AttributeArgument,
  Block,
  BlockAttribute,
  Comment,
  CstNodeLocation,
  Enum,
  Field,
  Func,
  Model,
  Schema,
  Type,
  Value,
  View,
} from '@mrleebo/prisma-ast';
import path from 'node:path';
import type { SchemaExtractor } from '../extractor.js';
import type { Diagnostic, FieldFact, FieldType, ModelFact, SuppressionComment, Validator } from '../../types.js';

const SCALAR_TYPES: Record<string, FieldType> = {
  String: 'string',
  Int: 'number',
  BigInt: 'number',
  Float: 'number',
  Decimal: 'number',
  Boolean: 'boolean',
  DateTime: 'date',
  Json: 'json',
  Bytes: 'binary',
};

/** Native database types (`@db.X`, `Unsupported("x")`) that say what format a value has. */
const VALIDATORS_BY_DATABASE_TYPE: Record<string, Validator> = {
  inet: 'ip',
  uuid: 'uuid',
  macaddr: 'mac-address',
  macaddr8: 'mac-address',
  objectid: 'id',
};

const SUPPRESSION_PATTERN = /^datamin-ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)(?:\s+--\s*(.*))?$/;

/** prisma-ast sets `location` on comments too when it tracks locations; its types omit it. */
type LocatedComment = Comment & { location?: CstNodeLocation };

interface ParsedFile {
  file: string;
  schema: Schema;
}

/** A named block of some file, for resolving field types across the files of one schema. */
interface Declaration<T> {
  file: string;
  block: T;
}

export const prismaExtractor: SchemaExtractor = {
  source: 'prisma',
  extensions: ['.prisma'],
  extract(files) {
    const diagnostics: Diagnostic[] = [];
    const parsed: ParsedFile[] = [];
    const sourceLines = new Map<string, string[]>();
    for (const { file, text } of files) {
      const result = parsePrismaSchema(file, text);
      if ('diagnostic' in result) {
        diagnostics.push(result.diagnostic);
        continue;
      }
      parsed.push({ file, schema: result.schema });
      sourceLines.set(file, text.split(/\r?\n/));
    }
    const context: ExtractionContext = { declarations: collectDeclarations(parsed), sourceLines };
    const models: ModelFact[] = [];
    for (const { file, schema } of parsed) {
      schema.list.forEach((block, index) => {
        if (block.type !== 'model' && block.type !== 'view') return;
        models.push(buildModel(file, block, schema.list.slice(0, index), context));
      });
    }
    return { models, diagnostics };
  },
};

// ---------------------------------------------------------------------------------------------
// Parsing

let parserAndVisitor: { parser: PrismaParser; visitor: InstanceType<ReturnType<typeof VisitorClassFactory>> } | undefined;

/**
 * prisma-ast attaches token locations only when its parser tracks them, and its default parser
 * takes that setting from a config file searched from the working directory; our own parser
 * instance always tracks them. Built once: Chevrotain's grammar analysis is the costly part.
 */
function locationTrackingParser(): NonNullable<typeof parserAndVisitor> {
  if (!parserAndVisitor) {
    const parser = new PrismaParser({ nodeLocationTracking: 'full' });
    const Visitor = VisitorClassFactory(parser);
    parserAndVisitor = { parser, visitor: new Visitor() };
  }
  return parserAndVisitor;
}

function parsePrismaSchema(file: string, text: string): { schema: Schema } | { diagnostic: Diagnostic } {
  try {
    return { schema: getSchema(text, locationTrackingParser()) };
  } catch (error) {
    return { diagnostic: syntaxErrorDiagnostic(file, text, error) };
  }
}

interface TokenLike {
  image?: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * prisma-ast rethrows the first Chevrotain recognition error: its `token` is where parsing
 * stopped. At the end of the input that token is EOF, with no position (NaN); the last token
 * read (`previousToken`) or the last line then says where the schema breaks off.
 */
function syntaxErrorDiagnostic(file: string, text: string, error: unknown): Diagnostic {
  const recognition = (error ?? {}) as { token?: TokenLike; previousToken?: TokenLike; message?: string };
  const token = recognition.token;
  if (token && Number.isFinite(token.startLine) && Number.isFinite(token.startColumn)) {
    return {
      file,
      line: token.startLine,
      column: token.startColumn,
      message: `cannot parse this Prisma schema: unexpected ${describeToken(token)}`,
    };
  }
  const previous = recognition.previousToken;
  const line = previous && Number.isFinite(previous.endLine) ? previous.endLine! : text.split(/\r?\n/).length;
  const isEndOfInput = token !== undefined;
  return {
    file,
    line,
    message: isEndOfInput
      ? 'cannot parse this Prisma schema: it ends before a block is closed'
      : `cannot parse this Prisma schema: ${String(recognition.message ?? error)}`,
  };
}

function describeToken(token: TokenLike): string {
  const image = token.image ?? '';
  if (image === '\n' || image === '\r\n') return 'line break';
  return `'${image}'`;
}

// ---------------------------------------------------------------------------------------------
// Declarations across files

/** What every field needs: the names declared in all files, and each file's lines. */
interface ExtractionContext {
  declarations: Declarations;
  sourceLines: Map<string, string[]>;
}

interface Declarations {
  enums: Map<string, Array<Declaration<Enum>>>;
  objects: Map<string, Array<Declaration<Model | View>>>;
  compositeTypes: Map<string, Array<Declaration<Type>>>;
}

function collectDeclarations(parsed: ParsedFile[]): Declarations {
  const declarations: Declarations = { enums: new Map(), objects: new Map(), compositeTypes: new Map() };
  const add = <T>(map: Map<string, Array<Declaration<T>>>, name: string, declaration: Declaration<T>): void => {
    const list = map.get(name) ?? [];
    list.push(declaration);
    map.set(name, list);
  };
  for (const { file, schema } of parsed) {
    for (const block of schema.list) {
      if (block.type === 'enum') add(declarations.enums, block.name, { file, block });
      else if (block.type === 'model' || block.type === 'view') add(declarations.objects, block.name, { file, block });
      else if (block.type === 'type') add(declarations.compositeTypes, block.name, { file, block });
    }
  }
  return declarations;
}

/**
 * The declaration of a name as seen from a file. The files of one schema share a folder, while a
 * monorepo may hold several schemas: prefer the same file, then the nearest folder.
 */
function closestDeclaration<T>(candidates: Array<Declaration<T>> | undefined, fromFile: string): Declaration<T> | undefined {
  if (!candidates?.length) return undefined;
  let best = candidates[0];
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = candidate.file === fromFile ? Number.MAX_SAFE_INTEGER : sharedFolderDepth(candidate.file, fromFile);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function sharedFolderDepth(first: string, second: string): number {
  const firstParts = path.posix.dirname(first).split('/');
  const secondParts = path.posix.dirname(second).split('/');
  let depth = 0;
  while (depth < firstParts.length && depth < secondParts.length && firstParts[depth] === secondParts[depth]) depth++;
  return depth;
}

// ---------------------------------------------------------------------------------------------
// Models and fields

function buildModel(file: string, block: Model | View, blocksBefore: Block[], context: ExtractionContext): ModelFact {
  const modelLine = block.location?.startLine ?? 1;
  const modelDoc = readDocComments(precedingComments(blocksBefore, modelLine), file);
  const fields: FieldFact[] = [];
  const foreignKeyTargets = new Map<string, string>();
  const compositePrimaryKey = new Set<string>();
  let tableName: string | undefined;

  for (const property of block.properties) {
    if (property.type !== 'attribute' || property.kind !== 'object') continue;
    const attribute = property as BlockAttribute;
    if (attribute.group) continue;
    if (attribute.name === 'map') tableName = stringArgument(attribute.args, 'name');
    if (attribute.name === 'id') for (const name of listArgument(attribute.args, 'fields')) compositePrimaryKey.add(name);
  }
  for (const property of block.properties) {
    if (property.type !== 'field') continue;
    const relation = property.attributes?.find((attribute) => attribute.name === 'relation' && !attribute.group);
    if (!relation || typeof property.fieldType !== 'string') continue;
    for (const name of listArgument(relation.args, 'fields')) foreignKeyTargets.set(name, property.fieldType);
  }

  block.properties.forEach((property, index) => {
    if (property.type !== 'field') return;
    const leading = precedingComments(block.properties.slice(0, index), property.location?.startLine ?? 0);
    const built = buildField(file, block.name, property, leading, context, TOP_LEVEL);
    for (const field of built) {
      if (field.name === property.name) {
        if (compositePrimaryKey.has(property.name)) field.isPrimaryKey = true;
        const target = foreignKeyTargets.get(property.name);
        if (target) {
          field.isForeignKey = true;
          field.relationTarget = target;
        }
      }
      fields.push(field);
    }
  });

  return {
    name: block.name,
    source: 'prisma',
    kind: 'entity',
    file,
    line: modelLine,
    column: block.location?.startColumn ?? 1,
    ...(tableName !== undefined && { tableName }),
    ...(modelDoc.doc !== undefined && { doc: modelDoc.doc }),
    fields,
  };
}

/** Where a field sits: at the top of a model, or inside composite types embedded in it. */
interface Embedding {
  pathPrefix: string;
  isInList: boolean;
  isInOptional: boolean;
  /** Composite types being expanded, to stop a type that embeds itself. */
  expandingTypes: ReadonlySet<string>;
}

const TOP_LEVEL: Embedding = { pathPrefix: '', isInList: false, isInOptional: false, expandingTypes: new Set() };

/**
 * One Prisma field as facts. A field of a composite type (MongoDB `type Address { ... }`) is an
 * embedded document: it becomes one fact per leaf (`address.street`), as Mongoose nested paths
 * do, each at its declaration inside the type block.
 */
function buildField(
  file: string,
  modelName: string,
  field: Field,
  leadingComments: LocatedComment[],
  context: ExtractionContext,
  embedding: Embedding,
): FieldFact[] {
  const name = embedding.pathPrefix + field.name;
  const isList = embedding.isInList || field.array === true;
  const isOptional = embedding.isInOptional || field.optional === true;
  const comments: LocatedComment[] = [...leadingComments];
  const trailing = trailingComment(field, context.sourceLines.get(file));
  if (trailing) comments.push(trailing);
  const { doc, suppressions } = readDocComments(comments, file);
  const { declarations } = context;
  const attributes = field.attributes ?? [];

  if (typeof field.fieldType === 'string') {
    const composite = closestDeclaration(declarations.compositeTypes.get(field.fieldType), file);
    if (composite && !SCALAR_TYPES[field.fieldType] && !embedding.expandingTypes.has(field.fieldType)) {
      const nested: Embedding = {
        pathPrefix: `${name}.`,
        isInList: isList,
        isInOptional: isOptional,
        expandingTypes: new Set(embedding.expandingTypes).add(field.fieldType),
      };
      const leaves: FieldFact[] = [];
      composite.block.properties.forEach((property, index) => {
        if (property.type !== 'field') return;
        const leading = precedingComments(composite.block.properties.slice(0, index), property.location?.startLine ?? 0);
        leaves.push(...buildField(composite.file, modelName, property, leading, context, nested));
      });
      // A suppression above `address Address` covers every path under it.
      if (suppressions.length) {
        for (const leaf of leaves) leaf.suppressions = [...suppressions, ...(leaf.suppressions ?? [])];
      }
      return leaves;
    }
  }

  const fact: FieldFact = {
    model: modelName,
    name,
    file,
    line: field.location?.startLine ?? 1,
    column: field.location?.startColumn ?? 1,
    type: 'unknown',
    validators: [],
  };
  describeFieldType(fact, field.fieldType, file, declarations);
  if (isList) fact.isList = true;
  fact.isOptional = isOptional;

  for (const attribute of attributes) {
    if (attribute.group === 'db') {
      const databaseType = attribute.name.toLowerCase();
      fact.dbType = databaseType;
      addValidator(fact, VALIDATORS_BY_DATABASE_TYPE[databaseType]);
      continue;
    }
    if (attribute.group) continue;
    if (attribute.name === 'id') fact.isPrimaryKey = true;
    if (attribute.name === 'map') {
      const columnName = stringArgument(attribute.args, 'name');
      if (columnName !== undefined && columnName !== field.name) fact.columnName = columnName;
    }
  }
  if (doc !== undefined) fact.doc = doc;
  if (suppressions.length) fact.suppressions = suppressions;
  return [fact];
}

function describeFieldType(fact: FieldFact, fieldType: string | Func, file: string, declarations: Declarations): void {
  if (typeof fieldType !== 'string') {
    // `Unsupported("circle")`: a database type Prisma has no scalar for.
    const databaseType = typeof fieldType.params?.[0] === 'string' ? unquote(fieldType.params[0]) : undefined;
    fact.typeName = `${fieldType.name}(${(fieldType.params ?? []).map((parameter) => String(parameter)).join(', ')})`;
    if (databaseType) {
      fact.dbType = databaseType.toLowerCase();
      addValidator(fact, VALIDATORS_BY_DATABASE_TYPE[fact.dbType]);
    }
    return;
  }
  fact.typeName = fieldType;
  const scalar = SCALAR_TYPES[fieldType];
  if (scalar) {
    fact.type = scalar;
    return;
  }
  const enumDeclaration = closestDeclaration(declarations.enums.get(fieldType), file);
  if (enumDeclaration) {
    fact.type = 'enum';
    fact.enumValues = enumDeclaration.block.enumerators
      .filter((entry) => entry.type === 'enumerator')
      .map((entry) => entry.name);
    return;
  }
  if (closestDeclaration(declarations.objects.get(fieldType), file)) {
    fact.type = 'relation';
    fact.isRelation = true;
    fact.relationTarget = fieldType;
    return;
  }
  if (closestDeclaration(declarations.compositeTypes.get(fieldType), file)) {
    // Only a type that embeds itself ends here: its recursion is cut at one level.
    fact.type = 'object';
  }
}

function addValidator(fact: FieldFact, validator: Validator | undefined): void {
  if (validator && !fact.validators.includes(validator)) fact.validators.push(validator);
}

// ---------------------------------------------------------------------------------------------
// Comments: `///` documentation and `/// datamin-ignore <rule-id> -- reason`

/**
 * The comments written on the lines right above a declaration, nearest last. prisma-ast keeps
 * comments as separate entries; a blank line ends the run, as it does for Prisma's own
 * documentation comments.
 */
function precedingComments(entriesBefore: ReadonlyArray<{ type: string }>, declarationLine: number): LocatedComment[] {
  const result: LocatedComment[] = [];
  let expectedLine = declarationLine - 1;
  for (let index = entriesBefore.length - 1; index >= 0; index--) {
    const entry = entriesBefore[index] as LocatedComment;
    if (entry.type !== 'comment' || !entry.location || entry.location.startLine !== expectedLine) break;
    result.unshift(entry);
    expectedLine--;
  }
  return result;
}

/**
 * A comment after the field on its line (`email String /// Work address`). prisma-ast gives its
 * text only; a line comment runs to the end of its line, so the line ends with that text and
 * its column follows.
 */
function trailingComment(field: Field, lines: string[] | undefined): LocatedComment | undefined {
  if (!field.comment || !field.location) return undefined;
  const line = field.location.startLine ?? 1;
  const lineText = lines?.[line - 1]?.trimEnd() ?? '';
  const column = lineText.endsWith(field.comment) ? lineText.length - field.comment.length + 1 : 1;
  return {
    type: 'comment',
    text: field.comment,
    location: { startLine: line, endLine: line, startColumn: column, endColumn: lineText.length, startOffset: Number.NaN, endOffset: Number.NaN },
  };
}

function readDocComments(comments: LocatedComment[], file: string): { doc?: string; suppressions: SuppressionComment[] } {
  const docLines: string[] = [];
  const suppressions: SuppressionComment[] = [];
  for (const comment of comments) {
    if (!comment.text.startsWith('///')) continue;
    const text = comment.text.slice(3).trim();
    const suppression = SUPPRESSION_PATTERN.exec(text);
    if (suppression) {
      const reason = suppression[2]?.trim();
      for (const ruleId of suppression[1].split(',')) {
        suppressions.push({
          ruleId: ruleId.trim(),
          ...(reason ? { reason } : {}),
          scope: 'field',
          file,
          line: comment.location?.startLine ?? 1,
          column: comment.location?.startColumn ?? 1,
        });
      }
      continue;
    }
    docLines.push(text);
  }
  const doc = docLines.join('\n').trim();
  return { ...(doc ? { doc } : {}), suppressions };
}

// ---------------------------------------------------------------------------------------------
// Attribute arguments: `@map("e_mail")`, `@map(name: "e_mail")`, `@relation(fields: [authorId])`

function argumentValue(args: AttributeArgument[] | undefined, key: string): Value | undefined {
  if (!args?.length) return undefined;
  for (const argument of args) {
    const value = argument.value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && value.type === 'keyValue' && value.key === key) {
      return value.value;
    }
  }
  const first = args[0].value;
  const isKeyed = typeof first === 'object' && first !== null && !Array.isArray(first) && first.type === 'keyValue';
  return isKeyed ? undefined : (first as Value);
}

function stringArgument(args: AttributeArgument[] | undefined, key: string): string | undefined {
  const value = argumentValue(args, key);
  return typeof value === 'string' ? unquote(value) : undefined;
}

function listArgument(args: AttributeArgument[] | undefined, key: string): string[] {
  const value = argumentValue(args, key);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value.type !== 'array') return [];
  return value.args.filter((entry): entry is string => typeof entry === 'string').map(unquote);
}

/** prisma-ast keeps string literals with their quotes: `"e_mail"`. */
function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  return value;
}

