/**
 * Pieces shared by the ORM extractors (TypeORM, MikroORM, Sequelize): the storage types each
 * library names, normalized to one FieldType; TypeScript property annotations; references to
 * other classes written as `() => User`; class-validator decorators that often sit on entity
 * properties; and the foreign-key pass run once a model's fields are all known.
 */
import { docCommentOf, objectProperty, positionOf, stringValue, ts, unwrap } from '../../project/syntax.js';
import type { DecoratorInfo, ImportMap } from '../../project/syntax.js';
import type { FieldFact, FieldType, Validator } from '../../types.js';

/** What a storage type name tells about a field. */
export interface StorageType {
  type: FieldType;
  isList?: boolean;
  /** A format the storage type itself implies: a Postgres `inet` column holds IP addresses. */
  validator?: Validator;
}

const STRING_TYPES = [
  'string', 'varchar', 'character varying', 'varying character', 'char', 'character', 'nchar',
  'native character', 'nvarchar', 'national varchar', 'nvarchar2', 'varchar2', 'text', 'tinytext',
  'mediumtext', 'longtext', 'ntext', 'citext', 'clob', 'nclob', 'shorttext', 'alphanum', 'uuid',
  'uniqueidentifier', 'tsvector', 'xml', 'ltree', 'cidr', 'inet', 'inet4', 'inet6', 'macaddr',
  'macaddr8', 'uuidv1', 'uuidv4', 'interval',
];
const NUMBER_TYPES = [
  'number', 'int', 'int2', 'int4', 'int8', 'int64', 'integer', 'tinyint', 'smallint', 'mediumint',
  'bigint', 'unsigned big int', 'float', 'float4', 'float8', 'double', 'double precision', 'real',
  'decimal', 'dec', 'numeric', 'fixed', 'money', 'smallmoney', 'smalldecimal', 'year', 'serial',
  'bigserial', 'smallserial',
];
const BOOLEAN_TYPES = ['boolean', 'bool', 'bit'];
const DATE_TYPES = [
  'date', 'dateonly', 'datetime', 'datetime2', 'datetimeoffset', 'smalldatetime', 'timestamp',
  'timestamptz', 'timestamp with time zone', 'timestamp without time zone',
  'timestamp with local time zone', 'time', 'timetz', 'time with time zone',
  'time without time zone', 'now',
];
const JSON_TYPES = ['json', 'jsonb', 'simple-json', 'hstore', 'object', 'any'];
const BINARY_TYPES = [
  'blob', 'tinyblob', 'mediumblob', 'longblob', 'bytea', 'binary', 'varbinary', 'image', 'raw',
  'long raw', 'buffer', 'uint8array', 'arraybuffer',
];
const ENUM_TYPES = ['enum', 'simple-enum', 'set'];
const SPATIAL_TYPES = [
  'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'geometry', 'geography',
  'linestring', 'multipoint', 'multilinestring', 'multipolygon', 'geometrycollection', 'range',
];

const STORAGE_TYPES = new Map<string, StorageType>();
for (const [names, type] of [
  [STRING_TYPES, 'string'],
  [NUMBER_TYPES, 'number'],
  [BOOLEAN_TYPES, 'boolean'],
  [DATE_TYPES, 'date'],
  [JSON_TYPES, 'json'],
  [BINARY_TYPES, 'binary'],
  [ENUM_TYPES, 'enum'],
  [SPATIAL_TYPES, 'object'],
] as const) {
  for (const name of names) STORAGE_TYPES.set(name, { type });
}
for (const name of ['inet', 'inet4', 'inet6', 'cidr']) STORAGE_TYPES.set(name, { type: 'string', validator: 'ip' });
for (const name of ['macaddr', 'macaddr8']) STORAGE_TYPES.set(name, { type: 'string', validator: 'mac-address' });
for (const name of ['uuid', 'uniqueidentifier']) STORAGE_TYPES.set(name, { type: 'string', validator: 'uuid' });
STORAGE_TYPES.set('simple-array', { type: 'string', isList: true });
STORAGE_TYPES.set('array', { type: 'string', isList: true });
STORAGE_TYPES.set('string[]', { type: 'string', isList: true });
STORAGE_TYPES.set('number[]', { type: 'number', isList: true });
STORAGE_TYPES.set('enumarray', { type: 'enum', isList: true });

