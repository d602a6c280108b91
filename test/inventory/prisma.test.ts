import fs from 'node:fs';
import path from 'node:path';
import { summarize } from '../helpers/extract.js';
import type { FieldFact, ModelFact } from '../../src/types.js';

const { prismaExtractor } = await import('../../src/inventory/extractors/prisma.js');

const FIXTURES = path.resolve('fixtures/inventory');

/** Every file of a fixture folder, as the inventory stage passes them: root-relative paths with `/`. */
function readFixture(name: string): Array<{ file: string; text: string }> {
  const root = path.join(FIXTURES, name);
  const files: Array<{ file: string; text: string }> = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push({ file: path.relative(root, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return files.sort((first, second) => first.file.localeCompare(second.file));
}

function field(models: ModelFact[], id: string): FieldFact {
  const [modelName, ...rest] = id.split('.');
  const model = models.find((candidate) => candidate.name === modelName);
  const found = model?.fields.find((candidate) => candidate.name === rest.join('.'));
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

describe('prisma extractor: prisma-basic', () => {
  const { models, diagnostics } = prismaExtractor.extract(readFixture('prisma-basic'));

  it('reads every model and view with every field, at its line', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      User: [
        'id:number@20',
        'email:string@22',
        'emailVerified:date@23',
        'name:string@24',
        'role:enum@25',
        'lastLoginIp:string@27',
        'tags:string@29',
        'orders:relation@30',
        'createdAt:date@31',
      ],
      Order: [
        'id:string@37',
        'total:number@38',
        'customer:relation@39',
        'customerId:number@40',
        'notes:json@41',
        'receipt:binary@42',
        'location:unknown@43',
        'placedAt:date@44',
      ],
      Favorite: ['userId:number@48', 'productId:number@49', 'note:string@50'],
      CustomerSummary: ['userId:number@56', 'email:string@57', 'orderCount:number@58'],
    });
  });

  it('records the model: source, table name from @@map, doc comment, position', () => {
    const user = models.find((model) => model.name === 'User')!;
    expect(user).toMatchObject({
      source: 'prisma',
      kind: 'entity',
      file: 'prisma/schema.prisma',
      line: 19,
      column: 1,
      tableName: 'users',
      doc: 'A customer account.\nOne per e-mail address.',
    });
    expect(models.find((model) => model.name === 'Order')).not.toHaveProperty('tableName');
    expect(models.find((model) => model.name === 'Order')).not.toHaveProperty('doc');
  });

  it('maps scalar types, native types, @map, @id, lists and optionals', () => {
    expect(field(models, 'User.id')).toMatchObject({ typeName: 'Int', isPrimaryKey: true, isOptional: false, column: 3 });
    expect(field(models, 'User.email')).toMatchObject({
      typeName: 'String',
      dbType: 'citext',
      doc: 'Login and receipts go here.',
      validators: [],
    });
    expect(field(models, 'User.emailVerified')).toMatchObject({ columnName: 'email_verified', isOptional: true });
    expect(field(models, 'User.createdAt')).toMatchObject({ columnName: 'created_at' });
    expect(field(models, 'User.name')).toMatchObject({ dbType: 'varchar', isOptional: true });
    expect(field(models, 'User.lastLoginIp')).toMatchObject({ dbType: 'inet', validators: ['ip'] });
    expect(field(models, 'User.tags')).toMatchObject({ isList: true, typeName: 'String' });
    expect(field(models, 'Order.total')).toMatchObject({ typeName: 'Decimal', dbType: 'decimal' });
    expect(field(models, 'Order.location')).toMatchObject({ typeName: 'Unsupported("point")', dbType: 'point', validators: [] });
  });

  it('resolves enums with their values and relations with their targets', () => {
    expect(field(models, 'User.role')).toMatchObject({ type: 'enum', typeName: 'Role', enumValues: ['CUSTOMER', 'ADMIN'] });
    expect(field(models, 'User.orders')).toMatchObject({ isRelation: true, relationTarget: 'Order', isList: true });
    expect(field(models, 'Order.customer')).toMatchObject({ isRelation: true, relationTarget: 'User' });
    expect(field(models, 'Order.customerId')).toMatchObject({ isForeignKey: true, relationTarget: 'User' });
  });

  it('marks the fields of a composite @@id as primary keys', () => {
    expect(field(models, 'Favorite.userId').isPrimaryKey).toBe(true);
    expect(field(models, 'Favorite.productId').isPrimaryKey).toBe(true);
  });

  it('reads datamin-ignore comments above and after a field as field suppressions, not as doc', () => {
    const lastLoginIp = field(models, 'User.lastLoginIp');
    expect(lastLoginIp.suppressions).toEqual([
      {
        ruleId: 'unused-personal-data',
        reason: 'kept for fraud checks, see DPIA-12',
        scope: 'field',
        file: 'prisma/schema.prisma',
        line: 26,
        column: 3,
      },
    ]);
    expect(lastLoginIp).not.toHaveProperty('doc');
    // A suppression without a reason is still read: the engine reports the missing reason.
    expect(field(models, 'Favorite.note').suppressions).toEqual([
      { ruleId: 'undeclared-personal-data', scope: 'field', file: 'prisma/schema.prisma', line: 50, column: 21 },
    ]);
  });

  it('does not take plain // comments for documentation, nor declarations inside them', () => {
    expect(field(models, 'User.tags')).not.toHaveProperty('doc');
    expect(models.map((model) => model.name)).not.toContain('Fake');
  });

  it('does not flag keys that are not keys', () => {
    expect(field(models, 'Order.customer')).not.toHaveProperty('isForeignKey');
    expect(field(models, 'User.id')).not.toHaveProperty('isForeignKey');
    expect(field(models, 'User.email')).not.toHaveProperty('isPrimaryKey');
    expect(field(models, 'CustomerSummary.userId')).not.toHaveProperty('isPrimaryKey');
    expect(field(models, 'User.emailVerified').validators).toEqual([]);
  });
});

describe('prisma extractor: prisma-multifile (prismaSchemaFolder)', () => {
  const files = readFixture('prisma-multifile');

  it('resolves enums declared in another file and keeps each model at its own file and line', () => {
    const { models, diagnostics } = prismaExtractor.extract(files);
    expect(diagnostics).toEqual([]);
    expect(models.map((model) => `${model.name}@${model.file}:${model.line}`)).toEqual([
      'AuditEvent@prisma/schema/audit.prisma:2',
      'Account@prisma/schema/user.prisma:1',
      'Member@prisma/schema/user.prisma:8',
    ]);
    expect(field(models, 'Account.plan')).toMatchObject({ type: 'enum', enumValues: ['FREE', 'PRO', 'ENTERPRISE'] });
    expect(field(models, 'Member.gender')).toMatchObject({
      type: 'enum',
      enumValues: ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'],
      isOptional: true,
      file: 'prisma/schema/user.prisma',
      line: 13,
    });
    expect(field(models, 'Member.accountId')).toMatchObject({ isForeignKey: true, relationTarget: 'Account', validators: ['uuid'] });
    expect(field(models, 'Member.birthDate')).toMatchObject({ type: 'date', dbType: 'date' });
    expect(field(models, 'AuditEvent.ip')).toMatchObject({ dbType: 'inet', validators: ['ip'], line: 6 });
    expect(models.find((model) => model.name === 'AuditEvent')).toMatchObject({
      tableName: 'audit_events',
      doc: 'Who did what, kept for 90 days.',
    });
  });

  it('does not depend on the order the files come in', () => {
    const { models } = prismaExtractor.extract([...files].reverse());
    expect(field(models, 'Account.plan').enumValues).toEqual(['FREE', 'PRO', 'ENTERPRISE']);
    expect(field(models, 'Member.account').relationTarget).toBe('Account');
  });

  it('resolves a name to the schema in the nearest folder when a monorepo has several', () => {
    const { models } = prismaExtractor.extract([
      { file: 'apps/billing/prisma/schema.prisma', text: 'enum Status {\n  PAID\n  DUE\n}\n' },
      { file: 'apps/billing/prisma/invoice.prisma', text: 'model Invoice {\n  id Int @id\n  status Status\n}\n' },
      { file: 'apps/crm/prisma/schema.prisma', text: 'enum Status {\n  LEAD\n  CUSTOMER\n}\n\nmodel Contact {\n  id Int @id\n  status Status\n}\n' },
    ]);
    expect(field(models, 'Invoice.status').enumValues).toEqual(['PAID', 'DUE']);
    expect(field(models, 'Contact.status').enumValues).toEqual(['LEAD', 'CUSTOMER']);
  });
});

describe('prisma extractor: prisma-broken', () => {
  const { models, diagnostics } = prismaExtractor.extract(readFixture('prisma-broken'));

  it('reports each file that does not parse at the line where it breaks', () => {
    expect(diagnostics).toEqual([
      {
        file: 'prisma/schema/unclosed.prisma',
        line: 3,
        message: 'cannot parse this Prisma schema: it ends before a block is closed',
      },
      {
        file: 'prisma/schema/visits.prisma',
        line: 5,
        column: 35,
        message: 'cannot parse this Prisma schema: unexpected line break',
      },
    ]);
  });

  it('still extracts the files that parse, and nothing of the broken ones', () => {
    expect(summarize(models)).toEqual({ Patient: ['id:number@7', 'fullName:string@8', 'insurance:string@9'] });
  });
});

describe('prisma extractor: prisma-mongodb-composite', () => {
  const { models, diagnostics } = prismaExtractor.extract(readFixture('prisma-mongodb-composite'));

  it('expands composite types into dotted paths, at their declaration in the type block', () => {
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({
      Customer: [
        'id:string@19',
        'email:string@20',
        'shipping.street:string@7',
        'shipping.city:string@8',
        'shipping.zip:string@9',
        'shipping.country:string@10',
        'contacts.phone:string@14',
        'contacts.address.street:string@7',
        'contacts.address.city:string@8',
        'contacts.address.zip:string@9',
        'contacts.address.country:string@10',
        'ownerId:string@24',
      ],
    });
    expect(field(models, 'Customer.contacts.address.city')).toMatchObject({ isList: true, model: 'Customer' });
    expect(field(models, 'Customer.shipping.city')).not.toHaveProperty('isList');
    expect(field(models, 'Customer.shipping.zip').columnName).toBe('postal_code');
    expect(field(models, 'Customer.id')).toMatchObject({ isPrimaryKey: true, columnName: '_id', dbType: 'objectid', validators: ['id'] });
  });

  it('applies a suppression on an embedded field to every path under it', () => {
    for (const leaf of ['street', 'city', 'zip', 'country']) {
      expect(field(models, `Customer.shipping.${leaf}`).suppressions).toEqual([
        {
          ruleId: 'unused-personal-data',
          reason: 'shipping labels are printed from here',
          scope: 'field',
          file: 'prisma/schema.prisma',
          line: 21,
          column: 3,
        },
      ]);
    }
    expect(field(models, 'Customer.contacts.address.street')).not.toHaveProperty('suppressions');
  });

  it('does not take a MongoDB ObjectId without @relation for a foreign key', () => {
    expect(field(models, 'Customer.ownerId')).not.toHaveProperty('isForeignKey');
  });
});

describe('prisma extractor: comments and line endings', () => {
  it('attaches a doc comment only when no blank line separates it from the declaration', () => {
    const text = [
      '/// Detached: a blank line follows.',
      '',
      'model Note {',
      '  /// Kept.',
      '  // an ordinary comment between doc and field',
      '  body String',
      '  /// Detached too.',
      '',
      '  author String',
      '}',
    ].join('\n');
    const { models } = prismaExtractor.extract([{ file: 'schema.prisma', text }]);
    expect(models[0]).not.toHaveProperty('doc');
    expect(field(models, 'Note.body').doc).toBe('Kept.');
    expect(field(models, 'Note.author')).not.toHaveProperty('doc');
  });

  it('keeps lines and trailing-comment columns right with Windows line endings', () => {
    const text = 'model Visitor {\r\n  id Int @id\r\n\r\n  ip String @db.Inet /// datamin-ignore personal-data-in-logs -- hashed before logging\r\n}\r\n';
    const { models, diagnostics } = prismaExtractor.extract([{ file: 'schema.prisma', text }]);
    expect(diagnostics).toEqual([]);
    expect(summarize(models)).toEqual({ Visitor: ['id:number@2', 'ip:string@4'] });
    expect(field(models, 'Visitor.ip').suppressions).toEqual([
      {
        ruleId: 'personal-data-in-logs',
        reason: 'hashed before logging',
        scope: 'field',
        file: 'schema.prisma',
        line: 4,
        column: 22,
      },
    ]);
  });

  it('gives nothing for a schema with only a datasource, and nothing for an empty file', () => {
    const { models, diagnostics } = prismaExtractor.extract([
      { file: 'schema.prisma', text: 'datasource db {\n  provider = "sqlite"\n  url = "file:dev.db"\n}\n' },
      { file: 'empty.prisma', text: '' },
    ]);
    expect(models).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
