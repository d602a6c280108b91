import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { typeormExtractor } from '../../src/inventory/extractors/typeorm.js';
import { extractFixture, fieldOf, modelOf } from './orm-fixtures.js';

describe('typeorm extractor: typeorm-entities', () => {
  const { models, diagnostics } = extractFixture(typeormExtractor, 'typeorm-entities');

  it('reads every decorated entity with every column and relation, at the line of its name', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Photo: ['id:string@8', 'url:string@11', 'ownerId:number@14', 'owner:relation@18', 'album:relation@21', 'albumId:number@24'],
      Album: ['id:number@30', 'title:string@33', 'photos:relation@37'],
      User: [
        'id:number@22',
        'email:string@26',
        'phone:string@30',
        'firstName:string@34',
        'lastLoginIp:string@37',
        'role:enum@40',
        'nicknames:string@43',
        'emailVerified:boolean@46',
        'birthDate:date@49',
        'preferences:json@52',
        'photos:relation@55',
        'createdAt:date@58',
        'updatedAt:date@61',
      ],
    });
  });

  it('keeps the table name, the class doc and the location of the class name', () => {
    const { fields: _fields, ...user } = modelOf(models, 'User');
    expect(user).toEqual({
      name: 'User',
      source: 'typeorm',
      kind: 'entity',
      file: 'src/entities/user.entity.ts',
      line: 20,
      column: 14,
      tableName: 'users',
      doc: 'A person with an account.',
    });
    expect(modelOf(models, 'Photo').tableName).toBe('photos');
    expect(modelOf(models, 'Album').tableName).toBeUndefined();
  });

  it('reads column options: type, column name, class-validator formats', () => {
    expect(fieldOf(models, 'User.email')).toEqual({
      model: 'User',
      name: 'email',
      file: 'src/entities/user.entity.ts',
      line: 26,
      column: 3,
      type: 'string',
      typeName: 'string',
      dbType: 'varchar',
      columnName: 'e_mail',
      validators: ['email'],
    });
    expect(fieldOf(models, 'User.phone')).toMatchObject({ type: 'string', validators: ['phone'], isOptional: true });
    expect(fieldOf(models, 'User.firstName')).toMatchObject({ dbType: 'varchar', doc: 'Given name, as typed at sign-up.' });
  });

  it('derives formats and types from database types', () => {
    expect(fieldOf(models, 'User.lastLoginIp')).toMatchObject({ type: 'string', dbType: 'inet', validators: ['ip'], isOptional: true });
    expect(fieldOf(models, 'User.role')).toMatchObject({ type: 'enum', typeName: 'UserRole', enumValues: ['admin', 'editor', 'viewer'] });
    expect(fieldOf(models, 'User.nicknames')).toMatchObject({ type: 'string', dbType: 'simple-array', isList: true });
    expect(fieldOf(models, 'User.birthDate')).toMatchObject({ type: 'date', dbType: 'timestamp' });
    expect(fieldOf(models, 'User.preferences')).toMatchObject({ type: 'json', dbType: 'jsonb', doc: 'Free-form profile answers' });
    expect(fieldOf(models, 'Photo.id')).toMatchObject({ type: 'string', isPrimaryKey: true, dbType: 'uuid', validators: ['uuid'] });
    expect(fieldOf(models, 'User.id')).toMatchObject({ type: 'number', isPrimaryKey: true });
    expect(fieldOf(models, 'Album.id')).toMatchObject({ type: 'number', dbType: 'int', isPrimaryKey: true });
  });

  it('reads relations through a namespace import, with string and arrow targets', () => {
    expect(fieldOf(models, 'Photo.owner')).toMatchObject({ type: 'relation', isRelation: true, relationTarget: 'User', columnName: 'owner_id' });
    expect(fieldOf(models, 'Photo.album')).toMatchObject({ isRelation: true, relationTarget: 'Album', isOptional: true });
    expect(fieldOf(models, 'User.photos')).toMatchObject({ isRelation: true, relationTarget: 'Photo', isList: true });
    expect(fieldOf(models, 'Album.photos')).toMatchObject({ isRelation: true, relationTarget: 'Photo', isList: true });
  });

  it('marks explicit foreign-key columns and @RelationId properties as keys', () => {
    expect(fieldOf(models, 'Photo.ownerId')).toMatchObject({ isForeignKey: true, relationTarget: 'User', columnName: 'owner_id' });
    expect(fieldOf(models, 'Photo.albumId')).toMatchObject({ isForeignKey: true, relationTarget: 'Album', type: 'number' });
    expect(fieldOf(models, 'User.emailVerified').isForeignKey).toBeUndefined();
    expect(fieldOf(models, 'Photo.url').isForeignKey).toBeUndefined();
  });

  it('ignores look-alikes: MikroORM entities, DTOs, plain classes, getters and methods', () => {
    expect(models.map((model) => model.name).sort()).toEqual(['Album', 'Photo', 'User']);
    expect(modelOf(models, 'User').fields.map((field) => field.name)).not.toContain('displayName');
  });
});

