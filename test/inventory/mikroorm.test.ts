import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { mikroormExtractor } from '../../src/inventory/extractors/mikroorm.js';
import { extractFixture, fieldOf, modelOf } from './orm-fixtures.js';

describe('mikroorm extractor: mikroorm-decorators', () => {
  const { models, diagnostics } = extractFixture(mikroormExtractor, 'mikroorm-decorators');

  it('reads decorated entities from @mikro-orm/core and both v7 decorator packages', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      User: [
        'id:number@5',
        'createdAt:date@8',
        'updatedAt:date@11',
        'fullName:string@27',
        'email:string@32',
        'lastLoginIp:string@35',
        'password:string@38',
        'role:enum@41',
        'address.street:string@6',
        'address.city:string@9',
        'address.postalCode:string@12',
        'formerAddresses.street:string@6',
        'formerAddresses.city:string@9',
        'formerAddresses.postalCode:string@12',
        'books:relation@50',
        'favouritePublisher:relation@53',
      ],
      Book: ['id:number@8', 'title:string@11', 'author:relation@14', 'publisher:number@17', 'publishedAt:date@20'],
      Publisher: ['id:number@6', 'name:string@9', 'reach:enum@12'],
    });
  });

  it('keeps tableName or collection, and makes no model of abstract entities, embeddables or TypeORM classes', () => {
    expect(modelOf(models, 'User')).toMatchObject({ file: 'src/entities/User.ts', line: 25, column: 14, tableName: 'users' });
    expect(modelOf(models, 'Publisher').tableName).toBe('publishers');
    expect(models.map((model) => model.name).sort()).toEqual(['Book', 'Publisher', 'User']);
  });

  it('reads property options, column types, formats and docs', () => {
    expect(fieldOf(models, 'User.email')).toEqual({
      model: 'User',
      name: 'email',
      file: 'src/entities/User.ts',
      line: 32,
      column: 3,
      type: 'string',
      typeName: 'string',
      columnName: 'e_mail',
      validators: ['email'],
      doc: 'Login and contact address.',
    });
    expect(fieldOf(models, 'User.lastLoginIp')).toMatchObject({ dbType: 'inet', validators: ['ip'], isOptional: true });
    expect(fieldOf(models, 'Book.title')).toMatchObject({ type: 'string', typeName: 'string' });
    expect(fieldOf(models, 'Book.publishedAt')).toMatchObject({ type: 'date', isOptional: true });
  });

  it('infers types from initializers and reads enums from items or annotations', () => {
    expect(fieldOf(models, 'User.createdAt')).toMatchObject({ type: 'date', file: 'src/entities/BaseEntity.ts' });
    expect(fieldOf(models, 'User.role')).toMatchObject({ type: 'enum', typeName: 'UserRole', enumValues: ['member', 'moderator'] });
    expect(fieldOf(models, 'Publisher.reach')).toMatchObject({ type: 'enum', enumValues: ['local', 'global'] });
  });

  it('expands embeddables, arrays of them included, under the property name', () => {
    expect(fieldOf(models, 'User.address.postalCode')).toMatchObject({ file: 'src/entities/Address.ts', line: 12, columnName: 'zip_code' });
    expect(fieldOf(models, 'User.address.city').isList).toBeUndefined();
    expect(fieldOf(models, 'User.formerAddresses.city').isList).toBe(true);
  });

  it('reads relations from arguments, options and annotations; mapToPk is a key', () => {
    expect(fieldOf(models, 'User.books')).toMatchObject({ isRelation: true, relationTarget: 'Book', isList: true });
    expect(fieldOf(models, 'User.favouritePublisher')).toMatchObject({ isRelation: true, relationTarget: 'Publisher', typeName: 'Publisher', isOptional: true });
    expect(fieldOf(models, 'Book.author')).toMatchObject({ isRelation: true, relationTarget: 'User' });
    expect(fieldOf(models, 'Book.publisher')).toMatchObject({ isForeignKey: true, relationTarget: 'Publisher', type: 'number' });
    expect(fieldOf(models, 'Book.publisher').isRelation).toBeUndefined();
  });

  it('skips @Formula and accessors', () => {
    const names = modelOf(models, 'User').fields.map((field) => field.name);
    expect(names).not.toContain('bookCount');
    expect(names).not.toContain('initials');
  });
});