/**
 * The storage type behind a type name as the ORMs write it: TypeORM column types (`varchar`,
 * `timestamp with time zone`), MikroORM type names and classes (`text`, `DateType`,
 * `types.datetime`), Sequelize data types (`STRING`, `DATEONLY`) and JavaScript constructors
 * (`String`, `Date`). Length arguments (`varchar(255)`) are ignored.
 */
export function storageTypeOf(name: string): StorageType | undefined {
  let normalized = name.trim().toLowerCase().replace(/\s*\(.*\)\s*$/, '').replace(/\s+/g, ' ');
  if (STORAGE_TYPES.has(normalized)) return STORAGE_TYPES.get(normalized);
  // MikroORM type classes: `DateTimeType`, `JsonType`, `types.datetime`, `orm.t.string`.
  normalized = normalized.slice(normalized.lastIndexOf('.') + 1).replace(/type$/, '');
  return STORAGE_TYPES.get(normalized);
}

/**
 * A decorator's origin through the import map: `@Column()` imported from 'typeorm', aliased
 * (`import { Column as C }`) or through a namespace (`@orm.Column()`), gives
 * { module: 'typeorm', name: 'Column' }. Undefined when the decorator is not imported.
 */
export function importedDecorator(decorator: DecoratorInfo, imports: ImportMap): { module: string; name: string } | undefined {
  const binding = imports.get(decorator.root);
  if (!binding) return undefined;
  if (decorator.root !== decorator.name) return binding.imported === '*' ? { module: binding.module, name: decorator.name } : undefined;
  const name = binding.imported === '*' || binding.imported === 'default' ? decorator.name : binding.imported;
  return { module: binding.module, name };
}

/** A reference to another model or class as written in a decorator or schema option. */
export interface TargetReference {
  /** The identifier or string written: `User` in `() => User`, `'User'` in `@ManyToOne('User')`. */
  name: string;
  /** True when written as a string: an entity name rather than a variable in scope. */
  isEntityName: boolean;
}

/**
 * The class a relation or embedded decorator points at: `() => User`, `(type) => User`,
 * `() => [User, Admin]` (the first), `'User'`, `User`, `models.User`, or `{ entity: () => User }`
 * via the caller passing the `entity` option.
 */
export function targetReferenceOf(expression: ts.Expression | undefined): TargetReference | undefined {
  if (!expression) return undefined;
  let node = unwrap(expression);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const body = node.body;
    if (ts.isBlock(body)) {
      const returned = body.statements.find(ts.isReturnStatement)?.expression;
      if (!returned) return undefined;
      node = unwrap(returned);
    } else {
      node = unwrap(body);
    }
  }
  if (ts.isArrayLiteralExpression(node) && node.elements.length > 0) node = unwrap(node.elements[0]);
  if (ts.isStringLiteralLike(node)) return { name: node.text, isEntityName: true };
  if (ts.isIdentifier(node)) return { name: node.text, isEntityName: false };
  // `models.User` (Sequelize association helpers), `schemas.User`.
  if (ts.isPropertyAccessExpression(node)) return { name: node.name.text, isEntityName: true };
  return undefined;
}

/** What a TypeScript type annotation says about a field. */
export interface AnnotationType {
  type: FieldType;
  /** The annotation as written, without `| null`, `Opt<>` and similar markers. */
  typeName: string;
  isList?: boolean;
  enumValues?: string[];
  /** The class named by the annotation, once wrappers such as `Ref<User>` are removed. */
  referencedName?: string;
}

/** Wrapper types whose argument is the real type: MikroORM `Ref<User>`, TypeORM `Relation<User>`. */
const TRANSPARENT_WRAPPERS = new Set([
  'Ref', 'Reference', 'IdentifiedReference', 'Rel', 'Relation', 'Loaded', 'Opt', 'Hidden',
  'Promise', 'Readonly', 'ScalarReference', 'ScalarRef', 'NonAttribute', 'CreationOptional',
  'ForeignKey', 'LazyRef', 'Partial',
]);
/** Wrapper types that hold many: MikroORM `Collection<Book>`, `Array<Book>`. */
const LIST_WRAPPERS = new Set(['Collection', 'Array', 'ReadonlyArray', 'Set']);
/** Marker types in intersections that carry no data: `string & Opt`. */
const MARKER_TYPES = new Set(['Opt', 'Hidden', 'Config', 'DefineConfig']);

/** Values of enums and `as const` objects declared in a file, by name: `enum Role { Admin = 'admin' }`. */
export type LocalEnums = Map<string, string[]>;

