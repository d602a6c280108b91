import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';
import { CATEGORIES, canonicalCategory, isCategoryKey, suggestCategory } from '../classify/taxonomy.js';
import type { KeyPath } from './errors.js';
import {
  NOT_PERSONAL,
  type Article9Condition,
  type DataReference,
  type LegalBasis,
  type Manifest,
  type ManifestRecipient,
  type Purpose,
  type RecipientRole,
} from './manifest.js';
import { DEFAULT_SEVERITIES, RULE_IDS, type RuleId, type Severity } from './rule-ids.js';

/**
 * Validation of a loaded manifest value: the JSON Schema first (the same file editors use, so the
 * editor and the CLI agree), then what a schema cannot say: categories are taxonomy keys,
 * recipients exist, globs compile. Every message names what to write instead when we can tell.
 */

/** One problem, by key path. `target` says whether it is about the key itself or its value. */
export interface ValidationIssue {
  keyPath: KeyPath;
  message: string;
  target: 'key' | 'value';
}

export interface ValidateOptions {
  /**
   * Keys of the built-in recipient catalog. When given, a purpose's `recipients` must name one of
   * these or a key of the manifest's `recipients`; when absent that check is skipped.
   */
  knownRecipients?: ReadonlySet<string>;
}

export type ValidationResult = { ok: true; manifest: Manifest } | { ok: false; issues: ValidationIssue[] };

// The schema sits at the package root: two levels up from src/config, three from dist/src/config.
const SCHEMA_CANDIDATES = ['../../schema/datamin.schema.json', '../../../schema/datamin.schema.json'];

let compiledSchema: ValidateFunction | undefined;

/** The manifest's JSON Schema (`schema/datamin.schema.json`), parsed. */
export function readManifestSchema(): Record<string, unknown> {
  for (const candidate of SCHEMA_CANDIDATES) {
    const schemaPath = fileURLToPath(new URL(candidate, import.meta.url));
    if (fs.existsSync(schemaPath)) return JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  }
  throw new Error(`datamin is installed without schema/datamin.schema.json (looked next to ${fileURLToPath(import.meta.url)})`);
}

function schemaValidator(): ValidateFunction {
  if (!compiledSchema) {
    // verbose: errors carry their schema node, where the suggestions and pattern messages live.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    // An editor annotation (VS Code, yaml-language-server); we read it for our own messages too.
    ajv.addKeyword('patternErrorMessage');
    compiledSchema = ajv.compile(readManifestSchema());
  }
  return compiledSchema;
}

/** Validates a manifest value (the parsed YAML, JSON or the default export of a JS config). */
export function validateManifest(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const validator = schemaValidator();
  const issues: ValidationIssue[] = [];
  if (!validator(input)) issues.push(...schemaIssues(validator.errors ?? [], input));
  if (!isMap(input)) return { ok: false, issues };
  issues.push(...semanticIssues(input, options, new Set(issues.map((issue) => pathKey(issue.keyPath)))));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, manifest: normalize(input) };
}

// ---------------------------------------------------------------------------------------------
// Schema errors -> issues

/** When several checks fail on one value, the most telling one wins: an enum lists the choices. */
const VALUE_KEYWORD_PRIORITY: Record<string, number> = { enum: 0, const: 0, type: 1, pattern: 2, minLength: 2 };

function schemaIssues(errors: readonly ErrorObject[], input: unknown): ValidationIssue[] {
  // `propertyNames` reports twice: once generic, once (with `propertyName`) for the pattern.
  const candidates = errors
    .filter((error) => error.keyword !== 'propertyNames')
    .map((error) => ({ issue: schemaIssue(error, input), priority: VALUE_KEYWORD_PRIORITY[error.keyword] }));
  const bestPriority = new Map<string, number>();
  for (const { issue, priority } of candidates) {
    if (issue.target !== 'value' || priority === undefined) continue;
    const key = pathKey(issue.keyPath);
    bestPriority.set(key, Math.min(bestPriority.get(key) ?? priority, priority));
  }
  const kept = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const { issue, priority } of candidates) {
    if (issue.target === 'value' && priority !== undefined) {
      const key = pathKey(issue.keyPath);
      if (priority !== bestPriority.get(key) || kept.has(key)) continue;
      kept.add(key);
    }
    issues.push(issue);
  }
  return issues;
}

