/**
 * MikroORM entities (https://mikro-orm.io/docs/defining-entities): decorated classes
 * (https://mikro-orm.io/docs/decorators), imported from `@mikro-orm/core` (v6 and earlier, and
 * re-exported by the driver packages) or `@mikro-orm/decorators/legacy` and
 * `@mikro-orm/decorators/es` (v7); embeddables (https://mikro-orm.io/docs/embeddables);
 * `new EntitySchema({ name | class, properties })` (https://mikro-orm.io/docs/entity-schema);
 * and `defineEntity({ name, properties })` with the `p` property builders
 * (https://mikro-orm.io/docs/define-entity), whose `properties` may also be a function of `p`.
 *
 * Model id: the class name; for a schema, its `class` option, else its `name`.
 */
import type { ScriptContext, ScriptExtractor } from '../extractor.js';
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
import type { FieldFact, FieldType, Validator } from '../../types.js';
import {
  addValidator,
  classValidatorFormats,
  createField,
  docOf,
  importedDecorator,
  localEnumsOf,
  objectLiteralOf,
  optional,
  propertyEntriesOf,
  propertyTypeOf,
  storageTypeOf,
  targetReferenceOf,
} from './orm-common.js';
import type { AnnotationType, LocalEnums, TargetReference } from './orm-common.js';
import { assembleModels, exportNamesOf, extendsReference, linkModelParts, referenceTo } from './model-parts.js';
import type { ModelMember, ModelPartsHint, PartReference } from './model-parts.js';

const isMikroormModule = (module: string): boolean => module.startsWith('@mikro-orm/');

const RELATION_DECORATORS = new Set(['ManyToOne', 'OneToOne', 'OneToMany', 'ManyToMany']);
const TO_MANY = new Set(['OneToMany', 'ManyToMany', '1:m', 'm:n', 'oneToMany', 'manyToMany']);
const RELATION_KINDS = new Set(['m:1', '1:1', '1:m', 'm:n']);

interface FileContext {
  context: ScriptContext;
  enums: LocalEnums;
  constants: Map<string, ts.Expression>;
  exportNames: Map<string, string[]>;
}

export const mikroormExtractor: ScriptExtractor = {
  source: 'mikroorm',
  mightContain: (text) => text.includes('@mikro-orm/'),
  extract(context) {
    const file: FileContext = {
      context,
      enums: localEnumsOf(context.sourceFile),
      constants: topLevelConstants(context.sourceFile),
      exportNames: exportNamesOf(context.sourceFile),
    };
    const hints: ModelPartsHint[] = [];
    forEachDescendant(context.sourceFile, (node) => {
      let hint: ModelPartsHint | undefined;
      if (ts.isClassDeclaration(node)) hint = readEntityClass(node, file);
      else if (ts.isNewExpression(node) && isMikroormName(node.expression, 'EntitySchema', file)) hint = readSchema(node, node.arguments?.[0], file);
      else if (ts.isCallExpression(node) && isMikroormName(node.expression, 'defineEntity', file)) hint = readSchema(node, node.arguments[0], file);
      if (hint) hints.push(hint);
    });
    return { models: assembleModels(hints, 'mikroorm', () => undefined), hints };
  },
  link: (input) => linkModelParts(input, 'mikroorm'),
};

/** `EntitySchema` or `defineEntity` imported from a MikroORM package, by name or namespace. */
function isMikroormName(expression: ts.Expression, name: string, file: FileContext): boolean {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) {
    const binding = file.context.imports.get(node.text);
    return binding !== undefined && isMikroormModule(binding.module) && (binding.imported === name || (binding.imported === '*' && node.text === name));
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === name && ts.isIdentifier(node.expression)) {
    const binding = file.context.imports.get(node.expression.text);
    return binding !== undefined && isMikroormModule(binding.module) && binding.imported === '*';
  }
  return false;
}

function mikroormDecorators(node: ts.Node, file: FileContext): Map<string, DecoratorInfo> {
  const result = new Map<string, DecoratorInfo>();
  for (const decorator of decoratorsOf(node)) {
    const origin = importedDecorator(decorator, file.context.imports);
    if (origin && isMikroormModule(origin.module)) result.set(origin.name, decorator);
  }
  return result;
}

/** The first object literal among a decorator's arguments: its options. */
function optionsOf(decorator: DecoratorInfo): ts.ObjectLiteralExpression | undefined {
  return decorator.arguments.map(unwrap).find(ts.isObjectLiteralExpression);
}

