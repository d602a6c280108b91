/**
 * Mongoose schemas: `new Schema({...})` in any import style, their paths (nested objects,
 * arrays, subdocuments, sub-schemas), `.add()` calls, and the model names given by
 * `mongoose.model('User', userSchema)`, also from another file.
 * API modelled: https://mongoosejs.com/docs/guide.html, https://mongoosejs.com/docs/schematypes.html,
 * https://mongoosejs.com/docs/subdocs.html, https://mongoosejs.com/docs/validation.html
 */
import path from 'node:path';
import {
  docCommentOf,
  dottedName,
  forEachDescendant,
  isConstDeclaration,
  isRequireCall,
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

/** Schema types by the last name of the expression that names them (`Schema.Types.ObjectId` -> ObjectId), lower case. */
const SCHEMA_TYPES: Record<string, { type: FieldType; validators?: Validator[]; isList?: boolean }> = {
  string: { type: 'string' },
  number: { type: 'number' },
  decimal128: { type: 'number' },
  double: { type: 'number' },
  int32: { type: 'number' },
  bigint: { type: 'number' },
  long: { type: 'number' },
  boolean: { type: 'boolean' },
  bool: { type: 'boolean' },
  date: { type: 'date' },
  buffer: { type: 'binary' },
  binary: { type: 'binary' },
  mixed: { type: 'json' },
  object: { type: 'json' },
  map: { type: 'object' },
  array: { type: 'json', isList: true },
  objectid: { type: 'string', validators: ['id'] },
  uuid: { type: 'string', validators: ['uuid'] },
  // Schema types added by the mongoose-type-email and mongoose-type-url plugins.
  email: { type: 'string', validators: ['email'] },
  url: { type: 'string', validators: ['url'] },
};

/** validator.js functions (https://github.com/validatorjs/validator.js) used in `validate`, by name. */
const VALIDATOR_FUNCTIONS: Record<string, Validator> = {
  isEmail: 'email',
  isURL: 'url',
  isMobilePhone: 'phone',
  isUUID: 'uuid',
  isIP: 'ip',
  isIPRange: 'ip',
  isMACAddress: 'mac-address',
  isPostalCode: 'postal-code',
  isCreditCard: 'credit-card',
  isIBAN: 'iban',
  isBIC: 'bic',
  isLatLong: 'lat-long',
  isISO31661Alpha2: 'country',
  isISO31661Alpha3: 'country',
  isLocale: 'locale',
  isCurrency: 'currency',
  isISO4217: 'currency',
  isHash: 'hash',
  isJWT: 'jwt',
  isPassportNumber: 'passport-number',
  isIdentityCard: 'identity-card',
  isTaxID: 'tax-id',
  isStrongPassword: 'password',
  isDate: 'date',
  isISO8601: 'date',
  isMongoId: 'id',
};

const MAXIMUM_NESTING = 12;

/** A `new Schema(...)` of the file being read. */
interface SchemaDeclaration {
  node: ts.NewExpression | ts.CallExpression;
  definition?: ts.ObjectLiteralExpression;
  options?: ts.ObjectLiteralExpression;
  /** The variable holding it: `userSchema` in `const userSchema = new Schema(...)`. */
  variable?: string;
  variableDeclaration?: ts.VariableDeclaration;
  /** `userSchema.add({...}, 'prefix.')` calls, in source order. */
  additions: Array<{ definition: ts.Expression; prefix: string }>;
  /** Names given by `model()` / `discriminator()` calls in this file, with their collection. */
  modelNames: Array<{ name: string; collection?: string }>;
  exportedAs: string[];
  /** Used as a subdocument of another schema: no model of its own unless `model()` names it. */
  isEmbedded: boolean;
}

/** Where a schema reference points when it is not declared in this file. */
interface ExternalSchemaReference {
  module: string;
  imported: string;
}

/** Hint: a schema of this file, so that `model()` calls in other files can name it. */
interface SchemaHint extends ExtractorHint {
  kind: 'mongoose-schema';
  /** `line:column` of the schema's model facts. */
  position: string;
  exportedAs: string[];
  modelNames: string[];
  isEmbedded: boolean;
}

/** Hint: `model('User', importedSchema)`, naming a schema declared in another file. */
interface ModelNameHint extends ExtractorHint {
  kind: 'mongoose-model';
  modelName: string;
  module: string;
  imported: string;
  collection?: string;
}

export const mongooseExtractor: ScriptExtractor = {
  source: 'mongoose',
  // Model files can name a schema imported from elsewhere without writing `Schema` themselves.
  // A schema file imports mongoose (or a client named after it), builds `new Schema(...)` from a
  // re-export, or names a schema with `connection.model(...)`; `Schema` alone is in every zod file.
  mightContain: (text) => text.includes('mongoose') || text.includes('new Schema') || text.includes('.model('),
  extract: extractMongooseSchemas,
  link: linkMongooseModels,
};

// ---------------------------------------------------------------------------------------------
// Reading one file

/** The names through which a file reaches Mongoose. */
interface MongooseBindings {
  /** Local names of the Schema class: `Schema`, or `S` in `import { Schema as S }`. */
  schemaClasses: Set<string>;
  /** Local names of the whole module: `mongoose` in `import mongoose from 'mongoose'`. */
  namespaces: Set<string>;
  /** Local names of the `model` function: `import { model } from 'mongoose'`. */
  modelFunctions: Set<string>;
}

interface FileState {
  context: ScriptContext;
  bindings: MongooseBindings;
  constants: Map<string, ts.Expression>;
  declarations: SchemaDeclaration[];
  byNode: Map<ts.Node, SchemaDeclaration>;
  byVariable: Map<string, SchemaDeclaration>;
  /** `const modelName = 'users'` anywhere in the file; null when the name is declared twice. */
  stringConstants: Map<string, string | null>;
}

function extractMongooseSchemas(context: ScriptContext): { models: ModelFact[]; hints: ExtractorHint[] } {
  // No early exit when the file does not import mongoose: `connection.model('User', userSchema)`
  // can name a schema with only a connection object in hand.
  const bindings = importedBindings(context);
  const state: FileState = {
    context,
    bindings,
    constants: topLevelConstants(context.sourceFile),
    declarations: [],
    byNode: new Map(),
    byVariable: new Map(),
    stringConstants: new Map(),
  };
  const addCalls: ts.CallExpression[] = [];
  const modelCalls: ts.CallExpression[] = [];

  // One walk in source order: an alias (`const Schema = mongoose.Schema`) is declared before use.
  forEachDescendant(context.sourceFile, (node) => {
    if (ts.isVariableDeclaration(node)) {
      addLocalBindings(node, bindings);
      if (ts.isIdentifier(node.name) && isConstDeclaration(node)) {
        const value = stringValue(node.initializer);
        const name = node.name.text;
        if (value !== undefined) state.stringConstants.set(name, state.stringConstants.has(name) ? null : value);
      }
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isSchemaClass(node.expression, bindings)) {
      registerSchema(state, node);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (method === 'add') addCalls.push(node);
      if (method === 'model' || method === 'discriminator') modelCalls.push(node);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && bindings.modelFunctions.has(node.expression.text)) {
      modelCalls.push(node);
    }
  });
  if (!state.declarations.length && !modelCalls.length) return { models: [], hints: [] };

  for (const call of addCalls) {
    const receiver = unwrap((call.expression as ts.PropertyAccessExpression).expression);
    const declaration = ts.isIdentifier(receiver) ? state.byVariable.get(receiver.text) : undefined;
    const [definition, prefix] = call.arguments;
    if (declaration && definition) declaration.additions.push({ definition, prefix: stringValue(prefix) ?? '' });
  }

  const hints: ExtractorHint[] = [];
  for (const call of modelCalls) {
    const hint = readModelCall(state, call);
    if (hint) hints.push(hint);
  }
  collectExports(state);

  const facts = new Map<SchemaDeclaration, FieldFact[]>();
  for (const declaration of state.declarations) facts.set(declaration, schemaFields(state, declaration, new Set()));

  const models: ModelFact[] = [];
  for (const declaration of state.declarations) {
    const canBeNamedElsewhere = declaration.exportedAs.length > 0;
    if (declaration.isEmbedded && !declaration.modelNames.length && !canBeNamedElsewhere) continue;
    const template = modelTemplate(state, declaration, facts.get(declaration) ?? []);
    const names = declaration.modelNames.length ? declaration.modelNames : [{ name: fallbackModelName(declaration, context.file) }];
    for (const { name, collection } of uniqueNames(names)) models.push(renameModel(template, name, collection));
    const hint: SchemaHint = {
      kind: 'mongoose-schema',
      file: context.file,
      position: `${template.line}:${template.column}`,
      exportedAs: declaration.exportedAs,
      modelNames: declaration.modelNames.map(({ name }) => name),
      isEmbedded: declaration.isEmbedded,
    };
    hints.push(hint);
  }
  return { models, hints };
}

function importedBindings(context: ScriptContext): MongooseBindings {
  const bindings: MongooseBindings = { schemaClasses: new Set(), namespaces: new Set(), modelFunctions: new Set() };
  for (const [local, binding] of context.imports) {
    if (binding.module !== 'mongoose') continue;
    if (binding.imported === 'Schema') bindings.schemaClasses.add(local);
    else if (binding.imported === 'model') bindings.modelFunctions.add(local);
    else if (binding.imported === 'default' || binding.imported === '*') bindings.namespaces.add(local);
  }
  return bindings;
}

/**
 * CommonJS code takes the class from the module object: `const Schema = mongoose.Schema`,
 * `const { Schema } = mongoose`, also inside functions and in `var a = ..., Schema = ...` lists.
 */
function addLocalBindings(declaration: ts.VariableDeclaration, bindings: MongooseBindings): void {
  if (!declaration.initializer) return;
  const initializer = unwrap(declaration.initializer);
  if (ts.isIdentifier(declaration.name) && isSchemaClass(initializer, bindings)) {
    bindings.schemaClasses.add(declaration.name.text);
  } else if (ts.isObjectBindingPattern(declaration.name) && ts.isIdentifier(initializer) && isMongooseNamespace(initializer.text, bindings)) {
    for (const element of declaration.name.elements) {
      const imported = element.propertyName ? propertyNameText(element.propertyName) : propertyNameText(element.name);
      if (!ts.isIdentifier(element.name)) continue;
      if (imported === 'Schema') bindings.schemaClasses.add(element.name.text);
      if (imported === 'model') bindings.modelFunctions.add(element.name.text);
    }
  }
}

function isSchemaClass(expression: ts.Expression, bindings: MongooseBindings): boolean {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return bindings.schemaClasses.has(node.text);
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'Schema') {
    const receiver = unwrap(node.expression);
    return ts.isIdentifier(receiver) && isMongooseNamespace(receiver.text, bindings);
  }
  return false;
}