export function localEnumsOf(sourceFile: ts.SourceFile): LocalEnums {
  const enums: LocalEnums = new Map();
  for (const statement of sourceFile.statements) {
    if (ts.isEnumDeclaration(statement)) {
      enums.set(
        statement.name.text,
        statement.members.map((member) => stringValue(member.initializer) ?? (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(sourceFile))),
      );
    } else if (ts.isTypeAliasDeclaration(statement)) {
      const values = stringLiteralUnion(statement.type);
      if (values) enums.set(statement.name.text, values);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const initializer = declaration.initializer && unwrap(declaration.initializer);
        if (!ts.isIdentifier(declaration.name) || !initializer || !ts.isObjectLiteralExpression(initializer)) continue;
        // Only `as const` objects act as enums; other objects are ordinary values.
        if (!declaration.initializer || !ts.isAsExpression(declaration.initializer)) continue;
        const values = initializer.properties.map((property) => (ts.isPropertyAssignment(property) ? stringValue(property.initializer) : undefined));
        if (values.length > 0 && values.every((value) => value !== undefined)) enums.set(declaration.name.text, values as string[]);
      }
    }
  }
  return enums;
}

function stringLiteralUnion(node: ts.TypeNode): string[] | undefined {
  const members = ts.isUnionTypeNode(node) ? node.types : [node];
  const values: string[] = [];
  for (const member of members) {
    if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) values.push(member.literal.text);
    else if (ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword) continue;
    else if (member.kind === ts.SyntaxKind.UndefinedKeyword) continue;
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

/**
 * Reads a property's type annotation: `string`, `Date | null`, `'a' | 'b'`, `Role` (an enum in
 * the file), `string[]`, `Collection<Book>`, `Ref<User>`, `string & Opt`.
 */
export function annotationTypeOf(typeNode: ts.TypeNode | undefined, sourceFile: ts.SourceFile, enums: LocalEnums): AnnotationType | undefined {
  if (!typeNode) return undefined;
  let node = typeNode;
  let isList = false;
  for (;;) {
    if (ts.isParenthesizedTypeNode(node)) {
      node = node.type;
    } else if (ts.isUnionTypeNode(node)) {
      const literals = stringLiteralUnion(node);
      if (literals) return { type: 'enum', typeName: node.getText(sourceFile), enumValues: literals, ...(isList ? { isList } : {}) };
      const meaningful = node.types.filter((member) => !isNullish(member));
      if (meaningful.length !== 1) return { type: 'unknown', typeName: node.getText(sourceFile), ...(isList ? { isList } : {}) };
      node = meaningful[0];
    } else if (ts.isIntersectionTypeNode(node)) {
      const meaningful = node.types.filter((member) => !(ts.isTypeReferenceNode(member) && MARKER_TYPES.has(typeReferenceName(member))));
      if (meaningful.length !== 1) return { type: 'unknown', typeName: node.getText(sourceFile) };
      node = meaningful[0];
    } else if (ts.isArrayTypeNode(node)) {
      isList = true;
      node = node.elementType;
    } else if (ts.isTypeReferenceNode(node) && node.typeArguments?.length === 1 && TRANSPARENT_WRAPPERS.has(typeReferenceName(node))) {
      node = node.typeArguments[0];
    } else if (ts.isTypeReferenceNode(node) && node.typeArguments?.length === 1 && LIST_WRAPPERS.has(typeReferenceName(node))) {
      isList = true;
      node = node.typeArguments[0];
    } else {
      break;
    }
  }
  const typeName = node.getText(sourceFile);
  const list = isList ? { isList } : {};
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string', typeName, ...list };
    case ts.SyntaxKind.NumberKeyword:
    case ts.SyntaxKind.BigIntKeyword:
      return { type: 'number', typeName, ...list };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean', typeName, ...list };
    case ts.SyntaxKind.ObjectKeyword:
    case ts.SyntaxKind.TypeLiteral:
      return { type: 'json', typeName, ...list };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return { type: 'unknown', typeName, ...list };
  }
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) return { type: 'enum', typeName, enumValues: [node.literal.text], ...list };
    if (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword) return { type: 'boolean', typeName, ...list };
    if (ts.isNumericLiteral(node.literal)) return { type: 'number', typeName, ...list };
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = typeReferenceName(node);
    if (name === 'Date') return { type: 'date', typeName, ...list };
    if (name === 'Record') return { type: 'json', typeName, ...list };
    if (name === 'Buffer' || name === 'Uint8Array' || name === 'ArrayBuffer') return { type: 'binary', typeName, ...list };
    const enumValues = enums.get(name);
    if (enumValues) return { type: 'enum', typeName, enumValues, ...list };
    return { type: 'unknown', typeName, referencedName: name, ...list };
  }
  return { type: 'unknown', typeName, ...list };
}

