import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { sequelizeExtractor } from '../../src/inventory/extractors/sequelize.js';
import { extractFixture, fieldOf, modelOf } from './orm-fixtures.js';

describe('sequelize extractor: sequelize-define-commonjs', () => {
  const { models, diagnostics } = extractFixture(sequelizeExtractor, 'sequelize-define-commonjs');

  it('reads sequelize.define models in CommonJS files, named as given', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Post: ['title:string@4', 'body:string@5', 'authorId:number@6', 'visitorIp:string@7'],
      Team: ['name:string@5', 'plan:enum@6'],
      User: [
        'id:number@4',
        'username:string@9',
        'email:string@15',
        'website:string@20',
        'lastIp:string@24',
        'card:string@25',
        'birthday:date@29',
        'role:enum@30',
        'tags:string@31',
        'marketingOptIn:boolean@32',
        'settings:json@33',
        'companyId:number@34',
      ],
    });
  });

  it('locates the model at the name it is given and keeps tableName', () => {
    const { fields: _fields, ...user } = modelOf(models, 'User');
    expect(user).toEqual({ name: 'User', source: 'sequelize', kind: 'entity', file: 'models/user.js', line: 3, column: 33, tableName: 'users' });
    expect(modelOf(models, 'Team').tableName).toBe('teams');
    expect(modelOf(models, 'Post').tableName).toBeUndefined();
  });

  it('reads attribute options: field, allowNull, primaryKey, doc, and validators', () => {
    expect(fieldOf(models, 'User.email')).toEqual({
      model: 'User',
      name: 'email',
      file: 'models/user.js',
      line: 15,
      column: 5,
      type: 'string',
      typeName: 'DataTypes.STRING',
      dbType: 'string',
      columnName: 'e_mail',
      validators: ['email'],
      doc: 'Where we send receipts.',
    });
    expect(fieldOf(models, 'User.id')).toMatchObject({ isPrimaryKey: true, type: 'number', dbType: 'integer' });
    expect(fieldOf(models, 'User.username')).toMatchObject({ isOptional: false, typeName: 'DataTypes.STRING(50)' });
    expect(fieldOf(models, 'User.website').validators).toEqual(['url']);
    expect(fieldOf(models, 'User.card').validators).toEqual(['credit-card']);
    expect(fieldOf(models, 'User.birthday')).toMatchObject({ type: 'date', dbType: 'dateonly', validators: ['date'] });
    expect(fieldOf(models, 'Post.visitorIp')).toMatchObject({ typeName: 'Sequelize.STRING', validators: ['ip'] });
  });

  it('reads data types: INET, ENUM values, ARRAY, JSONB', () => {
    expect(fieldOf(models, 'User.lastIp')).toMatchObject({ type: 'string', dbType: 'inet', validators: ['ip'] });
    expect(fieldOf(models, 'User.role')).toMatchObject({ type: 'enum', enumValues: ['member', 'admin'] });
    expect(fieldOf(models, 'Team.plan')).toMatchObject({ type: 'enum', enumValues: ['free', 'pro'] });
    expect(fieldOf(models, 'User.tags')).toMatchObject({ type: 'string', isList: true });
    expect(fieldOf(models, 'User.settings')).toMatchObject({ type: 'json', dbType: 'jsonb' });
    expect(fieldOf(models, 'User.marketingOptIn').validators).toEqual([]);
  });

  it('marks keys from `references` and from associations declared in another file', () => {
    expect(fieldOf(models, 'User.companyId')).toMatchObject({ isForeignKey: true, relationTarget: 'companies' });
    // `User.hasMany(models.Post, { foreignKey: 'authorId' })` in models/user.js.
    expect(fieldOf(models, 'Post.authorId')).toMatchObject({ isForeignKey: true, relationTarget: 'User' });
    expect(fieldOf(models, 'Post.title').isForeignKey).toBeUndefined();
  });

  it('ignores the models/index.js loader and other libraries’ define and init calls', () => {
    expect(models.map((model) => model.name).sort()).toEqual(['Post', 'Team', 'User']);
    expect(models.every((model) => model.file !== 'lookalikes.js' && model.file !== 'models/index.js')).toBe(true);
  });
});