/**
 * The module object, imported or handed over: Feathers' generated models take it from the app
 * (`const mongooseClient = app.get('mongooseClient'); const { Schema } = mongooseClient`).
 */
function isMongooseNamespace(name: string, bindings: MongooseBindings): boolean {
  return bindings.namespaces.has(name) || /^mongoose/i.test(name);
}

function registerSchema(state: FileState, node: ts.NewExpression | ts.CallExpression): void {
  const [definitionArgument, optionsArgument] = node.arguments ?? [];
  const declaration: SchemaDeclaration = {
    node,
    definition: resolveObject(state, definitionArgument),
    options: resolveObject(state, optionsArgument),
    additions: [],
    modelNames: [],
    exportedAs: [],
    isEmbedded: false,
  };
  const holder = outerExpression(node).parent;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) {
    declaration.variable = holder.name.text;
    declaration.variableDeclaration = holder;
  } else if (
    ts.isBinaryExpression(holder) &&
    holder.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isIdentifier(holder.left)
  ) {
    declaration.variable = holder.left.text;
  }
  state.declarations.push(declaration);
  state.byNode.set(node, declaration);
  if (declaration.variable) state.byVariable.set(declaration.variable, declaration);
}

/** The outermost expression that is only `node` in parentheses or with a type assertion. */
function outerExpression(node: ts.Expression): ts.Expression {
  let current: ts.Expression = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent) ||
    ts.isNonNullExpression(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

/** An object literal written in place or held by a top-level constant. */
function resolveObject(state: FileState, expression: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!expression) return undefined;
  const node = resolveConstant(state, expression);
  return ts.isObjectLiteralExpression(node) ? node : undefined;
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

/**
 * `mongoose.model('User', userSchema)`, `model<IUser>('User', schema, 'people')`,
 * `connection.model(...)`, `Base.discriminator('Admin', adminSchema)`: names a schema. Returns a
 * hint when the schema is imported from another file.
 */
function readModelCall(state: FileState, call: ts.CallExpression): ModelNameHint | undefined {
  const [nameArgument, schemaArgument, collectionArgument] = call.arguments;
  const name = stringOrConstant(state, nameArgument);
  if (name === undefined || !schemaArgument) return undefined;
  const isDiscriminator = ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'discriminator';
  const collection = isDiscriminator ? undefined : stringOrConstant(state, collectionArgument);
  const target = resolveSchemaReference(state, schemaArgument);
  if (!target) return undefined;
  if ('node' in target) {
    target.modelNames.push({ name, ...(collection !== undefined && { collection }) });
    return undefined;
  }
  return {
    kind: 'mongoose-model',
    file: state.context.file,
    modelName: name,
    module: target.module,
    imported: target.imported,
    ...(collection !== undefined && { collection }),
  };
}

/** A string literal, or a `const` holding one (Feathers: `mongooseClient.model(modelName, schema)`). */
function stringOrConstant(state: FileState, expression: ts.Expression | undefined): string | undefined {
  const literal = stringValue(expression);
  if (literal !== undefined || !expression) return literal;
  const node = unwrap(expression);
  return ts.isIdentifier(node) ? (state.stringConstants.get(node.text) ?? undefined) : undefined;
}

function resolveSchemaReference(state: FileState, expression: ts.Expression): SchemaDeclaration | ExternalSchemaReference | undefined {
  const node = unwrap(expression);
  const inPlace = state.byNode.get(node);
  if (inPlace) return inPlace;
  if (ts.isIdentifier(node)) {
    const local = state.byVariable.get(node.text);
    if (local) return local;
    const binding = state.context.imports.get(node.text);
    return binding ? { module: binding.module, imported: binding.imported } : undefined;
  }
  if (ts.isPropertyAccessExpression(node)) {
    const receiver = unwrap(node.expression);
    if (ts.isIdentifier(receiver)) {
      const binding = state.context.imports.get(receiver.text);
      if (binding && (binding.imported === '*' || binding.imported === 'default')) {
        return { module: binding.module, imported: node.name.text };
      }
    }
    if (isRequireCall(receiver)) return { module: (receiver.arguments[0] as ts.StringLiteral).text, imported: node.name.text };
  }
  if (isRequireCall(node)) return { module: (node.arguments[0] as ts.StringLiteral).text, imported: '*' };
  return undefined;
}

/**
 * The names under which other files can import each schema: ES exports and CommonJS
 * `module.exports`. `module.exports = schema` answers both `require()` ('*') and a default import.
 */
function collectExports(state: FileState): void {
  const exportAs = (expression: ts.Expression | undefined, name: string): void => {
    if (!expression) return;
    const target = resolveSchemaReference(state, expression);
    if (target && 'node' in target && !target.exportedAs.includes(name)) target.exportedAs.push(name);
  };
  for (const statement of state.context.sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      const isExported = (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
      if (!isExported) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) exportAs(declaration.name, declaration.name.text);
      }
    } else if (ts.isExportAssignment(statement)) {
      exportAs(statement.expression, 'default');
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        const local = element.propertyName ?? element.name;
        if (ts.isIdentifier(local)) exportAs(local, element.name.text);
      }
    } else if (ts.isExpressionStatement(statement)) {
      const expression = unwrap(statement.expression);
      if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const target = dottedName(expression.left);
      const value = unwrap(expression.right);
      if (target === 'module.exports') {
        if (ts.isObjectLiteralExpression(value)) {
          for (const property of value.properties) {
            if (ts.isShorthandPropertyAssignment(property)) exportAs(property.name, property.name.text);
            else if (ts.isPropertyAssignment(property)) {
              const name = propertyNameText(property.name);
              if (name !== undefined) exportAs(property.initializer, name);
            }
          }
        } else {
          exportAs(value, '*');
          exportAs(value, 'default');
        }
      } else if (target?.startsWith('module.exports.') || target?.startsWith('exports.')) {
        exportAs(value, target.slice(target.lastIndexOf('.') + 1));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Paths

function schemaFields(state: FileState, declaration: SchemaDeclaration, visiting: Set<SchemaDeclaration>): FieldFact[] {
  const fields: FieldFact[] = [];
  const typeKey = stringValue(declaration.options && objectProperty(declaration.options, 'typeKey')) ?? 'type';
  const walker = new PathWalker(state, typeKey, fields, new Set(visiting).add(declaration));
  if (declaration.definition) walker.collect(declaration.definition, '', false, 0);
  for (const addition of declaration.additions) walker.collectAddition(addition.definition, addition.prefix);
  if (declaration.options) addTimestampFields(state, declaration.options, fields);
  return fields;
}

/** Turns a schema definition object into one fact per leaf path. */
class PathWalker {
  constructor(
    private readonly state: FileState,
    private readonly typeKey: string,
    private readonly fields: FieldFact[],
    private readonly visiting: Set<SchemaDeclaration>,
  ) {}

  collect(definition: ts.ObjectLiteralExpression, prefix: string, isInList: boolean, depth: number): void {
    if (depth > MAXIMUM_NESTING) return;
    for (const property of definition.properties) {
      if (ts.isSpreadAssignment(property)) {
        const spread = resolveObject(this.state, property.expression);
        if (spread) this.collect(spread, prefix, isInList, depth + 1);
        continue;
      }
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = propertyNameText(property.name);
      if (key === undefined) continue;
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      this.describe(property, `${prefix}${key}`, value, isInList, depth + 1);
    }
  }

  /** `schema.add({ ... })`, `schema.add(otherSchema)`, with an optional path prefix. */
  collectAddition(definition: ts.Expression, prefix: string): void {
    const embedded = this.embeddedSchema(definition);
    if (embedded) {
      this.embed(embedded, prefix, false, 1);
      return;
    }
    const object = resolveObject(this.state, definition);
    if (object) this.collect(object, prefix, false, 1);
  }

  private describe(property: ts.ObjectLiteralElementLike, pathName: string, value: ts.Expression, isInList: boolean, depth: number): void {
    if (depth > MAXIMUM_NESTING) return;
    const embedded = this.embeddedSchema(value);
    if (embedded) {
      this.embed(embedded, `${pathName}.`, isInList, depth);
      return;
    }
    const node = resolveConstant(this.state, value);
    if (ts.isArrayLiteralExpression(node)) {
      const [element] = node.elements;
      if (!element || ts.isSpreadElement(element)) this.addLeaf(property, pathName, undefined, [], true);
      else this.describe(property, pathName, element, true, depth + 1);
      return;
    }
    if (!ts.isObjectLiteralExpression(node)) {
      this.addLeaf(property, pathName, node, [], isInList);
      return;
    }
    if (!node.properties.length) {
      // `{}` is Mixed.
      this.addLeaf(property, pathName, undefined, [], isInList, 'Mixed');
      return;
    }
    const typeValue = objectProperty(node, this.typeKey);
    if (!typeValue || this.isNestedPathNamedType(typeValue)) {
      this.collect(node, `${pathName}.`, isInList, depth);
      return;
    }
    this.describeTyped(property, pathName, node, typeValue, isInList, depth);
  }

  /** `{ type: X, ...options }`: X decides whether this is a leaf, a list or a subdocument. */
  private describeTyped(
    property: ts.ObjectLiteralElementLike,
    pathName: string,
    options: ts.ObjectLiteralExpression,
    typeValue: ts.Expression,
    isInList: boolean,
    depth: number,
  ): void {
    const embedded = this.embeddedSchema(typeValue);
    if (embedded) {
      this.embed(embedded, `${pathName}.`, isInList, depth);
      return;
    }
    const type = resolveConstant(this.state, typeValue);
    if (ts.isArrayLiteralExpression(type)) {
      const [element] = type.elements;
      if (!element || ts.isSpreadElement(element)) {
        this.addLeaf(property, pathName, undefined, [options], true);
        return;
      }
      const elementSchema = this.embeddedSchema(element);
      if (elementSchema) {
        this.embed(elementSchema, `${pathName}.`, true, depth);
        return;
      }
      const item = resolveConstant(this.state, element);
      if (ts.isObjectLiteralExpression(item)) {
        const itemType = objectProperty(item, this.typeKey);
        if (!itemType || this.isNestedPathNamedType(itemType)) {
          if (item.properties.length) this.collect(item, `${pathName}.`, true, depth);
          else this.addLeaf(property, pathName, undefined, [options], true, 'Mixed');
          return;
        }
        this.addLeaf(property, pathName, itemType, [item, options], true);
        return;
      }
      this.addLeaf(property, pathName, item, [options], true);
      return;
    }
    if (ts.isObjectLiteralExpression(type)) {
      // A POJO as the type is a single nested subdocument (Mongoose 6+); `{}` is Mixed.
      if (type.properties.length) this.collect(type, `${pathName}.`, isInList, depth);
      else this.addLeaf(property, pathName, undefined, [options], isInList, 'Mixed');
      return;
    }
    this.addLeaf(property, pathName, type, [options], isInList);
  }

  /**
   * Mongoose reads `{ type: { type: String } }` as a nested path called `type`, not as options:
   * https://mongoosejs.com/docs/schematypes.html#type-key
   */
  private isNestedPathNamedType(typeValue: ts.Expression): boolean {
    const node = resolveConstant(this.state, typeValue);
    return this.typeKey === 'type' && ts.isObjectLiteralExpression(node) && objectProperty(node, 'type') !== undefined;
  }

  private embeddedSchema(expression: ts.Expression): SchemaDeclaration | undefined {
    const target = resolveSchemaReference(this.state, expression);
    return target && 'node' in target ? target : undefined;
  }

  /** A sub-schema's paths under a prefix, each at its own declaration. */
  private embed(declaration: SchemaDeclaration, prefix: string, isInList: boolean, depth: number): void {
    declaration.isEmbedded = true;
    if (this.visiting.has(declaration) || depth > MAXIMUM_NESTING) return;
    const nested = schemaFields(this.state, declaration, this.visiting);
    for (const field of nested) {
      this.fields.push({ ...field, name: prefix + field.name, ...(isInList && { isList: true }) });
    }
  }

  private addLeaf(
    property: ts.ObjectLiteralElementLike,
    pathName: string,
    typeExpression: ts.Expression | undefined,
    optionObjects: ts.ObjectLiteralExpression[],
    isList: boolean,
    typeNameOverride?: string,
  ): void {
    const { sourceFile, file } = this.state.context;
    const keyPosition = positionOf(sourceFile, property.name ?? property);
    const described = describeSchemaType(typeExpression, typeNameOverride);
    const field: FieldFact = {
      model: '',
      name: pathName,
      file,
      line: keyPosition.line,
      column: keyPosition.column,
      type: described.type,
      validators: [...(described.validators ?? [])],
    };
    if (described.typeName !== undefined) field.typeName = described.typeName;
    if (isList || described.isList) field.isList = true;
    if (pathName === '_id') field.isPrimaryKey = true;
    applyOptions(field, optionObjects);
    const doc = docCommentOf(property);
    if (doc !== undefined) field.doc = doc;
    this.fields.push(field);
  }
}

function describeSchemaType(
  expression: ts.Expression | undefined,
  typeNameOverride: string | undefined,
): { type: FieldType; typeName?: string; validators?: Validator[]; isList?: boolean } {
  let typeName = typeNameOverride;
  if (typeName === undefined && expression) {
    const node = unwrap(expression);
    const text = stringValue(node) ?? dottedName(node);
    typeName = text === undefined ? undefined : text.slice(text.lastIndexOf('.') + 1);
    if (typeName === undefined) return { type: 'unknown', typeName: node.getText() };
  }
  if (typeName === undefined) return { type: 'json', typeName: 'Mixed' };
  const known = SCHEMA_TYPES[typeName.toLowerCase()];
  // `Schema.ObjectId` and `ObjectID` are older spellings of Schema.Types.ObjectId.
  return known ? { ...known, typeName } : { type: 'unknown', typeName };
}

function applyOptions(field: FieldFact, optionObjects: ts.ObjectLiteralExpression[]): void {
  const option = (key: string): ts.Expression | undefined => {
    for (const options of optionObjects) {
      const value = objectProperty(options, key);
      if (value) return value;
    }
    return undefined;
  };
  const reference = option('ref');
  if (reference) {
    field.isForeignKey = true;
    const target = referenceTarget(reference);
    if (target !== undefined) field.relationTarget = target;
  }
  const required = option('required');
  const requiredNode = required && unwrap(required);
  if (!requiredNode || requiredNode.kind === ts.SyntaxKind.FalseKeyword) field.isOptional = true;
  else if (
    requiredNode.kind === ts.SyntaxKind.TrueKeyword ||
    (ts.isArrayLiteralExpression(requiredNode) && requiredNode.elements[0]?.kind === ts.SyntaxKind.TrueKeyword)
  ) {
    field.isOptional = false;
  }
  if (field.isPrimaryKey) field.isOptional = false;

  const enumValues = enumOptionValues(option('enum'));
  if (enumValues && (field.type === 'string' || field.type === 'number')) {
    field.type = 'enum';
    field.enumValues = enumValues;
  }
  const match = option('match');
  if (match) for (const validator of validatorsIn(match)) addValidator(field, validator);
  const validate = option('validate');
  if (validate) for (const validator of validatorsIn(validate)) addValidator(field, validator);
}

/**
 * `ref: 'User'`, `ref: User` (a model variable), `ref: () => User`, `ref: User.modelName`, and
 * `ref: Models.User` (a constant of model names, taken by its last name).
 */
function referenceTarget(reference: ts.Expression): string | undefined {
  let node = unwrap(reference);
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) node = unwrap(node.body);
  const text = stringValue(node);
  if (text !== undefined) return text;
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'modelName') node = unwrap(node.expression);
  const name = dottedName(node);
  return name === undefined ? undefined : name.slice(name.lastIndexOf('.') + 1);
}

