/**
 * How each ORM's queries return records and write fields, from the shape of the call:
 * Prisma (https://www.prisma.io/docs/orm/reference/prisma-client-reference), TypeORM
 * (https://typeorm.io/docs/working-with-entity-manager/find-options), MikroORM
 * (https://mikro-orm.io/docs/entity-manager), Mongoose (https://mongoosejs.com/docs/queries.html),
 * Sequelize (https://sequelize.org/docs/v6/core-concepts/model-querying-finders/), Drizzle
 * (https://orm.drizzle.team/docs/select) and zod (`Schema.parse(body)`).
 * A query's `select`/`where` keys are reads of those fields; `data`/`values`/`set` keys are writes.
 */
import { propertyNameText, ts, unwrap } from '../project/syntax.js';
import type { FlowAnalyzer, Site } from './analyzer.js';
import { modelNameCandidates } from './annotations.js';
import { addValues, union, type ApiValue, type InstanceValue, type OrmValue, type RecordValue, type Value } from './values.js';

type Frame = Parameters<FlowAnalyzer['reportSinkValues']>[3];

const ORM_MODULES = ['@prisma/client', 'mongoose', 'sequelize', 'sequelize-typescript', '@sequelize/core', 'typeorm', 'drizzle-orm', '@mikro-orm/', 'zod', '@nestjs/mongoose', '@nestjs/typeorm'];

/** Finder methods by how many records they return, shared by most ORMs. */
const FIND_ONE = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail',
  'findById', 'findByPk', 'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete', 'findOneAndReplace',
  'preload', 'getOne', 'getOneOrFail', 'getRawOne', 'upsert', 'delete', 'findOneOrCreate', 'fetch', 'reload', 'merge', 'first',
]);
const FIND_MANY = new Set(['findMany', 'find', 'findAll', 'findBy', 'findAndCount', 'findAndCountAll', 'getMany', 'getRawMany', 'findByIds', 'aggregate', 'createManyAndReturn', 'updateManyAndReturn', 'insertMany', 'bulkCreate', 'getManyAndCount']);
const CREATE = new Set(['create', 'save', 'insert', 'update', 'updateOne', 'updateMany', 'createMany', 'upsert', 'replaceOne', 'persist', 'persistAndFlush', 'assign', 'set', 'values', 'increment']);
/** Keys of a write call's argument that are options, not the data written. */
const NOT_DATA_KEYS = new Set(['include', 'omit', 'orderBy', 'take', 'skip', 'relations', 'order', 'returning', 'transaction', 'validate', 'fields', 'new', 'upsert', 'where', 'select', 'lean', 'session', 'runValidators']);
/** Query-building steps that keep the query's model (Mongoose, TypeORM query builder, Drizzle). */
const CHAIN = new Set(['where', 'andWhere', 'orWhere', 'sort', 'limit', 'skip', 'offset', 'orderBy', 'populate', 'lean', 'exec', 'leftJoin', 'leftJoinAndSelect', 'innerJoin', 'innerJoinAndSelect', 'session', 'orFail', 'setOptions', 'take', 'cache', 'withDeleted', 'groupBy', 'having', 'execute', '$dynamic', 'prepare', 'then', 'returning']);

export class OrmSemantics {
  constructor(private readonly analyzer: FlowAnalyzer) {}

  tracksModule(specifier: string): boolean {
    return ORM_MODULES.some((module) => specifier === module || specifier.startsWith(module.endsWith('/') ? module : `${module}/`));
  }

  ormOf(model: string): OrmValue['orm'] {
    const source = this.analyzer.models.sourceOf(model);
    switch (source) {
      case 'prisma':
      case 'typeorm':
      case 'mikroorm':
      case 'mongoose':
      case 'sequelize':
      case 'drizzle':
      case 'zod':
        return source;
      default:
        return 'typeorm';
    }
  }

  private handle(model: string, evidence: string): OrmValue {
    return { kind: 'orm', orm: this.ormOf(model), model, evidence };
  }

  private record(model: string, site: Site, evidence: string, projection?: ReadonlySet<string>, excluded?: ReadonlySet<string>): RecordValue {
    return {
      kind: 'record',
      model,
      prefix: '',
      ...(projection?.size ? { projection } : {}),
      ...(excluded?.size ? { excluded } : {}),
      confidence: 0.95,
      evidence,
      source: { file: site.file, line: site.line, code: site.code },
      trace: [{ file: site.file, line: site.line, note: `${evidence}` }],
    };
  }

