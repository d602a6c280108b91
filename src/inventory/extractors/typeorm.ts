/**
 * TypeORM entities: decorated classes (https://typeorm.io/docs/entity/entities), embedded
 * columns (https://typeorm.io/docs/entity/embedded-entities), inheritance
 * (https://typeorm.io/docs/entity/entity-inheritance), relations
 * (https://typeorm.io/docs/relations/relations) and `EntitySchema` objects
 * (https://typeorm.io/docs/entity/separating-entity-definition).
 *
 * Model id: the class name; for an `EntitySchema`, its `target` class, else its type argument
 * (`EntitySchema<User>`), else its `name`.
 */
import type { ScriptContext, ScriptExtractor } from '../extractor.js';
import {
  decoratorsOf,
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
  objectEntriesOf,
  objectLiteralOf,
  objectOption,
  optional,
  propertyTypeOf,
  storageTypeOf,
  targetReferenceOf,
} from './orm-common.js';
import type { AnnotationType, LocalEnums } from './orm-common.js';
import { assembleModels, exportNamesOf, extendsReference, linkModelParts, referenceTo } from './model-parts.js';
import type { ModelMember, ModelPartsHint, PartReference } from './model-parts.js';

const isTypeormModule = (module: string): boolean => module === 'typeorm' || module.startsWith('typeorm/');

const MODEL_DECORATORS = new Set(['Entity', 'ViewEntity', 'ChildEntity']);
const RELATION_DECORATORS = new Set(['OneToOne', 'ManyToOne', 'OneToMany', 'ManyToMany', 'TreeParent', 'TreeChildren']);
const TO_MANY_DECORATORS = new Set(['OneToMany', 'ManyToMany', 'TreeChildren']);
/** Column decorators whose storage type is fixed by the decorator itself. */
const FIXED_TYPE_COLUMNS: Record<string, FieldType> = {
  CreateDateColumn: 'date',
  UpdateDateColumn: 'date',
  DeleteDateColumn: 'date',
  VersionColumn: 'number',
  TreeLevelColumn: 'number',
};
const COLUMN_DECORATORS = new Set([
  'Column',
  'PrimaryColumn',
  'PrimaryGeneratedColumn',
  'ObjectIdColumn',
  'ViewColumn',
  ...Object.keys(FIXED_TYPE_COLUMNS),
]);

interface FileContext {
  context: ScriptContext;
  enums: LocalEnums;
}

export const typeormExtractor: ScriptExtractor = {
  source: 'typeorm',
  mightContain: (text) => text.includes('typeorm'),
  extract(context) {
    const file: FileContext = { context, enums: localEnumsOf(context.sourceFile) };
    const exportNames = exportNamesOf(context.sourceFile);
    const hints: ModelPartsHint[] = [];
    forEachDescendant(context.sourceFile, (node) => {
      if (ts.isClassDeclaration(node)) {
        const hint = readEntityClass(node, file, exportNames);
        if (hint) hints.push(hint);
      } else if (ts.isNewExpression(node)) {
        const hint = readEntitySchema(node, file, exportNames);
        if (hint) hints.push(hint);
      }
    });
    return { models: assembleModels(hints, 'typeorm', () => undefined), hints };
  },
  link: (input) => linkModelParts(input, 'typeorm'),
};

/** The TypeORM decorators on a node, by their exported name. */
function typeormDecorators(node: ts.Node, file: FileContext): Map<string, DecoratorInfo> {
  const result = new Map<string, DecoratorInfo>();
  for (const decorator of decoratorsOf(node)) {
    const origin = importedDecorator(decorator, file.context.imports);
    if (origin && isTypeormModule(origin.module)) result.set(origin.name, decorator);
  }
  return result;
}

