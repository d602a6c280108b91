import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { zodExtractor } from '../../src/inventory/extractors/zod.js';
import { validatorOfPattern } from '../../src/inventory/extractors/format-patterns.js';
import { fieldNamed, fieldOf, fixtureFiles, modelNamed, validatorsOf } from './fixture-files.js';

const extract = (files: Record<string, string>) => runScriptExtractor(zodExtractor, files);

describe('zod extractor: zod-forms', () => {
  const { models, diagnostics } = extract(fixtureFiles('zod-forms'));

  it('reads every object schema assigned to a variable, with every field at its line', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      formSchema: ['fullName:string@8', 'email:string@9', 'message:string@10'],
      ProfileForm: [
        'email:string@5',
        'homepage:string@6',
        'externalId:string@7',
        'mobile:string@8',
        'birthday:string@9',
        'updatedAt:string@10',
        'lastIp:string@11',
        'lastIpV6:string@12',
        'bio:string@13',
      ],
      SignupSchema: [
        'email:string@14',
        'password:string@15',
        'firstName:string@16',
        'age:number@17',
        'birthDate:date@18',
        'acceptTerms:boolean@19',
        'plan:enum@20',
        'country:enum@21',
        'gender:enum@22',
        'phone:string@23',
        'zip:string@24',
        'website:string@25',
        'referrerId:string@26',
        'inviteCode:string@27',
        'lastLoginIp:string@28',
        'interests:string@29',
        'nickname:string@30',
        'avatar:binary@31',
        'preferences:json@32',
        'appointment:string@33',
        'emergencyContact.name:string@35',
        'emergencyContact.phone:string@36',
      ],
      newsletterSchema: ['email:string@4', 'consent:boolean@5', 'frequency:enum@6'],
    });
  });

  it('places each model at its variable, with its JSDoc', () => {
    const located = models.map(({ name, file, line, column, source, kind, doc }) => ({ name, file, line, column, source, kind, doc }));
    expect(located).toEqual([
      { name: 'formSchema', file: 'src/forms/contact-form.tsx', line: 7, column: 9, source: 'zod', kind: 'collection-point', doc: undefined },
      { name: 'ProfileForm', file: 'src/forms/profile.ts', line: 4, column: 7, source: 'zod', kind: 'collection-point', doc: undefined },
      { name: 'SignupSchema', file: 'src/forms/signup.ts', line: 11, column: 14, source: 'zod', kind: 'collection-point', doc: 'What the public sign-up form accepts.' },
      { name: 'newsletterSchema', file: 'src/legacy/newsletter.js', line: 3, column: 7, source: 'zod', kind: 'collection-point', doc: undefined },
    ]);
    expect(fieldNamed(models, 'SignupSchema.email')).toMatchObject({ model: 'SignupSchema', file: 'src/forms/signup.ts', line: 14, column: 5 });
  });

  it('reads formats from zod 3 methods, zod 4 top-level formats and regex patterns', () => {
    expect(validatorsOf(models)).toEqual({
      'formSchema.email': ['email'],
      'ProfileForm.email': ['email'],
      'ProfileForm.homepage': ['url'],
      'ProfileForm.externalId': ['uuid'],
      'ProfileForm.mobile': ['phone'],
      'ProfileForm.birthday': ['date'],
      'ProfileForm.updatedAt': ['date'],
      'ProfileForm.lastIp': ['ip'],
      'ProfileForm.lastIpV6': ['ip'],
      'SignupSchema.email': ['email'],
      'SignupSchema.phone': ['phone'],
      'SignupSchema.zip': ['postal-code'],
      'SignupSchema.website': ['url'],
      'SignupSchema.referrerId': ['uuid'],
      'SignupSchema.inviteCode': ['id'],
      'SignupSchema.lastLoginIp': ['ip'],
      'SignupSchema.appointment': ['date'],
      'newsletterSchema.email': ['email'],
    });
  });

  it('reads enums from literals, constant tuples and TypeScript enums', () => {
    expect(fieldNamed(models, 'SignupSchema.plan')).toMatchObject({ type: 'enum', typeName: 'Plan', enumValues: ['free', 'pro'] });
    expect(fieldNamed(models, 'SignupSchema.country')).toMatchObject({ type: 'enum', enumValues: ['DE', 'FR', 'US'] });
    expect(fieldNamed(models, 'SignupSchema.gender')).toMatchObject({ type: 'enum', enumValues: ['female', 'male', 'diverse'] });
    expect(fieldNamed(models, 'newsletterSchema.frequency')).toMatchObject({ type: 'enum', enumValues: ['daily', 'weekly'] });
    expect(fieldNamed(models, 'newsletterSchema.consent').enumValues).toBeUndefined();
  });

  it('keeps the builder as written, lists, and docs from JSDoc, .describe() and .meta()', () => {
    expect(fieldNamed(models, 'SignupSchema.birthDate').typeName).toBe('z.coerce.date()');
    expect(fieldNamed(models, 'ProfileForm.birthday').typeName).toBe('z.iso.date()');
    expect(fieldNamed(models, 'SignupSchema.avatar')).toMatchObject({ type: 'binary', typeName: 'File' });
    expect(fieldNamed(models, 'SignupSchema.interests').isList).toBe(true);
    expect(models.flatMap((model) => model.fields.filter((field) => field.isList).map((field) => `${model.name}.${field.name}`))).toEqual(['SignupSchema.interests']);
    expect(fieldNamed(models, 'SignupSchema.email').doc).toBe('Used to log in and for receipts.');
    expect(fieldNamed(models, 'SignupSchema.nickname').doc).toBe('Shown to other members');
    expect(fieldNamed(models, 'ProfileForm.bio').doc).toBe('Free text about the member');
    expect(fieldNamed(models, 'SignupSchema.password').doc).toBeUndefined();
  });

  it('makes no model of yup schemas, a look-alike `z`, parse results, aliases or string schemas', () => {
    const names = models.map((model) => model.name);
    for (const name of ['userSchema', 'fakeSchema', 'parsed', 'alias', 'EmailOnly', 'Signup']) expect(names).not.toContain(name);
    expect(models.some((model) => model.file === 'src/lib/not-zod.ts')).toBe(false);
  });
});