  /** A variable declared with a schema or table: `const Signup = z.object(...)`, `export const users = pgTable(...)`. */
  declared(name: string, values: Value[]): Value[] {
    const source = this.analyzer.models.has(name) ? this.analyzer.models.sourceOf(name) : undefined;
    if ((source === 'zod' || source === 'drizzle') && values.some((value) => value.kind === 'api' || value.kind === 'orm')) {
      return [this.handle(name, source === 'zod' ? `zod schema ${name}` : `drizzle table ${name}`)];
    }
    return values;
  }

  readProperty(value: OrmValue, property: string, site: Site): Value[] {
    if (!value.model) {
      // A Prisma client: `prisma.user`.
      const model = this.analyzer.models.prismaModel(property);
      if (value.orm === 'prisma' && model) return [this.handle(model, `prisma.${property}`)];
      return [];
    }
    if (value.orm === 'drizzle') {
      // A column of a table: becomes a value once selected.
      // A column referenced in a query (`select({ email: users.email })`, `eq(users.email, x)`) is a use.
      const lookup = this.analyzer.models.lookup(value.model, '', property);
      if (lookup.kind === 'field') {
        this.analyzer.recordUse(lookup.id, 'read', site, `column ${value.model}.${property}`);
        return [{ kind: 'orm', orm: 'drizzle', model: value.model, projection: new Set([property]), evidence: `column ${value.model}.${property}` }];
      }
    }
    return [];
  }

  /** A method called on an ORM handle. */
  call(value: OrmValue, method: string, args: Value[][], site: Site, frame: Frame, node: ts.CallExpression | undefined): Value[] {
    if (!value.model) {
      if (value.orm === 'prisma' && (method === '$transaction' || method === '$extends')) return [value];
      return [];
    }
    const model = value.model;
    if (value.orm === 'zod') {
      if (method === 'parse' || method === 'parseAsync') return [this.record(model, site, `parsed by ${model}`, undefined, writtenOutKeys(args[0], node?.arguments[0]))];
      // `.refine((data) => data.password === data.confirmPassword)`: the callback reads the parsed value.
      if (method === 'refine' || method === 'superRefine' || method === 'transform' || method === 'check') {
        for (const callback of args[0] ?? []) {
          if (callback.kind === 'function') this.analyzer.callFunction(callback, [[this.record(model, site, `checked by ${model}`)]], [], site, frame, method);
        }
        return [value];
      }
      if (method === 'safeParse' || method === 'safeParseAsync') {
        return [{ kind: 'object', properties: new Map([['data', [this.record(model, site, `parsed by ${model}`, undefined, writtenOutKeys(args[0], node?.arguments[0]))]]]), spreads: [] }];
      }
      return [value];
    }
    // Options may come first (`findMany({ select })`) or after a key (`findByPk(id, { attributes })`).
    const options = args.flat();
    if (FIND_ONE.has(method) || FIND_MANY.has(method) || CREATE.has(method) || method === 'select' || CHAIN.has(method)) {
      this.recordQueryUses(model, args, site, method, node);
    }
    if (method === 'select') {
      const projection = this.projectionOf(args);
      return [{ ...value, ...(projection.included.size ? { projection: projection.included } : {}) }];
    }
    if (CHAIN.has(method) || method === 'createQueryBuilder' || method === 'query') return [value];
    const { included, excluded } = this.projectionOf([
      [
        ...options.flatMap((candidate) => (candidate.kind === 'object' ? [...(candidate.properties.get('select') ?? []), ...(candidate.properties.get('attributes') ?? [])] : [])),
        // Mongoose `findById(id, 'email phone')`: the projection is a string after the filter.
        ...(value.orm === 'mongoose' ? args.slice(1).flat().filter((candidate) => candidate.kind === 'string') : []),
      ],
    ]);
    const omitted = this.keysOf(options, 'omit');
    for (const key of omitted) excluded.add(key);
    // `findMany({ where: { paypalEmail: null } })`: the records found have no PayPal email
    // (TypeORM ignores a null there; it needs `IsNull()`).
    if (value.orm !== 'typeorm') for (const key of nullFilteredKeys(node)) excluded.add(key);
    const projection = included.size ? included : value.projection;
    const evidence = value.evidence;
    if (FIND_MANY.has(method)) return [{ kind: 'array', elements: [this.record(model, site, evidence, projection, excluded)] }];
    if (FIND_ONE.has(method) || method === 'create' || method === 'save' || method === 'update' || method === 'upsert') {
      return [this.record(model, site, evidence, projection, excluded)];
    }
    void frame;
    void node;
    return [];
  }

