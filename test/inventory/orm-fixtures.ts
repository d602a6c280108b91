import fs from 'node:fs';
import path from 'node:path';
import { runScriptExtractor } from '../helpers/extract.js';
import type { ScriptExtractor } from '../../src/inventory/extractor.js';
import type { Diagnostic, FieldFact, ModelFact } from '../../src/types.js';

const FIXTURES = path.resolve('fixtures/inventory');

/**
 * Runs a script extractor over every file of `fixtures/inventory/<name>`, as the inventory stage
 * would: root-relative paths with `/`, each file extracted, then linked across files.
 */
export function extractFixture(extractor: ScriptExtractor, name: string): { models: ModelFact[]; diagnostics: Diagnostic[] } {
  const root = path.join(FIXTURES, name);
  const files: Record<string, string> = {};
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true }).sort((left, right) => left.name.localeCompare(right.name))) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return runScriptExtractor(extractor, files);
}

/** The field with id `Model.path`, or a thrown error naming it. */
export function fieldOf(models: ModelFact[], id: string): FieldFact {
  const [modelName, ...rest] = id.split('.');
  const model = models.find((candidate) => candidate.name === modelName);
  const found = model?.fields.find((candidate) => candidate.name === rest.join('.'));
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

/** The model named `name`, or a thrown error naming it. */
export function modelOf(models: ModelFact[], name: string): ModelFact {
  const found = models.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no model ${name}`);
  return found;
}
