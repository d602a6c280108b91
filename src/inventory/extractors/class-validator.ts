/**
 * class-validator DTOs as collection points: what an API accepts.
 * https://github.com/typestack/class-validator#validation-decorators, nested objects
 * (https://github.com/typestack/class-validator#validating-nested-objects) with class-transformer
 * `@Type(() => AddressDto)`, NestJS `@ApiProperty()` DTOs (https://docs.nestjs.com/openapi/types-and-parameters)
 * and mapped types `PartialType`, `PickType`, `OmitType`, `IntersectionType`
 * (https://docs.nestjs.com/openapi/mapped-types, also exported by @nestjs/mapped-types).
 *
 * A DTO is a class with at least one class-validator decorator on a property, or an
 * `@ApiProperty()` class named like a request (`...Dto`, `...Input`, `...Request`, `...Body`,
 * `...Payload`, `...Command`). A class with no such decorator of its own that inherits from one
 * (`extends CreateUserDto`, `extends PartialType(CreateUserDto)`) is a DTO once `link` finds the
 * base. Classes that an ORM extractor reads (`@Entity()`, `@Table()`, `@Schema()`) are left to it.
 *
 * Model id: the class name. Every property is a field (the DTO's declared shape), typed from its
 * annotation, else from its decorators; nested DTOs become dotted paths (`address.city`).
 */
import type { ExtractorHint, ScriptContext, ScriptExtractor } from '../extractor.js';
import { decoratorsOf, docCommentOf, literalValue, objectProperty, positionOf, propertyNameText, stringValue, topLevelConstants, ts, unwrap } from '../../project/syntax.js';
import type { DecoratorInfo, ImportMap } from '../../project/syntax.js';
import type { FieldFact, FieldType, ModelFact, Validator } from '../../types.js';
import { compositionHint, combineFilters, dedupeOwnFields, linkComposedModels } from './model-composition.js';
import type { ModelReference, ReferencePart } from './model-composition.js';
import { patternSourceOf, validatorOfPattern } from './format-patterns.js';
import { exportNamesOf } from './model-parts.js';
import { annotationTypeOf, importedDecorator, localEnumsOf } from './orm-common.js';
import type { LocalEnums } from './orm-common.js';

const CLASS_VALIDATOR_MODULES = new Set(['class-validator', '@nestjs/class-validator']);
const CLASS_TRANSFORMER_MODULES = new Set(['class-transformer', '@nestjs/class-transformer']);
const SWAGGER_MODULES = new Set(['@nestjs/swagger']);
const MAPPED_TYPE_MODULES = new Set(['@nestjs/mapped-types', '@nestjs/swagger', '@nestjs/graphql']);
/** Class decorators of the ORMs: those classes are entities, read by their own extractor. */
const ENTITY_DECORATORS: Record<string, Set<string>> = {
  typeorm: new Set(['Entity', 'ViewEntity', 'ChildEntity']),
  '@mikro-orm/core': new Set(['Entity', 'Embeddable']),
  'sequelize-typescript': new Set(['Table']),
  '@nestjs/mongoose': new Set(['Schema']),
  '@typegoose/typegoose': new Set(['modelOptions']),
};
const SWAGGER_PROPERTY_DECORATORS = new Set(['ApiProperty', 'ApiPropertyOptional', 'ApiResponseProperty']);
const DTO_NAME = /(Dto|DTO|Input|Request|Body|Payload|Command)$/;
/** A cheap look for a DTO-named class in a file that imports no decorator package. */
const DTO_NAME_ANYWHERE = /(Dto|DTO|Input|Request|Body|Payload|Command)\b/;

/** Decorators that name a format (README "Validation decorators"). */
export const CLASS_VALIDATOR_FORMATS: Readonly<Record<string, Validator>> = {
  IsEmail: 'email',
  IsPhoneNumber: 'phone',
  IsMobilePhone: 'phone',
  IsIP: 'ip',
  IsPostalCode: 'postal-code',
  IsCreditCard: 'credit-card',
  IsIBAN: 'iban',
  IsBIC: 'bic',
  IsLatitude: 'latitude',
  IsLongitude: 'longitude',
  IsLatLong: 'lat-long',
  IsDateString: 'date',
  IsISO8601: 'date',
  IsRFC3339: 'date',
  IsDate: 'date',
  IsUUID: 'uuid',
  IsUrl: 'url',
  IsStrongPassword: 'password',
  IsPassportNumber: 'passport-number',
  IsIdentityCard: 'identity-card',
  IsTaxId: 'tax-id',
  IsTaxID: 'tax-id',
  IsVatId: 'tax-id',
  IsMACAddress: 'mac-address',
  IsISO31661Alpha2: 'country',
  IsISO31661Alpha3: 'country',
  IsLocale: 'locale',
  IsISO6391: 'locale',
  IsCurrency: 'currency',
  IsISO4217CurrencyCode: 'currency',
  IsJWT: 'jwt',
  IsMongoId: 'id',
  IsHash: 'hash',
};

