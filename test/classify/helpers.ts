import type { FieldFact, FieldType, ModelFact, ModelKind, Validator } from '../../src/types.js';

export interface FieldSpec {
  name: string;
  type?: FieldType;
  /** The type as written: `OrderAddress`, `Pick<User, "name">`. */
  typeName?: string;
  validators?: Validator[];
  dbType?: string;
  doc?: string;
  columnName?: string;
  enumValues?: string[];
  isPrimaryKey?: boolean;
  isForeignKey?: boolean;
  isRelation?: boolean;
}

/** A model as an extractor would produce it; fields given as `'email'` or `'email:string'` or specs. */
export function model(name: string, fields: Array<string | FieldSpec>, kind: ModelKind = 'entity'): ModelFact {
  const result: ModelFact = { name, source: 'prisma', kind, file: 'schema.prisma', line: 1, column: 1, fields: [] };
  fields.forEach((spec, index) => {
    const fieldSpec: FieldSpec = typeof spec === 'string' ? parseFieldSpec(spec) : spec;
    const { name: fieldName, type = 'string', validators = [], ...rest } = fieldSpec;
    const field: FieldFact = { model: name, name: fieldName, type, validators, file: 'schema.prisma', line: index + 2, column: 3, ...rest };
    result.fields.push(field);
  });
  return result;
}

function parseFieldSpec(spec: string): FieldSpec {
  const [name, type] = spec.split(':');
  return type ? { name: name!, type: type as FieldType } : { name: name! };
}

/** The field of a model by name. */
export function fieldOf(modelFact: ModelFact, name: string): FieldFact {
  const field = modelFact.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name} in ${modelFact.name}`);
  return field;
}