function isNullish(node: ts.TypeNode): boolean {
  return (
    node.kind === ts.SyntaxKind.UndefinedKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
  );
}

function typeReferenceName(node: ts.TypeReferenceNode): string {
  return ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
}

/**
 * class-validator decorators (https://github.com/typestack/class-validator#validation-decorators)
 * that name a format. Entities often carry them beside the column decorators; they are evidence
 * for classification, not fields of their own.
 */
const CLASS_VALIDATOR_FORMATS: Record<string, Validator> = {
  IsEmail: 'email',
  IsUrl: 'url',
  IsUUID: 'uuid',
  IsPhoneNumber: 'phone',
  IsMobilePhone: 'phone',
  IsIP: 'ip',
  IsMACAddress: 'mac-address',
  IsMacAddress: 'mac-address',
  IsDate: 'date',
  IsDateString: 'date',
  IsISO8601: 'date',
  IsPostalCode: 'postal-code',
  IsCreditCard: 'credit-card',
  IsIBAN: 'iban',
  IsBIC: 'bic',
  IsLatitude: 'latitude',
  IsLongitude: 'longitude',
  IsLatLong: 'lat-long',
  IsStrongPassword: 'password',
  IsPassportNumber: 'passport-number',
  IsIdentityCard: 'identity-card',
  IsTaxId: 'tax-id',
  IsTaxID: 'tax-id',
  IsISO31661Alpha2: 'country',
  IsISO31661Alpha3: 'country',
  IsLocale: 'locale',
  IsCurrency: 'currency',
  IsISO4217CurrencyCode: 'currency',
  IsHash: 'hash',
  IsJWT: 'jwt',
  IsMongoId: 'id',
};

/** The formats named by class-validator decorators among a property's decorators. */
export function classValidatorFormats(decorators: DecoratorInfo[], imports: ImportMap): Validator[] {
  const formats: Validator[] = [];
  for (const decorator of decorators) {
    const origin = importedDecorator(decorator, imports);
    if (origin?.module !== 'class-validator') continue;
    const format = CLASS_VALIDATOR_FORMATS[origin.name];
    if (format) addValidator(formats, format);
  }
  return formats;
}

export function addValidator(validators: Validator[], validator: Validator | undefined): void {
  if (validator && !validators.includes(validator)) validators.push(validator);
}

/** The doc of a declaration: its JSDoc, else a `comment` option the ORM stores in the database. */
export function docOf(node: ts.Node, commentOption?: ts.Expression): string | undefined {
  return docCommentOf(node) ?? stringValue(commentOption)?.trim() ?? undefined;
}

/** A field fact at the position of `nameNode`, without the keys left undefined. */
export function createField(
  sourceFile: ts.SourceFile,
  file: string,
  nameNode: ts.Node,
  fact: Omit<FieldFact, 'file' | 'line' | 'column'>,
): FieldFact {
  const field: FieldFact = { ...fact, file, ...positionOf(sourceFile, nameNode) };
  for (const key of Object.keys(field) as Array<keyof FieldFact>) {
    if (field[key] === undefined) delete field[key];
  }
  return field;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Marks scalar fields that hold another record's key: `userId` or `user_id` beside a `user`
 * relation, or the column a relation joins on (`@JoinColumn({ name: 'user_id' })`). They are
 * pseudonymous identifiers, not the related person's data.
 */
export function markForeignKeys(fields: FieldFact[]): void {
  const relations = fields.filter((field) => field.isRelation && !field.isList);
  for (const field of fields) {
    if (field.isRelation || field.isPrimaryKey) continue;
    const column = field.columnName ?? field.name;
    const relation = relations.find((candidate) => {
      const base = candidate.name;
      return (
        field.name === `${base}Id` ||
        field.name === `${base}_id` ||
        field.name === `${base}ID` ||
        (candidate.columnName !== undefined && candidate.columnName === column)
      );
    });
    if (relation) {
      field.isForeignKey = true;
      if (field.relationTarget === undefined && relation.relationTarget !== undefined) field.relationTarget = relation.relationTarget;
    }
  }
}

/** Field names a key to `target` usually takes: `userId`, `UserId`, `user_id`. */
export function foreignKeyNamesFor(target: string): string[] {
  const snake = target.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return [`${lowerFirst(target)}Id`, `${target}Id`, `${snake}_id`];
}

/** `{ key: value }`, or `{}` when the value is undefined: keeps facts free of undefined keys. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** An object literal written inline or as a `const` of the file (`new EntitySchema(options)`). */
export function objectLiteralOf(expression: ts.Expression, constants: Map<string, ts.Expression>): ts.ObjectLiteralExpression | undefined {
  const node = unwrap(expression);
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isIdentifier(node)) {
    const constant = constants.get(node.text);
    const value = constant && unwrap(constant);
    if (value && ts.isObjectLiteralExpression(value)) return value;
  }
  return undefined;
}