/** Decorators that fix the value's type when the property has no annotation that says more. */
const TYPE_DECORATORS: Record<string, FieldType> = {
  IsString: 'string',
  IsNotEmpty: 'unknown',
  IsEmail: 'string',
  IsInt: 'number',
  IsNumber: 'number',
  IsPositive: 'number',
  IsNegative: 'number',
  IsBoolean: 'boolean',
  IsDate: 'date',
  IsEnum: 'enum',
  IsIn: 'enum',
  IsObject: 'json',
  IsJSON: 'json',
};

/** OpenAPI `format` values of `@ApiProperty({ format })`. */
const OPENAPI_FORMATS: Record<string, Validator> = {
  email: 'email',
  uuid: 'uuid',
  date: 'date',
  'date-time': 'date',
  uri: 'url',
  url: 'url',
  ipv4: 'ip',
  ipv6: 'ip',
  password: 'password',
};

/** Constructors `@Type(() => X)` names for scalar values. */
const SCALAR_CLASSES: Record<string, FieldType> = { String: 'string', Number: 'number', Boolean: 'boolean', Date: 'date', Object: 'json' };

interface ClassDecorators {
  validators: DecoratorInfo[];
  swagger: DecoratorInfo[];
  transformer: DecoratorInfo[];
}

function classify(decorators: DecoratorInfo[], imports: ImportMap): ClassDecorators {
  const result: ClassDecorators = { validators: [], swagger: [], transformer: [] };
  for (const decorator of decorators) {
    const origin = importedDecorator(decorator, imports);
    if (!origin) continue;
    const named = { ...decorator, name: origin.name };
    if (CLASS_VALIDATOR_MODULES.has(origin.module)) result.validators.push(named);
    else if (SWAGGER_MODULES.has(origin.module)) result.swagger.push(named);
    else if (CLASS_TRANSFORMER_MODULES.has(origin.module)) result.transformer.push(named);
  }
  return result;
}

function isEntityClass(declaration: ts.ClassDeclaration, imports: ImportMap): boolean {
  return decoratorsOf(declaration).some((decorator) => {
    const origin = importedDecorator(decorator, imports);
    return origin !== undefined && ENTITY_DECORATORS[origin.module]?.has(origin.name) === true;
  });
}

function referenceTo(name: string, imports: ImportMap): ModelReference {
  const binding = imports.get(name);
  if (!binding || binding.imported === '*') return { name, localName: name };
  return { name: binding.imported, module: binding.module, localName: name };
}

/** The classes a class inherits fields from, with mapped types' key filters. */
function heritageParts(expression: ts.Expression, imports: ImportMap, filter: { pick?: string[]; omit?: string[] } = {}): ReferencePart[] {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return [{ reference: referenceTo(node.text, imports), prefix: '', index: 0, ...filter }];
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return [];
  const binding = imports.get(node.expression.text);
  if (!binding || !MAPPED_TYPE_MODULES.has(binding.module)) return [];
  const [first, second] = node.arguments;
  const keys = (): string[] => {
    const value = literalValue(second);
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  };
  switch (binding.imported) {
    case 'PartialType':
      return first ? heritageParts(first, imports, filter) : [];
    case 'PickType':
      return first ? heritageParts(first, imports, combineFilters({ pick: keys() }, filter)) : [];
    case 'OmitType':
      return first ? heritageParts(first, imports, combineFilters({ omit: keys() }, filter)) : [];
    case 'IntersectionType':
      return node.arguments.flatMap((argument) => heritageParts(argument, imports, filter));
    default:
      return [];
  }
}

