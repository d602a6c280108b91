/**
 * Models built from other models, for the collection-point and plain-type extractors:
 * zod `Base.extend({...})`, `A.merge(B)`, `Base.pick({ email: true })` and `address: AddressSchema`
 * (https://zod.dev/api#objects); NestJS mapped types `PartialType`, `PickType`, `OmitType`,
 * `IntersectionType` (https://docs.nestjs.com/openapi/mapped-types), `@Type(() => AddressDto)`
 * nesting and `extends BaseDto`; TypeScript `interface Customer extends Person`,
 * `type A = B & {...}`, `Omit<User, 'password'>`.
 *
 * While reading one file an extractor writes each reference to another declaration as a
 * `ReferencePart` in a `composition` hint, as it is written in that file (a local name, or an
 * import specifier and exported name). `linkComposedModels` resolves them once every file is
 * read. Unlike `model-parts.ts` (ORM classes: one base, embedded members), a model here may
 * have several bases, key filters (pick/omit) and parts that are only kept when they resolve.
 * Hints are plain data, so they can be cached per file.
 */
import type { ExtractorHint } from '../extractor.js';
import type { FieldFact, ModelFact } from '../../types.js';

/** How a file names another declaration. */
export interface ModelReference {
  /** The name the target is declared and exported under; `default` for a default import. */
  name: string;
  /** The import specifier; absent when the target is declared in the same file. */
  module?: string;
  /** The name used in the referencing file: the fallback for default imports. */
  localName: string;
}

/** The fields of another declaration, placed in a model. */
export interface ReferencePart {
  reference: ModelReference;
  /** The path the target's fields appear under: '' merges them into the model, `address` nests them. */
  prefix: string;
  /** Where the target's fields go among the model's own fields (an index into `fields`). */
  index: number;
  /** The target's fields are elements of a list (`z.array(AddressSchema)`, `addresses: AddressDto[]`). */
  isList?: boolean;
  /** Only these top-level keys of the target (`PickType(User, ['email'])`, `.pick({ email: true })`). */
  pick?: string[];
  /** Not these top-level keys of the target (`OmitType`, `.omit()`, `Omit<User, 'password'>`). */
  omit?: string[];
  /** The field kept in place of a nested reference whose target is not found (outside the project). */
  fallback?: FieldFact;
}

/**
 * - `model`: `parts` of a model listed in the extractor's `models`;
 * - `candidate`: a model (in `declaration`) kept only when one of its parts resolves, e.g. a class
 *   with no decorator of its own that inherits its fields from a DTO;
 * - `shape`: a declaration (in `declaration`) that is no model itself but that models build on,
 *   e.g. an interface that names no person, or a zod string schema reused as a field.
 */
export type CompositionRole = 'model' | 'candidate' | 'shape';

export interface CompositionHint {
  kind: 'composition';
  file: string;
  role: CompositionRole;
  /** The declaration's name in its file: a class, interface or variable name. */
  name: string;
  /** The names other files import it by, when they differ from `name` (`default`). */
  exportNames?: string[];
  declaration?: ModelFact;
  parts: ReferencePart[];
}

export function compositionHint(hint: Omit<CompositionHint, 'kind'>): ExtractorHint {
  return { kind: 'composition', ...hint } as unknown as ExtractorHint;
}

/** Keys of a reference's filters after another filter applies on top: picks intersect, omits add up. */
export function combineFilters(
  inner: { pick?: string[]; omit?: string[] },
  outer: { pick?: string[]; omit?: string[] },
): { pick?: string[]; omit?: string[] } {
  const pick = inner.pick && outer.pick ? inner.pick.filter((key) => outer.pick!.includes(key)) : (inner.pick ?? outer.pick);
  const omit = inner.omit || outer.omit ? [...new Set([...(inner.omit ?? []), ...(outer.omit ?? [])])] : undefined;
  return { ...(pick ? { pick } : {}), ...(omit ? { omit } : {}) };
}

/** True when a field (path relative to its model) passes a pick/omit filter on top-level keys. */
export function passesFilter(fieldName: string, filter: { pick?: string[]; omit?: string[] }): boolean {
  const key = fieldName.split('.')[0];
  if (filter.pick && !filter.pick.includes(key)) return false;
  if (filter.omit && filter.omit.includes(key)) return false;
  return true;
}