/** The object literal under `key` of an options object: `columns: { ... }`. */
export function objectOption(
  options: ts.ObjectLiteralExpression,
  key: string,
  constants: Map<string, ts.Expression>,
): ts.ObjectLiteralExpression | undefined {
  const value = objectProperty(options, key);
  return value ? objectLiteralOf(value, constants) : undefined;
}

/**
 * The `key: value` entries of an object literal, following spreads of constants declared in the
 * same file (`columns: { ...baseColumns, email: { type: String } }`) in source order.
 */
export function propertyEntriesOf(
  object: ts.ObjectLiteralExpression | undefined,
  constants: Map<string, ts.Expression>,
  seen = new Set<ts.Node>(),
): Array<[ts.PropertyName, ts.Expression]> {
  if (!object || seen.has(object)) return [];
  seen.add(object);
  const entries: Array<[ts.PropertyName, ts.Expression]> = [];
  for (const property of object.properties) {
    if (ts.isSpreadAssignment(property)) {
      const spread = objectLiteralOf(property.expression, constants);
      entries.push(...propertyEntriesOf(spread, constants, seen));
    } else if (ts.isPropertyAssignment(property)) {
      entries.push([property.name, property.initializer]);
    } else if (ts.isShorthandPropertyAssignment(property)) {
      entries.push([property.name, property.name]);
    }
  }
  return entries;
}

/** Like `propertyEntriesOf`, keeping only entries whose value is an object literal. */
export function objectEntriesOf(
  object: ts.ObjectLiteralExpression | undefined,
  constants: Map<string, ts.Expression>,
): Array<[ts.PropertyName, ts.ObjectLiteralExpression]> {
  const entries: Array<[ts.PropertyName, ts.ObjectLiteralExpression]> = [];
  for (const [key, value] of propertyEntriesOf(object, constants)) {
    const literal = objectLiteralOf(value, constants);
    if (literal) entries.push([key, literal]);
  }
  return entries;
}

/**
 * A class property's type: its annotation, else what its initializer shows (`createdAt = new
 * Date()`, `role = Role.Member`, `books = new Collection<Book>(this)`), as a metadata provider
 * reading the source would infer it.
 */
export function propertyTypeOf(
  property: ts.PropertyDeclaration | ts.GetAccessorDeclaration,
  sourceFile: ts.SourceFile,
  enums: LocalEnums,
): AnnotationType | undefined {
  const annotated = annotationTypeOf(property.type, sourceFile, enums);
  if (annotated || !ts.isPropertyDeclaration(property) || !property.initializer) return annotated;
  const node = unwrap(property.initializer);
  if (ts.isStringLiteralLike(node)) return { type: 'string', typeName: 'string' };
  if (ts.isNumericLiteral(node)) return { type: 'number', typeName: 'number' };
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return { type: 'boolean', typeName: 'boolean' };
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && enums.has(node.expression.text)) {
    return { type: 'enum', typeName: node.expression.text, enumValues: enums.get(node.expression.text) };
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
    const constructorName = node.expression.text;
    if (constructorName === 'Date') return { type: 'date', typeName: 'Date' };
    const typeArgument = node.typeArguments?.[0];
    if (constructorName === 'Collection' && typeArgument && ts.isTypeReferenceNode(typeArgument)) {
      return { type: 'unknown', typeName: typeArgument.getText(sourceFile), isList: true, referencedName: typeReferenceName(typeArgument) };
    }
  }
  return undefined;
}