function readEntityClass(node: ts.ClassDeclaration, file: FileContext): ModelPartsHint | undefined {
  if (!node.name) return undefined;
  const { sourceFile, imports } = file.context;
  const className = node.name.text;
  const classDecorators = mikroormDecorators(node, file);
  const entity = classDecorators.get('Entity');
  const entityOptions = entity && optionsOf(entity);
  // `@Entity({ abstract: true })` marks a mapped superclass: its properties live in its children.
  const isModel = entity !== undefined && literalValue(entityOptions && objectProperty(entityOptions, 'abstract')) !== true;

  const members: ModelMember[] = [];
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member)) continue;
    const read = readDecoratedProperty(member, className, file);
    if (read) members.push(read);
  }
  // `class Book extends BookSchema.class`: a class built on a `defineEntity` schema.
  const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const schemaBase =
    heritage && ts.isPropertyAccessExpression(heritage) && heritage.name.text === 'class' && ts.isIdentifier(heritage.expression)
      ? referenceTo(heritage.expression.text, imports)
      : undefined;
  const base = extendsReference(node, imports) ?? schemaBase;
  if (!entity && !classDecorators.has('Embeddable') && members.length === 0 && !base) return undefined;
  // A class built on a schema adds no columns: the schema is the model, the class only its type.
  if (schemaBase && !entity && members.length === 0) return undefined;

  return {
    kind: 'model-parts',
    file: file.context.file,
    binding: className,
    exportNames: file.exportNames.get(className) ?? [],
    ...(isModel
      ? {
          model: {
            name: className,
            kind: 'entity' as const,
            file: file.context.file,
            ...positionOf(sourceFile, node.name),
            ...optional('tableName', tableNameOf(entityOptions)),
            ...optional('doc', docOf(node, entityOptions && objectProperty(entityOptions, 'comment'))),
          },
        }
      : {}),
    ...(base ? { base } : {}),
    members,
  };
}

function tableNameOf(options: ts.ObjectLiteralExpression | undefined): string | undefined {
  return stringValue(options && objectProperty(options, 'tableName')) ?? stringValue(options && objectProperty(options, 'collection'));
}

function readDecoratedProperty(property: ts.PropertyDeclaration, className: string, file: FileContext): ModelMember | undefined {
  const { sourceFile, imports } = file.context;
  const name = propertyNameText(property.name);
  if (name === undefined) return undefined;
  const decorators = mikroormDecorators(property, file);
  if (decorators.has('Formula')) return undefined; // computed by SQL, not stored
  const annotation = propertyTypeOf(property, sourceFile, file.enums);
  const isQuestionMarked = property.questionToken !== undefined;
  const validators = classValidatorFormats(decoratorsOf(property), imports);
  const location = { file: file.context.file, ...positionOf(sourceFile, property.name) };

  const embedded = decorators.get('Embedded');
  if (embedded) {
    const options = optionsOf(embedded);
    const target = targetReferenceOf(embedded.arguments[0]) ?? targetReferenceOf(options && objectProperty(options, 'entity'));
    const targetName = target?.name ?? annotation?.referencedName;
    if (!targetName) return undefined;
    return {
      embedded: {
        name,
        target: partReference(target ?? { name: targetName, isEntityName: false }, file),
        ...location,
        ...optional('isList', literalValue(options && objectProperty(options, 'array')) === true || annotation?.isList || undefined),
        typeName: annotation?.typeName ?? targetName,
        ...optional('doc', docOf(property)),
      },
    };
  }

  const relationName = [...decorators.keys()].find((decoratorName) => RELATION_DECORATORS.has(decoratorName));
  const primary = decorators.get('PrimaryKey') ?? decorators.get('SerializedPrimaryKey');
  const enumDecorator = decorators.get('Enum');
  const propertyDecorator = decorators.get('Property');
  const decorator = relationName ? decorators.get(relationName)! : primary ?? enumDecorator ?? propertyDecorator;
  if (!decorator) return undefined;
  const options = optionsOf(decorator);
  if (options && objectProperty(options, 'formula')) return undefined;
  const option = (key: string): ts.Expression | undefined => options && objectProperty(options, key);
  const nullable = literalValue(option('nullable'));
  const common = {
    model: className,
    name,
    validators,
    columnName: stringValue(option('fieldName')) ?? stringValue(option('name')),
    isOptional: typeof nullable === 'boolean' ? nullable : isQuestionMarked || undefined,
    doc: docOf(property, option('comment')),
  };

  if (relationName) {
    const target = targetReferenceOf(decorator.arguments[0]) ?? targetReferenceOf(option('entity'));
    const mapsToKey = literalValue(option('mapToPk')) === true;
    return {
      field: createField(sourceFile, file.context.file, property.name, {
        ...common,
        type: mapsToKey ? annotation?.type ?? 'unknown' : 'relation',
        typeName: annotation?.typeName,
        ...(mapsToKey ? { isForeignKey: true } : { isRelation: true }),
        relationTarget: target?.name ?? annotation?.referencedName,
        isList: TO_MANY.has(relationName) || undefined,
      }),
    };
  }

  const facts = scalarFacts({
    typeOption: option('type'),
    columnType: stringValue(option('columnType')),
    annotation,
    enumItems: enumDecorator ? enumDecorator.arguments.map(unwrap).find((argument) => !ts.isObjectLiteralExpression(argument)) ?? option('items') : undefined,
    isEnum: enumDecorator !== undefined,
    isArray: literalValue(option('array')) === true,
    file,
    validators,
  });
  return {
    field: createField(sourceFile, file.context.file, property.name, {
      ...common,
      ...facts,
      isPrimaryKey: primary !== undefined || literalValue(option('primary')) === true || undefined,
    }),
  };
}