function schemaIssue(error: ErrorObject, input: unknown): ValidationIssue {
  const keyPath = decodeInstancePath(error.instancePath, input);
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const hint = typeof parentSchema.patternErrorMessage === 'string' ? parentSchema.patternErrorMessage : 'invalid name';
    return { keyPath: [...keyPath, propertyName], target: 'key', message: hint };
  }
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const childPath = [...keyPath, key];
      if (keyPath.length === 1 && keyPath[0] === 'rules') {
        const hint = didYouMean(key, RULE_IDS) || ' (run `datamin rules` for the list)';
        return { keyPath: childPath, target: 'key', message: `unknown rule id${hint}` };
      }
      const properties = isMap(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
      const candidates = properties.filter((property) => !property.startsWith('$'));
      const hint = didYouMean(key, candidates) || (candidates.length > 0 ? ` (expected one of ${candidates.join(', ')})` : '');
      return { keyPath: childPath, target: 'key', message: `unknown key${hint}` };
    }
    case 'required':
      return { keyPath, target: 'key', message: `missing required key "${String(params.missingProperty)}"` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      return { keyPath, target: 'value', message: `expected one of ${allowed.join(', ')}, got ${describeValue(error.data)}${suggestion}` };
    }
    case 'const':
      return { keyPath, target: 'value', message: `expected ${JSON.stringify(params.allowedValue)}, got ${describeValue(error.data)}` };
    case 'type': {
      const expected = describeType(params.type);
      if (keyPath.length === 0) {
        return { keyPath, target: 'value', message: `the manifest must be a map of settings (version, purposes, ...), got ${describeValue(error.data)}` };
      }
      return { keyPath, target: 'value', message: `expected ${expected}, got ${describeValue(error.data)}` };
    }
    case 'pattern': {
      const hint = typeof parentSchema.patternErrorMessage === 'string' ? parentSchema.patternErrorMessage : `expected a value matching ${String(params.pattern)}`;
      return { keyPath, target: 'value', message: `${hint}, got ${describeValue(error.data)}` };
    }
    case 'minLength':
      return { keyPath, target: 'value', message: 'must not be empty' };
    case 'uniqueItems': {
      const first = Math.min(Number(params.i), Number(params.j));
      const repeated = Math.max(Number(params.i), Number(params.j));
      const value = Array.isArray(error.data) ? error.data[repeated] : undefined;
      return { keyPath: [...keyPath, repeated], target: 'value', message: `${describeValue(value)} is already listed at [${first}]` };
    }
    default:
      return { keyPath, target: 'value', message: error.message ?? `fails the schema's ${error.keyword} check` };
  }
}

/** `/purposes/marketing/data/2` -> ['purposes', 'marketing', 'data', 2]: indexes where the value is a list. */
function decodeInstancePath(instancePath: string, input: unknown): (string | number)[] {
  if (instancePath === '') return [];
  const keyPath: (string | number)[] = [];
  let current: unknown = input;
  for (const encoded of instancePath.slice(1).split('/')) {
    const segment = encoded.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      keyPath.push(index);
      current = current[index];
    } else {
      keyPath.push(segment);
      current = isMap(current) ? current[segment] : undefined;
    }
  }
  return keyPath;
}

function describeType(type: unknown): string {
  const names: Record<string, string> = {
    string: 'a string',
    array: 'a list',
    object: 'a map',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'nothing',
  };
  const types = Array.isArray(type) ? type : [type];
  return types.map((each) => names[String(each)] ?? String(each)).join(' or ');
}

/** How a value reads in a message: strings quoted, numbers as is, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/**
 * ` (did you mean "recipients"?)` when a candidate is close enough to be the intended word, else
 * the empty string. Close enough: a different case, or an edit distance within a third of the word
 * (at least 2, so that transpositions like `consnet` are caught).
 */
export function didYouMean(input: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const lower = input.toLowerCase();
  const sameButCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameButCase !== undefined && sameButCase !== input) return ` (did you mean "${sameButCase}"?)`;
  const best = closest(input, candidates);
  const allowed = Math.max(2, Math.floor(input.length / 3));
  const edits = distance(input, best);
  if (edits === 0 || edits > allowed || edits >= input.length) return '';
  return ` (did you mean "${best}"?)`;
}

// ---------------------------------------------------------------------------------------------
// What the schema cannot say