  /**
   * `select`/`where`/`data`/`values`/`set` keys of a query are uses of those fields, at the line of
   * each key when the query object is written in the call, else at the call.
   */
  private recordQueryUses(model: string, args: Value[][], site: Site, method: string, node?: ts.CallExpression): void {
    const isWrite = CREATE.has(method) && method !== 'upsert';
    const kindOf = (key: string): 'read' | 'write' | 'data' | undefined => {
      if (key === 'select' || key === 'where' || key === 'columns' || key === 'attributes') return 'read';
      if (key === 'data' || key === 'create' || key === 'update' || key === '$set') return 'write';
      if (isWrite && !NOT_DATA_KEYS.has(key)) return 'data';
      if (method === 'select' && !isWrite) return 'data';
      return undefined;
    };
    args.forEach((values, index) => {
      const written = node?.arguments[index] && unwrap(node.arguments[index]);
      if (written && ts.isObjectLiteralExpression(written)) {
        for (const property of written.properties) {
          const key = property.name && propertyName(property.name);
          if (!key) continue;
          const kind = kindOf(key);
          if (kind === 'data') {
            this.use(model, key, isWrite ? 'write' : 'read', this.analyzer.siteOf(site.file, property));
          } else if (kind && ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(unwrap(property.initializer))) {
            this.selectionUses(model, unwrap(property.initializer) as ts.ObjectLiteralExpression, kind, site, 0);
          } else if (kind === 'read' && ts.isPropertyAssignment(property) && ts.isArrayLiteralExpression(unwrap(property.initializer))) {
            // Sequelize `attributes: ['email', 'name']`, TypeORM `select: ['email']`.
            for (const element of (unwrap(property.initializer) as ts.ArrayLiteralExpression).elements) {
              if (ts.isStringLiteralLike(element)) this.use(model, element.text.split('.').pop()!, 'read', this.analyzer.siteOf(site.file, element));
            }
          } else if (kind) {
            for (const inner of this.keysOf(values, key)) this.use(model, inner, kind, site);
            if (kind === 'write') {
              for (const value of values) {
                if (value.kind === 'object') this.analyzer.markWholeRecordRead((value.properties.get(key) ?? []).filter((candidate) => candidate.kind === 'record'), site);
              }
            }
          }
        }
        return;
      }
      for (const value of values) {
        // `save(candidate)`: the record is written whole, every field of it a write. `create({ data: dto })`:
        // the DTO's fields are read to be written.
        if (value.kind === 'record') this.analyzer.markWholeRecordRead([value], site, 0, value.model === model ? 'write' : 'read');
        if (value.kind === 'object') {
          for (const [key, inner] of value.properties) if (kindOf(key) === 'write') this.analyzer.markWholeRecordRead(inner.filter((candidate) => candidate.kind === 'record'), site);
        }
        if (value.kind === 'string' && method === 'select') {
          for (const key of value.text.split(/[\s,]+/)) if (key && !key.startsWith('-')) this.use(model, key.replace(/^\+/, ''), 'read', site);
          continue;
        }
        if (value.kind !== 'object') continue;
        for (const [key, inner] of value.properties) {
          const kind = kindOf(key);
          if (kind === 'data') this.use(model, key, isWrite ? 'write' : 'read', site);
          else if (kind) for (const innerKey of this.keysOf(inner, undefined)) this.use(model, innerKey, kind, site);
        }
      }
    });
  }

