/**
 * Scores the classifier against the labelled sets in this folder: fields from real open-source
 * applications, each labelled by a person (not by datamin) with the category it holds or null.
 * The files keep only what the classifier sees — model and field names, types, validators,
 * flags, short doc comments — never the applications' code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { classifyField } from '../../src/classify/classifier.js';
import { canonicalCategory, categoryCovers } from '../../src/classify/taxonomy.js';
import type { FieldFact, ModelFact } from '../../src/types.js';

export interface LabelledField extends Omit<FieldFact, 'model' | 'file' | 'line' | 'column' | 'validators'> {
  validators?: FieldFact['validators'];
  label: string | null;
  note?: string;
}

export interface LabelledModel extends Pick<ModelFact, 'name' | 'source' | 'kind' | 'doc'> {
  file: string;
  fields: LabelledField[];
}

export interface LabelledSet {
  app: string;
  commit?: string;
  models: LabelledModel[];
}

export interface Score {
  fields: number;
  labelledPersonal: number;
  predictedPersonal: number;
  truePositives: number;
  /** True positives whose category equals the label (after aliases). */
  exactCategory: number;
  /** True positives whose category equals the label or is its parent or child (user.name vs user.name.first). */
  closeCategory: number;
  misses: string[];
  falseAlarms: string[];
  wrongCategory: string[];
}

export const LABELLED_DIRECTORY = path.dirname(new URL(import.meta.url).pathname);

export function readLabelledSets(directory = LABELLED_DIRECTORY): LabelledSet[] {
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as LabelledSet);
}

export function scoreSet(set: LabelledSet, filter: (model: LabelledModel) => boolean = () => true): Score {
  const score: Score = { fields: 0, labelledPersonal: 0, predictedPersonal: 0, truePositives: 0, exactCategory: 0, closeCategory: 0, misses: [], falseAlarms: [], wrongCategory: [] };
  for (const labelled of set.models) {
    if (!filter(labelled)) continue;
    const fields: FieldFact[] = labelled.fields.map((field, index) => ({
      ...field,
      model: labelled.name,
      file: labelled.file,
      line: index + 1,
      column: 1,
      validators: field.validators ?? [],
    }));
    const model: ModelFact = { name: labelled.name, source: labelled.source, kind: labelled.kind, doc: labelled.doc, file: labelled.file, line: 1, column: 1, fields };
    for (const [index, field] of fields.entries()) {
      const label = labelled.fields[index].label;
      if (label === 'TODO') throw new Error(`${set.app}: ${labelled.name}.${field.name} is not labelled`);
      const predicted = classifyField(field, model)?.category ?? null;
      const id = `${labelled.name}.${field.name}`;
      score.fields++;
      if (label) score.labelledPersonal++;
      if (predicted) score.predictedPersonal++;
      if (label && predicted) {
        score.truePositives++;
        const expected = canonicalCategory(label) ?? label;
        const actual = canonicalCategory(predicted) ?? predicted;
        if (expected === actual) score.exactCategory++;
        if (expected === actual || categoryCovers(expected, actual) || categoryCovers(actual, expected)) score.closeCategory++;
        else score.wrongCategory.push(`${id}: ${predicted}, labelled ${label}`);
      } else if (label) {
        score.misses.push(`${id}: labelled ${label}`);
      } else if (predicted) {
        score.falseAlarms.push(`${id}: ${predicted}`);
      }
    }
  }
  return score;
}

export function addScores(scores: Score[]): Score {
  const total: Score = { fields: 0, labelledPersonal: 0, predictedPersonal: 0, truePositives: 0, exactCategory: 0, closeCategory: 0, misses: [], falseAlarms: [], wrongCategory: [] };
  for (const score of scores) {
    for (const key of ['fields', 'labelledPersonal', 'predictedPersonal', 'truePositives', 'exactCategory', 'closeCategory'] as const) total[key] += score[key];
    total.misses.push(...score.misses);
    total.falseAlarms.push(...score.falseAlarms);
    total.wrongCategory.push(...score.wrongCategory);
  }
  return total;
}

export const recall = (score: Score): number => score.truePositives / Math.max(score.labelledPersonal, 1);
export const precision = (score: Score): number => score.truePositives / Math.max(score.predictedPersonal, 1);
export const categoryAccuracy = (score: Score): number => score.closeCategory / Math.max(score.truePositives, 1);
