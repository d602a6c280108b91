/**
 * Plain TypeScript record types that describe a person: `interface User {...}`,
 * `type Customer = {...}`, plain classes, and JSDoc `@typedef` in JavaScript files.
 * https://www.typescriptlang.org/docs/handbook/2/objects.html,
 * https://www.typescriptlang.org/docs/handbook/utility-types.html (`Pick`, `Omit`, `Partial`),
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#typedef-callback-and-param.
 *
 * Only person records are models, as the classifier's `isPersonModel` decides from the name and
 * the member names (`User`, `IUser`, `CustomerDTO`, `UserProfile`; a type with first and last
 * name): an `Order` type may hold `customerEmail`, but its data reaches the inventory through
 * the schemas that store or collect it. Other declarations are kept as shapes that person types
 * may extend. Classes another extractor reads are skipped: decorated classes (entities, DTOs),
 * classes built from mapped types, Sequelize and other ORM model subclasses, subclasses of DTOs.
 *
 * Model id: the declaration's name. Members of nested type literals are dotted paths
 * (`address.city`); `extends`, intersections and `Pick`/`Omit`/`Partial` of other declarations
 * bring their fields, across files through `link`. Members typed with another person type are
 * relations; other named types are objects.
 */
import type { ExtractorHint, ScriptContext, ScriptExtractor } from '../extractor.js';
import { decoratorsOf, docCommentOf, positionOf, propertyNameText, ts } from '../../project/syntax.js';
import type { ImportMap } from '../../project/syntax.js';
import type { FieldFact, FieldType, ModelFact } from '../../types.js';
import { isPersonModel } from '../../classify/classifier.js';
import { PERSON_FORM_NOUNS, PERSON_MODEL_NOUNS, PERSON_OWNED_MODEL_NOUNS } from '../../classify/lexicon.js';
import { combineFilters, compositionHint, dedupeOwnFields, linkComposedModels } from './model-composition.js';
import type { ModelReference, ReferencePart } from './model-composition.js';
import { exportNamesOf } from './model-parts.js';
import { annotationTypeOf, localEnumsOf, markForeignKeys } from './orm-common.js';
import type { LocalEnums } from './orm-common.js';

/** Base classes of ORM models: those classes are read by their extractor (Sequelize `Model.init`). */
const ORM_MODULES = /^(sequelize|sequelize-typescript|@sequelize\/|typeorm|objection|@mikro-orm\/|mongoose)/;
const DTO_NAME = /(Dto|DTO|Input|Request|Body|Payload|Command)$/;
const UTILITY_PASSTHROUGH = new Set(['Partial', 'Required', 'Readonly', 'NonNullable']);

interface Declaration {
  name: string;
  nameNode: ts.Node;
  /** The node whose JSDoc documents the declaration. */
  documented: ts.Node;
  doc?: string;
  fields: FieldFact[];
  parts: ReferencePart[];
}

interface ReadContext {
  context: ScriptContext;
  enums: LocalEnums;
  modelName: string;
}

function referenceTo(name: string, imports: ImportMap): ModelReference {
  const binding = imports.get(name);
  if (!binding || binding.imported === '*') return { name, localName: name };
  return { name: binding.imported, module: binding.module, localName: name };
}

/** Keys of `'a' | 'b'` in `Pick<User, 'a' | 'b'>`. */
function literalKeys(node: ts.TypeNode | undefined): string[] {
  if (!node) return [];
  const members = ts.isUnionTypeNode(node) ? node.types : [node];
  return members.flatMap((member) => (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal) ? [member.literal.text] : []));
}