describe('zod extractor: zod-trpc-inline', () => {
  const { models } = extract(fixtureFiles('zod-trpc-inline'));

  it('names schemas written in place by module, enclosing names and role', () => {
    expect(summarize(models)).toEqual({
      'src/app/api/contact/route/POST/body': ['email:string@6', 'message:string@6'],
      'src/app/api/newsletter/route/POST/body': ['email:string@5'],
      'post/create/input': ['title:string@5', 'authorEmail:string@5'],
      'user/userRouter/register/input': ['email:string@8', 'name:string@9', 'phone:string@10'],
      'user/userRouter/settings/update/input': ['timezone:string@20', 'marketingEmails:boolean@20'],
      'users/app/json': ['email:string@11', 'password:string@12'],
      'users/app/query': ['name:string@17', 'city:string@17'],
      'users/app/json#2': ['email:string@18'],
    });
  });

  it('places an inline model at its z.object call and its fields under that name', () => {
    const register = modelNamed(models, 'user/userRouter/register/input');
    expect(register).toMatchObject({ file: 'src/server/api/routers/user.ts', line: 7, column: 7, source: 'zod', kind: 'collection-point' });
    expect(register.fields.every((field) => field.model === 'user/userRouter/register/input')).toBe(true);
    expect(fieldOf(register, 'email').validators).toEqual(['email']);
    const contact = modelNamed(models, 'src/app/api/contact/route/POST/body');
    expect(contact.fields.map((field) => [field.model, field.column])).toEqual([
      ['src/app/api/contact/route/POST/body', 15],
      ['src/app/api/contact/route/POST/body', 42],
    ]);
  });

  it('skips response schemas (.output) and inputs that are no object', () => {
    expect(models.some((model) => model.name.endsWith('.output'))).toBe(false);
    expect(models.some((model) => model.fields.some((field) => field.name === 'id'))).toBe(false);
    expect(models.some((model) => model.name.includes('byId'))).toBe(false);
  });
});

