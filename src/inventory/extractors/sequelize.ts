/**
 * Sequelize models (https://sequelize.org/docs/v6/core-concepts/model-basics/):
 * `sequelize.define('User', attributes, options)` (model id: the name given) and
 * `class User extends Model {}; User.init(attributes, { sequelize })` (model id: the class), in
 * ES modules, TypeScript and CommonJS files such as the `module.exports = (sequelize, DataTypes)
 * => ...` models sequelize-cli generates; data types (https://sequelize.org/docs/v6/core-concepts/model-basics/#data-types),
 * validations (https://sequelize.org/docs/v6/core-concepts/validations-and-constraints/) and
 * associations' foreign keys (https://sequelize.org/docs/v6/core-concepts/assocs/).
 * Also sequelize-typescript classes (https://github.com/sequelize/sequelize-typescript):
 * `@Table` classes extending `Model`, with `@Column`, `@PrimaryKey`, `@ForeignKey`, `@BelongsTo`,
 * `@HasMany`, `@CreatedAt` and validator decorators such as `@IsEmail`; and Sequelize 7 classes
 * (https://sequelize.org/docs/v7/models/defining-models/) with `@Attribute`, `@NotNull` and
 * `@ColumnName` from `@sequelize/core/decorators-legacy` (model id: the class).
 */
import type { ExtractorHint, ScriptContext, ScriptExtractor } from '../extractor.js';
import {
  decoratorsOf,
  dottedName,
  forEachDescendant,
  literalValue,
  objectProperty,
  positionOf,
  propertyNameText,
  stringValue,
  topLevelConstants,
  ts,
  unwrap,
} from '../../project/syntax.js';
import type { DecoratorInfo } from '../../project/syntax.js';
import type { FieldFact, FieldType, ModelFact, Validator } from '../../types.js';
import {
  addValidator,
  createField,
  docOf,
  foreignKeyNamesFor,
  importedDecorator,
  localEnumsOf,
  objectLiteralOf,
  optional,
  propertyEntriesOf,
  propertyTypeOf,
  storageTypeOf,
  targetReferenceOf,
} from './orm-common.js';
import type { AnnotationType, LocalEnums } from './orm-common.js';
import { assembleModels, exportNamesOf, extendsReference, linkModelParts } from './model-parts.js';
import type { ModelMember, ModelPartsHint } from './model-parts.js';

const isSequelizeModule = (module: string): boolean =>
  module === 'sequelize' || module.startsWith('sequelize/') || module === 'sequelize-typescript' || module.startsWith('@sequelize/');

/** Sequelize data types (`DataTypes.X`); a member chain naming one of them is a column type. */
const DATA_TYPES = new Set([
  'STRING', 'CHAR', 'TEXT', 'CITEXT', 'TSVECTOR', 'UUID', 'UUIDV1', 'UUIDV4', 'INET', 'CIDR', 'MACADDR',
  'MACADDR8', 'INTEGER', 'BIGINT', 'SMALLINT', 'MEDIUMINT', 'TINYINT', 'FLOAT', 'REAL', 'DOUBLE',
  'DECIMAL', 'NUMBER', 'BOOLEAN', 'DATE', 'DATEONLY', 'TIME', 'NOW', 'JSON', 'JSONB', 'HSTORE', 'BLOB',
  'ENUM', 'ARRAY', 'GEOMETRY', 'GEOGRAPHY', 'RANGE', 'VIRTUAL',
]);

/** Attribute `validate` keys (validator.js names) that say what a value is. */
const VALIDATE_FORMATS: Record<string, Validator> = {
  isEmail: 'email',
  isUrl: 'url',
  isIP: 'ip',
  isIPv4: 'ip',
  isIPv6: 'ip',
  isCreditCard: 'credit-card',
  isDate: 'date',
  isAfter: 'date',
  isBefore: 'date',
  isUUID: 'uuid',
};

