import type { FieldFact, ModelFact, PersonalField } from '../types.js';

interface IndexedModel {
  name: string;
  source: ModelFact['source'];
  kind: ModelFact['kind'];
  fields: Map<string, FieldFact>;
  personal: Map<string, PersonalField>;
  /** First segments of nested paths (`profile` for `profile.address.city`). */
  nestedPrefixes: Set<string>;
}

/** What reading `prop` from a record at `prefix` gives. */
export type FieldLookup =
  | { kind: 'field'; id: string; field: FieldFact; personal?: PersonalField }
  | { kind: 'nested'; prefix: string }
  | { kind: 'none' };

/**
 * The inventory's models, indexed for the flow analysis: field lookups by name and nested path,
 * the personal fields of a record, the models a receiver's name or a Prisma accessor names.
 */
export class ModelIndex {
  private readonly models = new Map<string, IndexedModel>();
  private readonly byLowerName = new Map<string, string>();
  private readonly prismaAccessors = new Map<string, string>();
  /** Schemas written in place (`.input(z.object({...}))`), by where they are written. */
  private readonly byPosition = new Map<string, string>();
  private readonly typeFiles = new Map<string, Set<string>>();
  /** The last segment of every field's name, in any model: what a property read can find. */
  private readonly fieldNames = new Set<string>();

  constructor(models: readonly ModelFact[], personalFields: readonly PersonalField[]) {
    // Entities first: when a DTO and an entity share a name, the entity's fields describe the record.
    const ordered = [...models].sort((a, b) => rank(a) - rank(b));
    for (const model of ordered) {
      let indexed = this.models.get(model.name);
      if (!indexed) {
        indexed = { name: model.name, source: model.source, kind: model.kind, fields: new Map(), personal: new Map(), nestedPrefixes: new Set() };
        this.models.set(model.name, indexed);
      }
      for (const field of model.fields) {
        if (!indexed.fields.has(field.name)) indexed.fields.set(field.name, field);
        this.fieldNames.add(field.name.slice(field.name.lastIndexOf('.') + 1));
        const dot = field.name.indexOf('.');
        if (dot > 0) {
          const parts = field.name.split('.');
          for (let length = 1; length < parts.length; length++) indexed.nestedPrefixes.add(parts.slice(0, length).join('.'));
        }
      }
      if (model.source === 'typescript') {
        let files = this.typeFiles.get(model.name);
        if (!files) this.typeFiles.set(model.name, (files = new Set()));
        files.add(model.file);
      }
      if (model.source === 'zod') this.byPosition.set(`${model.file}:${model.line}:${model.column}`, model.name);
      if (model.source === 'prisma') this.prismaAccessors.set(model.name.charAt(0).toLowerCase() + model.name.slice(1), model.name);
      if (model.kind !== 'collection-point') {
        for (const key of nameKeys(model.name)) if (!this.byLowerName.has(key)) this.byLowerName.set(key, model.name);
      }
    }
    for (const field of personalFields) {
      const indexed = this.models.get(field.model);
      if (indexed && !indexed.personal.has(field.field)) indexed.personal.set(field.field, field);
    }
  }

  has(model: string): boolean {
    return this.models.has(model);
  }

  /** Whether some model has a field of this name (`email` in `User.email` or `Order.billing.email`). */
  isFieldName(name: string): boolean {
    return this.fieldNames.has(name);
  }

  /** The files that declare a plain TypeScript type model (`type Props = {...}` in several files shares one id). */
  typeFilesOf(model: string): ReadonlySet<string> | undefined {
    return this.typeFiles.get(model);
  }

  sourceOf(model: string): ModelFact['source'] | undefined {
    return this.models.get(model)?.source;
  }

  kindOf(model: string): ModelFact['kind'] | undefined {
    return this.models.get(model)?.kind;
  }

  /** Reading `property` from a record of `model` whose path so far is `prefix`. */
  lookup(model: string, prefix: string, property: string): FieldLookup {
    const indexed = this.models.get(model);
    if (!indexed) return { kind: 'none' };
    const path = prefix ? `${prefix}.${property}` : property;
    const field = indexed.fields.get(path);
    if (field) return { kind: 'field', id: `${model}.${path}`, field, personal: indexed.personal.get(path) };
    if (indexed.nestedPrefixes.has(path)) return { kind: 'nested', prefix: path };
    return { kind: 'none' };
  }

  /** The personal fields a whole record carries (under a prefix, within a projection). */
  personalFieldsOf(model: string, prefix: string, projection?: ReadonlySet<string>): PersonalField[] {
    const indexed = this.models.get(model);
    if (!indexed) return [];
    const result: PersonalField[] = [];
    for (const [name, field] of indexed.personal) {
      if (prefix && !name.startsWith(`${prefix}.`)) continue;
      const relative = prefix ? name.slice(prefix.length + 1) : name;
      if (projection && !projection.has(relative.split('.')[0])) continue;
      result.push(field);
    }
    return result;
  }

  fieldsOf(model: string): FieldFact[] {
    return [...(this.models.get(model)?.fields.values() ?? [])];
  }

  /** The schema model declared at a position (an inline `z.object(...)` call). */
  modelAt(file: string, line: number, column: number): string | undefined {
    return this.byPosition.get(`${file}:${line}:${column}`);
  }

  /** The model a Prisma client accessor names: `user` -> `User`. */
  prismaModel(accessor: string): string | undefined {
    return this.prismaAccessors.get(accessor);
  }

  hasPrismaModels(): boolean {
    return this.prismaAccessors.size > 0;
  }

  /**
   * The model a variable's name suggests (`user`, `users`, `customer`, `currentUser`): used only
   * where types do not decide, and recorded as such in the evidence.
   */
  modelForName(name: string): string | undefined {
    const lower = name.toLowerCase();
    const direct = this.byLowerName.get(lower);
    if (direct) return direct;
    for (const prefix of ['current', 'existing', 'new', 'updated', 'created', 'found', 'the', 'my', 'db', 'auth', 'logged', 'target']) {
      if (lower.startsWith(prefix) && lower.length > prefix.length + 2) {
        const rest = this.byLowerName.get(lower.slice(prefix.length));
        if (rest) return rest;
      }
    }
    return undefined;
  }
}

function rank(model: ModelFact): number {
  return model.kind === 'entity' ? 0 : model.kind === 'collection-point' ? 1 : 2;
}

/** `User` -> user, users; `users` (Drizzle) -> users, user; `UserProfile` -> userprofile. */
function nameKeys(name: string): string[] {
  const lower = name.toLowerCase();
  if (!/^[a-z][a-z0-9_]*$/.test(lower)) return [];
  const keys = [lower];
  if (lower.endsWith('ies')) keys.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('s')) keys.push(lower.slice(0, -1));
  else keys.push(`${lower}s`);
  return keys;
}
