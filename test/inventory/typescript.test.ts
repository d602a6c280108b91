import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { typeScriptExtractor } from '../../src/inventory/extractors/typescript.js';
import { fieldNamed, fixtureFiles, modelNamed } from './fixture-files.js';

const extract = (files: Record<string, string>) => runScriptExtractor(typeScriptExtractor, files);

describe('typescript extractor: typescript-records', () => {
  const { models, diagnostics } = extract(fixtureFiles('typescript-records'));

  it('reads person-named interfaces, types, classes and JSDoc typedefs with every member at its line', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Subscriber: [
        'email:string@4',
        'name:string@5',
        'phone:string@6',
        'location.city:string@8',
        'location.postcode:string@9',
        'topics:string@10',
        'frequency:enum@11',
      ],
      Lead: ['email:string@14', 'score:number@14'],
      CustomerRecord: ['loyaltyPoints:number@4', 'id:string@7', 'email:string@8', 'phone:string@9'],
      Person: ['createdAt:date@2', 'updatedAt:date@3', 'firstName:string@8', 'lastName:string@9', 'country:string@11'],
      User: [
        'id:string@7',
        'email:string@9',
        'emailVerified:boolean@10',
        'passwordHash:string@11',
        'role:enum@12',
        'gender:object@13',
        'birthDate:date@14',
        'tags:string@15',
        'address.street:string@17',
        'address.city:string@18',
        'address.geo.lat:number@19',
        'address.geo.lng:number@19',
        'phoneNumbers.label:string@21',
        'phoneNumbers.number:string@21',
        'manager:relation@22',
        'managerId:string@23',
        'avatar:binary@24',
        'settings:json@25',
      ],
      Employee: [
        'createdAt:date@2',
        'updatedAt:date@3',
        'firstName:string@8',
        'lastName:string@9',
        'country:string@11',
        'employeeNumber:number@31',
        'department:object@32',
      ],
      Customer: ['firstName:string@8', 'lastName:string@9', 'country:string@11', 'createdAt:date@2', 'updatedAt:date@3', 'loyaltyId:string@41', 'billing-email:string@42'],
      PublicUser: [
        'id:string@7',
        'email:string@9',
        'emailVerified:boolean@10',
        'role:enum@12',
        'gender:object@13',
        'birthDate:date@14',
        'tags:string@15',
        'address.street:string@17',
        'address.city:string@18',
        'address.geo.lat:number@19',
        'address.geo.lng:number@19',
        'phoneNumbers.label:string@21',
        'phoneNumbers.number:string@21',
        'manager:relation@22',
        'managerId:string@23',
        'avatar:binary@24',
      ],
      UserProfile: ['email:string@9', 'address.street:string@17', 'address.city:string@18', 'address.geo.lat:number@19', 'address.geo.lng:number@19', 'bio:string@47'],
      IUser: ['username:string@50', 'lastSeenAt:date@55'],
    });
  });

  it('places models at their names, with source, kind and doc', () => {
    expect(modelNamed(models, 'Person')).toMatchObject({ file: 'src/types/person.ts', line: 7, column: 18, source: 'typescript', kind: 'type', doc: 'Anyone the system knows by name.' });
    expect(modelNamed(models, 'Subscriber')).toMatchObject({ file: 'src/legacy/subscriber.js', line: 3, column: 22, doc: 'A newsletter subscriber.' });
    expect(modelNamed(models, 'Customer')).toMatchObject({ file: 'src/types/user.ts', line: 39, column: 13 });
  });

  it('reads enums, lists, relations, keys and docs from annotations', () => {
    expect(fieldNamed(models, 'User.role')).toMatchObject({ type: 'enum', enumValues: ['admin', 'member', 'guest'] });
    expect(fieldNamed(models, 'Subscriber.frequency')).toMatchObject({ type: 'enum', enumValues: ['weekly', 'monthly'] });
    expect(fieldNamed(models, 'User.tags').isList).toBe(true);
    expect(fieldNamed(models, 'User.phoneNumbers.number').isList).toBe(true);
    expect(fieldNamed(models, 'User.address.city').isList).toBeUndefined();
    expect(fieldNamed(models, 'User.manager')).toMatchObject({ type: 'relation', isRelation: true, relationTarget: 'Employee' });
    expect(fieldNamed(models, 'User.managerId')).toMatchObject({ isForeignKey: true, relationTarget: 'Employee' });
    expect(fieldNamed(models, 'Employee.department')).toMatchObject({ type: 'object', typeName: 'Department' });
    expect(fieldNamed(models, 'Employee.department').isRelation).toBeUndefined();
    expect(fieldNamed(models, 'User.email').doc).toBe('Primary login address.');
    expect(fieldNamed(models, 'Subscriber.email').doc).toBe('Where issues are sent');
    expect(fieldNamed(models, 'Employee.country')).toMatchObject({ file: 'src/types/person.ts', doc: 'ISO country code of residence.' });
  });

  it('leaves out methods, function members, static and private-name class members and plain constructor parameters', () => {
    const user = modelNamed(models, 'User').fields.map((field) => field.name);
    expect(user).not.toContain('onLogin');
    expect(user).not.toContain('greet');
    const record = modelNamed(models, 'CustomerRecord').fields.map((field) => field.name);
    for (const name of ['tableName', '#internalNote', 'internalNote', 'note', 'displayName']) expect(record).not.toContain(name);
  });

  it('makes no model of types that name no person, even when persons build on them', () => {
    const names = models.map((model) => model.name);
    for (const name of ['Timestamps', 'Department', 'Campaign', 'Gender']) expect(names).not.toContain(name);
  });
});