  /**
   * The keys of a selection (`select: { email: true, therapist: { select: { fullName: true } } }`)
   * are uses of those fields, a nested `select`/`include` of a relation uses its model's fields.
   */
  private selectionUses(model: string, selection: ts.ObjectLiteralExpression, kind: 'read' | 'write', site: Site, depth: number): void {
    for (const inner of selection.properties) {
      const innerKey = inner.name && propertyName(inner.name);
      if (!innerKey) continue;
      this.use(model, innerKey, kind, this.analyzer.siteOf(site.file, inner));
      if (depth > 3 || !ts.isPropertyAssignment(inner) || !ts.isObjectLiteralExpression(unwrap(inner.initializer))) continue;
      const lookup = this.analyzer.models.lookup(model, '', innerKey);
      const target = lookup.kind === 'field' ? lookup.field.relationTarget : undefined;
      if (!target) continue;
      for (const nested of (unwrap(inner.initializer) as ts.ObjectLiteralExpression).properties) {
        const nestedKey = nested.name && propertyName(nested.name);
        if ((nestedKey === 'select' || nestedKey === 'include' || nestedKey === 'where') && ts.isPropertyAssignment(nested) && ts.isObjectLiteralExpression(unwrap(nested.initializer))) {
          this.selectionUses(target, unwrap(nested.initializer) as ts.ObjectLiteralExpression, 'read', site, depth + 1);
        }
      }
    }
  }

  private use(model: string, field: string, kind: 'read' | 'write', site: Site): void {
    const lookup = this.analyzer.models.lookup(model, '', field);
    if (lookup.kind === 'field') this.analyzer.recordUse(lookup.id, kind, site, `query on ${model}`);
  }

  private keysOf(values: Value[], key: string | undefined): string[] {
    const keys: string[] = [];
    for (const value of values) {
      if (value.kind !== 'object') continue;
      const target = key === undefined ? [value] : value.properties.get(key) ?? [];
      for (const inner of target) if (inner.kind === 'object') keys.push(...inner.properties.keys());
    }
    return keys;
  }

  /** A projection from `select`: Prisma/Drizzle objects, TypeORM arrays of names, Mongoose strings. */
  private projectionOf(args: Value[][]): { included: Set<string>; excluded: Set<string> } {
    const included = new Set<string>();
    const excluded = new Set<string>();
    for (const values of args) {
      for (const value of values) {
        if (value.kind === 'string') {
          // Mongoose: `'email phone profile.address.city -password'`; a dotted path keeps its top field.
          for (const key of value.text.split(/[\s,]+/)) {
            if (!key) continue;
            if (key.startsWith('-')) excluded.add(key.slice(1).split('.')[0]);
            else included.add(key.replace(/^\+/, '').split('.')[0]);
          }
        } else if (value.kind === 'object') {
          for (const key of value.properties.keys()) included.add(key);
        } else if (value.kind === 'array') {
          for (const element of value.elements) if (element.kind === 'string') included.add(element.text.split('.').pop()!);
        }
      }
    }
    return { included, excluded };
  }

  /** Methods of a record: Mongoose documents, Sequelize instances, query chains before `await`. */
  recordMethod(record: RecordValue, method: string, args: Value[][], site: Site, frame: Frame): Value[] {
    if (method === 'select') {
      const { included, excluded } = this.projectionOf(args);
      this.recordQueryUses(record.model, args, site, 'select');
      return [{ ...record, ...(included.size ? { projection: included } : {}), ...(excluded.size ? { excluded: new Set([...(record.excluded ?? []), ...excluded]) } : {}) }];
    }
    if (method === 'save' || method === 'update' || method === 'set' || method === 'updateOne' || method === 'assign') {
      this.recordQueryUses(record.model, args, site, 'update');
      return [record];
    }
    if (method === 'populate') {
      // `.populate('customer')`, `.populate(['customer', 'items'])`, `.populate({ path: 'customer' })`.
      const paths = new Set(record.populated ?? []);
      for (const values of args) {
        for (const value of values) {
          if (value.kind === 'string') for (const path of value.text.split(/\s+/)) if (path) paths.add(path.split('.')[0]);
          if (value.kind === 'array') for (const element of value.elements) if (element.kind === 'string') paths.add(element.text.split('.')[0]);
          if (value.kind === 'object') for (const path of value.properties.get('path') ?? []) if (path.kind === 'string') paths.add(path.text.split('.')[0]);
        }
      }
      return [{ ...record, populated: paths }];
    }
    if (CHAIN.has(method) || method === 'toObject' || method === 'toJSON' || method === 'get' || method === 'clone' || method === 'reload') return [record];
    void frame;
    return [];
  }