function partReference(target: TargetReference, file: FileContext): PartReference {
  return target.isEntityName ? { name: target.name, isEntityName: true } : referenceTo(target.name, file.context.imports);
}

interface ScalarInput {
  /** `type: 'string'`, `type: types.text`, `type: DateType`, `p.type(JsonType)`. */
  typeOption?: ts.Expression;
  /** The builder method or type name when there is no `type` expression: `p.datetime()` -> 'datetime'. */
  typeName?: string;
  columnType?: string;
  annotation?: AnnotationType;
  enumItems?: ts.Expression;
  isEnum: boolean;
  isArray: boolean;
  file: FileContext;
  validators: Validator[];
}

/** The type facts of a scalar property from its options, annotation and column type. */
function scalarFacts(input: ScalarInput): Pick<FieldFact, 'type' | 'typeName' | 'dbType' | 'isList' | 'enumValues'> {
  const { annotation, columnType, validators } = input;
  const writtenType = input.typeName ?? typeOptionText(input.typeOption);
  const storage = writtenType !== undefined ? storageTypeOf(writtenType) : undefined;
  const columnStorage = columnType !== undefined ? storageTypeOf(columnType) : undefined;
  addValidator(validators, storage?.validator);
  addValidator(validators, columnStorage?.validator);
  let type: FieldType = storage?.type ?? annotation?.type ?? columnStorage?.type ?? 'unknown';
  let enumValues: string[] | undefined;
  let enumName: string | undefined;
  if (input.isEnum) {
    type = 'enum';
    const items = input.enumItems && enumItemsOf(input.enumItems, input.file.enums);
    enumValues = items?.values ?? annotation?.enumValues;
    enumName = items?.name;
  }
  return {
    type,
    typeName: annotation?.typeName ?? enumName ?? writtenType,
    dbType: columnType,
    isList: input.isArray || storage?.isList || annotation?.isList || undefined,
    enumValues,
  };
}

/** `type: 'string'` -> 'string'; `types.text` -> 'types.text'; `DateType` / `new DateType()` -> 'DateType'. */
function typeOptionText(expression: ts.Expression | undefined): string | undefined {
  if (!expression) return undefined;
  let node = unwrap(expression);
  if (ts.isNewExpression(node)) node = node.expression;
  if (ts.isStringLiteralLike(node)) return node.text;
  return dottedName(node);
}

/** `() => Role`, `Role`, `['a', 'b']`, `{ A: 'a' }`: the enum's name and values when they are known. */
function enumItemsOf(expression: ts.Expression, enums: LocalEnums): { name?: string; values?: string[] } | undefined {
  const node = unwrap(expression);
  const target = targetReferenceOf(node);
  if (target && !target.isEntityName) return { name: target.name, values: enums.get(target.name) };
  const value = literalValue(node);
  if (Array.isArray(value)) return { values: value.map(String) };
  if (value && typeof value === 'object' && !(value instanceof RegExp)) return { values: Object.values(value).map(String) };
  return undefined;
}

/**
 * `new EntitySchema({ name, class, extends, properties: { email: { type: 'string' } } })` and
 * `defineEntity({ name, extends, properties: { email: p.string() } })`.
 */
