import path from 'node:path';
import { classifyField, getCategory } from '../classify/index.js';
import { collectImports } from '../project/syntax.js';
import type { ProjectSources } from '../project/sources.js';
import type { Diagnostic, ModelFact, PersonalField } from '../types.js';
import type { ExtractorHint, ScriptExtractor } from './extractor.js';
import { SCHEMA_EXTRACTORS, SCRIPT_EXTRACTORS } from './extractors/index.js';

export interface InventoryOptions {
  /** The manifest's `fields` overrides: `Model.field` -> category key or `none`. */
  overrides?: Readonly<Record<string, string>>;
}

export interface Inventory {
  /** Every model found, with all its fields, personal or not: the flow analysis needs them all. */
  models: ModelFact[];
  /** The personal fields, sorted by file, line, column, id. */
  fields: PersonalField[];
  diagnostics: Diagnostic[];
}

/**
 * Runs every extractor over the project and classifies the fields they find.
 * Schema extractors (Prisma) get all files of their extension at once; script extractors see
 * one parsed file at a time and only files whose text passes their cheap `mightContain` test.
 */
export function buildInventory(sources: ProjectSources, options: InventoryOptions = {}): Inventory {
  const diagnostics: Diagnostic[] = [];
  const models: ModelFact[] = [];

  for (const extractor of SCHEMA_EXTRACTORS) {
    const files = sources.files
      .filter((file) => extractor.extensions.includes(path.extname(file)))
      .map((file) => ({ file, text: sources.text(file) }));
    if (!files.length) continue;
    const result = extractor.extract(files);
    models.push(...result.models);
    diagnostics.push(...result.diagnostics);
  }

  const perExtractor = new Map<ScriptExtractor, { models: ModelFact[]; hints: ExtractorHint[] }>(
    SCRIPT_EXTRACTORS.map((extractor) => [extractor, { models: [], hints: [] }]),
  );
  for (const file of sources.scriptFiles()) {
    const text = sources.text(file);
    const candidates = SCRIPT_EXTRACTORS.filter((extractor) => extractor.mightContain(text));
    if (!candidates.length) continue;
    const sourceFile = sources.parse(file);
    const context = {
      file,
      sourceFile,
      imports: collectImports(sourceFile),
      report: (diagnostic: Diagnostic) => diagnostics.push(diagnostic),
    };
    for (const extractor of candidates) {
      try {
        const result = extractor.extract(context);
        const collected = perExtractor.get(extractor)!;
        collected.models.push(...result.models);
        if (result.hints) collected.hints.push(...result.hints);
      } catch (error) {
        // An extractor bug must not hide the rest of the project; it is reported, not swallowed.
        diagnostics.push({ file, message: `internal error in the ${extractor.source} extractor: ${(error as Error).message}` });
      }
    }
  }
  for (const [extractor, collected] of perExtractor) {
    const linked = extractor.link
      ? extractor.link({
          models: collected.models,
          hints: collected.hints,
          resolveImport: (fromFile, specifier) => sources.resolveImport(fromFile, specifier),
        })
      : collected.models;
    models.push(...linked);
  }

  const kept = dropTypesMirroringEntities(models);
  kept.sort(compareLocations);
  return { models: kept, fields: classifyModels(kept, options), diagnostics };
}

/**
 * A plain `interface User` next to a Prisma `model User` describes the same record: keeping both
 * would list every field twice. Entities and collection points are kept; such types are not.
 */
function dropTypesMirroringEntities(models: ModelFact[]): ModelFact[] {
  const declared = new Set(models.filter((model) => model.kind !== 'type').map((model) => model.name.toLowerCase()));
  return models.filter((model) => model.kind !== 'type' || !declared.has(model.name.toLowerCase()));
}

export function classifyModels(models: readonly ModelFact[], options: InventoryOptions = {}): PersonalField[] {
  const fields: PersonalField[] = [];
  for (const model of models) {
    for (const field of model.fields) {
      const classification = classifyField(field, model, { overrides: options.overrides });
      if (!classification) continue;
      const category = getCategory(classification.category);
      fields.push({
        id: `${model.name}.${field.name}`,
        model: model.name,
        field: field.name,
        source: model.source,
        kind: model.kind,
        file: field.file,
        line: field.line,
        column: field.column,
        category: classification.category,
        special: category?.special ?? false,
        sensitive: category?.sensitive ?? false,
        confidence: Math.round(classification.confidence * 100) / 100,
        evidence: classification.evidence,
      });
    }
  }
  return fields.sort((a, b) => compareLocations(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function compareLocations(a: { file: string; line: number; column: number }, b: { file: string; line: number; column: number }): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