  /** A static member of a class: entity classes as ORM handles (`User.findOne()`, TypeORM BaseEntity). */
  classProperty(value: InstanceValue, property: string, site: Site): Value[] {
    void value;
    void property;
    void site;
    return [];
  }

  classCall(value: InstanceValue, method: string, args: Value[][], site: Site, frame: Frame, node: ts.CallExpression | undefined): Value[] {
    const name = value.node.name?.text;
    const model = name && this.analyzer.modelNamed(name);
    if (!model) return [];
    return this.call(this.handle(model, `${name}.${method}`), method, args, site, frame, node);
  }

  /** `new User({...})` of an entity or a Mongoose model: a record, with the given fields written. */
  construct(value: InstanceValue, args: Value[][], site: Site, frame: Frame): Value[] | undefined {
    const name = value.node.name?.text;
    const model = name && this.analyzer.modelNamed(name);
    if (!model) return undefined;
    this.recordQueryUses(model, args, site, 'create');
    void frame;
    return [this.record(model, site, `new ${name}`)];
  }

  constructHandle(value: OrmValue, args: Value[][], site: Site): Value[] {
    if (!value.model) return [];
    this.recordQueryUses(value.model, args, site, 'create');
    return [this.record(value.model, site, `new ${value.model}`)];
  }

  /** `new PrismaClient()`: a client whose accessors are the Prisma models. */
  apiConstruct(value: ApiValue, args: Value[][], site: Site, frame: Frame): Value[] | undefined {
    void args;
    void site;
    void frame;
    if (value.module === '@prisma/client' && (value.root === 'PrismaClient' || (value.steps[0]?.kind === 'member' && value.steps[0].name === 'PrismaClient'))) {
      return [{ kind: 'orm', orm: 'prisma', evidence: 'prisma client' }];
    }
    return undefined;
  }

  /** Calls on ORM modules' chains: `mongoose.model('User')`, `sequelize.define('User')`, Drizzle queries. */
  apiCall(value: ApiValue, args: Value[][], site: Site, frame: Frame): Value[] | undefined {
    const steps = value.steps;
    const last = steps[steps.length - 2];
    const method = last?.kind === 'member' ? last.name : value.root;
    const firstString = args[0]?.find((candidate) => candidate.kind === 'string');
    if ((method === 'model' || method === 'define') && firstString?.kind === 'string') {
      const model = this.analyzer.modelNamed(firstString.text);
      if (model) return [this.handle(model, `${method}('${firstString.text}')`)];
    }
    // Drizzle: `db.select(...).from(users)`, `db.query.users.findFirst()`, `db.insert(users).values()`.
    if (method === 'from') {
      const table = args[0]?.find((candidate): candidate is OrmValue => candidate.kind === 'orm' && candidate.orm === 'drizzle' && !candidate.projection);
      if (table?.model) {
        const selectStep = [...steps].reverse().find((step, index, reversed) => step.kind === 'call' && reversed[index + 1]?.kind === 'member' && ['select', 'selectDistinct'].includes((reversed[index + 1] as { name: string }).name));
        const selection = selectStep?.kind === 'call' ? selectStep.arguments?.[0] : undefined;
        return [this.drizzleRows(table.model, selection, site)];
      }
    }
    const queryIndex = steps.findIndex((step) => step.kind === 'member' && step.name === 'query');
    if (queryIndex >= 0 && steps[queryIndex + 1]?.kind === 'member') {
      const tableName = (steps[queryIndex + 1] as { name: string }).name;
      const model = this.analyzer.models.has(tableName) ? tableName : undefined;
      if (model && (method === 'findFirst' || method === 'findMany')) {
        const columns = this.keysOf(args[0] ?? [], 'columns');
        const record = this.record(model, site, `db.query.${tableName}`, columns.length ? new Set(columns) : undefined);
        for (const column of columns) this.use(model, column, 'read', site);
        return method === 'findMany' ? [{ kind: 'array', elements: [record] }] : [record];
      }
    }
    if (method === 'values' || method === 'set') {
      const target = this.drizzleTarget(steps);
      if (target) this.recordQueryUses(target, args, site, 'create');
      return [value];
    }
    if (method === 'getRepository' || method === 'getMongoRepository' || method === 'getTreeRepository') {
      const model = this.modelArgument(args);
      if (model) return [this.handle(model, `getRepository(${model})`)];
    }
    const model = this.modelArgument(args);
    if (model && (FIND_ONE.has(method) || FIND_MANY.has(method) || CREATE.has(method))) {
      // TypeORM EntityManager / MikroORM `em.findOne(User, where)`.
      return this.call(this.handle(model, `${method}(${model})`), method, args.slice(1), site, frame, undefined);
    }
    return undefined;
  }