// Model ids hold no `.`; inline zod schemas are named with `/` and `#` (`user/userRouter/create/input`).
const MODEL_SEGMENT = '[A-Za-z_$][\\w$/#-]*';
const FIELD_SEGMENT = '[\\w$-]+';
/** `User.email`, `User.profile.address.city`. */
const FIELD_REFERENCE = new RegExp(`^${MODEL_SEGMENT}(\\.${FIELD_SEGMENT})+$`);
/** `User.*`, `User.profile.*`. */
const FIELDS_UNDER_REFERENCE = new RegExp(`^(${MODEL_SEGMENT}(\\.${FIELD_SEGMENT})*)\\.\\*$`);

/**
 * Reads one `data` entry. Category keys win over field ids (`user.name` is the category), and an
 * entry under `user.` that is not a category is a misspelt category, not a field of a model called
 * `user`: such a model's fields are still covered by `user.*` and by categories.
 */
export function parseDataEntry(entry: string): DataReference | { error: string } {
  if (isCategoryKey(entry)) return { kind: 'category', category: canonicalCategory(entry) ?? entry };
  const under = FIELDS_UNDER_REFERENCE.exec(entry);
  if (under) return { kind: 'fields-under', prefix: under[1]! };
  if (entry === 'user' || entry.startsWith('user.')) return { error: unknownCategoryMessage(entry) };
  if (FIELD_REFERENCE.test(entry)) return { kind: 'field', id: entry };
  return {
    error: `expected a data category such as user.contact.email, or a field as Model.field or Model.*, got ${JSON.stringify(entry)}${categoryHint(entry)}`,
  };
}

function unknownCategoryMessage(value: string): string {
  return `unknown data category ${JSON.stringify(value)}${categoryHint(value)}`;
}

function categoryHint(value: string): string {
  // A bare model name most likely meant all of its fields.
  if (/^[A-Z][\w$-]*$/.test(value)) return ` (did you mean "${value}.*"?)`;
  const suggestion = closeCategory(value) ?? categoryByLastWord(value);
  return suggestion && suggestion !== value ? ` (did you mean "${suggestion}"?)` : '';
}

/** A misspelling of a key. */
function closeCategory(value: string): string | undefined {
  const suggestion = suggestCategory(value);
  if (suggestion === undefined || value.toLowerCase().startsWith('user')) return suggestion;
  // suggestCategory forgives a missing `user.` prefix, measuring against the longer key; for a
  // word that is not a key at all (`nothing`, `x`) that finds far-fetched keys. Hold the word to
  // its own length instead.
  const edits = Math.min(distance(value.toLowerCase(), suggestion), distance(`user.${value.toLowerCase()}`, suggestion));
  return edits <= Math.max(1, Math.floor(value.length / 3)) ? suggestion : undefined;
}

/** The one category whose last word is the value's: `email` and `user.email` -> `user.contact.email`. */
function categoryByLastWord(value: string): string | undefined {
  const lastWord = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
  if (lastWord === '') return undefined;
  const matches = CATEGORIES.filter((category) => category.key.endsWith(`.${lastWord}`));
  return matches.length === 1 ? matches[0]!.key : undefined;
}

function semanticIssues(input: Record<string, unknown>, options: ValidateOptions, reported: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (issue: ValidationIssue) => {
    if (!reported.has(pathKey(issue.keyPath))) issues.push(issue);
  };

  for (const key of ['include', 'exclude'] as const) checkGlobs(input[key], [key], report);

  const recipientKeys = isMap(input.recipients) ? Object.keys(input.recipients) : [];
  if (isMap(input.purposes)) {
    for (const [name, purpose] of Object.entries(input.purposes)) {
      if (!isMap(purpose)) continue;
      const purposePath = ['purposes', name];
      if (Array.isArray(purpose.data)) {
        purpose.data.forEach((entry, index) => {
          if (typeof entry !== 'string' || entry === '') return;
          const parsed = parseDataEntry(entry);
          if ('error' in parsed) report({ keyPath: [...purposePath, 'data', index], target: 'value', message: parsed.error });
        });
      }
      if (Array.isArray(purpose.recipients) && options.knownRecipients) {
        const known = options.knownRecipients;
        purpose.recipients.forEach((recipient, index) => {
          if (typeof recipient !== 'string' || recipient === '') return;
          if (recipientKeys.includes(recipient) || known.has(recipient)) return;
          const candidates = [...recipientKeys, ...known];
          report({
            keyPath: [...purposePath, 'recipients', index],
            target: 'value',
            message: `unknown recipient ${JSON.stringify(recipient)}: declare it under recipients, or name a built-in one${didYouMean(recipient, candidates)}`,
          });
        });
      }
      checkGlobs(purpose.code, [...purposePath, 'code'], report);
    }
  }

  if (isMap(input.fields)) {
    for (const [fieldId, category] of Object.entries(input.fields)) {
      if (!FIELD_REFERENCE.test(fieldId)) {
        report({ keyPath: ['fields', fieldId], target: 'key', message: `expected a field as Model.field, got ${JSON.stringify(fieldId)}` });
      }
      if (typeof category === 'string' && category !== '' && category !== NOT_PERSONAL && !isCategoryKey(category)) {
        const hint = categoryHint(category) || ' (write a data category such as user.name, or none for a field that holds no personal data)';
        report({ keyPath: ['fields', fieldId], target: 'value', message: `unknown data category ${JSON.stringify(category)}${hint}` });
      }
    }
  }
  return issues;
}