describe('sequelize extractor: sequelize-model-init', () => {
  const { models, diagnostics } = extractFixture(sequelizeExtractor, 'sequelize-model-init');

  it('reads Model.init models named after the class, in TypeScript and in sequelize-cli class files', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Profile: ['userId:number@15', 'bio:string@16', 'avatarUrl:string@17', 'dateOfBirth:date@18'],
      User: ['id:number@22', 'email:string@27', 'phoneNumber:string@32', 'passwordHash:string@37', 'signupIp:string@38', 'createdAt:date@39'],
    });
    expect(modelOf(models, 'User')).toMatchObject({ file: 'src/models/user.ts', line: 11, tableName: 'users', doc: 'An account holder.' });
    expect(modelOf(models, 'Profile')).toMatchObject({ file: 'src/models/profile.js', line: 4 });
  });

  it('reads chained and constructed data types and attribute options', () => {
    expect(fieldOf(models, 'User.id')).toMatchObject({ type: 'number', dbType: 'integer', isPrimaryKey: true });
    expect(fieldOf(models, 'User.email')).toMatchObject({ type: 'string', typeName: 'new DataTypes.STRING(128)', isOptional: false, validators: ['email'] });
    expect(fieldOf(models, 'User.phoneNumber')).toMatchObject({ columnName: 'phone_number', isOptional: true });
    expect(fieldOf(models, 'User.signupIp')).toMatchObject({ dbType: 'inet', validators: ['ip'], doc: 'IP address at sign-up' });
    expect(fieldOf(models, 'Profile.avatarUrl').validators).toEqual(['url']);
  });

  it('marks the key named by `this.belongsTo(models.User, { foreignKey })`', () => {
    expect(fieldOf(models, 'Profile.userId')).toMatchObject({ isForeignKey: true, relationTarget: 'User' });
    expect(fieldOf(models, 'Profile.bio').isForeignKey).toBeUndefined();
  });

  it('does not take Sentry.init or a plain class’s static init for models', () => {
    expect(models.map((model) => model.name).sort()).toEqual(['Profile', 'User']);
  });
});

describe('sequelize extractor: sequelize-typescript', () => {
  const { models, diagnostics } = extractFixture(sequelizeExtractor, 'sequelize-typescript');

  it('reads @Table classes with inherited, typed and associated columns', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Post: ['title:string@7', 'authorId:number@11', 'author:relation@14'],
      User: [
        'createdAt:date@5',
        'updatedAt:date@8',
        'createdBy:string@11',
        'id:number@21',
        'email:string@26',
        'name:string@29',
        'lastLoginIp:string@34',
        'role:enum@37',
        'posts:relation@40',
      ],
    });
    expect(modelOf(models, 'User')).toMatchObject({ file: 'src/models/user.model.ts', line: 17, tableName: 'users' });
    expect(modelOf(models, 'Post').tableName).toBeUndefined();
  });

  it('reads @Column forms and the shortcut and validator decorators', () => {
    expect(fieldOf(models, 'User.email')).toEqual({
      model: 'User',
      name: 'email',
      file: 'src/models/user.model.ts',
      line: 26,
      column: 3,
      type: 'string',
      typeName: 'string',
      dbType: 'string',
      columnName: 'email_address',
      isOptional: false,
      validators: ['email'],
    });
    expect(fieldOf(models, 'User.id')).toMatchObject({ isPrimaryKey: true, type: 'number' });
    expect(fieldOf(models, 'User.name')).toMatchObject({ type: 'string', typeName: 'string' });
    expect(fieldOf(models, 'User.name').dbType).toBeUndefined();
    expect(fieldOf(models, 'User.lastLoginIp')).toMatchObject({ validators: ['ip'], doc: 'Last address the user signed in from' });
    expect(fieldOf(models, 'User.role')).toMatchObject({ type: 'enum', enumValues: ['member', 'admin'] });
    expect(fieldOf(models, 'User.createdBy')).toMatchObject({ file: 'src/models/base.model.ts', dbType: 'string' });
  });

  it('reads associations and @ForeignKey, and skips undecorated properties', () => {
    expect(fieldOf(models, 'User.posts')).toMatchObject({ isRelation: true, relationTarget: 'Post', isList: true });
    expect(fieldOf(models, 'Post.author')).toMatchObject({ isRelation: true, relationTarget: 'User' });
    expect(fieldOf(models, 'Post.authorId')).toMatchObject({ isForeignKey: true, relationTarget: 'User' });
    expect(modelOf(models, 'Post').fields.map((field) => field.name)).not.toContain('draftNotes');
    expect(models.map((model) => model.name)).not.toContain('AuditedModel');
  });
});