/** `() => AddressDto`, `AddressDto`, `[AddressDto]`: the class named, and whether it is a list. */
function classOfTypeOption(expression: ts.Expression | undefined): { name: string; isList: boolean } | undefined {
  if (!expression) return undefined;
  let node = unwrap(expression);
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && !ts.isBlock(node.body)) node = unwrap(node.body);
  let isList = false;
  if (ts.isArrayLiteralExpression(node) && node.elements.length === 1) {
    isList = true;
    node = unwrap(node.elements[0]);
  }
  return ts.isIdentifier(node) ? { name: node.text, isList } : undefined;
}

interface PropertyReading {
  field: FieldFact;
  /** The class whose fields nest under this property, as written. */
  nestedClass?: string;
}

function readProperty(
  property: ts.PropertyDeclaration,
  modelName: string,
  context: ScriptContext,
  enums: LocalEnums,
  constants: Map<string, ts.Expression>,
): PropertyReading | undefined {
  const name = propertyNameText(property.name);
  if (name === undefined) return undefined;
  const { imports, sourceFile, file } = context;
  const decorators = classify(decoratorsOf(property), imports);
  const annotation = annotationTypeOf(property.type, sourceFile, enums);
  let type: FieldType = annotation?.type ?? 'unknown';
  let typeName = annotation?.typeName;
  let isList = Boolean(annotation?.isList);
  let enumValues = annotation?.enumValues;
  let nestedClass = annotation?.referencedName;
  const validators: Validator[] = [];
  const addValidator = (validator: Validator | undefined): void => {
    if (validator && !validators.includes(validator)) validators.push(validator);
  };
  let doc = docCommentOf(property);

  for (const decorator of decorators.validators) {
    addValidator(CLASS_VALIDATOR_FORMATS[decorator.name]);
    const implied = TYPE_DECORATORS[decorator.name];
    if (implied && implied !== 'unknown' && (type === 'unknown' || implied === 'enum')) type = implied;
    if (decorator.name === 'IsEnum' || decorator.name === 'IsIn') {
      const values = enumValuesOf(decorator.arguments[0], enums, constants);
      if (values) enumValues = values;
      nestedClass = undefined;
      if (decorator.name === 'IsEnum' && !typeName) typeName = identifierText(decorator.arguments[0]);
    }
    if (decorator.name === 'Matches') addValidator(validatorOfPattern(patternSourceOf(decorator.arguments[0], constants) ?? ''));
    if (decorator.name === 'IsArray') isList = true;
    if (decorator.name === 'ValidateNested' && isEachOption(decorator.arguments[0])) isList = true;
  }
  for (const decorator of decorators.transformer) {
    if (decorator.name !== 'Type') continue;
    const target = classOfTypeOption(decorator.arguments[0]);
    if (!target) continue;
    const scalar = SCALAR_CLASSES[target.name];
    if (scalar) {
      if (type === 'unknown' || type === 'object') type = scalar;
      nestedClass = undefined;
    } else {
      nestedClass = target.name;
    }
  }
  for (const decorator of decorators.swagger) {
    if (!SWAGGER_PROPERTY_DECORATORS.has(decorator.name)) continue;
    const options = decorator.arguments[0] && unwrap(decorator.arguments[0]);
    if (!options || !ts.isObjectLiteralExpression(options)) continue;
    doc ??= stringValue(objectProperty(options, 'description'))?.trim() || undefined;
    const format = stringValue(objectProperty(options, 'format'));
    if (format === 'binary') type = 'binary';
    addValidator(format ? OPENAPI_FORMATS[format] : undefined);
    if (literalValue(objectProperty(options, 'isArray')) === true) isList = true;
    const enumOption = objectProperty(options, 'enum');
    if (enumOption) {
      type = 'enum';
      enumValues = enumValuesOf(enumOption, enums, constants) ?? enumValues;
      nestedClass = undefined;
    }
    const target = classOfTypeOption(objectProperty(options, 'type'));
    if (target) {
      if (target.isList) isList = true;
      const scalar = SCALAR_CLASSES[target.name];
      if (scalar) {
        if (type === 'unknown') type = scalar;
      } else if (nestedClass === undefined && type === 'unknown') {
        nestedClass = target.name;
      }
    }
  }
  if (nestedClass !== undefined && type === 'unknown') type = 'object';
  if (type !== 'object') nestedClass = undefined;

  const field: FieldFact = {
    model: modelName,
    name,
    type,
    ...(typeName ? { typeName } : nestedClass ? { typeName: nestedClass } : {}),
    ...(isList ? { isList } : {}),
    validators,
    ...(enumValues ? { enumValues } : {}),
    ...(doc ? { doc } : {}),
    file,
    ...positionOf(sourceFile, property.name),
  };
  return { field, ...(nestedClass ? { nestedClass } : {}) };
}