/** `enum: ['a', 'b']` or `enum: { values: ['a', 'b'], message }`; undefined when not literal. */
function enumOptionValues(expression: ts.Expression | undefined): string[] | undefined {
  if (!expression) return undefined;
  let node = unwrap(expression);
  if (ts.isObjectLiteralExpression(node)) {
    const values = objectProperty(node, 'values');
    if (!values) return undefined;
    node = unwrap(values);
  }
  if (!ts.isArrayLiteralExpression(node)) return undefined;
  const values: string[] = [];
  for (const element of node.elements) {
    const value = unwrap(element as ts.Expression);
    if (ts.isStringLiteralLike(value) || ts.isNumericLiteral(value)) values.push(value.text);
    else return undefined;
  }
  return values;
}

/**
 * Formats named in `match` and `validate`: validator.js functions (`isEmail`,
 * `validator.isEmail`, `(v) => validator.isEmail(v)`) and regular expressions read as text.
 */
function validatorsIn(expression: ts.Expression): Validator[] {
  const found: Validator[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const validator = VALIDATOR_FUNCTIONS[node.text];
      if (validator) found.push(validator);
    } else if (ts.isRegularExpressionLiteral(node)) {
      const validator = validatorOfPattern(node.text.slice(1, node.text.lastIndexOf('/')));
      if (validator) found.push(validator);
    }
  };
  visit(expression);
  forEachDescendant(expression, visit);
  return found;
}