function readEntityClass(node: ts.ClassDeclaration, file: FileContext, exportNames: Map<string, string[]>): ModelPartsHint | undefined {
  if (!node.name) return undefined;
  const { sourceFile, imports } = file.context;
  const className = node.name.text;
  const classDecorators = typeormDecorators(node, file);
  const modelDecoratorName = [...classDecorators.keys()].find((name) => MODEL_DECORATORS.has(name));

  const relationTargets = new Map<string, string>();
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member)) continue;
    const name = propertyNameText(member.name);
    const decorators = typeormDecorators(member, file);
    const relation = [...decorators.entries()].find(([decoratorName]) => RELATION_DECORATORS.has(decoratorName));
    if (!name || !relation) continue;
    const target = targetReferenceOf(relation[1].arguments[0])?.name ?? propertyTypeOf(member, sourceFile, file.enums)?.referencedName;
    if (target) relationTargets.set(name, target);
  }

  const members: ModelMember[] = [];
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member)) continue;
    const read = readProperty(member, className, file, relationTargets);
    if (read) members.push(read);
  }

  const base = extendsReference(node, imports);
  if (!modelDecoratorName && members.length === 0 && !base) return undefined;

  let model: ModelPartsHint['model'];
  if (modelDecoratorName) {
    const decorator = classDecorators.get(modelDecoratorName)!;
    model = {
      name: className,
      kind: 'entity',
      file: file.context.file,
      ...positionOf(sourceFile, node.name),
      ...optional('tableName', modelDecoratorName === 'ChildEntity' ? undefined : entityTableName(decorator)),
      ...optional('doc', docOf(node)),
    };
  }
  return {
    kind: 'model-parts',
    file: file.context.file,
    binding: className,
    exportNames: exportNames.get(className) ?? [],
    ...(model ? { model } : {}),
    ...(base ? { base } : {}),
    members,
  };
}

/** `@Entity('users')`, `@Entity({ name: 'users' })`, `@ViewEntity({ name })`. */
function entityTableName(decorator: DecoratorInfo): string | undefined {
  const [first] = decorator.arguments;
  const name = stringValue(first);
  if (name !== undefined) return name;
  const options = first && unwrap(first);
  if (options && ts.isObjectLiteralExpression(options)) return stringValue(objectProperty(options, 'name'));
  return undefined;
}