/** sequelize-typescript validator decorators (`@IsEmail`), named like the `validate` keys. */
const VALIDATOR_DECORATORS: Record<string, Validator> = {
  IsEmail: 'email',
  IsUrl: 'url',
  IsIP: 'ip',
  IsIPv4: 'ip',
  IsIPv6: 'ip',
  IsCreditCard: 'credit-card',
  IsDate: 'date',
  IsAfter: 'date',
  IsBefore: 'date',
  IsUUID: 'uuid',
};

const ASSOCIATION_DECORATORS = new Set(['BelongsTo', 'HasOne', 'HasMany', 'BelongsToMany']);
const TO_MANY_DECORATORS = new Set(['HasMany', 'BelongsToMany']);
const TIMESTAMP_DECORATORS = new Set(['CreatedAt', 'UpdatedAt', 'DeletedAt']);
/** `@Column` in sequelize-typescript, `@Attribute` in Sequelize 7 (`@sequelize/core/decorators-legacy`). */
const COLUMN_DECORATORS = new Set(['Column', 'Attribute']);
const ATTRIBUTE_DECORATORS = new Set([...COLUMN_DECORATORS, 'PrimaryKey', 'ForeignKey', ...TIMESTAMP_DECORATORS, ...ASSOCIATION_DECORATORS]);

/** A key from an association: `Post.belongsTo(User, { foreignKey: 'authorId' })` marks `Post.authorId`. */
type ForeignKeyHint = {
  kind: 'sequelize-foreign-key';
  file: string;
  model: string;
  /** Candidate field names, the declared one first. */
  fields: string[];
  target: string;
};

interface FileContext {
  context: ScriptContext;
  enums: LocalEnums;
  constants: Map<string, ts.Expression>;
  /** True when the file imports a Sequelize package: then any `X.define(...)` with attributes counts. */
  importsSequelize: boolean;
}

export const sequelizeExtractor: ScriptExtractor = {
  source: 'sequelize',
  // `Sequelize`, `sequelize` and `@sequelize/core`; `DataTypes` alone for model files that get
  // both from their caller: `module.exports = (db, DataTypes) => db.define(...)`.
  mightContain: (text) => text.includes('equelize') || text.includes('DataTypes'),
  extract(context) {
    const file: FileContext = {
      context,
      enums: localEnumsOf(context.sourceFile),
      constants: topLevelConstants(context.sourceFile),
      importsSequelize: [...context.imports.values()].some((binding) => isSequelizeModule(binding.module)),
    };
    const exportNames = exportNamesOf(context.sourceFile);
    const partHints: ModelPartsHint[] = [];
    const definedModels: ModelFact[] = [];
    /** Variables and classes bound to a model in this file: `const User = sequelize.define('user', ...)`. */
    const modelByVariable = new Map<string, string>();
    const associations: ts.CallExpression[] = [];

    forEachDescendant(context.sourceFile, (node) => {
      if (ts.isClassDeclaration(node)) {
        const hint = readDecoratedClass(node, file, exportNames);
        if (hint) partHints.push(hint);
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (method === 'define' || method === 'init') {
          const model = method === 'define' ? readDefine(node, file) : readInit(node, file);
          if (model) {
            definedModels.push(model);
            modelByVariable.set(method === 'define' ? boundVariable(node) ?? model.name : model.name, model.name);
          }
        } else if (method === 'belongsTo' || method === 'hasOne' || method === 'hasMany') {
          associations.push(node);
        }
      }
    });

    const classModels = assembleModels(partHints, 'sequelize', () => undefined);
    for (const model of classModels) modelByVariable.set(model.name, model.name);
    const models = [...classModels, ...definedModels].sort((left, right) => left.line - right.line || left.column - right.column);
    const foreignKeyHints = associations.flatMap((call) => foreignKeyHintsOf(call, file, modelByVariable));
    applyForeignKeyHints(models, foreignKeyHints);
    return { models, hints: [...partHints, ...foreignKeyHints] };
  },
  link(input) {
    const models = linkModelParts(input, 'sequelize');
    applyForeignKeyHints(models, input.hints.filter((hint): hint is ForeignKeyHint => hint.kind === 'sequelize-foreign-key'));
    return models;
  },
};