describe('mikroorm extractor: mikroorm-define-entity', () => {
  const { models, diagnostics } = extractFixture(mikroormExtractor, 'mikroorm-define-entity');

  it('reads defineEntity properties, with `extends`, spreads and `properties: (p) => ({ ... })`', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Author: [
        'id:string@7',
        'createdAt:date@8',
        'firstName:string@14',
        'email:string@15',
        'age:number@16',
        'termsAccepted:boolean@17',
        'born:date@18',
        'ip:string@19',
        'tags:string@20',
        'status:enum@21',
        'books:relation@23',
        'updatedAt:date@6',
      ],
      Book: ['id:number@7', 'title:string@8', 'author:relation@9', 'shippingAddress.street:string@18', 'shippingAddress.city:string@19'],
    });
  });

  it('reads the builder chain: primary, fieldName, columnType, nullable, array, enum items', () => {
    expect(fieldOf(models, 'Author.id')).toMatchObject({ isPrimaryKey: true, type: 'string', validators: ['uuid'], file: 'src/entities/Base.ts' });
    expect(fieldOf(models, 'Author.email')).toMatchObject({ columnName: 'email_address', type: 'string' });
    expect(fieldOf(models, 'Author.age')).toMatchObject({ type: 'number', typeName: 'integer', isOptional: true });
    expect(fieldOf(models, 'Author.ip')).toMatchObject({ dbType: 'inet', validators: ['ip'] });
    expect(fieldOf(models, 'Author.tags')).toMatchObject({ isList: true });
    expect(fieldOf(models, 'Author.status')).toMatchObject({ type: 'enum', enumValues: ['active', 'disabled'] });
    expect(fieldOf(models, 'Author.updatedAt')).toMatchObject({ type: 'date', isOptional: true, line: 6 });
  });

  it('reads relations and embedded schemas; skips formulas; no model for abstract or embeddable schemas', () => {
    expect(fieldOf(models, 'Author.books')).toMatchObject({ isRelation: true, relationTarget: 'Book', isList: true });
    expect(fieldOf(models, 'Book.author')).toMatchObject({ isRelation: true, relationTarget: 'Author' });
    expect(modelOf(models, 'Author').fields.map((field) => field.name)).not.toContain('fullName');
    expect(models.map((model) => model.name).sort()).toEqual(['Author', 'Book']);
    expect(modelOf(models, 'Author')).toMatchObject({ tableName: 'authors', file: 'src/entities/Author.ts', line: 9 });
  });
});

describe('mikroorm extractor: mikroorm-entity-schema', () => {
  const { models, diagnostics } = extractFixture(mikroormExtractor, 'mikroorm-entity-schema');

  it('reads EntitySchema objects in CommonJS and TypeScript, with a string `extends`', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Author: [
        'id:number@9',
        'createdAt:date@10',
        'updatedAt:date@11',
        'name:string@22',
        'email:string@23',
        'age:number@24',
        'termsAccepted:boolean@25',
        'identities:string@26',
        'born:date@27',
        'books:relation@28',
        'favouriteBook:relation@29',
      ],
      Book: ['id:number@15', 'title:string@16', 'author:relation@17', 'tags:relation@18'],
    });
  });

  it('names the model after `class`, else `name`, and reads kinds old and new', () => {
    expect(modelOf(models, 'Author')).toMatchObject({ file: 'src/Author.js', line: 18 });
    expect(modelOf(models, 'Book')).toMatchObject({ tableName: 'books' });
    expect(fieldOf(models, 'Author.identities')).toMatchObject({ isList: true, isOptional: true });
    expect(fieldOf(models, 'Author.books')).toMatchObject({ isRelation: true, relationTarget: 'Book', isList: true });
    expect(fieldOf(models, 'Author.favouriteBook')).toMatchObject({ isRelation: true, relationTarget: 'Book' });
    expect(fieldOf(models, 'Book.author')).toMatchObject({ isRelation: true, relationTarget: 'Author' });
    expect(fieldOf(models, 'Book.title')).toMatchObject({ columnName: 'book_title' });
    expect(fieldOf(models, 'Book.id')).toMatchObject({ isPrimaryKey: true });
  });
});

describe('mikroorm extractor: inline cases', () => {
  const extract = (code: string) => runScriptExtractor(mikroormExtractor, { 'src/entity.ts': code }).models;

  it('reads entities through a driver package re-export and a namespace import', () => {
    const models = extract(`
import * as orm from '@mikro-orm/postgresql';
@orm.Entity()
export class Lead {
  @orm.PrimaryKey({ type: 'uuid' }) id!: string;
  @orm.Property({ type: orm.types.text }) notes!: string;
  @orm.Property({ type: DateType }) seenAt!: unknown;
  @orm.Property({ type: 'json', nullable: true }) answers?: Record<string, string>;
}`);
    expect(summarize(models)).toEqual({ Lead: ['id:string@5', 'notes:string@6', 'seenAt:date@7', 'answers:json@8'] });
    expect(fieldOf(models, 'Lead.notes').typeName).toBe('string');
    expect(fieldOf(models, 'Lead.id').validators).toEqual(['uuid']);
  });

  it('ignores MikroORM decorator names from other modules', () => {
    expect(
      extract(`
import { Entity, Property } from './decorators';
import '@mikro-orm/core';
@Entity()
export class Lead { @Property() email!: string; }`),
    ).toEqual([]);
  });

  it('ignores `defineEntity` and `EntitySchema` that are not MikroORM’s', () => {
    expect(
      extract(`
import { EntitySchema } from 'typeorm';
import { defineEntity } from './schema-kit';
import '@mikro-orm/core';
export const A = defineEntity({ name: 'A', properties: { email: p.string() } });
export const B = new EntitySchema({ name: 'B', properties: { email: { type: 'string' } } });`),
    ).toEqual([]);
  });

  it('needs a @mikro-orm/ import before parsing', () => {
    expect(mikroormExtractor.mightContain(`import { Entity } from '@mikro-orm/decorators/legacy';`)).toBe(true);
    expect(mikroormExtractor.mightContain(`import { Entity } from 'typeorm';`)).toBe(false);
  });
});