function readSchema(node: ts.NewExpression | ts.CallExpression, argument: ts.Expression | undefined, file: FileContext): ModelPartsHint | undefined {
  const { sourceFile } = file.context;
  const options = argument && objectLiteralOf(argument, file.constants);
  if (!options) return undefined;
  const entityName = stringValue(objectProperty(options, 'name'));
  const classOption = objectProperty(options, 'class');
  const className = classOption && ts.isIdentifier(unwrap(classOption)) ? (unwrap(classOption) as ts.Identifier).text : undefined;
  const modelName = className ?? entityName;
  if (!modelName) return undefined;
  const declaration = ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name : undefined;
  const binding = declaration?.text ?? modelName;

  const members: ModelMember[] = [];
  for (const [key, value] of propertyEntriesOf(propertiesObject(objectProperty(options, 'properties'), file), file.constants)) {
    const member = readSchemaProperty(key, value, binding, file);
    if (member) members.push(member);
  }

  const extendsOption = objectProperty(options, 'extends');
  const extendsNode = extendsOption && unwrap(extendsOption);
  const base: PartReference | undefined = !extendsNode
    ? undefined
    : ts.isStringLiteralLike(extendsNode)
      ? { name: extendsNode.text, isEntityName: true }
      : ts.isIdentifier(extendsNode)
        ? referenceTo(extendsNode.text, file.context.imports)
        : undefined;
  const flag = (key: string): boolean => literalValue(objectProperty(options, key)) === true;
  const isModel = !flag('abstract') && !flag('embeddable');
  return {
    kind: 'model-parts',
    file: file.context.file,
    binding,
    exportNames: file.exportNames.get(binding) ?? [],
    ...optional('entityName', entityName),
    ...(isModel
      ? {
          model: {
            name: modelName,
            kind: 'entity' as const,
            file: file.context.file,
            ...positionOf(sourceFile, declaration ?? node),
            ...optional('tableName', tableNameOf(options)),
            ...optional('doc', stringValue(objectProperty(options, 'comment'))),
          },
        }
      : {}),
    ...(base ? { base } : {}),
    members,
  };
}

/** `properties: { ... }`, or the object returned by `properties: (p) => ({ ... })`. */
function propertiesObject(expression: ts.Expression | undefined, file: FileContext): ts.ObjectLiteralExpression | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const returned = ts.isBlock(node.body) ? node.body.statements.find(ts.isReturnStatement)?.expression : node.body;
    return returned ? objectLiteralOf(returned, file.constants) : undefined;
  }
  return objectLiteralOf(node, file.constants);
}

function readSchemaProperty(key: ts.PropertyName, value: ts.Expression, binding: string, file: FileContext): ModelMember | undefined {
  const name = propertyNameText(key);
  if (name === undefined) return undefined;
  let node = unwrap(value);
  // `books: () => p.oneToMany(Book)`: builders wrapped in a function to allow cycles.
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && node.parameters.length === 0 && !ts.isBlock(node.body)) node = unwrap(node.body);
  const doc = docOf(key.parent);
  if (ts.isObjectLiteralExpression(node)) return readSchemaPropertyOptions(key, name, node, binding, file, doc);
  const chain = builderChain(node);
  return chain ? readBuilderChain(key, name, chain, binding, file, doc) : undefined;
}

/** `EntitySchema` property options: `{ type: 'string' }`, `{ kind: 'm:1', entity: () => Author }`, `{ enum: true, items }`. */
function readSchemaPropertyOptions(
  key: ts.PropertyName,
  name: string,
  options: ts.ObjectLiteralExpression,
  binding: string,
  file: FileContext,
  doc: string | undefined,
): ModelMember | undefined {
  const { sourceFile } = file.context;
  const option = (optionKey: string): ts.Expression | undefined => objectProperty(options, optionKey);
  if (option('formula')) return undefined;
  // `kind` in v5+, `reference` before.
  const kind = stringValue(option('kind')) ?? stringValue(option('reference')) ?? kindFromEnumMember(option('kind') ?? option('reference'));
  const target = targetReferenceOf(option('entity'));
  if (kind === 'embedded') {
    if (!target) return undefined;
    return {
      embedded: {
        name,
        target: partReference(target, file),
        file: file.context.file,
        ...positionOf(sourceFile, key),
        ...optional('isList', literalValue(option('array')) === true || undefined),
        typeName: target.name,
        ...optional('doc', doc),
      },
    };
  }
  const validators: Validator[] = [];
  const nullable = literalValue(option('nullable'));
  const common = {
    model: binding,
    name,
    validators,
    columnName: stringValue(option('fieldName')) ?? stringValue(option('name')),
    isOptional: typeof nullable === 'boolean' ? nullable : undefined,
    doc: doc ?? stringValue(option('comment')),
  };
  if (kind && RELATION_KINDS.has(kind)) {
    const mapsToKey = literalValue(option('mapToPk')) === true;
    return {
      field: createField(sourceFile, file.context.file, key, {
        ...common,
        type: mapsToKey ? 'unknown' : 'relation',
        ...(mapsToKey ? { isForeignKey: true } : { isRelation: true }),
        relationTarget: target?.name,
        isList: TO_MANY.has(kind) || undefined,
      }),
    };
  }
  const isEnum = literalValue(option('enum')) === true;
  const facts = scalarFacts({
    typeOption: option('type'),
    columnType: stringValue(option('columnType')),
    enumItems: option('items'),
    isEnum,
    isArray: literalValue(option('array')) === true,
    file,
    validators,
  });
  return {
    field: createField(sourceFile, file.context.file, key, {
      ...common,
      ...facts,
      isPrimaryKey: literalValue(option('primary')) === true || undefined,
    }),
  };
}