  private drizzleTarget(steps: ApiValue['steps']): string | undefined {
    for (const step of steps) {
      if (step.kind !== 'call') continue;
      for (const candidate of step.arguments?.[0] ?? []) if (candidate.kind === 'orm' && candidate.orm === 'drizzle' && candidate.model) return candidate.model;
    }
    return undefined;
  }

  /** Rows of a Drizzle select: whole records, or objects of the selected columns. */
  private drizzleRows(model: string, selection: Value[] | undefined, site: Site): Value {
    const object = selection?.find((candidate) => candidate.kind === 'object');
    if (object?.kind === 'object') {
      const row: Value = { kind: 'object', properties: new Map(), spreads: [] };
      for (const [key, values] of object.properties) {
        const columns: Value[] = [];
        for (const column of values) {
          if (column.kind !== 'orm' || !column.model || !column.projection) continue;
          const [field] = column.projection;
          const record = this.record(column.model, site, `select ${column.model}.${field}`);
          addValues(columns, this.analyzer.readProperty([record], field, site, undefined as unknown as Frame, 'none', undefined));
        }
        row.properties.set(key, columns);
      }
      return { kind: 'array', elements: [row] };
    }
    return { kind: 'array', elements: [this.record(model, site, `select from ${model}`)] };
  }

  /** A model class given as an argument: `getRepository(User)`, `em.findOne(User, ...)`. */
  private modelArgument(args: Value[][]): string | undefined {
    for (const candidate of args[0] ?? []) {
      if (candidate.kind === 'instance' && candidate.fields.has('*class*') && candidate.node.name) {
        const model = this.analyzer.modelNamed(candidate.node.name.text);
        if (model) return model;
      }
      if (candidate.kind === 'orm' && candidate.model && !candidate.projection) return candidate.model;
    }
    return undefined;
  }

  /**
   * A call on a receiver the analysis knows nothing of, decided by names alone:
   * `models.User.findOne()`, `UserModel.find()`, `em.findOne(User, ...)`, `db.select().from(users)`.
   */
  unknownReceiverCall(
    receiverNode: ts.Expression,
    method: string,
    args: Value[][],
    site: Site,
    frame: Frame,
    node: ts.CallExpression,
    reevaluate: (expression: ts.Expression) => Value[],
  ): Value[] {
    const receiver = unwrap(receiverNode);
    const name = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
    const isQuery = FIND_ONE.has(method) || FIND_MANY.has(method) || CREATE.has(method);
    if (name && isQuery && /^[A-Z]/.test(name)) {
      for (const candidate of modelNameCandidates(name)) {
        if (this.analyzer.models.has(candidate)) return this.call(this.handle(candidate, `${name}.${method}`), method, args, site, frame, node);
      }
    }
    const model = this.modelArgument(args);
    if (model && (isQuery || method === 'getRepository')) {
      if (method === 'getRepository') return [this.handle(model, `getRepository(${model})`)];
      return this.call(this.handle(model, `${method}(${model})`), method, args.slice(1), site, frame, undefined);
    }
    if (method === 'from') {
      const table = args[0]?.find((candidate): candidate is OrmValue => candidate.kind === 'orm' && candidate.orm === 'drizzle' && !candidate.projection);
      if (table?.model) {
        const select = ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression) && ['select', 'selectDistinct'].includes(receiver.expression.name.text) ? receiver : undefined;
        const selection = select?.arguments[0] ? reevaluate(select.arguments[0]) : undefined;
        return [this.drizzleRows(table.model, selection, site)];
      }
    }
    if ((method === 'findFirst' || method === 'findMany') && ts.isPropertyAccessExpression(receiver) && name && this.analyzer.models.sourceOf(name) === 'drizzle') {
      const record = this.record(name, site, `db.query.${name}`);
      return method === 'findMany' ? [{ kind: 'array', elements: [record] }] : [record];
    }
    return [];
  }

  /** Mongoose-style chains on a list of records: `User.find().select('email').lean()`. */
  arrayMethod(elements: Value[], method: string, args: Value[][], site: Site, frame: Frame): Value[] | undefined {
    if (method !== 'select' && !CHAIN.has(method)) return undefined;
    // A query's rows (Drizzle `.from(users).where(...)`): the chain keeps them.
    if (!elements.some((element) => element.kind === 'record')) return [{ kind: 'array', elements }];
    const mapped: Value[] = [];
    for (const element of elements) addValues(mapped, element.kind === 'record' ? this.recordMethod(element, method, args, site, frame) : [element]);
    return [{ kind: 'array', elements: mapped }];
  }

  static unionAll(lists: Value[][]): Value[] {
    return union(...lists);
  }
}

