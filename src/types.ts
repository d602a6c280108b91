/**
 * The facts datamin works on. Every stage turns plain data into plain data:
 * files -> models and fields (inventory) -> uses and flows -> findings -> report.
 */

/** Where a personal field was declared. See DESIGN.md section 5, `source`. */
export type SourceKind =
  | 'prisma'
  | 'typeorm'
  | 'mikroorm'
  | 'sequelize'
  | 'mongoose'
  | 'drizzle'
  | 'zod'
  | 'class-validator'
  | 'typescript'
  | 'graphql'
  | 'sql';

/**
 * What kind of thing a model is:
 * - `entity`: stored (ORM schema, table, collection);
 * - `collection-point`: what a form or API accepts (zod schema, class-validator DTO);
 * - `type`: a plain TypeScript record type, lower confidence.
 */
export type ModelKind = 'entity' | 'collection-point' | 'type';

/** The storage type of a field, normalized across ORMs. */
export type FieldType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'json'
  | 'binary'
  | 'enum'
  | 'object'
  | 'relation'
  | 'unknown';

/**
 * Validators and format hints, normalized across libraries (class-validator `@IsEmail`,
 * zod `.email()`, Prisma `@db.Inet`, Mongoose `match`, ...). Classification evidence.
 */
export type Validator =
  | 'email'
  | 'url'
  | 'uuid'
  | 'phone'
  | 'ip'
  | 'mac-address'
  | 'date'
  | 'postal-code'
  | 'credit-card'
  | 'iban'
  | 'bic'
  | 'latitude'
  | 'longitude'
  | 'lat-long'
  | 'password'
  | 'passport-number'
  | 'identity-card'
  | 'tax-id'
  | 'country'
  | 'locale'
  | 'currency'
  | 'hash'
  | 'jwt'
  | 'id';

/** A place in a file. Lines and columns are 1-based; paths are relative to the root, with `/`. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/** A comment that turns a rule off, e.g. Prisma `/// datamin-ignore unused-personal-data -- reason`. */
export interface SuppressionComment extends Location {
  ruleId: string;
  reason?: string;
  scope: 'next-line' | 'file' | 'field';
}

/** One field of a model as an extractor sees it, before classification. */
export interface FieldFact extends Location {
  /** The model id this field belongs to. */
  model: string;
  /** The field's path within the model: `email`, or `profile.address.city` for nested paths. */
  name: string;
  type: FieldType;
  /** The type as written: `String`, `varchar`, `Date`, `Role`, `z.string()`. */
  typeName?: string;
  /** A database-level type when one is declared: Prisma `@db.Inet`, TypeORM `{ type: 'inet' }`. */
  dbType?: string;
  isList?: boolean;
  /**
   * The field may be left empty: Prisma `String?`, a Drizzle column without `.notNull()`, a
   * Mongoose path without `required`. Undefined when the declaration does not say.
   */
  isOptional?: boolean;
  isPrimaryKey?: boolean;
  /** A scalar holding another record's key (`authorId`, Mongoose `ObjectId` with `ref`). */
  isForeignKey?: boolean;
  /** A navigation property holding another record (`author User`, `@ManyToOne`). */
  isRelation?: boolean;
  relationTarget?: string;
  /** The column or property name in the database when it differs (`@map`, `{ name: 'e_mail' }`). */
  columnName?: string;
  validators: Validator[];
  enumValues?: string[];
  /** The field's doc comment (`///` in Prisma, JSDoc in TypeScript), trimmed. */
  doc?: string;
  suppressions?: SuppressionComment[];
}

/** A model: a table, entity class, collection, DTO, validation schema or record type. */
export interface ModelFact extends Location {
  /** The model id (DESIGN.md "Model and field ids"). */
  name: string;
  source: SourceKind;
  kind: ModelKind;
  /** The table or collection name when declared (`@@map`, `@Entity('users')`, `pgTable('users')`). */
  tableName?: string;
  doc?: string;
  fields: FieldFact[];
  /**
   * Other models this one is a part of (a zod schema used as `config: ConfigSchema`, a DTO
   * nested in another): its fields are collected through them too.
   */
  partOf?: string[];
}

/** How a field was classified. */
export interface Classification {
  /** A taxonomy key, e.g. `user.contact.email`. */
  category: string;
  /** 0..1: how sure the classifier is. */
  confidence: number;
  /** Why, in a few words: `name: email`, `validator: @IsEmail`, `override: fields.User.nick`. */
  evidence: string;
}

/** One entry of the inventory (DESIGN.md section 5). */
export interface PersonalField {
  id: string;
  model: string;
  field: string;
  source: SourceKind;
  kind: ModelKind;
  file: string;
  line: number;
  column: number;
  category: string;
  special: boolean;
  sensitive: boolean;
  confidence: number;
  evidence: string;
}

/** A problem datamin met while reading the project: reported as `analysis-error`. */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  message: string;
}
