import { ARTICLE9_CONDITIONS, LEGAL_BASES, RECIPIENT_ROLES } from '../../src/config/manifest.js';
import { DEFAULT_SEVERITIES, RULE_IDS, SEVERITIES } from '../../src/config/rule-ids.js';
import { readManifestSchema } from '../../src/config/validate.js';

type SchemaNode = Record<string, unknown>;

const schema = readManifestSchema() as SchemaNode;
const definitions = schema.definitions as Record<string, SchemaNode>;
const properties = (node: SchemaNode) => node.properties as Record<string, SchemaNode>;

/** Every schema node, with where it sits, for checks that must hold everywhere. */
function walk(node: unknown, where: string, visit: (node: SchemaNode, where: string) => void): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const schemaNode = node as SchemaNode;
  visit(schemaNode, where);
  for (const key of ['properties', 'definitions'] as const) {
    const children = schemaNode[key];
    if (children) for (const [name, child] of Object.entries(children)) walk(child, `${where}.${key}.${name}`, visit);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames'] as const) walk(schemaNode[key], `${where}.${key}`, visit);
}

test('is draft-07 and requires version 1', () => {
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  expect(schema.required).toEqual(['version']);
  expect(properties(schema).version!.const).toBe(1);
});

test('lists the rule ids of RULE_IDS, in the same order, each naming its default severity', () => {
  const rules = properties(properties(schema).rules!);
  expect(Object.keys(rules)).toEqual([...RULE_IDS]);
  for (const ruleId of RULE_IDS) {
    expect(rules[ruleId]!.$ref).toBe('#/definitions/severity');
    expect(rules[ruleId]!.description).toMatch(new RegExp(` Default: ${DEFAULT_SEVERITIES[ruleId]}\\.$`));
  }
  expect(definitions.severity!.enum).toEqual(SEVERITIES);
});

test('RULE_IDS are the 13 ids of DESIGN.md section 4 in table order', () => {
  expect(RULE_IDS).toEqual([
    'undeclared-personal-data',
    'unused-personal-data',
    'purpose-violation',
    'undeclared-sharing',
    'personal-data-in-logs',
    'whole-record-sharing',
    'special-category-basis',
    'missing-retention',
    'consent-not-checked',
    'client-side-storage',
    'manifest-drift',
    'invalid-suppression',
    'analysis-error',
  ]);
  expect(Object.entries(DEFAULT_SEVERITIES).filter(([, severity]) => severity === 'warn').map(([ruleId]) => ruleId)).toEqual([
    'unused-personal-data',
    'missing-retention',
    'consent-not-checked',
    'client-side-storage',
    'manifest-drift',
    'invalid-suppression',
  ]);
});

test('enums agree with the TypeScript types', () => {
  const purpose = properties(definitions.purpose!);
  expect(purpose.basis!.enum).toEqual(LEGAL_BASES);
  expect(purpose.article9!.enum).toEqual(ARTICLE9_CONDITIONS);
  expect(properties(definitions.recipient!).role!.enum).toEqual(RECIPIENT_ROLES);
  expect(definitions.purpose!.required).toEqual(['basis', 'data']);
});

test('every object with named properties refuses unknown keys', () => {
  const open: string[] = [];
  walk(schema, '#', (node, where) => {
    if (node.properties && node.additionalProperties !== false) open.push(where);
  });
  expect(open).toEqual([]);
});

test('every property has a description, for editors', () => {
  const undescribed: string[] = [];
  walk(schema, '#', (node, where) => {
    for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, SchemaNode>)) {
      const target = typeof property.$ref === 'string' && property.description === undefined ? definitions[property.$ref.split('/').pop()!] : property;
      if (typeof target?.description !== 'string' || target.description === '') undescribed.push(`${where}.${name}`);
    }
  });
  expect(undescribed).toEqual([]);
});

test('every pattern carries the message the CLI and editors show', () => {
  const bare: string[] = [];
  walk(schema, '#', (node, where) => {
    if (node.pattern !== undefined && typeof node.patternErrorMessage !== 'string') bare.push(where);
  });
  expect(bare).toEqual([]);
});