/** The declarations a type builds on: `Person`, `Omit<User, 'password'>`, `Partial<Base>`. */
function referencedParts(name: ts.EntityName | ts.Expression, typeArguments: readonly ts.TypeNode[] | undefined, imports: ImportMap, index: number): ReferencePart[] {
  if (!ts.isIdentifier(name)) return [];
  const [first, second] = typeArguments ?? [];
  const inner = (filter: { pick?: string[]; omit?: string[] }): ReferencePart[] => {
    if (!first || !ts.isTypeReferenceNode(first)) return [];
    return referencedParts(first.typeName, first.typeArguments, imports, index).map((part) => ({ ...part, ...combineFilters(part, filter) }));
  };
  if (UTILITY_PASSTHROUGH.has(name.text)) return inner({});
  if (name.text === 'Pick') return inner({ pick: literalKeys(second) });
  if (name.text === 'Omit') return inner({ omit: literalKeys(second) });
  return [{ reference: referenceTo(name.text, imports), prefix: '', index }];
}

/** Strips `| null`, `| undefined`, parentheses and JSDoc `?T`, `T=`, `!T` markers. */
function stripOptional(node: ts.TypeNode): ts.TypeNode {
  let current = node;
  for (;;) {
    if (ts.isParenthesizedTypeNode(current) || ts.isJSDocNullableType(current) || ts.isJSDocOptionalType(current) || ts.isJSDocNonNullableType(current)) {
      current = current.type;
    } else if (ts.isUnionTypeNode(current)) {
      const meaningful = current.types.filter(
        (member) =>
          member.kind !== ts.SyntaxKind.UndefinedKeyword &&
          member.kind !== ts.SyntaxKind.NullKeyword &&
          !(ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword),
      );
      if (meaningful.length !== 1) return current;
      current = meaningful[0];
    } else {
      return current;
    }
  }
}

/** A type literal behind `{...}`, `{...}[]`, `Array<{...}>`, `{...} | null`, JSDoc `{Object}` members aside. */
function literalOf(node: ts.TypeNode): { literal: ts.TypeLiteralNode | ts.JSDocTypeLiteral; isList: boolean } | undefined {
  let current = stripOptional(node);
  let isList = false;
  if (ts.isArrayTypeNode(current)) {
    isList = true;
    current = stripOptional(current.elementType);
  } else if (ts.isTypeReferenceNode(current) && ts.isIdentifier(current.typeName) && (current.typeName.text === 'Array' || current.typeName.text === 'ReadonlyArray') && current.typeArguments?.length === 1) {
    isList = true;
    current = stripOptional(current.typeArguments[0]);
  }
  if (ts.isTypeLiteralNode(current) || ts.isJSDocTypeLiteral(current)) return { literal: current, isList };
  return undefined;
}

function isFunctionType(node: ts.TypeNode | undefined): boolean {
  if (!node) return false;
  const stripped = stripOptional(node);
  return ts.isFunctionTypeNode(stripped) || ts.isConstructorTypeNode(stripped) || ts.isJSDocFunctionType(stripped);
}

/** A member's field, or nothing for methods and function-typed members. */
function readMember(
  nameNode: ts.PropertyName | ts.BindingName | ts.EntityName,
  typeNode: ts.TypeNode | undefined,
  documented: ts.Node,
  prefix: string,
  isList: boolean,
  read: ReadContext,
  fields: FieldFact[],
  docOverride?: string,
  inferredType?: FieldType,
): void {
  const name = ts.isQualifiedName(nameNode) ? nameNode.right.text : propertyNameText(nameNode as ts.PropertyName);
  if (name === undefined || isFunctionType(typeNode)) return;
  const path = prefix ? `${prefix}.${name}` : name;
  const { sourceFile, file } = read.context;
  const doc = docOverride ?? docCommentOf(documented);
  const nested = typeNode && literalOf(typeNode);
  if (nested) {
    const before = fields.length;
    readLiteral(nested.literal, path, isList || nested.isList, read, fields);
    if (fields.length > before) return;
  }
  const annotation = typeNode && !nested ? annotationTypeOf(stripOptional(typeNode), sourceFile, read.enums) : undefined;
  let type: FieldType = annotation?.type ?? inferredType ?? (nested ? 'object' : 'unknown');
  const referenced = annotation?.referencedName;
  const isRelation = referenced !== undefined && isPersonModel(referenced);
  if (type === 'unknown' && referenced !== undefined) type = isRelation ? 'relation' : 'object';
  const listed = isList || Boolean(annotation?.isList);
  fields.push({
    model: read.modelName,
    name: path,
    type,
    ...(annotation?.typeName ? { typeName: annotation.typeName } : {}),
    ...(listed ? { isList: true } : {}),
    ...(isRelation ? { isRelation: true, relationTarget: referenced } : {}),
    validators: [],
    ...(annotation?.enumValues ? { enumValues: annotation.enumValues } : {}),
    ...(doc ? { doc } : {}),
    file,
    ...positionOf(sourceFile, nameNode),
  });
}