/** `const User = sequelize.define(...)` -> 'User'. */
function boundVariable(call: ts.CallExpression): string | undefined {
  const parent = call.parent;
  return ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

// ---------------------------------------------------------------------------------------------
// Data types and attribute options, shared by define, init and @Column.

interface DataType {
  type: FieldType;
  /** The data type's name, lower-cased as other extractors report database types: `inet`. */
  dbType: string;
  typeName: string;
  isList?: boolean;
  enumValues?: string[];
  validator?: Validator;
}

/**
 * `DataTypes.STRING`, `DataTypes.STRING(64)`, `Sequelize.INET`, `DataType.TEXT` (sequelize-
 * typescript), `new DataTypes.DECIMAL(10, 2)`, `DataTypes.ENUM('a', 'b')`,
 * `DataTypes.ARRAY(DataTypes.STRING)`, `DataTypes.VIRTUAL(DataTypes.STRING)`, or a data type
 * imported by name (`const { STRING } = require('sequelize')`).
 */
function dataTypeOf(expression: ts.Expression | undefined, file: FileContext): DataType | undefined {
  if (!expression) return undefined;
  const written = unwrap(expression);
  let node = written;
  let callArguments: readonly ts.Expression[] = [];
  if (ts.isNewExpression(node)) {
    callArguments = node.arguments ?? [];
    node = unwrap(node.expression);
  } else if (ts.isCallExpression(node)) {
    callArguments = node.arguments;
    node = unwrap(node.expression);
  }
  const chain = dottedName(node)?.split('.');
  if (!chain) return undefined;
  let name: string | undefined;
  if (chain.length === 1) {
    const binding = file.context.imports.get(chain[0]);
    name = binding && isSequelizeModule(binding.module) && DATA_TYPES.has(binding.imported) ? binding.imported : undefined;
  } else {
    // The root (`DataTypes`, `Sequelize`, a parameter of any name) is not checked: the
    // expression is already known to define an attribute.
    name = chain.slice(1).find((segment) => DATA_TYPES.has(segment));
  }
  if (!name) return undefined;
  const typeName = written.getText(file.context.sourceFile);
  if (name === 'ARRAY' || name === 'VIRTUAL') {
    const inner = dataTypeOf(callArguments[0], file);
    if (name === 'ARRAY') return { ...(inner ?? { type: 'unknown', dbType: 'array' }), typeName, isList: true };
    return { type: inner?.type ?? 'unknown', dbType: 'virtual', typeName, ...optional('validator', inner?.validator) };
  }
  const storage = storageTypeOf(name);
  const dataType: DataType = { type: storage?.type ?? 'unknown', dbType: name.toLowerCase(), typeName, ...optional('validator', storage?.validator) };
  if (name === 'ENUM') dataType.enumValues = enumArguments(callArguments);
  return dataType;
}

/** `ENUM('a', 'b')`, `ENUM(...['a', 'b'])`, `ENUM({ values: ['a', 'b'] })`. */
function enumArguments(callArguments: readonly ts.Expression[]): string[] | undefined {
  const values: string[] = [];
  for (const argument of callArguments) {
    const node = ts.isSpreadElement(argument) ? argument.expression : argument;
    const value = literalValue(node);
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) values.push(...value.map(String));
    else if (value && typeof value === 'object' && !(value instanceof RegExp) && Array.isArray(value.values)) values.push(...value.values.map(String));
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

type AttributeFacts = Pick<
  FieldFact,
  'type' | 'typeName' | 'dbType' | 'isList' | 'isOptional' | 'isPrimaryKey' | 'isForeignKey' | 'relationTarget' | 'columnName' | 'enumValues' | 'validators'
>;

/**
 * An attribute's facts from its definition: a bare data type (`email: DataTypes.STRING`) or an
 * options object (`{ type, field, primaryKey, allowNull, references, validate, values }`).
 * Undefined when it is neither.
 */
function attributeFacts(definition: ts.Expression, file: FileContext, annotation?: AnnotationType): AttributeFacts | undefined {
  const bare = dataTypeOf(definition, file);
  const options = bare ? undefined : objectLiteralOf(definition, file.constants);
  if (!bare && !options) return undefined;
  const option = (key: string): ts.Expression | undefined => options && objectProperty(options, key);
  const dataType = bare ?? dataTypeOf(option('type'), file);
  const validators: Validator[] = [];
  addValidator(validators, dataType?.validator);
  const validate = option('validate') && objectLiteralOf(option('validate')!, file.constants);
  for (const property of validate?.properties ?? []) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const key = propertyNameText(property.name);
    const isDisabled = ts.isPropertyAssignment(property) && literalValue(property.initializer) === false;
    if (key && !isDisabled) addValidator(validators, VALIDATE_FORMATS[key]);
  }
  const allowNull = literalValue(option('allowNull'));
  const references = option('references');
  const referencesNode = references && unwrap(references);
  const referencedModel = referencesNode && ts.isObjectLiteralExpression(referencesNode) ? objectProperty(referencesNode, 'model') : referencesNode;
  const valuesOption = literalValue(option('values'));
  const enumValues = dataType?.enumValues ?? (Array.isArray(valuesOption) ? valuesOption.map(String) : undefined) ?? annotation?.enumValues;
  return {
    // `DataType.VIRTUAL` with no inner type says nothing; the property annotation may.
    type: dataType && dataType.type !== 'unknown' ? dataType.type : annotation?.type ?? dataType?.type ?? 'unknown',
    typeName: annotation?.typeName ?? dataType?.typeName,
    dbType: dataType?.dbType,
    isList: dataType?.isList ?? annotation?.isList,
    isOptional: typeof allowNull === 'boolean' ? allowNull : undefined,
    isPrimaryKey: literalValue(option('primaryKey')) === true || undefined,
    ...(references ? { isForeignKey: true, relationTarget: referencedModelName(referencedModel) } : {}),
    columnName: stringValue(option('field')),
    enumValues: dataType?.type === 'enum' || enumValues ? enumValues : undefined,
    validators,
  };
}

/** `references: { model: 'users' }`, `{ model: User }`, `{ model: User.tableName }`. */
function referencedModelName(expression: ts.Expression | undefined): string | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    return node.name.text === 'tableName' || node.name.text === 'name' ? node.expression.text : node.name.text;
  }
  return undefined;
}