function identifierText(expression: ts.Expression | undefined): string | undefined {
  const node = expression && unwrap(expression);
  return node && ts.isIdentifier(node) ? node.text : undefined;
}

function isEachOption(expression: ts.Expression | undefined): boolean {
  const value = literalValue(expression);
  return Boolean(value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp) && value.each === true);
}

/** `@IsEnum(Role)`, `@IsIn(['a', 'b'])`, `@ApiProperty({ enum: Role })` with Role declared in the file. */
function enumValuesOf(expression: ts.Expression | undefined, enums: LocalEnums, constants: Map<string, ts.Expression>): string[] | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  const direct = literalValue(node);
  if (Array.isArray(direct) && direct.every((value) => typeof value === 'string')) return direct as string[];
  if (!ts.isIdentifier(node)) return undefined;
  const declared = enums.get(node.text);
  if (declared) return declared;
  const constant = literalValue(constants.get(node.text));
  if (Array.isArray(constant) && constant.every((value) => typeof value === 'string')) return constant as string[];
  return undefined;
}

function extract(context: ScriptContext): { models: ModelFact[]; hints: ExtractorHint[] } {
  const { file, sourceFile, imports } = context;
  const models: ModelFact[] = [];
  const hints: ExtractorHint[] = [];
  const enums = localEnumsOf(sourceFile);
  const constants = topLevelConstants(sourceFile);
  const exportNames = exportNamesOf(sourceFile);

  for (const statement of sourceFile.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name || isEntityClass(statement, imports)) continue;
    const name = statement.name.text;
    const properties = statement.members.filter(
      (member): member is ts.PropertyDeclaration =>
        ts.isPropertyDeclaration(member) && !(ts.getModifiers(member) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
    );
    const decoratorsByProperty = properties.map((property) => classify(decoratorsOf(property), imports));
    const hasValidators = decoratorsByProperty.some((decorators) => decorators.validators.length > 0);
    const hasSwaggerProperties =
      DTO_NAME.test(name) && decoratorsByProperty.some((decorators) => decorators.swagger.some((decorator) => SWAGGER_PROPERTY_DECORATORS.has(decorator.name)));
    const base = statement.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const inherited = base ? heritageParts(base, imports) : [];
    if (!hasValidators && !hasSwaggerProperties && inherited.length === 0) continue;

    const fields: FieldFact[] = [];
    const parts: ReferencePart[] = [...inherited];
    for (const property of properties) {
      const reading = readProperty(property, name, context, enums, constants);
      if (!reading) continue;
      if (reading.nestedClass) {
        parts.push({
          reference: referenceTo(reading.nestedClass, imports),
          prefix: reading.field.name,
          index: fields.length,
          ...(reading.field.isList ? { isList: true } : {}),
          fallback: reading.field,
        });
      } else {
        fields.push(reading.field);
      }
    }
    const deduped = dedupeOwnFields(fields, parts);
    const model: ModelFact = {
      name,
      source: 'class-validator',
      kind: 'collection-point',
      file,
      ...positionOf(sourceFile, statement.name),
      ...(docCommentOf(statement) ? { doc: docCommentOf(statement) } : {}),
      fields: deduped.fields,
    };
    const exported = exportNames.get(name);
    const exportList = exported?.some((exportedName) => exportedName !== name) ? { exportNames: exported } : {};
    if (hasValidators || hasSwaggerProperties) {
      models.push(model);
      if (deduped.parts.length > 0 || exported?.some((exportedName) => exportedName !== name)) {
        hints.push(compositionHint({ file, role: 'model', name, parts: deduped.parts, ...exportList }));
      }
    } else {
      hints.push(compositionHint({ file, role: 'candidate', name, declaration: model, parts: deduped.parts, ...exportList }));
    }
  }
  return { models, hints };
}

export const classValidatorExtractor: ScriptExtractor = {
  source: 'class-validator',
  mightContain: (text) =>
    text.includes('class-validator') || text.includes('@nestjs/') || (text.includes('extends') && DTO_NAME_ANYWHERE.test(text)),
  extract,
  link: (input) => linkComposedModels(input),
};