function readLiteral(literal: ts.TypeLiteralNode | ts.JSDocTypeLiteral, prefix: string, isList: boolean, read: ReadContext, fields: FieldFact[]): void {
  if (ts.isJSDocTypeLiteral(literal)) {
    for (const tag of literal.jsDocPropertyTags ?? []) {
      if (!ts.isJSDocPropertyTag(tag)) continue;
      readMember(tag.name, tag.typeExpression?.type, tag, prefix, isList, read, fields, jsDocTagText(tag));
    }
    return;
  }
  for (const member of literal.members) {
    if (ts.isPropertySignature(member)) readMember(member.name, member.type, member, prefix, isList, read, fields);
  }
}

/** `@property {string} email - The login`: the text after the name, without the dash. */
function jsDocTagText(tag: ts.JSDocTag): string | undefined {
  const comment = typeof tag.comment === 'string' ? tag.comment : tag.comment?.map((part) => part.text).join('');
  const text = comment?.replace(/^\s*-\s*/, '').trim();
  return text || undefined;
}

/**
 * JSDoc blocks in front of a node. The compiler keeps every block there (a file may hold several
 * `@typedef` blocks before one statement), but exposes only the last through its public helpers.
 */
function jsDocBlocksOf(node: ts.Node): readonly ts.JSDoc[] {
  return (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
}

function statementsOf(sourceFile: ts.SourceFile): ts.Statement[] {
  const statements: ts.Statement[] = [];
  const add = (list: readonly ts.Statement[]): void => {
    for (const statement of list) {
      statements.push(statement);
      // `declare module 'next-auth' { interface User {...} }`, `declare global`, namespaces.
      if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) add(statement.body.statements);
    }
  };
  add(sourceFile.statements);
  return statements;
}

/** `points = 0` with no annotation: the type of the literal it starts with. */
function literalTypeOf(initializer: ts.Expression | undefined): FieldType | undefined {
  if (!initializer) return undefined;
  if (ts.isStringLiteralLike(initializer)) return 'string';
  if (ts.isNumericLiteral(initializer)) return 'number';
  if (initializer.kind === ts.SyntaxKind.TrueKeyword || initializer.kind === ts.SyntaxKind.FalseKeyword) return 'boolean';
  return undefined;
}

function isSkippedClass(declaration: ts.ClassDeclaration, imports: ImportMap): boolean {
  if (decoratorsOf(declaration).length > 0) return true;
  if (declaration.members.some((member) => decoratorsOf(member).length > 0)) return true;
  const base = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base) return false;
  if (!ts.isIdentifier(base)) return true;
  const binding = imports.get(base.text);
  if (binding && ORM_MODULES.test(binding.module)) return true;
  return base.text === 'Model' || DTO_NAME.test(base.text);
}