/** Keeps the last field of each name, where it stands: a redeclared or extended field wins. */
export function dedupeFields(fields: FieldFact[]): FieldFact[] {
  const lastIndex = new Map<string, number>();
  fields.forEach((field, index) => lastIndex.set(field.name, index));
  return fields.filter((field, index) => lastIndex.get(field.name) === index);
}

/** `dedupeFields` for a model still being read: the parts' indexes follow the fields they stood before. */
export function dedupeOwnFields(fields: FieldFact[], parts: ReferencePart[]): { fields: FieldFact[]; parts: ReferencePart[] } {
  const kept = dedupeFields(fields);
  if (kept.length === fields.length) return { fields, parts };
  const keptSet = new Set(kept);
  const newIndex = (index: number): number => fields.slice(0, index).filter((field) => keptSet.has(field)).length;
  return { fields: kept, parts: parts.map((part) => ({ ...part, index: newIndex(part.index) })) };
}

interface Declaration {
  file: string;
  name: string;
  exportNames: string[];
  role: CompositionRole;
  model: ModelFact;
  parts: ReferencePart[];
}

/** Packages whose exports are never project declarations: no lookup by name for them. */
const LIBRARY_MODULES =
  /^(zod|class-validator|class-transformer|@nestjs\/|typeorm|@mikro-orm\/|sequelize|mongoose|react|next|express|@prisma\/)/;

/**
 * Resolves the `composition` hints of one extractor: each model gets its referenced fields in
 * place (nested under the part's prefix, filtered, marked as lists), candidates whose references
 * resolve become models, and shapes serve only as targets. Models without hints pass unchanged.
 * A cycle (`z.lazy` trees, a class nesting itself) stops at the repeated declaration.
 */