describe('zod extractor: zod-composition', () => {
  const { models } = extract(fixtureFiles('zod-composition'));
  const address = (prefix: string, line = 7) => [
    `${prefix}.street:string@${line}`,
    `${prefix}.city:string@${line + 1}`,
    `${prefix}.postalCode:string@${line + 2}`,
    `${prefix}.country:string@${line + 3}`,
  ];

  it('resolves extend, merge, pick, omit, partial, shape spreads and nested schemas, in this file and others', () => {
    expect(summarize(models)).toEqual({
      InviteSchema: [...address('inviter'), 'email:string@9'],
      ShippingSchema: [...address('address'), 'notes:string@12'],
      Timestamps: ['createdAt:date@5', 'updatedAt:date@6'],
      BaseUserSchema: ['id:string@10', 'email:string@11', 'name:string@12'],
      UserSchema: [
        'id:string@10',
        'email:string@11',
        'name:string@12',
        'phone:string@16',
        ...address('address'),
        ...address('previousAddresses'),
        'password:string@19',
        'createdAt:date@5',
        'updatedAt:date@6',
      ],
      PublicUserSchema: ['id:string@10', 'name:string@12'],
      UserWithoutSecretsSchema: ['id:string@10', 'email:string@11', 'name:string@12', 'phone:string@16', ...address('address'), 'createdAt:date@5', 'updatedAt:date@6'],
      AuditedUserSchema: ['id:string@10', 'email:string@11', 'name:string@12', 'lastLoginIp:string@28', 'nickname:string@29'],
      Category: ['name:string@34', 'children:object@35'],
      PaymentSchema: ['method:enum@40', 'cardNumber:string@40', 'cardHolder:string@40', 'iban:string@41'],
      CategorySchema: ['title:string@44', 'tree.name:string@34', 'tree.children:object@35'],
      AddressSchema: ['street:string@7', 'city:string@8', 'postalCode:string@9', 'country:string@10'],
      UpdateUserSchema: [
        'email:string@11',
        'name:string@12',
        'phone:string@16',
        ...address('address'),
        ...address('previousAddresses'),
        'password:string@19',
        'createdAt:date@5',
        'updatedAt:date@6',
      ],
    });
  });

  it('keeps the declaring file of fields that come from another file, and marks list members', () => {
    expect(fieldNamed(models, 'UserSchema.address.city')).toMatchObject({ model: 'UserSchema', file: 'src/shared/fields.ts', line: 8 });
    expect(fieldNamed(models, 'UserSchema.address.city').isList).toBeUndefined();
    expect(fieldNamed(models, 'UserSchema.previousAddresses.city')).toMatchObject({ isList: true, file: 'src/shared/fields.ts' });
    expect(fieldNamed(models, 'UpdateUserSchema.email')).toMatchObject({ model: 'UpdateUserSchema', file: 'src/schemas/user.ts', line: 11 });
  });

  it('puts a string schema imported from another file at the field that uses it, with its format', () => {
    expect(fieldNamed(models, 'BaseUserSchema.email')).toMatchObject({ file: 'src/schemas/user.ts', line: 11, column: 3, validators: ['email'] });
    expect(fieldNamed(models, 'UserSchema.phone')).toMatchObject({ file: 'src/schemas/user.ts', line: 16, validators: ['phone'] });
    expect(fieldNamed(models, 'InviteSchema.email')).toMatchObject({ file: 'src/api/update-user.ts', line: 9, validators: ['email'] });
  });

  it('merges the variants of a discriminated union and stops at recursive schemas', () => {
    expect(fieldNamed(models, 'PaymentSchema.method')).toMatchObject({ type: 'enum', enumValues: ['card', 'iban'] });
    expect(fieldNamed(models, 'Category.children')).toMatchObject({ type: 'object', typeName: 'Category', isList: true });
  });

  it('makes no model of a schema built only from a package outside the project', () => {
    expect(models.map((model) => model.name)).not.toContain('ExternalCopy');
  });
});

