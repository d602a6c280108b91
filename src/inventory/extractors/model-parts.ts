/**
 * Models whose fields come from more than one declaration: an entity that extends a base class
 * declared elsewhere (TypeORM https://typeorm.io/docs/entity/entity-inheritance, MikroORM mapped
 * superclasses), and embedded classes whose columns appear under a prefix (`address.city`).
 *
 * Each file yields one `model-parts` hint per class or schema: its own fields, its embedded
 * members and its base, with references written as they appear in that file (a local name, or
 * a name and an import specifier). `assembleModels` resolves them across files once every file
 * is read, in the extractor's `link`. Hints are plain data, so they can be cached per file.
 */
import type { ExtractorHint } from '../extractor.js';
import { ts } from '../../project/syntax.js';
import type { ImportMap } from '../../project/syntax.js';
import type { FieldFact, Location, ModelFact, ModelKind, SourceKind } from '../../types.js';
import { markForeignKeys } from './orm-common.js';

/** How one declaration names another: a class, a schema variable, or an entity name string. */
export type PartReference = {
  /** The name in the declaring file: a class or variable name, or an entity name string. */
  name: string;
  /** The import specifier, when the name is imported. */
  module?: string;
  /** The name the other file exports it as (`default` for a default import). */
  exportedName?: string;
  /** True for string references (`extends: 'BaseEntity'`, `@ManyToOne('User')`). */
  isEntityName?: boolean;
};

/** A member that stands for the fields of another class, under a prefix: `address.city`. */
export type EmbeddedMember = Location & {
  name: string;
  target: PartReference;
  isList?: boolean;
  /** The annotation or target as written, used when the target cannot be found. */
  typeName?: string;
  doc?: string;
};

export type ModelMember = { field: FieldFact } | { embedded: EmbeddedMember };

export type ModelPartsHint = {
  kind: 'model-parts';
  file: string;
  /** The class or variable name the declaration is bound to in its file. */
  binding: string;
  /** The names other files import it by (`default` included). */
  exportNames: string[];
  /** The entity name strings refer to, when it differs from the binding (`name: 'Book'`). */
  entityName?: string;
  /** Present when the declaration is a model itself (not an abstract base or an embeddable). */
  model?: Location & { name: string; kind: ModelKind; tableName?: string; doc?: string };
  base?: PartReference;
  members: ModelMember[];
};

/** Packages whose exports are never project declarations: no fallback lookup by name for them. */
const LIBRARY_MODULES = /^(typeorm|@mikro-orm\/|sequelize|@sequelize\/|reflect-metadata)/;

/** A reference to `name` as used in a file: local, or imported through the import map. */
export function referenceTo(name: string, imports: ImportMap): PartReference {
  const binding = imports.get(name);
  if (!binding || binding.imported === '*') return { name };
  return { name, module: binding.module, exportedName: binding.imported };
}

/** Local names a file exports, with the names they are exported as. */
export function exportNamesOf(sourceFile: ts.SourceFile): Map<string, string[]> {
  const exports = new Map<string, string[]>();
  const add = (local: string, exported: string): void => {
    const names = exports.get(local) ?? [];
    if (!names.includes(exported)) names.push(exported);
    exports.set(local, names);
  };
  for (const statement of sourceFile.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) ?? [] : [];
    const isExport = modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isClassDeclaration(statement) && statement.name && isExport) {
      add(statement.name.text, isDefault ? 'default' : statement.name.text);
    } else if (ts.isVariableStatement(statement) && isExport) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) add(declaration.name.text, declaration.name.text);
      }
    } else if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression)) {
      add(statement.expression.text, 'default');
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) add((element.propertyName ?? element.name).text, element.name.text);
    }
  }
  return exports;
}

/**
 * Builds the models described by `hints`: each model's fields are its base's fields (followed up
 * the chain), then its own members in source order, with embedded members replaced by the
 * embedded class's fields under the member's name. A subclass redeclaring a field wins.
 */
