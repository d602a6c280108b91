import { collectImports, parseSourceFile } from '../../src/project/syntax.js';
import { resolveImportPath } from '../../src/project/resolve.js';
import type { ExtractorHint, ScriptExtractor } from '../../src/inventory/extractor.js';
import type { Diagnostic, ModelFact } from '../../src/types.js';

/**
 * Runs one script extractor over in-memory files ({ 'src/user.ts': '...' }) as the inventory
 * stage would: parse each file, extract, then link across files.
 */
export function runScriptExtractor(
  extractor: ScriptExtractor,
  files: Record<string, string>,
): { models: ModelFact[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let models: ModelFact[] = [];
  const hints: ExtractorHint[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!extractor.mightContain(text)) continue;
    const sourceFile = parseSourceFile(file, text);
    const result = extractor.extract({
      file,
      sourceFile,
      imports: collectImports(sourceFile),
      report: (diagnostic) => diagnostics.push(diagnostic),
    });
    models.push(...result.models);
    hints.push(...(result.hints ?? []));
  }
  const known = new Set(Object.keys(files));
  if (extractor.link) {
    models = extractor.link({ models, hints, resolveImport: (from, specifier) => resolveImportPath(from, specifier, known) });
  }
  return { models, diagnostics };
}

/** A compact view of models for assertions: { User: ['email:string@3', ...] }. */
export function summarize(models: ModelFact[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const model of models) {
    result[model.name] = model.fields.map((field) => `${field.name}:${field.type}@${field.line}`);
  }
  return result;
}