function readProperty(
  property: ts.PropertyDeclaration,
  className: string,
  file: FileContext,
  relationTargets: Map<string, string>,
): ModelMember | undefined {
  const { sourceFile, imports } = file.context;
  const name = propertyNameText(property.name);
  if (name === undefined) return undefined;
  const decorators = typeormDecorators(property, file);
  if (decorators.has('VirtualColumn')) return undefined; // computed by a query, not stored
  const annotation = propertyTypeOf(property, sourceFile, file.enums);
  const validators = classValidatorFormats(decoratorsOf(property), imports);
  const at = (fact: Omit<FieldFact, 'file' | 'line' | 'column' | 'model' | 'name' | 'validators'>): { field: FieldFact } => ({
    field: createField(sourceFile, file.context.file, property.name, { model: className, name, validators, ...fact }),
  });
  const foreignKey = decorators.get('ForeignKey');
  const foreignKeyFacts = foreignKey ? { isForeignKey: true, relationTarget: targetReferenceOf(foreignKey.arguments[0])?.name } : {};

  const relationName = [...decorators.keys()].find((decoratorName) => RELATION_DECORATORS.has(decoratorName));
  if (relationName) {
    const decorator = decorators.get(relationName)!;
    const target = targetReferenceOf(decorator.arguments[0])?.name ?? annotation?.referencedName;
    const relationOptions = decorator.arguments.map(unwrap).find(ts.isObjectLiteralExpression);
    return at({
      isOptional: nullableOption(relationOptions),
      type: 'relation',
      isRelation: true,
      relationTarget: target,
      typeName: annotation?.typeName,
      isList: TO_MANY_DECORATORS.has(relationName) || annotation?.isList || undefined,
      columnName: joinColumnName(decorators.get('JoinColumn')),
      doc: docOf(property),
    });
  }

  const relationId = decorators.get('RelationId');
  if (relationId) {
    const relation = relationPropertyName(relationId.arguments[0]);
    return at({
      type: annotation?.type ?? 'unknown',
      typeName: annotation?.typeName,
      isForeignKey: true,
      relationTarget: relation ? relationTargets.get(relation) : undefined,
      isList: annotation?.isList,
      doc: docOf(property),
    });
  }

  const columnName = [...decorators.keys()].find((decoratorName) => COLUMN_DECORATORS.has(decoratorName));
  if (!columnName) return undefined;
  const decorator = decorators.get(columnName)!;
  const [first, second] = decorator.arguments.map(unwrap);

  // `@Column(() => Address)`: the columns of an embedded class, under this property's name.
  if (columnName === 'Column' && first && (ts.isArrowFunction(first) || ts.isFunctionExpression(first))) {
    const target = targetReferenceOf(first);
    if (!target) return undefined;
    const options = second && ts.isObjectLiteralExpression(second) ? second : undefined;
    const reference: PartReference = target.isEntityName ? { name: target.name, isEntityName: true } : referenceTo(target.name, imports);
    return {
      embedded: {
        name,
        target: reference,
        file: file.context.file,
        ...positionOf(sourceFile, property.name),
        ...optional('isList', literalValue(options && objectProperty(options, 'array')) === true || annotation?.isList || undefined),
        typeName: annotation?.typeName ?? target.name,
        ...optional('doc', docOf(property)),
      },
    };
  }

  const options = [first, second].find((argument): argument is ts.ObjectLiteralExpression => argument !== undefined && ts.isObjectLiteralExpression(argument));
  // The first argument names the column type, except for PrimaryGeneratedColumn('uuid'): a
  // generation strategy, which for 'uuid' also fixes the column type.
  const isGenerated = columnName === 'PrimaryGeneratedColumn';
  const strategy = isGenerated ? stringValue(first) ?? stringValue(options && objectProperty(options, 'generated')) : undefined;
  const writtenType = typeArgumentText(options && objectProperty(options, 'type')) ?? (isGenerated ? (strategy === 'uuid' ? 'uuid' : undefined) : typeArgumentText(first));
  const column = columnFacts({
    writtenType,
    options,
    fixedType: FIXED_TYPE_COLUMNS[columnName] ?? (isGenerated && strategy !== 'uuid' && writtenType === undefined ? 'number' : undefined),
    annotation,
    file,
    validators,
  });
  return at({
    ...column,
    isPrimaryKey: columnName.startsWith('Primary') || columnName === 'ObjectIdColumn' || column.isPrimaryKey || undefined,
    ...(columnName === 'ObjectIdColumn' ? { type: 'string' as const, typeName: annotation?.typeName ?? 'ObjectId' } : {}),
    ...foreignKeyFacts,
    doc: docOf(property, options && objectProperty(options, 'comment')),
  });
}

/** A column type written as `'varchar'` or as a constructor such as `String`. */
function typeArgumentText(expression: ts.Expression | undefined): string | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isIdentifier(node) && ['String', 'Number', 'Boolean', 'Date', 'Buffer', 'Object', 'Array'].includes(node.text)) return node.text;
  return undefined;
}

interface ColumnInput {
  writtenType: string | undefined;
  options: ts.ObjectLiteralExpression | undefined;
  fixedType?: FieldType;
  annotation: AnnotationType | undefined;
  file: FileContext;
  validators: Validator[];
}

type ColumnFacts = Pick<
  FieldFact,
  'type' | 'typeName' | 'dbType' | 'isList' | 'isOptional' | 'isPrimaryKey' | 'columnName' | 'enumValues' | 'isForeignKey' | 'relationTarget'
>;

