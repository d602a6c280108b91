import type { ts, ImportMap } from '../project/syntax.js';
import type { Diagnostic, ModelFact, SourceKind } from '../types.js';

/** What a script extractor sees of one parsed TypeScript or JavaScript file. */
export interface ScriptContext {
  /** Path relative to the project root, with `/`. */
  file: string;
  sourceFile: ts.SourceFile;
  /** Names the file imports (ES modules and CommonJS `require`). */
  imports: ImportMap;
  /** Report something the extractor could not read; it becomes an `analysis-error`. */
  report(diagnostic: Diagnostic): void;
}

/**
 * Extra facts an extractor wants to resolve across files once every file is read: for example
 * Mongoose `mongoose.model('User', userSchema)` in one file naming a schema declared in another.
 * Each extractor defines the shape of its own hints.
 */
export type ExtractorHint = { kind: string; file: string } & Record<string, unknown>;

export interface ScriptExtractResult {
  models: ModelFact[];
  hints?: ExtractorHint[];
}

/** Turns one kind of declaration in TypeScript/JavaScript files into models. */
export interface ScriptExtractor {
  source: SourceKind;
  /**
   * A cheap test on the raw text, run before parsing: false means the file cannot hold a model of
   * this source (for example, it never mentions `typeorm`). Keep it a few `includes` checks.
   */
  mightContain(text: string): boolean;
  extract(context: ScriptContext): ScriptExtractResult;
  /**
   * Optional second pass over every file's result of this extractor: rename models, merge
   * schemas declared in one file and named in another. Receives and returns all models of this
   * source. `resolveImport` maps (importing file, specifier) to a project file, when it is one.
   */
  link?(input: {
    models: ModelFact[];
    hints: ExtractorHint[];
    resolveImport(fromFile: string, specifier: string): string | undefined;
  }): ModelFact[];
}

/** A schema file read by a non-TypeScript parser (Prisma). Receives every file of its kind at once. */
export interface SchemaExtractor {
  source: SourceKind;
  /** File extensions this extractor reads, e.g. ['.prisma']. */
  extensions: string[];
  extract(files: Array<{ file: string; text: string }>): { models: ModelFact[]; diagnostics: Diagnostic[] };
}