export function assembleModels(
  hints: ModelPartsHint[],
  source: SourceKind,
  resolveImport: (fromFile: string, specifier: string) => string | undefined,
): ModelFact[] {
  const byFile = new Map<string, ModelPartsHint[]>();
  const byName = new Map<string, ModelPartsHint[]>();
  const addTo = (map: Map<string, ModelPartsHint[]>, key: string, hint: ModelPartsHint): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(hint)) list.push(hint);
    map.set(key, list);
  };
  for (const hint of hints) {
    addTo(byFile, hint.file, hint);
    addTo(byName, hint.binding, hint);
    if (hint.entityName) addTo(byName, hint.entityName, hint);
    if (hint.model) addTo(byName, hint.model.name, hint);
  }

  const unique = (candidates: ModelPartsHint[] | undefined): ModelPartsHint | undefined => (candidates?.length === 1 ? candidates[0] : undefined);

  const resolve = (from: ModelPartsHint, reference: PartReference): ModelPartsHint | undefined => {
    const sameFile = byFile.get(from.file) ?? [];
    if (reference.isEntityName) {
      return (
        sameFile.find((hint) => hint.entityName === reference.name || hint.model?.name === reference.name || hint.binding === reference.name) ??
        unique(byName.get(reference.name))
      );
    }
    if (!reference.module) return sameFile.find((hint) => hint.binding === reference.name) ?? unique(byName.get(reference.name));
    const targetFile = resolveImport(from.file, reference.module);
    if (targetFile) {
      const exportedName = reference.exportedName ?? reference.name;
      const found = (byFile.get(targetFile) ?? []).find((hint) => hint.exportNames.includes(exportedName));
      if (found) return found;
    }
    // Re-exports through barrel files and aliases the resolver does not know: fall back to the
    // one declaration of that name in the project, if there is exactly one.
    if (LIBRARY_MODULES.test(reference.module)) return undefined;
    const fallbackName = reference.exportedName && reference.exportedName !== 'default' ? reference.exportedName : reference.name;
    return unique(byName.get(fallbackName));
  };

  const collect = (hint: ModelPartsHint, visiting: Set<ModelPartsHint>): FieldFact[] => {
    if (visiting.has(hint)) return [];
    visiting.add(hint);
    const fields: FieldFact[] = [];
    const base = hint.base && resolve(hint, hint.base);
    if (base) fields.push(...collect(base, visiting));
    for (const member of hint.members) {
      if ('field' in member) {
        fields.push(copyField(member.field));
        continue;
      }
      const embedded = member.embedded;
      const target = resolve(hint, embedded.target);
      const nested = target ? collect(target, new Set(visiting)) : [];
      if (nested.length === 0) {
        // The embedded class is outside the project or unreadable: keep the member itself.
        const { target: _target, typeName, isList, doc, name, ...location } = embedded;
        fields.push({
          ...location,
          model: hint.binding,
          name,
          type: 'object',
          validators: [],
          ...(typeName ? { typeName } : {}),
          ...(isList ? { isList } : {}),
          ...(doc ? { doc } : {}),
        });
        continue;
      }
      for (const field of nested) {
        fields.push({ ...field, name: `${embedded.name}.${field.name}`, ...(embedded.isList ? { isList: true } : {}) });
      }
    }
    visiting.delete(hint);
    return fields;
  };

  // A declaration used as an embedded part elsewhere (a TypeORM EntitySchema listed under
  // `embeddeds`) describes columns of its owners, not a table of its own.
  const embeddedTargets = new Set<ModelPartsHint>();
  for (const hint of hints) {
    for (const member of hint.members) {
      const target = 'embedded' in member ? resolve(hint, member.embedded.target) : undefined;
      if (target) embeddedTargets.add(target);
    }
  }

  const models: ModelFact[] = [];
  for (const hint of hints) {
    if (!hint.model || embeddedTargets.has(hint)) continue;
    const { name, kind, tableName, doc, file, line, column } = hint.model;
    const byFieldName = new Map<string, FieldFact>();
    for (const field of collect(hint, new Set())) {
      byFieldName.delete(field.name);
      byFieldName.set(field.name, { ...field, model: name });
    }
    const fields = [...byFieldName.values()];
    for (const field of fields) {
      if (field.relationTarget !== undefined) field.relationTarget = modelNameOf(field.relationTarget, hint, byName);
    }
    markForeignKeys(fields);
    models.push({ name, source, kind, file, line, column, ...(tableName ? { tableName } : {}), ...(doc ? { doc } : {}), fields });
  }
  return models;
}

/** A copy that shares no arrays: models inheriting one base must not share its validators. */
function copyField(field: FieldFact): FieldFact {
  return { ...field, validators: [...field.validators], ...(field.enumValues ? { enumValues: [...field.enumValues] } : {}) };
}

/** A relation target written as a schema variable (`() => AuthorSchema`) names the model `Author`. */
function modelNameOf(target: string, from: ModelPartsHint, byName: Map<string, ModelPartsHint[]>): string {
  const candidates = byName.get(target) ?? [];
  const sameFile = candidates.find((hint) => hint.file === from.file);
  const hint = sameFile ?? (candidates.length === 1 ? candidates[0] : undefined);
  return hint?.model?.name ?? target;
}

/**
 * The `link` step shared by the class-based extractors: models built from `model-parts` hints
 * are rebuilt with every file's hints; other models pass through unchanged.
 */
export function linkModelParts(
  input: { models: ModelFact[]; hints: ExtractorHint[]; resolveImport(fromFile: string, specifier: string): string | undefined },
  source: SourceKind,
): ModelFact[] {
  const partHints = input.hints.filter((hint): hint is ModelPartsHint => hint.kind === 'model-parts');
  const assembled = assembleModels(partHints, source, input.resolveImport);
  const key = (model: { file: string; name: string }): string => `${model.file}\u0000${model.name}`;
  const assembledByKey = new Map(assembled.map((model) => [key(model), model]));
  const fromHints = new Set(partHints.flatMap((hint) => (hint.model ? [key({ file: hint.file, name: hint.model.name })] : [])));
  const output: ModelFact[] = [];
  for (const model of input.models) {
    if (!fromHints.has(key(model))) {
      output.push(model);
      continue;
    }
    const replacement = assembledByKey.get(key(model));
    if (replacement) output.push(replacement);
    assembledByKey.delete(key(model));
  }
  output.push(...assembledByKey.values());
  return output;
}

/** `class User extends BaseEntity`: the base as a reference, unless it comes from an ORM package. */
export function extendsReference(declaration: ts.ClassLikeDeclaration, imports: ImportMap): PartReference | undefined {
  const heritage = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
  const expression = heritage?.types[0]?.expression;
  if (!expression || !ts.isIdentifier(expression)) return undefined;
  const reference = referenceTo(expression.text, imports);
  if (reference.module && LIBRARY_MODULES.test(reference.module)) return undefined;
  return reference;
}