/** The attribute entries of a define/init call, with spreads of constants followed. */
function attributeFields(attributes: ts.ObjectLiteralExpression, model: string, file: FileContext): FieldFact[] {
  const fields: FieldFact[] = [];
  for (const [key, value] of propertyEntriesOf(attributes, file.constants)) {
    const name = propertyNameText(key);
    if (name === undefined) continue;
    // Anything else (a helper call, a variable from another file) is still an attribute: keep it untyped.
    const facts = attributeFacts(value, file) ?? { type: 'unknown' as const, validators: [] };
    const options = objectLiteralOf(value, file.constants);
    fields.push(
      createField(file.context.sourceFile, file.context.file, key, {
        model,
        name,
        ...facts,
        doc: docOf(key.parent, options && objectProperty(options, 'comment')),
      }),
    );
  }
  return fields;
}

/** Whether the attributes are Sequelize's: a file importing Sequelize, or a Sequelize data type in them. */
function looksLikeSequelize(attributes: ts.ObjectLiteralExpression, file: FileContext): boolean {
  if (file.importsSequelize) return true;
  return propertyEntriesOf(attributes, file.constants).some(([, value]) => {
    if (dataTypeOf(value, file)) return true;
    const options = objectLiteralOf(value, file.constants);
    return options !== undefined && dataTypeOf(objectProperty(options, 'type'), file) !== undefined;
  });
}

// ---------------------------------------------------------------------------------------------
// sequelize.define and Model.init.