describe('zod extractor: imports and shapes', () => {
  it.each([
    ["import * as z from 'zod';", 'z'],
    ["import { z as zod } from 'zod';", 'zod'],
    ["const z = require('zod');", 'z'],
    ["import { z } from 'zod/v3';", 'z'],
    ["import { z } from '@hono/zod-openapi';", 'z'],
  ])('finds z.object through `%s`', (importLine, name) => {
    const { models } = extract({ 'src/a.ts': `${importLine}\nexport const Contact = ${name}.object({ email: ${name}.string().email() });\n` });
    expect(summarize(models)).toEqual({ Contact: ['email:string@2'] });
    expect(models[0].fields[0].validators).toEqual(['email']);
  });

  it('reads named builder imports and zod mini checks', () => {
    const { models } = extract({
      'src/named.ts': "import { object, string, array } from 'zod';\nexport const Named = object({ email: string().email(), tags: array(string()) });\n",
      'src/mini.ts':
        "import * as z from 'zod/mini';\nexport const Mini = z.object({\n  email: z.string().check(z.email()),\n  phone: z.optional(z.string().check(z.regex(/^\\+\\d{7,15}$/))),\n});\n",
    });
    expect(summarize(models)).toEqual({ Named: ['email:string@2', 'tags:string@2'], Mini: ['email:string@3', 'phone:string@4'] });
    expect(validatorsOf(models)).toEqual({ 'Named.email': ['email'], 'Mini.email': ['email'], 'Mini.phone': ['phone'] });
  });

  it('ignores z from other libraries and files that never mention zod', () => {
    expect(extract({ 'src/a.ts': "import { z } from './my-validation';\nexport const A = z.object({ email: z.string() });\n" }).models).toEqual([]);
    expect(zodExtractor.mightContain("import * as yup from 'yup';")).toBe(false);
    expect(zodExtractor.mightContain("import { z } from 'zod';")).toBe(true);
  });

  it('finds schemas inside a tRPC router built from initTRPC', () => {
    const { models } = extract({
      'src/server/trpc.ts': [
        "import { initTRPC } from '@trpc/server';",
        "import { z } from 'zod';",
        'const t = initTRPC.create();',
        'export const appRouter = t.router({',
        '  subscribe: t.procedure.input(z.object({ email: z.string().email() })).mutation(({ input }) => input.email),',
        '});',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ 'trpc/appRouter/subscribe/input': ['email:string@5'] });
  });

  it('names an index file by its directory', () => {
    const { models } = extract({ 'src/signup/index.ts': "import { z } from 'zod';\nexport default z.object({ email: z.string() });\n" });
    expect(models.map((model) => model.name)).toEqual(['signup/default']);
  });
});

describe('validatorOfPattern', () => {
  it.each([
    ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'email'],
    ['\\S+@\\S+\\.\\S+', 'email'],
    ['^[\\w.+-]+@([\\w-]+\\.)+[a-z]{2,}$', 'email'],
    ['^\\+?[1-9]\\d{1,14}$', 'phone'],
    ['^\\(?\\d{3}\\)?[-.\\s]?\\d{3}[-.\\s]?\\d{4}$', 'phone'],
    ['^[+]?[0-9 ]{7,15}$', 'phone'],
    ['^\\d{5}(-\\d{4})?$', 'postal-code'],
    ['^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$', 'postal-code'],
    ['^[A-Za-z]\\d[A-Za-z][ -]?\\d[A-Za-z]\\d$', 'postal-code'],
  ])('reads %s as %s', (source, validator) => {
    expect(validatorOfPattern(source)).toBe(validator);
  });

  it.each([['^[a-zA-Z0-9@#%^&*()_+\\-=[\\]{}|;:,.<>?~`]*$'], ['^[a-z0-9_]{3,16}$'], ['^\\d{4}$'], ['^\\d+$'], ['^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$'], ['^#[0-9a-f]{6}$']])('leaves %s unrecognized', (source) => {
    expect(validatorOfPattern(source)).toBeUndefined();
  });
});

describe('zod extractor: names within one file', () => {
  it('numbers a second schema of the same name in a file', () => {
    const { models } = extract({
      'src/handlers.ts': [
        "import { z } from 'zod';",
        'export function createUser(body: unknown) {',
        '  const schema = z.object({ email: z.string().email() });',
        '  return schema.parse(body);',
        '}',
        'export function createTeam(body: unknown) {',
        '  const schema = z.object({ teamName: z.string() });',
        '  return schema.parse(body);',
        '}',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ schema: ['email:string@3'], 'schema#2': ['teamName:string@7'] });
    expect(models[1].fields[0].model).toBe('schema#2');
  });
});
