import fs from 'node:fs';
import path from 'node:path';
import type { FieldFact, ModelFact } from '../../src/types.js';

const FIXTURES = path.resolve('fixtures/inventory');

/** Every file of a fixture folder as { 'src/user.ts': text }, root-relative with `/`, sorted. */
export function fixtureFiles(name: string): Record<string, string> {
  const root = path.join(FIXTURES, name);
  const files: Record<string, string> = {};
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true }).sort((first, second) => first.name.localeCompare(second.name))) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

export function modelNamed(models: ModelFact[], name: string): ModelFact {
  const model = models.find((candidate) => candidate.name === name);
  if (!model) throw new Error(`no model ${name} among ${models.map((candidate) => candidate.name).join(', ')}`);
  return model;
}

/** A field by `Model.path`, for models whose names hold no dot; `fieldOf(model, path)` otherwise. */
export function fieldNamed(models: ModelFact[], id: string): FieldFact {
  const [modelName, ...rest] = id.split('.');
  return fieldOf(modelNamed(models, modelName), rest.join('.'));
}

export function fieldOf(model: ModelFact, name: string): FieldFact {
  const field = model.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name} in ${model.name}: ${model.fields.map((candidate) => candidate.name).join(', ')}`);
  return field;
}

/** `{ 'Model.field': validators }` for every field with a validator. */
export function validatorsOf(models: ModelFact[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const model of models) {
    for (const field of model.fields) if (field.validators.length > 0) result[`${model.name}.${field.name}`] = field.validators;
  }
  return result;
}