/** The facts a column's options give, shared by decorated columns and EntitySchema columns. */
function columnFacts({ writtenType, options, fixedType, annotation, file, validators }: ColumnInput): ColumnFacts {
  const storage = writtenType !== undefined ? storageTypeOf(writtenType) : undefined;
  addValidator(validators, storage?.validator);
  const enumOption = options && objectProperty(options, 'enum');
  const enumValues = enumOption ? enumValuesOf(enumOption, file.enums) : undefined;
  let type: FieldType = fixedType ?? storage?.type ?? annotation?.type ?? 'unknown';
  if (enumOption || storage?.type === 'enum') type = 'enum';
  const isArray = literalValue(options && objectProperty(options, 'array')) === true;
  const isConstructor = writtenType !== undefined && /^[A-Z]/.test(writtenType);
  const foreignKeyOption = options && objectProperty(options, 'foreignKey');
  const foreignKeyTarget = foreignKeyOption && ts.isObjectLiteralExpression(unwrap(foreignKeyOption))
    ? targetReferenceOf(objectProperty(unwrap(foreignKeyOption) as ts.ObjectLiteralExpression, 'target'))?.name
    : undefined;
  return {
    type,
    typeName: annotation?.typeName ?? (enumOption && ts.isIdentifier(unwrap(enumOption)) ? (unwrap(enumOption) as ts.Identifier).text : writtenType),
    dbType: isConstructor ? undefined : writtenType,
    isList: isArray || storage?.isList || annotation?.isList || undefined,
    isOptional: nullableOption(options),
    isPrimaryKey: literalValue(options && objectProperty(options, 'primary')) === true || undefined,
    columnName: stringValue(options && objectProperty(options, 'name')),
    enumValues: enumValues ?? (type === 'enum' ? annotation?.enumValues : undefined),
    ...(foreignKeyOption ? { isForeignKey: true, relationTarget: foreignKeyTarget } : {}),
  };
}

/** `nullable: true | false` as written; undefined when the column leaves it to the default. */
function nullableOption(options: ts.ObjectLiteralExpression | undefined): boolean | undefined {
  const value = literalValue(options && objectProperty(options, 'nullable'));
  return typeof value === 'boolean' ? value : undefined;
}

/** `enum: Role` (an enum in the file), `enum: ['a', 'b']`, `enum: { A: 'a' }`. */
function enumValuesOf(expression: ts.Expression, enums: LocalEnums): string[] | undefined {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return enums.get(node.text);
  const value = literalValue(node);
  if (Array.isArray(value)) return value.map(String);
  if (value && typeof value === 'object' && !(value instanceof RegExp)) return Object.values(value).map(String);
  return undefined;
}

/** `@JoinColumn({ name: 'user_id' })` or `@JoinColumn([{ name: 'user_id' }])`: the column a relation is stored in. */
function joinColumnName(decorator: DecoratorInfo | undefined): string | undefined {
  const argument = decorator?.arguments[0] && unwrap(decorator.arguments[0]);
  if (!argument) return undefined;
  const options = ts.isArrayLiteralExpression(argument) && argument.elements.length === 1 ? unwrap(argument.elements[0]) : argument;
  return ts.isObjectLiteralExpression(options) ? stringValue(objectProperty(options, 'name')) : undefined;
}

/** `@RelationId((post: Post) => post.author)` or `@RelationId('author')`: the relation's property. */
function relationPropertyName(expression: ts.Expression | undefined): string | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
    const body = unwrap(node.body);
    if (ts.isPropertyAccessExpression(body)) return body.name.text;
  }
  return undefined;
}