/** `sequelize.define('User', { ... }, { tableName })`. */
function readDefine(call: ts.CallExpression, file: FileContext): ModelFact | undefined {
  const [nameArgument, attributesArgument, optionsArgument] = call.arguments;
  const name = stringValue(nameArgument);
  const attributes = attributesArgument && attributesObject(attributesArgument, call, file);
  if (name === undefined || !attributes || !looksLikeSequelize(attributes, file)) return undefined;
  return {
    name,
    source: 'sequelize',
    kind: 'entity',
    file: file.context.file,
    ...positionOf(file.context.sourceFile, nameArgument),
    ...optional('tableName', tableNameOption(optionsArgument, file)),
    fields: attributeFields(attributes, name, file),
  };
}

/** `User.init({ ... }, { sequelize, tableName })`, or `this.init(...)` inside the class. */
function readInit(call: ts.CallExpression, file: FileContext): ModelFact | undefined {
  const callee = call.expression as ts.PropertyAccessExpression;
  const [attributesArgument, optionsArgument] = call.arguments;
  const receiver = unwrap(callee.expression);
  const enclosingClass = receiver.kind === ts.SyntaxKind.ThisKeyword ? enclosingClassOf(call) : undefined;
  const name = ts.isIdentifier(receiver) ? receiver.text : enclosingClass?.name?.text;
  const attributes = attributesArgument && attributesObject(attributesArgument, call, file);
  if (name === undefined || !attributes) return undefined;
  const options = optionsArgument && objectLiteralOf(optionsArgument, file.constants);
  // Model.init always receives the connection (`{ sequelize }`); other `init` methods do not.
  const hasConnection = options !== undefined && objectProperty(options, 'sequelize') !== undefined;
  const declaration = enclosingClass ?? classDeclarationNamed(name, file.context.sourceFile);
  if (!hasConnection && !declaration?.heritageClauses) return undefined;
  if (!looksLikeSequelize(attributes, file)) return undefined;
  return {
    name,
    source: 'sequelize',
    kind: 'entity',
    file: file.context.file,
    ...positionOf(file.context.sourceFile, declaration?.name ?? call),
    ...optional('tableName', tableNameOption(optionsArgument, file)),
    ...optional('doc', declaration ? docOf(declaration) : undefined),
    fields: attributeFields(attributes, name, file),
  };
}

function tableNameOption(argument: ts.Expression | undefined, file: FileContext): string | undefined {
  const options = argument && objectLiteralOf(argument, file.constants);
  return stringValue(options && objectProperty(options, 'tableName'));
}

/** The attributes object: inline, or a variable declared in the file (`const attributes = {...}`). */
function attributesObject(argument: ts.Expression, call: ts.CallExpression, file: FileContext): ts.ObjectLiteralExpression | undefined {
  const direct = objectLiteralOf(argument, file.constants);
  if (direct) return direct;
  const node = unwrap(argument);
  if (!ts.isIdentifier(node)) return undefined;
  // A variable of the enclosing function: `module.exports = (sequelize, DataTypes) => { const attributes = {...}; ... }`.
  for (let scope: ts.Node | undefined = call.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === node.text && declaration.initializer) {
          const value = unwrap(declaration.initializer);
          if (ts.isObjectLiteralExpression(value)) return value;
        }
      }
    }
  }
  return undefined;
}

function enclosingClassOf(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) return current;
  }
  return undefined;
}