/** `kind: ReferenceKind.MANY_TO_ONE` -> 'm:1'. */
function kindFromEnumMember(expression: ts.Expression | undefined): string | undefined {
  const name = expression && dottedName(expression);
  const member = name?.split('.').pop();
  const kinds: Record<string, string> = {
    MANY_TO_ONE: 'm:1',
    ONE_TO_ONE: '1:1',
    ONE_TO_MANY: '1:m',
    MANY_TO_MANY: 'm:n',
    EMBEDDED: 'embedded',
    SCALAR: 'scalar',
  };
  return member ? kinds[member] : undefined;
}

interface BuilderCall {
  method: string;
  arguments: readonly ts.Expression[];
}

/**
 * `p.string().nullable().fieldName('e_mail')` as [{ string }, { nullable }, { fieldName }]: the
 * first call names the property kind, the rest modify it. The root (`p`, `defineEntity.properties`
 * or the `properties` function's parameter) is not checked: the call sits in a defineEntity.
 */
function builderChain(expression: ts.Expression): BuilderCall[] | undefined {
  const chain: BuilderCall[] = [];
  let node = unwrap(expression);
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    chain.unshift({ method: node.expression.name.text, arguments: node.arguments });
    node = unwrap(node.expression.expression);
  }
  return chain.length > 0 && (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) ? chain : undefined;
}

function readBuilderChain(
  key: ts.PropertyName,
  name: string,
  chain: BuilderCall[],
  binding: string,
  file: FileContext,
  doc: string | undefined,
): ModelMember | undefined {
  const { sourceFile } = file.context;
  const [builder, ...modifiers] = chain;
  if (builder.method === 'formula' || modifiers.some((modifier) => modifier.method === 'formula')) return undefined;
  const modifier = (method: string): BuilderCall | undefined => modifiers.find((call) => call.method === method);
  const stringArgument = (method: string): string | undefined => stringValue(modifier(method)?.arguments[0]);
  const nullable = modifier('nullable') ? true : undefined;
  const isArray = modifier('array') !== undefined;
  const target = targetReferenceOf(builder.arguments[0]);

  if (builder.method === 'embedded') {
    if (!target) return undefined;
    return {
      embedded: {
        name,
        target: partReference(target, file),
        file: file.context.file,
        ...positionOf(sourceFile, key),
        ...optional('isList', isArray || undefined),
        typeName: target.name,
        ...optional('doc', doc),
      },
    };
  }
  const validators: Validator[] = [];
  const common = {
    model: binding,
    name,
    validators,
    columnName: stringArgument('fieldName') ?? stringArgument('name'),
    isOptional: nullable,
    doc: doc ?? stringArgument('comment'),
  };
  if (RELATION_DECORATORS.has(builder.method.charAt(0).toUpperCase() + builder.method.slice(1))) {
    const mapsToKey = modifier('mapToPk') !== undefined;
    return {
      field: createField(sourceFile, file.context.file, key, {
        ...common,
        type: mapsToKey ? 'unknown' : 'relation',
        ...(mapsToKey ? { isForeignKey: true } : { isRelation: true }),
        relationTarget: target?.name,
        isList: TO_MANY.has(builder.method) || undefined,
      }),
    };
  }
  const typeModifier = modifier('type');
  const facts = scalarFacts({
    typeOption: builder.method === 'type' ? builder.arguments[0] : typeModifier?.arguments[0],
    typeName: builder.method === 'type' || typeModifier ? undefined : builder.method,
    columnType: stringArgument('columnType'),
    enumItems: builder.method === 'enum' ? builder.arguments[0] : undefined,
    isEnum: builder.method === 'enum' || builder.method === 'enumArray',
    isArray,
    file,
    validators,
  });
  return {
    field: createField(sourceFile, file.context.file, key, {
      ...common,
      ...facts,
      isPrimaryKey: modifier('primary') !== undefined || undefined,
    }),
  };
}
