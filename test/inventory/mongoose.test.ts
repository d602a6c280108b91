import fs from 'node:fs';
import path from 'node:path';
import { runScriptExtractor, summarize } from '../helpers/extract.js';
import { mongooseExtractor } from '../../src/inventory/extractors/mongoose.js';
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
  const { models, diagnostics } = runScriptExtractor(mongooseExtractor, files);
  expect(diagnostics).toEqual([]);
  return models;
}

function field(models: ModelFact[], id: string): FieldFact {
  const [modelName, ...rest] = id.split('.');
  const found = models.find((model) => model.name === modelName)?.fields.find((candidate) => candidate.name === rest.join('.'));
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

describe('mongoose extractor: mongoose-nested', () => {
  const models = extract(readFixture('mongoose-nested'));

  it('names the model after model() and lists every leaf path at its line', () => {
    expect(summarize(models)).toEqual({
      User: [
        'email:string@16',
        'backupEmail:string@22',
        'phone:string@23',
        'website:string@24',
        'role:enum@25',
        'profile.displayName:string@28',
        'profile.birthDate:date@29',
        'profile.address.city:string@30',
        'profile.address.country:string@30',
        'shipping.street:string@6',
        'shipping.city:string@7',
        'shipping.postalCode:string@8',
        'pastAddresses.street:string@6',
        'pastAddresses.city:string@7',
        'pastAddresses.postalCode:string@8',
        'tags:string@34',
        'devices.ip:string@35',
        'devices.userAgent:string@35',
        'devices.seenAt:date@35',
        'orders:string@36',
        'referrer:string@37',
        'preferences:json@38',
        'settings:json@39',
        'type:string@40',
        'emailVerified:boolean@41',
        'marketingConsentAt:date@46',
        'createdAt:date@43',
        'updatedAt:date@43',
      ],
    });
  });

  it('does not make a model of a sub-schema used only as a subdocument', () => {
    expect(models.map((model) => model.name)).toEqual(['User']);
  });

  it('records the collection, doc comment and position of the schema', () => {
    expect(models[0]).toMatchObject({
      source: 'mongoose',
      kind: 'entity',
      file: 'src/models/user.ts',
      line: 14,
      column: 20,
      tableName: 'customers',
      doc: 'A shop customer.',
    });
  });

  it('reads validators from match patterns and validator.js functions', () => {
    expect(field(models, 'User.email')).toMatchObject({ validators: ['email'], isOptional: false });
    expect(field(models, 'User.backupEmail').validators).toEqual(['email']);
    expect(field(models, 'User.phone').validators).toEqual(['phone']);
    expect(field(models, 'User.website').validators).toEqual(['url']);
    expect(field(models, 'User.devices.ip').validators).toEqual(['ip']);
    // A ZIP-code pattern is none of these.
    expect(field(models, 'User.shipping.postalCode').validators).toEqual([]);
  });

  it('reads enums, references, lists, subdocument arrays and columns of nested lines', () => {
    expect(field(models, 'User.role')).toMatchObject({ type: 'enum', typeName: 'String', enumValues: ['customer', 'admin'] });
    expect(field(models, 'User.orders')).toMatchObject({
      typeName: 'ObjectId',
      isList: true,
      isForeignKey: true,
      relationTarget: 'Order',
      validators: ['id'],
    });
    expect(field(models, 'User.referrer')).toMatchObject({ isForeignKey: true, relationTarget: 'User' });
    expect(field(models, 'User.referrer')).not.toHaveProperty('isList');
    expect(field(models, 'User.pastAddresses.city')).toMatchObject({ isList: true, line: 7, column: 5 });
    expect(field(models, 'User.shipping.city')).not.toHaveProperty('isList');
    expect(field(models, 'User.tags')).toMatchObject({ isList: true, typeName: 'String' });
    expect(field(models, 'User.devices.userAgent')).toMatchObject({ isList: true, line: 35, column: 65 });
    expect(field(models, 'User.profile.address.country')).toMatchObject({ line: 30, column: 32 });
    expect(field(models, 'User.profile.displayName').doc).toBe('Shown on invoices.');
    expect(field(models, 'User.preferences').typeName).toBe('Mixed');
    expect(field(models, 'User.settings').typeName).toBe('Mixed');
  });

  it('does not take booleans, nested objects or plain ids for more than they are', () => {
    expect(field(models, 'User.emailVerified')).toMatchObject({ type: 'boolean', validators: [] });
    expect(field(models, 'User.tags')).not.toHaveProperty('isForeignKey');
    expect(models[0].fields.map((candidate) => candidate.name)).not.toContain('profile');
    expect(models[0].fields.map((candidate) => candidate.name)).not.toContain('profile.address');
    expect(models[0].fields.some((candidate) => candidate.isPrimaryKey)).toBe(false);
  });
});

describe('mongoose extractor: mongoose-model-in-other-file', () => {
  const models = extract(readFixture('mongoose-model-in-other-file'));

  it('names schemas after model() calls in another file, by named and default import', () => {
    expect(summarize(models)).toEqual({
      Customer: ['fullName:string@9', 'email:string@10', 'notes.body:string@4', 'notes.writtenAt:date@5'],
      Invoice: ['customer:string@15', 'iban:string@16', 'amount:number@17'],
    });
    expect(models.find((model) => model.name === 'Invoice')).toMatchObject({
      file: 'src/schemas/customer.schema.ts',
      tableName: 'billing_invoices',
    });
    expect(field(models, 'Invoice.customer')).toMatchObject({ model: 'Invoice', isForeignKey: true, relationTarget: 'Customer', isOptional: false });
  });

  it('drops an exported sub-schema that no model() names', () => {
    expect(models.map((model) => model.name)).not.toContain('Note');
  });

  it('falls back to the variable name when the model file is not part of the run', () => {
    const files = readFixture('mongoose-model-in-other-file');
    delete files['src/models/index.ts'];
    expect(extract(files).map((model) => model.name)).toEqual(['Customer', 'Invoice']);
  });
});

describe('mongoose extractor: mongoose-commonjs', () => {
  const models = extract(readFixture('mongoose-commonjs'));

  it('reads plain JavaScript with require(), `Schema = mongoose.Schema` and `{ Schema } = require()`', () => {
    expect(summarize(models)).toEqual({
      Patient: [
        'firstName:string@7',
        'lastName:string@8',
        'ssn:string@9',
        'allergies:string@10',
        'emergencyContact.name:string@12',
        'emergencyContact.phone:string@13',
        'doctor:string@15',
      ],
      Appointment: ['patient:string@4', 'reason:string@5', 'startsAt:date@6'],
    });
  });

  it('follows module.exports = schema into connection.model() in another file', () => {
    expect(models.find((model) => model.name === 'Appointment')).toMatchObject({
      file: 'models/appointment.js',
      tableName: 'appointments',
    });
    expect(field(models, 'Appointment.patient')).toMatchObject({ isForeignKey: true, relationTarget: 'Patient' });
    // `Schema.ObjectId` is the old spelling of Schema.Types.ObjectId.
    expect(field(models, 'Patient.doctor')).toMatchObject({ typeName: 'ObjectId', isForeignKey: true, relationTarget: 'Doctor' });
  });
});

describe('mongoose extractor: mongoose-feathers', () => {
  it('reads a Feathers model: Schema from the app-provided client, name from a constant', () => {
    const models = extract(readFixture('mongoose-feathers'));
    expect(summarize(models)).toEqual({
      users: ['email:string@10', 'password:string@11', 'githubId:string@12', 'createdAt:date@14', 'updatedAt:date@14'],
    });
  });
});

describe('mongoose extractor: inline cases', () => {
  it('reads new mongoose.Schema<T>() passed straight to model(), with a typed default export', () => {
    const models = extract({
      'src/lead.ts': [
        "import mongoose from 'mongoose';",
        'interface ILead { email: string }',
        "export default mongoose.models.Lead || mongoose.model<ILead>('Lead', new mongoose.Schema<ILead>({",
        '  email: { type: String, required: true },',
        '}));',
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({ Lead: ['email:string@4'] });
  });

  it('falls back to the variable name, then the file name, when no model() names a schema', () => {
    const models = extract({
      'src/profile.ts': "import { Schema } from 'mongoose';\nexport const userProfileSchema = new Schema({ bio: String });\n",
      'src/models/order.model.ts': "import { Schema } from 'mongoose';\nexport default new Schema({ total: Number });\n",
    });
    expect(models.map((model) => model.name)).toEqual(['UserProfile', 'Order']);
  });

  it('follows constants, spreads, add() with a prefix or a schema, and the typeKey option', () => {
    const models = extract({
      'src/event.js': [
        "const { Schema, model } = require('mongoose');",
        'const audit = { createdBy: String };',
        'const fields = { ...audit, title: String, kind: { $type: String }, type: { $type: String } };',
        "const geoSchema = new Schema({ lat: Number, lng: Number });",
        "const eventSchema = new Schema(fields, { typeKey: '$type' });",
        "eventSchema.add({ ip: String }, 'client.');",
        'eventSchema.add(geoSchema);',
        "module.exports = model('Event', eventSchema);",
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({
      Event: ['createdBy:string@2', 'title:string@3', 'kind:string@3', 'type:string@3', 'client.ip:string@6', 'lat:number@4', 'lng:number@4'],
    });
    // geoSchema only composes eventSchema: no model of its own.
  });

  it('reads the type forms: [], { type: [String] }, { type: [{...}] }, { type: {...} }, a path named type, _id, required functions', () => {
    const models = extract({
      'src/forms.ts': [
        "import { Schema, model } from 'mongoose';",
        'const formSchema = new Schema({',
        '  _id: String,',
        '  anything: [],',
        '  aliases: { type: [String], required: true },',
        '  contacts: { type: [{ phone: String }] },',
        '  billing: { type: { vatId: String } },',
        '  consentText: { type: String, required: function () { return this.consented; } },',
        '  asset: { type: { type: String }, url: String },',
        '});',
        "model('Form', formSchema);",
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({
      Form: [
        '_id:string@3',
        'anything:json@4',
        'aliases:string@5',
        'contacts.phone:string@6',
        'billing.vatId:string@7',
        'consentText:string@8',
        // `type: { type: String }` makes `asset` a nested object with a path called `type`.
        'asset.type:string@9',
        'asset.url:string@9',
      ],
    });
    expect(field(models, 'Form._id')).toMatchObject({ isPrimaryKey: true, isOptional: false });
    expect(field(models, 'Form.anything')).toMatchObject({ isList: true, typeName: 'Mixed' });
    expect(field(models, 'Form.aliases')).toMatchObject({ isList: true, isOptional: false });
    expect(field(models, 'Form.contacts.phone').isList).toBe(true);
    expect(field(models, 'Form.billing.vatId')).not.toHaveProperty('isList');
    expect(field(models, 'Form.consentText')).not.toHaveProperty('isOptional');
  });

  it('names discriminators and keeps both names of a schema named in two files', () => {
    const models = extract({
      'src/user.ts': [
        "import { Schema, model } from 'mongoose';",
        'export const userSchema = new Schema({ email: String });',
        "export const User = model('User', userSchema);",
        "export const Admin = User.discriminator('Admin', new Schema({ permissions: [String] }));",
      ].join('\n'),
      'src/legacy.ts': [
        "import * as schemas from './user.js';",
        "export function register(connection) { return connection.model('LegacyUser', schemas.userSchema); }",
      ].join('\n'),
    });
    expect(summarize(models)).toEqual({
      User: ['email:string@2'],
      LegacyUser: ['email:string@2'],
      Admin: ['permissions:string@4'],
    });
  });

  it('ignores Schema classes of other libraries and calls that only look alike', () => {
    const models = extract({
      'src/editor.ts': [
        "import { Schema } from 'prosemirror-model';",
        'export const schema = new Schema({ nodes: { doc: { content: "block+" }, text: {} }, marks: {} });',
      ].join('\n'),
      'src/local.ts': [
        'class Schema { constructor(public definition: object) {} }',
        'export const userSchema = new Schema({ email: String });',
        'const seen = new Set<object>();',
        'seen.add({ email: String });',
        "export const model = (name: string, value: object) => ({ name, value });",
        "model('User', { email: String });",
      ].join('\n'),
      'src/validation.ts': "import { z } from 'zod';\nexport const userSchema = z.object({ email: z.string().email() });\n",
    });
    expect(models).toEqual([]);
  });

  it('does not read files that mention neither mongoose, new Schema nor .model(', () => {
    expect(mongooseExtractor.mightContain("import { z } from 'zod';\nconst user = z.object({});")).toBe(false);
    expect(mongooseExtractor.mightContain("import { z } from 'zod';\nexport const userSchema = z.object({});")).toBe(false);
    expect(mongooseExtractor.mightContain("const { model } = require('mongoose');")).toBe(true);
    expect(mongooseExtractor.mightContain('connection.model("User", userSchema)')).toBe(true);
  });
});