function classDeclarationNamed(name: string, sourceFile: ts.SourceFile): ts.ClassDeclaration | undefined {
  let found: ts.ClassDeclaration | undefined;
  forEachDescendant(sourceFile, (node) => {
    if (!found && ts.isClassDeclaration(node) && node.name?.text === name) found = node;
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Associations: the foreign keys they name.

/**
 * `A.belongsTo(B, { foreignKey })` keeps the key on A; `A.hasOne(B)` and `A.hasMany(B)` on B.
 * Without `foreignKey`, Sequelize names it after the model (`userId`) or the alias (`authorId`).
 */
function foreignKeyHintsOf(call: ts.CallExpression, file: FileContext, modelByVariable: Map<string, string>): ForeignKeyHint[] {
  const callee = call.expression as ts.PropertyAccessExpression;
  const receiver = unwrap(callee.expression);
  const source =
    receiver.kind === ts.SyntaxKind.ThisKeyword
      ? enclosingClassOf(call)?.name?.text
      : ts.isIdentifier(receiver)
        ? modelByVariable.get(receiver.text) ?? receiver.text
        : undefined;
  const targetReference = targetReferenceOf(call.arguments[0]);
  if (!source || !targetReference) return [];
  // A receiver that is no model of this file counts only where the file imports Sequelize
  // (models associated in a separate file); `list.hasMany(...)` elsewhere is not an association.
  const isKnownModel = [...modelByVariable.values()].includes(source);
  if (!isKnownModel && !file.importsSequelize) return [];
  const target = modelByVariable.get(targetReference.name) ?? targetReference.name;
  const options = call.arguments[1] && objectLiteralOf(call.arguments[1], file.constants);
  const foreignKey = options && objectProperty(options, 'foreignKey');
  const foreignKeyNode = foreignKey && unwrap(foreignKey);
  const declared =
    stringValue(foreignKeyNode) ??
    (foreignKeyNode && ts.isObjectLiteralExpression(foreignKeyNode) ? stringValue(objectProperty(foreignKeyNode, 'name')) : undefined);
  const alias = stringValue(options && objectProperty(options, 'as'));
  const isBelongsTo = callee.name.text === 'belongsTo';
  const keyOwner = isBelongsTo ? source : target;
  const keyNamedAfter = isBelongsTo ? alias ?? target : source;
  const fields = declared ? [declared] : foreignKeyNamesFor(keyNamedAfter);
  return [{ kind: 'sequelize-foreign-key', file: file.context.file, model: keyOwner, fields, target: isBelongsTo ? target : source }];
}

function applyForeignKeyHints(models: ModelFact[], hints: ExtractorHint[]): void {
  for (const hint of hints as ForeignKeyHint[]) {
    const candidates = models.filter((model) => model.name === hint.model);
    const model = candidates.find((candidate) => candidate.file === hint.file) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (!model) continue;
    const field = hint.fields.map((name) => model.fields.find((candidate) => candidate.name === name)).find((candidate) => candidate !== undefined);
    if (!field || field.isPrimaryKey || field.isRelation) continue;
    field.isForeignKey = true;
    field.relationTarget ??= hint.target;
  }
}

// ---------------------------------------------------------------------------------------------
// sequelize-typescript classes.

function sequelizeDecorators(node: ts.Node, file: FileContext): Map<string, DecoratorInfo> {
  const result = new Map<string, DecoratorInfo>();
  for (const decorator of decoratorsOf(node)) {
    const origin = importedDecorator(decorator, file.context.imports);
    if (origin && isSequelizeModule(origin.module)) result.set(origin.name, decorator);
  }
  return result;
}

function readDecoratedClass(node: ts.ClassDeclaration, file: FileContext, exportNames: Map<string, string[]>): ModelPartsHint | undefined {
  if (!node.name) return undefined;
  const { sourceFile, imports } = file.context;
  const className = node.name.text;
  const table = sequelizeDecorators(node, file).get('Table');
  const members: ModelMember[] = [];
  for (const member of node.members) {
    // sequelize-typescript also decorates getters: `@Column(DataType.STRING) get lastActiveIp()`.
    if (!ts.isPropertyDeclaration(member) && !ts.isGetAccessorDeclaration(member)) continue;
    const field = readDecoratedProperty(member, className, file);
    if (field) members.push({ field });
  }
  const base = extendsReference(node, imports);
  if (!table && members.length === 0) return undefined;
  const tableOptions = table?.arguments.map(unwrap).find(ts.isObjectLiteralExpression);
  // Sequelize 7 registers any non-abstract Model subclass with attributes; `@Table` is optional.
  // sequelize-typescript requires `@Table`: its undecorated bases only share columns.
  const isAbstract = (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.AbstractKeyword);
  const isModel = table !== undefined || (!isAbstract && members.length > 0 && extendsSequelize7Model(node, file));
  return {
    kind: 'model-parts',
    file: file.context.file,
    binding: className,
    exportNames: exportNames.get(className) ?? [],
    ...(isModel
      ? {
          model: {
            name: className,
            kind: 'entity' as const,
            file: file.context.file,
            ...positionOf(sourceFile, node.name),
            ...optional('tableName', stringValue(tableOptions && objectProperty(tableOptions, 'tableName'))),
            ...optional('doc', docOf(node, tableOptions && objectProperty(tableOptions, 'comment'))),
          },
        }
      : {}),
    ...(base ? { base } : {}),
    members,
  };
}

function extendsSequelize7Model(node: ts.ClassDeclaration, file: FileContext): boolean {
  const expression = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const binding = expression && ts.isIdentifier(expression) ? file.context.imports.get(expression.text) : undefined;
  return binding?.module === '@sequelize/core' && binding.imported === 'Model';
}

function readDecoratedProperty(property: ts.PropertyDeclaration | ts.GetAccessorDeclaration, className: string, file: FileContext): FieldFact | undefined {
  const { sourceFile } = file.context;
  const name = propertyNameText(property.name);
  if (name === undefined) return undefined;
  const decorators = sequelizeDecorators(property, file);
  if (![...decorators.keys()].some((decoratorName) => ATTRIBUTE_DECORATORS.has(decoratorName))) return undefined;
  const annotation = propertyTypeOf(property, sourceFile, file.enums);
  const common = { model: className, name, doc: docOf(property, decorators.get('Comment')?.arguments[0]) };

  const association = [...decorators.keys()].find((decoratorName) => ASSOCIATION_DECORATORS.has(decoratorName));
  if (association) {
    const target = targetReferenceOf(decorators.get(association)!.arguments[0])?.name ?? annotation?.referencedName;
    return createField(sourceFile, file.context.file, property.name, {
      ...common,
      type: 'relation',
      typeName: annotation?.typeName,
      isRelation: true,
      relationTarget: target,
      isList: TO_MANY_DECORATORS.has(association) || annotation?.isList || undefined,
      validators: [],
    });
  }

  // `@Column`, `@Column(DataType.STRING)`, `@Column({ type, field, validate })`, `@Attribute(DataTypes.STRING)`.
  const column = decorators.get('Column') ?? decorators.get('Attribute');
  const definition = column?.arguments[0];
  const facts: AttributeFacts = (definition && attributeFacts(definition, file, annotation)) ?? {
    type: annotation?.type ?? 'unknown',
    typeName: annotation?.typeName,
    isList: annotation?.isList,
    enumValues: annotation?.enumValues,
    validators: [],
  };
  if ([...decorators.keys()].some((decoratorName) => TIMESTAMP_DECORATORS.has(decoratorName))) facts.type = 'date';
  for (const decoratorName of decorators.keys()) addValidator(facts.validators, VALIDATOR_DECORATORS[decoratorName]);
  const foreignKey = decorators.get('ForeignKey');
  const allowNull = decorators.get('AllowNull');
  const allowNullValue = decorators.has('NotNull') ? false : allowNull && (allowNull.arguments.length === 0 ? true : literalValue(allowNull.arguments[0]));
  const columnName = stringValue(decorators.get('ColumnName')?.arguments[0]);
  return createField(sourceFile, file.context.file, property.name, {
    ...common,
    ...facts,
    ...(columnName ? { columnName } : {}),
    ...(decorators.has('PrimaryKey') ? { isPrimaryKey: true } : {}),
    ...(typeof allowNullValue === 'boolean' ? { isOptional: allowNullValue } : {}),
    ...(foreignKey ? { isForeignKey: true, relationTarget: targetReferenceOf(foreignKey.arguments[0])?.name } : {}),
  });
}