describe('typescript extractor: typescript-negatives', () => {
  it('finds no person record among orders, products, bank accounts, role and id aliases, entities, ORM models, DTOs, inferred types and props', () => {
    expect(extract(fixtureFiles('typescript-negatives')).models).toEqual([]);
  });

  it('leaves DTO subclasses and mapped types to the class-validator extractor', () => {
    expect(extract(fixtureFiles('nest-mapped-types')).models.map((model) => model.name)).toEqual(['ProfileDto']);
    expect(extract(fixtureFiles('class-validator-dtos')).models).toEqual([]);
  });
});

describe('typescript extractor: inline cases', () => {
  it('reads module augmentations and classes with initializers', () => {
    const { models } = extract({
      'src/types/next-auth.d-aug.ts': [
        "declare module 'next-auth' {",
        '  interface User {',
        '    role: "admin" | "user";',
        '  }',
        '}',
        'export class Guest {',
        "  nickname = '';",
        '  visits = 0;',
        '  isReturning = false;',
        '}',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ User: ['role:enum@3'], Guest: ['nickname:string@7', 'visits:number@8', 'isReturning:boolean@9'] });
  });

  it('takes a record whose members say person (first and last name) even when its name does not', () => {
    const { models } = extract({
      'src/signer.ts': 'export interface Signer {\n  firstName: string;\n  lastName: string;\n}\nexport interface Invoice {\n  customerEmail: string;\n  total: number;\n}\n',
    });
    expect(summarize(models)).toEqual({ Signer: ['firstName:string@2', 'lastName:string@3'] });
  });

  it('parses only files that declare a person-named type or mention the fields of a person', () => {
    expect(typeScriptExtractor.mightContain('const user = getUser();')).toBe(false);
    expect(typeScriptExtractor.mightContain('export interface Timestamps { createdAt: Date }')).toBe(false);
    expect(typeScriptExtractor.mightContain('export interface Credentials { password: string }')).toBe(true);
    expect(typeScriptExtractor.mightContain('export type CustomerDTO = { email: string }')).toBe(true);
    expect(typeScriptExtractor.mightContain('/** @typedef {Object} Customer */')).toBe(true);
  });

  it('finds a base interface declared in another file that names a person', () => {
    const { models } = extract({
      'src/base.ts': 'export interface PersonBase {\n  createdBy: string;\n}\n',
      'src/user.ts': "import type { PersonBase } from './base';\nexport interface User extends PersonBase {\n  email: string;\n}\n",
    });
    expect(summarize(models)).toEqual({ PersonBase: ['createdBy:string@2'], User: ['createdBy:string@2', 'email:string@3'] });
  });

  it('does not read a base declared in a file that names no person (the cheap filter skips it)', () => {
    const { models } = extract({
      'src/audit.ts': 'export interface Audited {\n  createdBy: string;\n}\n',
      'src/user.ts': "import type { Audited } from './audit';\nexport interface User extends Audited {\n  email: string;\n}\n",
    });
    expect(summarize(models)).toEqual({ User: ['email:string@3'] });
  });
});
