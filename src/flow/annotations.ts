/**
 * What a type annotation tells about a value, read from syntax alone: a model's record
 * (`user: User`, `z.infer<typeof Signup>`, `typeof users.$inferSelect`, `Pick<User, 'email'>`),
 * an ORM handle (`Repository<User>`, `Model<UserDocument>`), an HTTP request (`req: Request`),
 * an SDK client (`stripe: Stripe`), or a project class instance (a NestJS service).
 */
import { ts } from '../project/syntax.js';

export type AnnotationMeaning =
  /** `exact`: named by a value (`z.infer<typeof SignupSchema>`), so no `Type`/`Schema` suffix is stripped. */
  | { kind: 'record'; model: string; isList: boolean; projection?: string[]; excluded?: string[]; exact?: boolean }
  | { kind: 'orm-handle'; model: string }
  | { kind: 'request' }
  | { kind: 'named-type'; name: string; qualifier?: string; isList: boolean };

const WRAPPERS = new Set(['Promise', 'Readonly', 'Partial', 'Required', 'NonNullable', 'Awaited', 'Maybe', 'Nullable', 'Optional', 'DeepPartial', 'WithId', 'HydratedDocument', 'Document', 'Ref', 'Rel', 'Loaded', 'Reference']);
const LISTS = new Set(['Array', 'ReadonlyArray', 'Set', 'Collection']);
const HANDLES = new Set(['Repository', 'EntityRepository', 'Model', 'ModelStatic', 'ModelCtor', 'ModelType', 'SqlEntityRepository', 'MongoEntityRepository', 'TreeRepository', 'MongoRepository', 'ReturnModelType']);
const REQUESTS = new Set(['Request', 'NextRequest', 'FastifyRequest', 'IncomingMessage', 'NextApiRequest', 'HonoRequest']);