function propertyName(name: ts.PropertyName): string | undefined {
  return propertyNameText(name);
}

/**
 * The keys of a parsed input that the code writes out as literals (`schema.parse({ first_name:
 * "John", ip: "" })`, or an object built that way): what the schema gives them is that literal,
 * not a person's data. From the argument's syntax when it is an object literal, else from the
 * values it evaluated to.
 */
function writtenOutKeys(input: Value[] | undefined, node: ts.Expression | undefined): Set<string> | undefined {
  const keys = new Set<string>();
  const literal = node && unwrap(node);
  if (literal && ts.isObjectLiteralExpression(literal)) {
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = propertyNameText(property.name);
      if (key !== undefined && isLiteralExpression(property.initializer)) keys.add(key);
    }
    return keys;
  }
  // A closure analysed for one call sees its parameter and what the call passed: the latter counts.
  const given = (input ?? []).filter((value) => value.kind !== 'parameter');
  if (!given.length || !given.every((value) => value.kind === 'object')) return undefined;
  const objects = given as Array<Extract<Value, { kind: 'object' }>>;
  for (const key of objects[0]!.properties.keys()) {
    const literalEverywhere = objects.every((object) => {
      const values = object.properties.get(key);
      return !!values?.length && values.every((value) => value.kind === 'string' && !value.isPrefix);
    });
    if (literalEverywhere) keys.add(key);
  }
  return keys;
}

/** A literal, or an object or array literal of literals: `"US"`, `0`, `null`, `{ id: 1, name: "John" }`. */
function isLiteralExpression(expression: ts.Expression): boolean {
  const node = unwrap(expression);
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return true;
    case ts.SyntaxKind.PrefixUnaryExpression:
      return ts.isNumericLiteral((node as ts.PrefixUnaryExpression).operand);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return (node as ts.ArrayLiteralExpression).elements.every((element) => !ts.isSpreadElement(element) && isLiteralExpression(element));
    case ts.SyntaxKind.ObjectLiteralExpression:
      return (node as ts.ObjectLiteralExpression).properties.every((property) => ts.isPropertyAssignment(property) && isLiteralExpression(property.initializer));
    default:
      return false;
  }
}

/** Fields a query's written-out `where` requires to be null (`where: { email: null }`, `{ email: { equals: null } }`). */
function nullFilteredKeys(node: ts.CallExpression | undefined): string[] {
  const keys: string[] = [];
  for (const argument of node?.arguments ?? []) {
    const options = unwrap(argument);
    if (!ts.isObjectLiteralExpression(options)) continue;
    for (const property of options.properties) {
      if (!ts.isPropertyAssignment(property) || propertyNameText(property.name) !== 'where') continue;
      const where = unwrap(property.initializer);
      if (!ts.isObjectLiteralExpression(where)) continue;
      for (const condition of where.properties) {
        if (!ts.isPropertyAssignment(condition)) continue;
        const key = propertyNameText(condition.name);
        let test = unwrap(condition.initializer);
        if (ts.isObjectLiteralExpression(test) && test.properties.length === 1) {
          const only = test.properties[0]!;
          if (ts.isPropertyAssignment(only) && propertyNameText(only.name) === 'equals') test = unwrap(only.initializer);
        }
        if (key !== undefined && test.kind === ts.SyntaxKind.NullKeyword) keys.push(key);
      }
    }
  }
  return keys;
}