describe('typeorm extractor: typeorm-embedded-and-inheritance', () => {
  const { models, diagnostics } = extractFixture(typeormExtractor, 'typeorm-embedded-and-inheritance');

  it('puts inherited columns first and embedded columns under the property name, across files', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Customer: [
        'id:string@5',
        'createdAt:date@8',
        'updatedAt:date@11',
        'name.first:string@5',
        'name.last:string@8',
        'billingAddress.street:string@5',
        'billingAddress.city:string@8',
        'billingAddress.postalCode:string@11',
        'billingAddress.country:string@14',
        'email:string@16',
        'location:object@19',
      ],
      Person: ['id:number@7', 'fullName:string@10'],
      Employee: ['id:number@7', 'fullName:string@10', 'salary:number@16', 'taxNumber:string@19'],
    });
  });

  it('points inherited and embedded fields at their own declarations', () => {
    expect(fieldOf(models, 'Customer.id')).toMatchObject({ model: 'Customer', file: 'src/common/base.entity.ts', line: 5, isPrimaryKey: true });
    // Imported as `default` from './name'.
    expect(fieldOf(models, 'Customer.name.first')).toMatchObject({ model: 'Customer', file: 'src/customers/name.ts', line: 5 });
    // Imported through the barrel '../common' (index.ts re-exports), found as the one `Address` class.
    expect(fieldOf(models, 'Customer.billingAddress.postalCode')).toMatchObject({
      file: 'src/common/address.ts',
      line: 11,
      columnName: 'zip',
    });
    expect(fieldOf(models, 'Customer.createdAt')).toMatchObject({ type: 'date', dbType: 'timestamptz' });
  });

  it('keeps an embedded class it cannot find as one object field', () => {
    expect(fieldOf(models, 'Customer.location')).toEqual({
      model: 'Customer',
      name: 'location',
      file: 'src/customers/customer.entity.ts',
      line: 19,
      column: 3,
      type: 'object',
      typeName: 'GeoPoint',
      validators: [],
    });
  });

  it('makes no model of abstract bases and embeddables; child entities inherit the parent table', () => {
    expect(models.map((model) => model.name)).not.toContain('BaseModel');
    expect(models.map((model) => model.name)).not.toContain('Address');
    expect(models.map((model) => model.name)).not.toContain('PersonName');
    expect(modelOf(models, 'Employee').tableName).toBeUndefined();
    expect(modelOf(models, 'Customer').tableName).toBe('customers');
  });
});

describe('typeorm extractor: typeorm-entity-schema', () => {
  const { models, diagnostics } = extractFixture(typeormExtractor, 'typeorm-entity-schema');

  it('reads EntitySchema columns, relations, relation ids, spreads and embedded schemas', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Category: ['id:number@11', 'name:string@16'],
      Person: [
        'id:number@19',
        'email:string@24',
        'signupIp:string@29',
        'countryCode:string@33',
        'createdAt:date@5',
        'updatedAt:date@6',
        'categories:relation@44',
        'manager:relation@48',
        'managerId:unknown@55',
        'name.first:string@6',
        'name.last:string@7',
      ],
    });
  });

  it('names the model after the target class or the type argument, and keeps tableName', () => {
    expect(modelOf(models, 'Person')).toMatchObject({ file: 'src/schemas/person.ts', line: 14, tableName: 'people' });
    expect(modelOf(models, 'Category')).toMatchObject({ file: 'src/schemas/category.ts', line: 8 });
    expect(modelOf(models, 'Category').tableName).toBeUndefined();
  });

  it('reads column options', () => {
    expect(fieldOf(models, 'Person.email')).toMatchObject({ type: 'string', typeName: 'String', columnName: 'email_address' });
    expect(fieldOf(models, 'Person.email').dbType).toBeUndefined();
    expect(fieldOf(models, 'Person.signupIp')).toMatchObject({ dbType: 'inet', validators: ['ip'], isOptional: true });
    expect(fieldOf(models, 'Person.id')).toMatchObject({ isPrimaryKey: true, dbType: 'int' });
    expect(fieldOf(models, 'Person.countryCode')).toMatchObject({ isForeignKey: true, relationTarget: 'countries' });
  });

  it('resolves relation targets written as entity names to model ids', () => {
    expect(fieldOf(models, 'Person.categories')).toMatchObject({ isRelation: true, isList: true, relationTarget: 'Category' });
    expect(fieldOf(models, 'Person.manager')).toMatchObject({ isRelation: true, relationTarget: 'Person', columnName: 'manager_id' });
    expect(fieldOf(models, 'Person.managerId')).toMatchObject({ isForeignKey: true, relationTarget: 'Person' });
  });

  it('does not report a schema used only as an embedded part as a model', () => {
    expect(models.map((model) => model.name)).not.toContain('Name');
  });
});