export function linkComposedModels(input: {
  models: ModelFact[];
  hints: ExtractorHint[];
  resolveImport(fromFile: string, specifier: string): string | undefined;
}): ModelFact[] {
  const key = (file: string, name: string): string => `${file}\u0000${name}`;
  const hints = input.hints.filter((hint) => hint.kind === 'composition') as unknown as CompositionHint[];
  const partsOfModel = new Map<string, CompositionHint>();
  const declarations: Declaration[] = [];
  for (const hint of hints) {
    if (hint.role === 'model') partsOfModel.set(key(hint.file, hint.name), hint);
    else if (hint.declaration) {
      declarations.push({
        file: hint.file,
        name: hint.name,
        exportNames: hint.exportNames ?? [hint.name],
        role: hint.role,
        model: hint.declaration,
        parts: hint.parts,
      });
    }
  }
  const modelDeclarations = input.models.map((model): Declaration => {
    const hint = partsOfModel.get(key(model.file, model.name));
    return {
      file: model.file,
      name: hint?.name ?? model.name,
      exportNames: hint?.exportNames ?? [model.name],
      role: 'model',
      model,
      parts: hint?.parts ?? [],
    };
  });
  const all = [...modelDeclarations, ...declarations];

  const byFileAndName = new Map<string, Declaration>();
  const byExport = new Map<string, Declaration>();
  const byName = new Map<string, Declaration[]>();
  for (const declaration of all) {
    if (!byFileAndName.has(key(declaration.file, declaration.name))) byFileAndName.set(key(declaration.file, declaration.name), declaration);
    for (const exported of declaration.exportNames) {
      if (!byExport.has(key(declaration.file, exported))) byExport.set(key(declaration.file, exported), declaration);
    }
    byName.set(declaration.name, [...(byName.get(declaration.name) ?? []), declaration]);
  }
  const uniqueByName = (name: string): Declaration | undefined => {
    const found = byName.get(name);
    return found?.length === 1 ? found[0] : undefined;
  };

  const resolve = (fromFile: string, reference: ModelReference): Declaration | undefined => {
    if (!reference.module) return byFileAndName.get(key(fromFile, reference.name)) ?? uniqueByName(reference.name);
    const targetFile = input.resolveImport(fromFile, reference.module);
    if (targetFile) {
      const found = byExport.get(key(targetFile, reference.name)) ?? byFileAndName.get(key(targetFile, reference.name));
      if (found) return found;
    }
    if (LIBRARY_MODULES.test(reference.module)) return undefined;
    // Barrel files and path aliases the resolver does not follow: the one declaration of that
    // name in the project, if there is exactly one.
    return uniqueByName(reference.name === 'default' ? reference.localName : reference.name);
  };

  /**
   * `isModel`: the declaration ends up in the inventory. A candidate does when one of its bases
   * does: a class that extends a class that extends a DTO is a DTO; a class whose bases are only
   * other undecorated classes is not.
   */
  const resolved = new Map<Declaration, { fields: FieldFact[]; isModel: boolean }>();
  /** Models used as a nested part of others (`config: ConfigSchema`), and the models using them. */
  const partOf = new Map<Declaration, Set<string>>();
  const fieldsOf = (declaration: Declaration, visiting: Set<Declaration>): { fields: FieldFact[]; isModel: boolean } => {
    const done = resolved.get(declaration);
    if (done) return done;
    if (visiting.has(declaration)) return { fields: declaration.model.fields, isModel: declaration.role === 'model' };
    visiting.add(declaration);
    const ownFields = declaration.model.fields;
    let inheritsFromModel = false;
    // Parts go before the own field at their index; parts at the end go after every field.
    const insertions = new Map<number, FieldFact[]>();
    for (const part of declaration.parts) {
      const target = resolve(declaration.file, part.reference);
      let expanded: FieldFact[] = [];
      if (target && target !== declaration) {
        const targetResult = fieldsOf(target, visiting);
        expanded = targetResult.fields
          .filter((field) => passesFilter(field.name, part))
          .map((field) => placeField(field, declaration.model.name, part))
          .filter((field) => field.name !== '');
        // Only inherited fields make a candidate a model: a nested member does not.
        if (expanded.length > 0 && part.prefix === '' && targetResult.isModel) inheritsFromModel = true;
        if (expanded.length > 0 && part.prefix !== '' && target.role === 'model') {
          const parents = partOf.get(target) ?? new Set<string>();
          parents.add(declaration.model.name);
          partOf.set(target, parents);
        }
      }
      if (expanded.length === 0 && part.fallback) expanded = [part.fallback];
      const at = Math.min(part.index, ownFields.length);
      insertions.set(at, [...(insertions.get(at) ?? []), ...expanded]);
    }
    const ordered: FieldFact[] = [];
    for (let index = 0; index <= ownFields.length; index++) {
      ordered.push(...(insertions.get(index) ?? []));
      if (index < ownFields.length) ordered.push(ownFields[index]);
    }
    visiting.delete(declaration);
    const result = { fields: dedupeFields(ordered), isModel: declaration.role === 'model' || (declaration.role === 'candidate' && inheritsFromModel) };
    resolved.set(declaration, result);
    return result;
  };

  for (const declaration of all) if (declaration.role !== 'shape' && declaration.parts.length) fieldsOf(declaration, new Set());
  const withParents = (declaration: Declaration, model: ModelFact): ModelFact => {
    const parents = partOf.get(declaration);
    return parents?.size ? { ...model, partOf: [...parents].sort() } : model;
  };
  const output: ModelFact[] = [];
  for (const declaration of all) {
    if (declaration.role === 'shape') continue;
    if (declaration.parts.length === 0) {
      if (declaration.role === 'model') output.push(withParents(declaration, declaration.model));
      continue;
    }
    const { fields, isModel } = fieldsOf(declaration, new Set());
    if (!isModel) continue;
    output.push(withParents(declaration, { ...declaration.model, fields }));
  }
  return output;
}

/**
 * A target's field as it appears in the model that refers to it: renamed under the prefix,
 * marked as a list when the reference is one. A target made of one unnamed field (a zod string
 * schema reused as `email: EmailSchema`) becomes the field at the prefix, declared where the
 * reference is written.
 */
function placeField(field: FieldFact, modelName: string, part: ReferencePart): FieldFact {
  const name = field.name === '' ? part.prefix : part.prefix ? `${part.prefix}.${field.name}` : field.name;
  const placed: FieldFact = { ...field, model: modelName, name };
  if (field.name === '' && part.fallback) {
    placed.file = part.fallback.file;
    placed.line = part.fallback.line;
    placed.column = part.fallback.column;
    if (part.fallback.doc && !placed.doc) placed.doc = part.fallback.doc;
  }
  if (part.isList) placed.isList = true;
  return placed;
}