/** `new EntitySchema({ name, columns, relations, relationIds, embeddeds })`. */
function readEntitySchema(node: ts.NewExpression, file: FileContext, exportNames: Map<string, string[]>): ModelPartsHint | undefined {
  const { sourceFile, imports } = file.context;
  if (!ts.isIdentifier(node.expression)) {
    if (!(ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'EntitySchema')) return undefined;
    const root = node.expression.expression;
    if (!ts.isIdentifier(root) || !isTypeormModule(imports.get(root.text)?.module ?? '')) return undefined;
  } else {
    const binding = imports.get(node.expression.text);
    if (!binding || !isTypeormModule(binding.module) || (binding.imported !== 'EntitySchema' && binding.imported !== '*')) return undefined;
  }
  const constants = topLevelConstants(sourceFile);
  const options = node.arguments?.[0] && objectLiteralOf(node.arguments[0], constants);
  if (!options) return undefined;

  const entityName = stringValue(objectProperty(options, 'name'));
  const targetOption = objectProperty(options, 'target');
  const targetName = targetOption && ts.isIdentifier(unwrap(targetOption)) ? (unwrap(targetOption) as ts.Identifier).text : undefined;
  const typeArgument = node.typeArguments?.[0];
  const typeArgumentName = typeArgument && ts.isTypeReferenceNode(typeArgument) && ts.isIdentifier(typeArgument.typeName) ? typeArgument.typeName.text : undefined;
  const modelName = targetName ?? typeArgumentName ?? entityName;
  if (!modelName) return undefined;

  const declaration = ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name : undefined;
  const binding = declaration?.text ?? modelName;
  const members: ModelMember[] = [];
  const relationTargets = new Map<string, string>();

  const relations = objectOption(options, 'relations', constants);
  for (const [key, value] of objectEntriesOf(relations, constants)) {
    const target = targetReferenceOf(objectProperty(value, 'target'))?.name;
    if (target) relationTargets.set(propertyNameText(key) ?? '', target);
  }

  for (const [key, value] of objectEntriesOf(objectOption(options, 'columns', constants), constants)) {
    const name = propertyNameText(key);
    if (name === undefined) continue;
    const typeOption = objectProperty(value, 'type');
    const validators: Validator[] = [];
    const flags = (flag: string): boolean => literalValue(objectProperty(value, flag)) === true;
    const column = columnFacts({
      writtenType: typeArgumentText(typeOption),
      options: value,
      fixedType: flags('createDate') || flags('updateDate') || flags('deleteDate') ? 'date' : flags('version') ? 'number' : undefined,
      annotation: undefined,
      file,
      validators,
    });
    members.push({
      field: createField(sourceFile, file.context.file, key, {
        model: binding,
        name,
        validators,
        ...column,
        ...(flags('objectId') ? { isPrimaryKey: true } : {}),
        doc: docOf(key.parent, objectProperty(value, 'comment')),
      }),
    });
  }

  for (const [key, value] of objectEntriesOf(relations, constants)) {
    const name = propertyNameText(key);
    if (name === undefined) continue;
    const relationType = stringValue(objectProperty(value, 'type'));
    const joinColumn = objectProperty(value, 'joinColumn');
    const joinOptions = joinColumn && unwrap(joinColumn);
    members.push({
      field: createField(sourceFile, file.context.file, key, {
        model: binding,
        name,
        type: 'relation',
        isRelation: true,
        relationTarget: relationTargets.get(name),
        isList: relationType === 'one-to-many' || relationType === 'many-to-many' || undefined,
        columnName: joinOptions && ts.isObjectLiteralExpression(joinOptions) ? stringValue(objectProperty(joinOptions, 'name')) : undefined,
        validators: [],
        doc: docOf(key.parent),
      }),
    });
  }

  for (const [key, value] of objectEntriesOf(objectOption(options, 'relationIds', constants), constants)) {
    const name = propertyNameText(key);
    if (name === undefined) continue;
    const relationName = stringValue(objectProperty(value, 'relationName'));
    members.push({
      field: createField(sourceFile, file.context.file, key, {
        model: binding,
        name,
        type: 'unknown',
        isForeignKey: true,
        relationTarget: relationName ? relationTargets.get(relationName) : undefined,
        validators: [],
      }),
    });
  }

  for (const [key, value] of objectEntriesOf(objectOption(options, 'embeddeds', constants), constants)) {
    const name = propertyNameText(key);
    const schema = objectProperty(value, 'schema');
    const schemaNode = schema && unwrap(schema);
    if (name === undefined || !schemaNode || !ts.isIdentifier(schemaNode)) continue;
    members.push({
      embedded: {
        name,
        target: referenceTo(schemaNode.text, imports),
        file: file.context.file,
        ...positionOf(sourceFile, key),
        ...optional('isList', literalValue(objectProperty(value, 'array')) === true || undefined),
        typeName: schemaNode.text,
      },
    });
  }

  // An embedded schema (used only under `embeddeds`) is declared the same way as an entity;
  // it is kept as a model too, since nothing in its own declaration tells them apart.
  return {
    kind: 'model-parts',
    file: file.context.file,
    binding,
    exportNames: exportNames.get(binding) ?? [],
    ...optional('entityName', entityName),
    model: {
      name: modelName,
      kind: 'entity',
      file: file.context.file,
      ...positionOf(sourceFile, declaration ?? node),
      ...optional('tableName', stringValue(objectProperty(options, 'tableName'))),
    },
    members,
  };
}