describe('sequelize extractor: inline cases', () => {
  const extract = (code: string, file = 'src/models.ts') => runScriptExtractor(sequelizeExtractor, { [file]: code }).models;

  it('reads ES module define calls with imported data types and spread attributes', () => {
    const models = extract(`
import { Sequelize, STRING, DataTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const timestamps = { createdAt: DataTypes.DATE };
export const Customer = sequelize.define('customer', {
  fullName: STRING,
  ...timestamps,
});`);
    expect(summarize(models)).toEqual({ customer: ['fullName:string@6', 'createdAt:date@4'] });
  });

  it('takes a define call for Sequelize only when the file imports it or a data type is used', () => {
    expect(extract(`// sequelize\nconst Thing = registry.define('Thing', { email: String });`, 'src/thing.js')).toEqual([]);
    expect(summarize(extract(`// no import here\nconst Thing = db.define('Thing', { email: DataTypes.STRING });`, 'src/thing.js'))).toEqual({
      Thing: ['email:string@2'],
    });
  });

  it('marks keys named after the target when belongsTo gives no foreignKey', () => {
    const models = extract(`
import { DataTypes, Model } from 'sequelize';
export class Team extends Model {}
Team.init({ name: DataTypes.STRING }, { sequelize });
export class Member extends Model {}
Member.init({ teamId: DataTypes.INTEGER, email: DataTypes.STRING }, { sequelize });
Member.belongsTo(Team);`);
    expect(fieldOf(models, 'Member.teamId')).toMatchObject({ isForeignKey: true, relationTarget: 'Team' });
    expect(fieldOf(models, 'Member.email').isForeignKey).toBeUndefined();
  });

  it('types a VIRTUAL column from its inner type, else from the annotation', () => {
    const models = extract(`
import { Column, DataType, Model, Table } from 'sequelize-typescript';
@Table
export class Member extends Model {
  @Column({ type: DataType.VIRTUAL, get(): string { return 'x'; } })
  nickname: string;
  @Column(DataType.VIRTUAL(DataType.BOOLEAN))
  isAdult: unknown;
}`);
    expect(summarize(models)).toEqual({ Member: ['nickname:string@6', 'isAdult:boolean@8'] });
  });

  it('keeps attributes it cannot type as unknown rather than dropping them', () => {
    const models = extract(`
import { DataTypes } from 'sequelize';
import { emailColumn } from './columns';
export const Lead = sequelize.define('Lead', { email: emailColumn, phone: DataTypes.STRING });`);
    expect(summarize(models)).toEqual({ Lead: ['email:unknown@4', 'phone:string@4'] });
  });

  it('reads Sequelize 7 decorated models, with or without @Table, but not abstract bases', () => {
    const models = extract(`
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes } from '@sequelize/core';
import { Attribute, AutoIncrement, ColumnName, NotNull, PrimaryKey } from '@sequelize/core/decorators-legacy';
export abstract class Timestamped extends Model {
  @Attribute(DataTypes.DATE) declare deletedAt: Date | null;
}
export class Customer extends Model<InferAttributes<Customer>, InferCreationAttributes<Customer>> {
  @Attribute(DataTypes.INTEGER)
  @PrimaryKey
  @AutoIncrement
  declare id: CreationOptional<number>;

  @Attribute(DataTypes.STRING)
  @NotNull
  @ColumnName('mail')
  declare email: string;
}`);
    expect(summarize(models)).toEqual({ Customer: ['id:number@11', 'email:string@16'] });
    expect(fieldOf(models, 'Customer.email')).toMatchObject({ isOptional: false, columnName: 'mail', dbType: 'string' });
    expect(fieldOf(models, 'Customer.id').isPrimaryKey).toBe(true);
  });

  it('reads sequelize-typescript columns declared on getters, typed by the getter', () => {
    const { models } = runScriptExtractor(sequelizeExtractor, {
      'src/user.ts': [
        "import { Column, DataType, IsIP, Model, Table } from 'sequelize-typescript';",
        '@Table({ tableName: "users" })',
        'export class User extends Model {',
        '  @IsIP',
        '  @Column(DataType.STRING)',
        '  get lastActiveIp(): string | null {',
        '    return this.getDataValue("lastActiveIp");',
        '  }',
        '  set lastActiveIp(value: string | null) {',
        '    this.setDataValue("lastActiveIp", value);',
        '  }',
        '  @Column',
        '  get avatarUrl(): string {',
        '    return this.getDataValue("avatarUrl");',
        '  }',
        '  get displayName(): string {',
        '    return "x";',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ User: ['lastActiveIp:string@6', 'avatarUrl:string@13'] });
    expect(models[0].fields[0].validators).toEqual(['ip']);
  });

  it('needs "sequelize", "Sequelize" or "DataTypes" in the text before parsing', () => {
    expect(sequelizeExtractor.mightContain(`const { Model } = require('sequelize');`)).toBe(true);
    expect(sequelizeExtractor.mightContain(`module.exports = (db, DataTypes) => db.define('A', {})`)).toBe(true);
    expect(sequelizeExtractor.mightContain(`import { Entity } from 'typeorm';`)).toBe(false);
  });
});