function readDeclarations(context: ScriptContext, enums: LocalEnums): Declaration[] {
  const { sourceFile, imports } = context;
  const declarations: Declaration[] = [];
  const start = (name: string, nameNode: ts.Node, documented: ts.Node): { declaration: Declaration; read: ReadContext } => {
    const declaration: Declaration = { name, nameNode, documented, fields: [], parts: [] };
    return { declaration, read: { context, enums, modelName: name } };
  };

  for (const statement of statementsOf(sourceFile)) {
    if (ts.isInterfaceDeclaration(statement)) {
      const { declaration, read } = start(statement.name.text, statement.name, statement);
      for (const clause of statement.heritageClauses ?? []) {
        for (const type of clause.types) declaration.parts.push(...referencedParts(type.expression, type.typeArguments, imports, 0));
      }
      for (const member of statement.members) {
        if (ts.isPropertySignature(member)) readMember(member.name, member.type, member, '', false, read, declaration.fields);
      }
      declarations.push(declaration);
    } else if (ts.isTypeAliasDeclaration(statement)) {
      const { declaration, read } = start(statement.name.text, statement.name, statement);
      const pieces = ts.isIntersectionTypeNode(statement.type) ? statement.type.types : [statement.type];
      let isRecord = true;
      for (const piece of pieces) {
        const node = stripOptional(piece);
        if (ts.isTypeLiteralNode(node)) readLiteral(node, '', false, read, declaration.fields);
        else if (ts.isTypeReferenceNode(node)) declaration.parts.push(...referencedParts(node.typeName, node.typeArguments, imports, declaration.fields.length));
        else isRecord = false;
      }
      if (isRecord && (declaration.fields.length > 0 || declaration.parts.length > 0)) declarations.push(declaration);
    } else if (ts.isClassDeclaration(statement) && statement.name && !isSkippedClass(statement, imports)) {
      const { declaration, read } = start(statement.name.text, statement.name, statement);
      const base = statement.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (base) declaration.parts.push(...referencedParts(base.expression, base.typeArguments, imports, 0));
      for (const member of statement.members) {
        const isStatic = (ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (ts.isPropertyDeclaration(member) && !isStatic && !ts.isPrivateIdentifier(member.name)) {
          readMember(member.name, member.type, member, '', false, read, declaration.fields, undefined, literalTypeOf(member.initializer));
        } else if (ts.isConstructorDeclaration(member)) {
          // `constructor(public email: string)`: parameter properties are fields too.
          for (const parameter of member.parameters) {
            if (ts.isParameterPropertyDeclaration(parameter, member)) readMember(parameter.name, parameter.type, parameter, '', false, read, declaration.fields);
          }
        }
      }
      declarations.push(declaration);
    }
  }

  // JSDoc `@typedef` (JavaScript files, and TypeScript files that use them).
  for (const node of [...sourceFile.statements, sourceFile.endOfFileToken]) {
    for (const block of jsDocBlocksOf(node)) {
      for (const tag of block.tags ?? []) {
        if (!ts.isJSDocTypedefTag(tag) || !tag.name || !ts.isIdentifier(tag.name)) continue;
        const { declaration, read } = start(tag.name.text, tag.name, block);
        const comment = typeof block.comment === 'string' ? block.comment : block.comment?.map((part) => part.text).join('');
        if (comment?.trim()) declaration.doc = comment.trim();
        const expression = tag.typeExpression;
        if (expression && ts.isJSDocTypeLiteral(expression)) readLiteral(expression, '', false, read, declaration.fields);
        else if (expression && ts.isJSDocTypeExpression(expression) && ts.isTypeLiteralNode(expression.type)) readLiteral(expression.type, '', false, read, declaration.fields);
        if (declaration.fields.length > 0) declarations.push(declaration);
      }
    }
  }
  return declarations;
}

function extract(context: ScriptContext): { models: ModelFact[]; hints: ExtractorHint[] } {
  const { file, sourceFile } = context;
  const declarations = readDeclarations(context, localEnumsOf(sourceFile));
  // Interfaces with one name merge (declaration merging): one model, fields in order.
  const byName = new Map<string, Declaration>();
  for (const declaration of declarations) {
    const existing = byName.get(declaration.name);
    if (!existing) {
      byName.set(declaration.name, declaration);
      continue;
    }
    const offset = existing.fields.length;
    existing.parts.push(...declaration.parts.map((part) => ({ ...part, index: part.index + offset })));
    existing.fields.push(...declaration.fields.map((field) => ({ ...field, model: existing.name })));
  }
  const exportNames = exportNamesOf(sourceFile);
  const isExported = (declaration: Declaration): boolean =>
    exportNames.has(declaration.name) || (ts.canHaveModifiers(declaration.documented) && (ts.getModifiers(declaration.documented) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword));

  const persons = [...byName.values()].filter((declaration) => isPersonModel(declaration.name, declaration.fields.map((field) => field.name)));
  // Declarations the persons of this file build on, followed through their own bases.
  const needed = new Set<string>();
  const pending = persons.flatMap((declaration) => declaration.parts);
  while (pending.length > 0) {
    const part = pending.pop()!;
    if (part.reference.module || needed.has(part.reference.name)) continue;
    needed.add(part.reference.name);
    pending.push(...(byName.get(part.reference.name)?.parts ?? []));
  }

  const models: ModelFact[] = [];
  const hints: ExtractorHint[] = [];
  for (const declaration of byName.values()) {
    const isPerson = persons.includes(declaration);
    if (!isPerson && !isExported(declaration) && !needed.has(declaration.name)) continue;
    markForeignKeys(declaration.fields);
    const { fields, parts } = dedupeOwnFields(declaration.fields, declaration.parts);
    const doc = declaration.doc ?? docCommentOf(declaration.documented);
    const model: ModelFact = {
      name: declaration.name,
      source: 'typescript',
      kind: 'type',
      file,
      ...positionOf(sourceFile, declaration.nameNode),
      ...(doc ? { doc } : {}),
      fields,
    };
    const exported = exportNames.get(declaration.name);
    const exportList = exported?.some((name) => name !== declaration.name) ? { exportNames: exported } : {};
    if (!isPerson) {
      hints.push(compositionHint({ file, role: 'shape', name: declaration.name, declaration: model, parts, ...exportList }));
      continue;
    }
    if (fields.length === 0 && parts.length === 0) continue;
    models.push(model);
    if (parts.length > 0 || exported?.some((name) => name !== declaration.name)) {
      hints.push(compositionHint({ file, role: 'model', name: declaration.name, parts, ...exportList }));
    }
  }
  return { models, hints };
}

/**
 * The cheap test before parsing: a declaration whose header names a person (`interface
 * UserProfile`, `type CustomerDTO`, `class SignupForm`, JSDoc `@typedef`), or a declaration in a
 * file that mentions the fields that make a record a person's (first name, password, date of
 * birth, gender). Most files of a code base declare types; few declare a person's, and parsing
 * is the expensive part of the inventory.
 */
const PERSON_WORDS = [...PERSON_MODEL_NOUNS, ...PERSON_OWNED_MODEL_NOUNS, ...PERSON_FORM_NOUNS]
  .filter((word) => /^[a-z]+$/.test(word))
  .sort((a, b) => b.length - a.length);
const PERSON_DECLARATION_PATTERN = new RegExp(
  `\\b(?:interface|type|class)\\b[^\\n{=]*?(?:${PERSON_WORDS.join('|')})|@typedef\\b[^\\n]*?(?:${PERSON_WORDS.join('|')})`,
  'i',
);
const DECLARATION_PATTERN = /\binterface\b|\btype\b|\bclass\b|@typedef/;
const PERSON_FIELD_PATTERN = /first_?name|password|date_?of_?birth|birth_?date|gender/i;

export const typeScriptExtractor: ScriptExtractor = {
  source: 'typescript',
  mightContain: (text) =>
    PERSON_DECLARATION_PATTERN.test(text) || (PERSON_FIELD_PATTERN.test(text) && DECLARATION_PATTERN.test(text)),
  extract,
  link: (input) => linkComposedModels(input).filter((model) => model.fields.length > 0),
};