/**
 * What a validation pattern checks, from its source text: the pattern is never run (it is the
 * scanned project's code). An `@` means an e-mail address; a scheme means a URL; a leading `+`
 * or area-code grouping (`\d{3}...\d{4}`) with digits means a phone number; dotted octets an IP.
 */
function validatorOfPattern(source: string): Validator | undefined {
  if (source.includes('@')) return 'email';
  if (/https?|:\\?\/\\?\//.test(source)) return 'url';
  const hasDigits = source.includes('\\d') || source.includes('[0-9]');
  if (!hasDigits) return undefined;
  if (/(?:\\d|\[0-9\])\{1,3\}\\\./.test(source)) return 'ip';
  if (source.includes('\\+') || /(?:\\d|\[0-9\])\{3\}.*(?:\\d|\[0-9\])\{4\}/.test(source)) return 'phone';
  return undefined;
}

function addValidator(field: FieldFact, validator: Validator): void {
  if (!field.validators.includes(validator)) field.validators.push(validator);
}

/** `timestamps: true` adds `createdAt` and `updatedAt`; `{ createdAt: 'created' }` renames them. */
function addTimestampFields(state: FileState, options: ts.ObjectLiteralExpression, fields: FieldFact[]): void {
  const property = options.properties.find(
    (candidate) => ts.isPropertyAssignment(candidate) && propertyNameText(candidate.name) === 'timestamps',
  ) as ts.PropertyAssignment | undefined;
  if (!property) return;
  const value = unwrap(property.initializer);
  const names: string[] = [];
  if (value.kind === ts.SyntaxKind.TrueKeyword) names.push('createdAt', 'updatedAt');
  else if (ts.isObjectLiteralExpression(value)) {
    for (const key of ['createdAt', 'updatedAt']) {
      const setting = objectProperty(value, key);
      const settingNode = setting && unwrap(setting);
      if (!settingNode || settingNode.kind === ts.SyntaxKind.TrueKeyword) names.push(key);
      else if (ts.isStringLiteralLike(settingNode)) names.push(settingNode.text);
    }
  }
  const position = positionOf(state.context.sourceFile, property.name);
  for (const name of names) {
    if (fields.some((field) => field.name === name)) continue;
    fields.push({ model: '', name, file: state.context.file, ...position, type: 'date', typeName: 'Date', isOptional: false, validators: [] });
  }
}

// ---------------------------------------------------------------------------------------------
// Models and names

function modelTemplate(state: FileState, declaration: SchemaDeclaration, fields: FieldFact[]): ModelFact {
  const position = positionOf(state.context.sourceFile, declaration.node);
  const collection = stringValue(declaration.options && objectProperty(declaration.options, 'collection'));
  const doc = declaration.variableDeclaration ? docCommentOf(declaration.variableDeclaration) : undefined;
  return {
    name: '',
    source: 'mongoose',
    kind: 'entity',
    file: state.context.file,
    ...position,
    ...(collection !== undefined && { tableName: collection }),
    ...(doc !== undefined && { doc }),
    fields,
  };
}

function renameModel(model: ModelFact, name: string, collection?: string): ModelFact {
  return {
    ...model,
    name,
    ...(collection !== undefined && { tableName: collection }),
    fields: model.fields.map((field) => ({ ...field, model: name })),
  };
}

function uniqueNames(names: Array<{ name: string; collection?: string }>): Array<{ name: string; collection?: string }> {
  const seen = new Set<string>();
  return names.filter(({ name }) => !seen.has(name) && seen.add(name));
}

/**
 * A schema no `model()` call names is called after its variable (`userSchema` -> `User`), or
 * after its file when it has none (`models/user.schema.js` -> `User`).
 */
function fallbackModelName(declaration: SchemaDeclaration, file: string): string {
  let base = declaration.variable?.replace(/[_-]?schema$/i, '') ?? '';
  if (!base) {
    base = path.posix.basename(file).replace(/\.[cm]?[jt]sx?$/, '').replace(/[._-]?(schema|model)$/i, '');
    if (base === 'index') base = path.posix.basename(path.posix.dirname(file));
  }
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/**
 * Second pass: `model('User', userSchema)` in one file naming a schema exported by another.
 * A schema named nowhere keeps its fallback name, unless it is only a subdocument of another.
 */
function linkMongooseModels(input: {
  models: ModelFact[];
  hints: ExtractorHint[];
  resolveImport(fromFile: string, specifier: string): string | undefined;
}): ModelFact[] {
  const schemaHints = input.hints.filter((hint): hint is SchemaHint => hint.kind === 'mongoose-schema');
  const modelHints = input.hints.filter((hint): hint is ModelNameHint => hint.kind === 'mongoose-model');
  const linkedNames = new Map<SchemaHint, Array<{ name: string; collection?: string }>>();
  for (const hint of modelHints) {
    const targetFile = input.resolveImport(hint.file, hint.module);
    if (!targetFile) continue;
    const schema = schemaHints.find((candidate) => candidate.file === targetFile && candidate.exportedAs.includes(hint.imported));
    if (!schema) continue;
    const names = linkedNames.get(schema) ?? [];
    names.push({ name: hint.modelName, ...(hint.collection !== undefined && { collection: hint.collection }) });
    linkedNames.set(schema, names);
  }

  const result: ModelFact[] = [];
  for (const model of input.models) {
    const schema = schemaHints.find((hint) => hint.file === model.file && hint.position === `${model.line}:${model.column}`);
    if (!schema) {
      result.push(model);
      continue;
    }
    const linked = linkedNames.get(schema) ?? [];
    if (schema.modelNames.length) {
      result.push(model);
      // The in-file names came out of the first pass; the linked ones are added once, after the first.
      if (model.name === schema.modelNames[0]) {
        for (const { name, collection } of uniqueNames(linked)) {
          if (!schema.modelNames.includes(name)) result.push(renameModel(model, name, collection));
        }
      }
      continue;
    }
    if (linked.length) {
      for (const { name, collection } of uniqueNames(linked)) result.push(renameModel(model, name, collection));
    } else if (!schema.isEmbedded) {
      result.push(model);
    }
  }
  return result;
}