describe('typeorm extractor: inline cases', () => {
  const extract = (code: string, file = 'src/entity.ts') => runScriptExtractor(typeormExtractor, { [file]: code }).models;

  it('resolves aliased decorator imports', () => {
    const models = extract(`
import { Entity as Table, Column as Field, PrimaryColumn } from 'typeorm';
@Table()
export class Lead {
  @PrimaryColumn() id: string;
  @Field({ name: 'mail' }) contactEmail: string;
}`);
    expect(summarize(models)).toEqual({ Lead: ['id:string@5', 'contactEmail:string@6'] });
    expect(fieldOf(models, 'Lead.contactEmail').columnName).toBe('mail');
  });

  it('ignores decorators with TypeORM names from other modules', () => {
    const models = extract(`
import { Entity, Column } from './my-orm';
import 'typeorm';
@Entity()
export class Lead {
  @Column() email: string;
}`);
    expect(models).toEqual([]);
  });

  it('treats TypeORM BaseEntity (active record) as bringing no columns', () => {
    const models = extract(`
import { BaseEntity, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Account extends BaseEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column() owner: string;
}`);
    expect(summarize(models)).toEqual({ Account: ['id:number@5', 'owner:string@6'] });
  });

  it('lets a subclass redeclare an inherited column and survives inheritance cycles', () => {
    const models = extract(`
import { Column, Entity } from 'typeorm';
abstract class Named { @Column() name: string; @Column() note: string; }
@Entity()
export class Pet extends Named { @Column({ nullable: true }) name: string; }
class Loop1 extends Loop2 { @Column() a: string; }
@Entity()
class Loop2 extends Loop1 { @Column() b: string; }`);
    expect(summarize(models)).toEqual({ Pet: ['note:string@3', 'name:string@5'], Loop2: ['a:string@6', 'b:string@8'] });
    expect(fieldOf(models, 'Pet.name').isOptional).toBe(true);
  });

  it('skips @VirtualColumn and reads @ViewEntity columns', () => {
    const models = extract(`
import { Column, Entity, PrimaryColumn, ViewColumn, ViewEntity, VirtualColumn } from 'typeorm';
@Entity()
export class Company {
  @PrimaryColumn() id: number;
  @VirtualColumn({ query: (alias) => \`SELECT COUNT(*) FROM employees WHERE companyId = \${alias}.id\` })
  totalEmployeesCount: number;
}
@ViewEntity({ name: 'customer_contacts', expression: 'SELECT email FROM customers' })
export class CustomerContact {
  @ViewColumn() email: string;
}`);
    expect(summarize(models)).toEqual({ Company: ['id:number@5'], CustomerContact: ['email:string@11'] });
    expect(modelOf(models, 'CustomerContact').tableName).toBe('customer_contacts');
  });

  it('reads a column with no annotation and no type as unknown (plain JavaScript with Babel decorators)', () => {
    const models = extract(
      `
import { Column, Entity } from 'typeorm';
@Entity()
export class Legacy {
  @Column() nickname;
  @Column('varchar') handle;
}`,
      'src/legacy.js',
    );
    expect(summarize(models)).toEqual({ Legacy: ['nickname:unknown@5', 'handle:string@6'] });
  });

  it('needs the text "typeorm" before parsing', () => {
    expect(typeormExtractor.mightContain(`import { Entity } from 'typeorm';`)).toBe(true);
    expect(typeormExtractor.mightContain(`import { Entity } from '@mikro-orm/core';`)).toBe(false);
  });
});