/** Reads an annotation; `undefined` when it says nothing the analysis uses. */
export function readAnnotation(type: ts.TypeNode | undefined): AnnotationMeaning | undefined {
  if (!type) return undefined;
  if (ts.isParenthesizedTypeNode(type)) return readAnnotation(type.type);
  if (ts.isArrayTypeNode(type)) {
    const element = readAnnotation(type.elementType);
    return element && (element.kind === 'record' || element.kind === 'named-type') ? { ...element, isList: true } : element;
  }
  if (ts.isUnionTypeNode(type)) {
    // `User | null | undefined`: the one meaningful member decides.
    const meanings = type.types.map(readAnnotation).filter((meaning): meaning is AnnotationMeaning => meaning !== undefined);
    return meanings.length === 1 ? meanings[0] : undefined;
  }
  if (ts.isIntersectionTypeNode(type)) {
    for (const member of type.types) {
      const meaning = readAnnotation(member);
      if (meaning) return meaning;
    }
    return undefined;
  }
  if (ts.isTypeQueryNode(type)) {
    // `typeof users.$inferSelect` (Drizzle): the table's row.
    const name = entityNameText(type.exprName);
    const match = /^(.+)\.\$infer(Select|Insert)$/.exec(name ?? '');
    if (match) return { kind: 'record', model: match[1].split('.').pop()!, isList: false };
    return undefined;
  }
  if (ts.isIndexedAccessTypeNode(type)) {
    // `(typeof users)['$inferSelect']`
    const object = type.objectType;
    const index = type.indexType;
    if (ts.isTypeQueryNode(object) && ts.isLiteralTypeNode(index) && ts.isStringLiteral(index.literal) && index.literal.text.startsWith('$infer')) {
      const name = entityNameText(object.exprName);
      if (name) return { kind: 'record', model: name.split('.').pop()!, isList: false };
    }
    return undefined;
  }
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const fullName = entityNameText(type.typeName);
  if (!fullName) return undefined;
  const parts = fullName.split('.');
  const name = parts[parts.length - 1];
  const qualifier = parts.length > 1 ? parts.slice(0, -1).join('.') : undefined;
  const typeArguments = type.typeArguments ?? [];

  if (WRAPPERS.has(name) && typeArguments[0]) return readAnnotation(typeArguments[0]);
  if (LISTS.has(name) && typeArguments[0]) {
    const element = readAnnotation(typeArguments[0]);
    return element && (element.kind === 'record' || element.kind === 'named-type') ? { ...element, isList: true } : element;
  }
  if ((name === 'Pick' || name === 'Omit') && typeArguments[0]) {
    const base = readAnnotation(typeArguments[0]);
    const keys = typeArguments[1] ? literalKeys(typeArguments[1]) : [];
    if (base?.kind === 'named-type') {
      return { kind: 'record', model: base.name, isList: base.isList, ...(name === 'Pick' ? { projection: keys } : { excluded: keys }) };
    }
    return base;
  }
  // zod: `z.infer<typeof Signup>`, `z.input<...>`, `z.output<...>`, `Infer<typeof ...>`.
  if ((name === 'infer' || name === 'input' || name === 'output' || name === 'Infer' || name === 'TypeOf') && typeArguments[0] && ts.isTypeQueryNode(typeArguments[0])) {
    const schema = entityNameText(typeArguments[0].exprName);
    if (schema) return { kind: 'record', model: schema.split('.').pop()!, isList: false, exact: true };
  }
  // Drizzle: `InferSelectModel<typeof users>`.
  if ((name === 'InferSelectModel' || name === 'InferInsertModel' || name === 'InferModel') && typeArguments[0] && ts.isTypeQueryNode(typeArguments[0])) {
    const table = entityNameText(typeArguments[0].exprName);
    if (table) return { kind: 'record', model: table.split('.').pop()!, isList: false, exact: true };
  }
  // Prisma: `Prisma.UserGetPayload<...>`, `Prisma.UserCreateInput`.
  const payload = /^([A-Z]\w*?)(GetPayload|CreateInput|UpdateInput|UncheckedCreateInput|UncheckedUpdateInput|WhereUniqueInput)$/.exec(name);
  if (payload && qualifier === 'Prisma') return { kind: 'record', model: payload[1], isList: false };
  if (HANDLES.has(name) && typeArguments[0]) {
    const target = readAnnotation(typeArguments[0]);
    if (target?.kind === 'named-type') return { kind: 'orm-handle', model: target.name };
    if (target?.kind === 'record') return { kind: 'orm-handle', model: target.model };
  }
  if (REQUESTS.has(name) && (qualifier === undefined || qualifier === 'express' || qualifier === 'Express')) return { kind: 'request' };
  return { kind: 'named-type', name, ...(qualifier ? { qualifier } : {}), isList: false };
}

function entityNameText(name: ts.EntityName | ts.Expression): string | undefined {
  if (ts.isIdentifier(name)) return name.text;
  if (ts.isQualifiedName(name)) {
    const left = entityNameText(name.left);
    return left === undefined ? undefined : `${left}.${name.right.text}`;
  }
  if (ts.isPropertyAccessExpression(name)) {
    const left = entityNameText(name.expression);
    return left === undefined ? undefined : `${left}.${name.name.text}`;
  }
  return undefined;
}

/** `'email' | 'name'` -> ['email', 'name']. */
function literalKeys(type: ts.TypeNode): string[] {
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
  if (ts.isUnionTypeNode(type)) return type.types.flatMap(literalKeys);
  return [];
}

/** Candidate model names for a type name: `IUser`, `UserDocument`, `UserEntity`, `UserDTO` -> `User`. */
export function modelNameCandidates(name: string): string[] {
  const candidates = [name];
  const stripped = name.replace(/^I(?=[A-Z])/, '').replace(/(Document|Doc|Entity|Model|Record|Row|Schema)$/, '');
  if (stripped && stripped !== name) candidates.push(stripped);
  return candidates;
}
