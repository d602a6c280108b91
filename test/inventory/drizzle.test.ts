import fs from 'node:fs';
import path from 'node:path';
import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { drizzleExtractor } from '../../src/inventory/extractors/drizzle.js';
import type { FieldFact, ModelFact } from '../../src/types.js';

const FIXTURES = path.resolve('fixtures/inventory');

/** A fixture folder as { 'root/relative/path': text }, paths with `/`. */
function readFixture(name: string): Record<string, string> {
  const root = path.join(FIXTURES, name);
  const files: Record<string, string> = {};
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

function extract(files: Record<string, string>): ModelFact[] {
  const { models, diagnostics } = runScriptExtractor(drizzleExtractor, files);
  expect(diagnostics).toEqual([]);
  return models;
}

function field(models: ModelFact[], id: string): FieldFact {
  const [modelName, fieldName] = id.split('.');
  const found = models.find((model) => model.name === modelName)?.fields.find((candidate) => candidate.name === fieldName);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

describe('drizzle extractor: drizzle-pg', () => {
  const models = extract(readFixture('drizzle-pg'));

  it('names each table after its variable and lists its columns by TypeScript key, at their lines', () => {
    expect(summarize(models)).toEqual({
      users: [
        'id:string@28',
        'email:string@29',
        'fullName:string@30',
        'role:enum@31',
        'emailVerified:boolean@32',
        'lastSignInIp:string@33',
        'preferences:json@34',
        'createdAt:date@4',
        'updatedAt:date@5',
      ],
      posts: ['id:number@41', 'authorId:string@42', 'title:string@45', 'status:enum@46', 'tags:string@47'],
      postsToEditors: ['postId:number@53', 'editorId:string@54'],
      sessions: ['id:string@65', 'userId:string@66', 'userAgent:string@67', 'ip:string@68'],
    });
  });

  it('does not take views, relations or enums for tables', () => {
    const names = models.map((model) => model.name);
    expect(names).not.toContain('activeUsers');
    expect(names).not.toContain('usersRelations');
    expect(names).not.toContain('postStatus');
  });

  it('records the table name, doc comment and the position of the variable', () => {
    expect(models.find((model) => model.name === 'users')).toMatchObject({
      source: 'drizzle',
      kind: 'entity',
      file: 'src/db/schema.ts',
      line: 25,
      column: 14,
      tableName: 'users',
      doc: 'People who can sign in.',
    });
    expect(models.find((model) => model.name === 'postsToEditors')?.tableName).toBe('posts_to_editors');
  });

  it('maps builders to types, database types and validators; column names only when they differ', () => {
    expect(field(models, 'users.id')).toMatchObject({ typeName: 'uuid', dbType: 'uuid', validators: ['uuid'], isPrimaryKey: true });
    expect(field(models, 'users.fullName')).toMatchObject({ typeName: 'varchar', columnName: 'full_name', isOptional: true });
    expect(field(models, 'users.lastSignInIp')).toMatchObject({ dbType: 'inet', validators: ['ip'], columnName: 'last_sign_in_ip' });
    expect(field(models, 'users.emailVerified')).toMatchObject({ dbType: 'boolean', isOptional: false });
    expect(field(models, 'users.preferences')).toMatchObject({ dbType: 'jsonb' });
    expect(field(models, 'sessions.ip')).not.toHaveProperty('columnName');
    expect(field(models, 'posts.title')).not.toHaveProperty('columnName');
    expect(field(models, 'posts.tags')).toMatchObject({ isList: true, typeName: 'text' });
  });

  it('resolves enums and custom types declared here or imported from another file', () => {
    expect(field(models, 'users.role')).toMatchObject({ type: 'enum', typeName: 'roleEnum', enumValues: ['member', 'admin'], isOptional: false });
    expect(field(models, 'posts.status')).toMatchObject({ type: 'enum', enumValues: ['draft', 'published'] });
    expect(field(models, 'users.email')).toMatchObject({ type: 'string', typeName: 'citext', dbType: 'citext' });
  });

  it('adds the columns of a spread imported from another file, at their own declaration', () => {
    expect(field(models, 'users.createdAt')).toMatchObject({
      model: 'users',
      file: 'src/db/columns.ts',
      columnName: 'created_at',
      isOptional: false,
    });
  });

  it('reads keys: .primaryKey(), .references(), composite primaryKey() and foreignKey()', () => {
    expect(field(models, 'posts.id')).toMatchObject({ isPrimaryKey: true, isOptional: false });
    expect(field(models, 'posts.authorId')).toMatchObject({ isForeignKey: true, relationTarget: 'users', isOptional: false });
    expect(field(models, 'sessions.userId')).toMatchObject({ isForeignKey: true, relationTarget: 'users' });
    expect(field(models, 'postsToEditors.postId')).toMatchObject({ isPrimaryKey: true });
    expect(field(models, 'postsToEditors.postId')).not.toHaveProperty('isForeignKey');
    expect(field(models, 'postsToEditors.editorId')).toMatchObject({ isPrimaryKey: true, isForeignKey: true, relationTarget: 'users' });
  });

  it('does not mark indexed or plain columns as keys', () => {
    expect(field(models, 'users.email')).not.toHaveProperty('isPrimaryKey');
    expect(field(models, 'users.email')).not.toHaveProperty('isForeignKey');
    expect(field(models, 'users.emailVerified').validators).toEqual([]);
  });

  it('leaves an imported enum unresolved, not guessed, when its file is not part of the run', () => {
    const files = readFixture('drizzle-pg');
    delete files['src/db/enums.ts'];
    expect(field(extract(files), 'users.role')).toMatchObject({ type: 'unknown', typeName: 'roleEnum' });
  });
});

describe('drizzle extractor: drizzle-sqlite-callback', () => {
  const models = extract(readFixture('drizzle-sqlite-callback'));

  it('reads the callback form, an aliased table function and a namespace import', () => {
    expect(summarize(models)).toEqual({
      customers: [
        'id:number@7',
        'email:string@8',
        'phone:string@9',
        'marketingOptIn:boolean@10',
        'signedUpAt:date@11',
        'tier:enum@12',
        'metadata:json@13',
        'avatar:binary@14',
      ],
      orders: ['id:number@20', 'customerId:number@21', 'total:number@22'],
    });
  });

  it('reads SQLite modes, inline enums, and builders destructured from the callback parameter', () => {
    expect(field(models, 'customers.marketingOptIn')).toMatchObject({ typeName: 'integer', columnName: 'marketing_opt_in' });
    expect(field(models, 'customers.tier')).toMatchObject({ enumValues: ['free', 'pro'], isOptional: true });
    expect(field(models, 'customers.phone').columnName).toBe('phone_number');
    expect(field(models, 'orders.total')).toMatchObject({ typeName: 'real', isOptional: false });
    expect(field(models, 'orders.customerId')).toMatchObject({ isForeignKey: true, relationTarget: 'customers' });
  });
});

describe('drizzle extractor: drizzle-table-creator', () => {
  it('reads tables of a pgTableCreator, also when the creator is imported from another file', () => {
    const models = extract(readFixture('drizzle-table-creator'));
    expect(summarize(models)).toEqual({
      posts: ['id:number@8', 'name:string@9', 'createdById:string@10', 'createdAt:date@14'],
      users: ['id:string@14', 'name:string@19', 'email:string@20', 'emailVerified:date@21', 'image:string@22'],
    });
    expect(models.map((model) => model.tableName)).toEqual(['post', 'user']);
    expect(field(models, 'posts.createdById')).toMatchObject({ isForeignKey: true, relationTarget: 'users', isOptional: false });
    expect(models.map((model) => model.name)).not.toContain('createTable');
  });
});

describe('drizzle extractor: drizzle-mysql', () => {
  const models = extract(readFixture('drizzle-mysql'));

  it('reads mysqlEnum, local helper builders, shorthand columns and the older object constraint form', () => {
    expect(summarize(models)).toEqual({
      members: [
        'id:number@7',
        'email:string@8',
        'plan:enum@9',
        'bio:string@10',
        'birthday:date@11',
        'balance:number@12',
        'createdAt:date@13',
      ],
      memberTags: ['memberId:number@19', 'tag:string@20'],
    });
    expect(field(models, 'members.plan')).toMatchObject({ typeName: 'mysqlEnum', enumValues: ['basic', 'premium'] });
    expect(field(models, 'members.balance')).toMatchObject({ typeName: 'int', columnName: 'balance_cents' });
    expect(field(models, 'members.createdAt')).toMatchObject({ columnName: 'created_at', isOptional: false });
    expect(field(models, 'members.id')).toMatchObject({ typeName: 'serial', isOptional: false });
    expect(field(models, 'memberTags.memberId').isPrimaryKey).toBe(true);
    expect(field(models, 'memberTags.tag').isPrimaryKey).toBe(true);
  });
});

describe('drizzle extractor: inline cases', () => {
  it('names a table that no variable holds after its table name, and follows .enableRLS() and inline pgSchema()', () => {
    const models = extract({
      'src/schema.ts': [
        "import { pgSchema, pgTable, text } from 'drizzle-orm/pg-core';",
        "export default pgTable('audit_log', { actorEmail: text('actor_email') });",
        "export const secrets = pgTable('secrets', { value: text() }).enableRLS();",
        "export const invoices = pgSchema('billing').table('invoices', { iban: text() });",
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ audit_log: ['actorEmail:string@2'], secrets: ['value:string@3'], invoices: ['iban:string@4'] });
  });

  it('names a referenced table by its exported name when imported under an alias', () => {
    const models = extract({
      'src/users.ts': "import { pgTable, serial } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', { id: serial().primaryKey() });\n",
      'src/notes.ts': [
        "import { integer, pgTable } from 'drizzle-orm/pg-core';",
        "import { users as accounts } from './users';",
        "export const notes = pgTable('notes', { ownerId: integer().references(() => accounts.id) });",
      ].join('\n'),
    });
    expect(field(models, 'notes.ownerId')).toMatchObject({ isForeignKey: true, relationTarget: 'users' });
  });

  it('reads pgEnum values from a TypeScript string enum', () => {
    const models = extract({
      'src/schema.ts': [
        "import { pgEnum, pgTable } from 'drizzle-orm/pg-core';",
        "enum Gender { Female = 'female', Male = 'male', Other = 'other' }",
        "export const gender = pgEnum('gender', Gender);",
        "export const people = pgTable('people', { gender: gender() });",
      ].join('\n'),
    });
    expect(field(models, 'people.gender')).toMatchObject({ type: 'enum', enumValues: ['female', 'male', 'other'] });
  });

  it('ignores look-alikes: knex createTable, a local pgTable function, drizzle-zod refinements', () => {
    const models = extract({
      'src/migrate.ts': [
        "import knex from 'knex';",
        "export const up = (db: knex.Knex) => db.schema.createTable('users', (table) => { table.string('email'); });",
      ].join('\n'),
      'src/fake.ts': [
        'function pgTable(name: string, columns: Record<string, string>) { return { name, columns }; }',
        "export const users = pgTable('users', { email: 'text' });",
      ].join('\n'),
      'src/validation.ts': [
        "import { createInsertSchema } from 'drizzle-zod';",
        "import { users } from './db';",
        'export const insertUser = createInsertSchema(users, { email: (schema) => schema.email() });',
      ].join('\n'),
    });
    expect(models).toEqual([]);
  });

  it('only parses files that can hold a table', () => {
    expect(drizzleExtractor.mightContain("import { z } from 'zod';\nexport const user = z.object({});")).toBe(false);
    expect(drizzleExtractor.mightContain("import { createTable } from './table';\ncreateTable('post', (d) => ({}));")).toBe(true);
    expect(drizzleExtractor.mightContain("export const users = auth.table('users', {});")).toBe(true);
  });
});