function checkGlobs(value: unknown, keyPath: KeyPath, report: (issue: ValidationIssue) => void): void {
  if (!Array.isArray(value)) return;
  value.forEach((glob, index) => {
    if (typeof glob !== 'string' || glob === '') return;
    const problem = globProblem(glob);
    if (problem) report({ keyPath: [...keyPath, index], target: 'value', message: problem });
  });
}

function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) {
    return `globs are relative to the project root, got the absolute path ${JSON.stringify(glob)}`;
  }
  try {
    // debug: picomatch otherwise swallows a pattern it cannot compile and matches nothing.
    picomatch.makeRe(glob, { strictBrackets: true, debug: true });
    return undefined;
  } catch (error) {
    const reason = (error as { message?: string }).message ?? String(error);
    return `invalid glob ${JSON.stringify(glob)}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Defaults

function normalize(input: Record<string, unknown>): Manifest {
  const purposes: Purpose[] = [];
  for (const [name, value] of Object.entries(isMap(input.purposes) ? input.purposes : {})) {
    const purpose = value as Record<string, unknown>;
    const dataReferences = strings(purpose.data).map((entry) => parseDataEntry(entry) as DataReference);
    purposes.push({
      name,
      ...optionalString(purpose, 'description'),
      basis: purpose.basis as LegalBasis,
      ...(typeof purpose.article9 === 'string' ? { article9: purpose.article9 as Article9Condition } : {}),
      ...optionalString(purpose, 'use'),
      ...optionalString(purpose, 'consent'),
      data: dataReferences.map((reference, index) => (reference.kind === 'category' ? reference.category : strings(purpose.data)[index]!)),
      dataReferences,
      ...optionalString(purpose, 'retention'),
      recipients: strings(purpose.recipients),
      code: strings(purpose.code),
    });
  }

  const recipients: Record<string, ManifestRecipient> = {};
  for (const [key, value] of Object.entries(isMap(input.recipients) ? input.recipients : {})) {
    const recipient = value as Record<string, unknown>;
    // The schema's key pattern rules out `__proto__` and friends, so plain assignment is safe.
    recipients[key] = {
      ...optionalString(recipient, 'name'),
      ...(typeof recipient.role === 'string' ? { role: recipient.role as RecipientRole } : {}),
      ...optionalString(recipient, 'country'),
      hosts: strings(recipient.hosts),
      packages: strings(recipient.packages),
      ...optionalString(recipient, 'description'),
    };
  }

  const fields: Record<string, string> = {};
  for (const [fieldId, category] of Object.entries(isMap(input.fields) ? input.fields : {})) {
    fields[fieldId] = category === NOT_PERSONAL ? NOT_PERSONAL : (canonicalCategory(String(category)) ?? String(category));
  }

  const configuredRules = isMap(input.rules) ? input.rules : {};
  const rules = {} as Record<RuleId, Severity>;
  for (const ruleId of RULE_IDS) {
    rules[ruleId] = Object.hasOwn(configuredRules, ruleId) ? (configuredRules[ruleId] as Severity) : DEFAULT_SEVERITIES[ruleId];
  }

  return {
    version: 1,
    ...(Array.isArray(input.include) ? { include: strings(input.include) } : {}),
    ...(Array.isArray(input.exclude) ? { exclude: strings(input.exclude) } : {}),
    purposes,
    recipients,
    fields,
    rules,
    sanitizers: strings(input.sanitizers),
    consentGuards: strings(input.consentGuards),
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function optionalString<Key extends string>(source: Record<string, unknown>, key: Key): { [K in Key]?: string } {
  const value = source[key];
  return (typeof value === 'string' ? { [key]: value } : {}) as { [K in Key]?: string };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathKey(keyPath: KeyPath): string {
  return JSON.stringify(keyPath);
}
