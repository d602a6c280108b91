/**
 * The flow analysis: an abstract interpretation of the project's functions over the values of
 * values.ts, with one summary per function (what it returns, which of its parameters' fields
 * reach which sinks, what it throws). Summaries are field-sensitive (a parameter path, not a
 * whole parameter, reaches a sink) and instantiated per call site (a helper called once with an
 * email and once with an id does not mix the two). Everything is decided from syntax: imports,
 * annotations, ORM call shapes and the catalog; depth and work are bounded and where a bound
 * stops the analysis it is recorded as a limit instead of guessed.
 */
import { classifyName, isSystemCategory } from '../classify/classifier.js';
import { PERSON_MODEL_NOUNS } from '../classify/lexicon.js';
import { singularOf, splitWords } from '../classify/words.js';
import { recipientForHost, recipientsForPackage } from '../catalog/recipients.js';
import type { SinkDefinition, SinkKind } from '../catalog/sinks.js';
import type { ProjectSources } from '../project/sources.js';
import { dottedName, functionsOf, isConstDeclaration, positionOf, propertyNameText, rootIdentifier, ts, unwrap } from '../project/syntax.js';
import { modelNameCandidates, readAnnotation } from './annotations.js';
import { boundNames, purposeTagsOf, type ModuleGraph, type ModuleInfo } from './module-graph.js';
import type { ModelIndex } from './models.js';
import { OrmSemantics } from './orm.js';
import type { SinkIndex, SinkMatch } from './sink-match.js';
import type { AnalysisLimit, Flow, FlowSink, Hop, Use } from './types.js';
import {
  addValues,
  carriesData,
  extendTrace,
  MAX_VALUES,
  union,
  withHop,
  type ApiStep,
  type ApiValue,
  type ArrayValue,
  type FunctionValue,
  type InstanceValue,
  type ObjectValue,
  type OptionCondition,
  type PersonalValue,
  type RecordValue,
  type StringValue,
  type Value,
} from './values.js';

export interface AnalyzerOptions {
  /** Functions whose result is pseudonymized (manifest `sanitizers`). */
  sanitizers: readonly string[];
  /** Manifest recipients: their hosts and packages name calls to them. */
  recipients: Readonly<Record<string, { hosts: readonly string[]; packages: readonly string[] }>>;
  /** Maximum nesting of function summaries computed for one another. */
  maxDepth?: number;
  /** Maximum expressions evaluated in one function body. */
  maxStepsPerFunction?: number;
  /** Maximum expressions evaluated in the whole run. */
  maxTotalSteps?: number;
}

/** Where something happens: the start of a node. */
export interface Site {
  file: string;
  line: number;
  column: number;
  code: string;
}

interface PendingSink {
  sink: FlowSink;
  site: Site;
  values: Value[];
  hops: Hop[];
  purposeTags: string[];
  guards: string[];
}

/** An HTTP call whose URL is a parameter (`fetch(url, init)` in a wrapper): its recipient is the caller's. */
interface DeferredSink {
  match: SinkMatch;
  api: ApiValue;
  args: Value[][];
  site: Site;
  hops: Hop[];
  purposeTags: string[];
  guards: string[];
}

/** What a condition says a name or property path holds where it is true (or false). */
interface Narrowing {
  path: string;
  /** The literals it is one of; none when it is empty. */
  values: Value[];
}

interface ParameterRead {
  owner: ts.Node;
  index: number;
  path: readonly string[];
  site: Site;
}

/** A method called on a parameter (`client.send(x)`, `cb(x)`): a sink once the caller says what it is. */
interface ParameterCall {
  receiver: Value;
  /** '' for a direct call of the parameter. */
  method: string;
  args: Value[][];
  site: Site;
  purposeTags: string[];
  guards: string[];
}

/** What a function does with its parameters, in their terms (ParameterValue). */
export interface Summary {
  parameterCalls: ParameterCall[];
  deferredSinks: DeferredSink[];
  returns: Value[];
  pendingSinks: PendingSink[];
  thrown: Value[];
  parameterReads: ParameterRead[];
  parameterWrites: ParameterRead[];
  /** `this.x = ...` in constructors and methods: the receiver's fields after the call. */
  receiverWrites: Map<string, Value[]>;
}

const MAX_SUMMARY_ENTRIES = 300;
/** Objects and arrays one call's substitution may copy before flattening the rest. */
const MAX_SUBSTITUTION_COPIES = 400;

/** The data an object or array holds (personal values, records, parameters), without its shape. */
function leavesOf(value: Value, depth = 0, result: Value[] = []): Value[] {
  if (depth > 6 || result.length >= MAX_VALUES) return result;
  if (value.kind === 'object') {
    for (const inner of value.properties.values()) for (const element of inner) leavesOf(element, depth + 1, result);
    for (const element of value.spreads) leavesOf(element, depth + 1, result);
  } else if (value.kind === 'array') {
    for (const element of value.elements) leavesOf(element, depth + 1, result);
  } else if (value.kind === 'personal' || value.kind === 'record' || value.kind === 'parameter') {
    addValues(result, [value]);
  }
  return result;
}
/** How many times one closure is analysed for different environments before its last summary is reused. */
const MAX_CLOSURE_ANALYSES = 4;

/** Adds a parameter read or write once (same parameter path at the same site). */
function addParameterUse(list: ParameterRead[], read: ParameterRead): void {
  if (list.length >= MAX_SUMMARY_ENTRIES) return;
  if (list.some((other) => other.owner === read.owner && other.index === read.index && other.site === read.site && other.path.join('.') === read.path.join('.'))) return;
  list.push(read);
}

/** Adds a pending sink, merging values with an entry for the same sink call. */
function addPendingSink(list: PendingSink[], pending: PendingSink): void {
  const existing = list.find((other) => other.site === pending.site && other.sink.id === pending.sink.id && other.sink.recipient === pending.sink.recipient);
  if (existing) {
    addValues(existing.values, pending.values);
    // Reached on several paths: checked only where every path checks.
    existing.guards = existing.guards.filter((guard) => pending.guards.includes(guard));
    return;
  }
  if (list.length < MAX_SUMMARY_ENTRIES) list.push({ ...pending, values: [...pending.values], guards: [...pending.guards] });
}

function addParameterCall(list: ParameterCall[], call: ParameterCall): void {
  const existing = list.find((other) => other.site === call.site && other.method === call.method && sameReceiver(other.receiver, call.receiver));
  if (existing) {
    call.args.forEach((values, index) => {
      if (existing.args[index]) addValues(existing.args[index], values);
    });
    return;
  }
  if (list.length < MAX_SUMMARY_ENTRIES) list.push({ ...call, args: call.args.map((values) => [...values]) });
}

function sameReceiver(a: Value, b: Value): boolean {
  if (a === b) return true;
  return a.kind === 'parameter' && b.kind === 'parameter' && a.owner === b.owner && a.index === b.index && a.path.join('.') === b.path.join('.');
}

function emptySummary(): Summary {
  return { parameterCalls: [], deferredSinks: [], returns: [], pendingSinks: [], thrown: [], parameterReads: [], parameterWrites: [], receiverWrites: new Map() };
}

/** Lexical scope: names to values. Assignments after a declaration add to (never replace) its values. */
export class Env {
  private readonly variables = new Map<string, Value[]>();
  /** Variables whose initializer said they are not personal whatever their name (`let ip = ''`). */
  private unnamed?: Set<string>;

  markUnnamed(name: string): void {
    (this.unnamed ??= new Set()).add(name);
  }

  /** Whether the nearest scope declaring `name` marked it as not personal by name. */
  isUnnamed(name: string): boolean {
    for (let env: Env | undefined = this; env; env = env.parent) {
      if (env.unnamed?.has(name)) return true;
      if (env.variables.has(name) || env.viewOf) return false;
    }
    return false;
  }
  constructor(
    readonly parent: Env | undefined,
    private readonly resolveFree?: (name: string) => Value[] | undefined,
    /** A view of another scope with a call's arguments substituted (closures leaving their maker). */
    private readonly viewOf?: Env,
    private readonly transform?: (values: Value[]) => Value[],
  ) {}

  lookup(name: string): Value[] | undefined {
    if (this.viewOf) {
      const values = this.viewOf.lookup(name);
      return values && this.transform ? this.transform(values) : values;
    }
    for (let env: Env | undefined = this; env; env = env.parent) {
      if (env !== this && env.viewOf) return env.lookup(name);
      const values = env.variables.get(name);
      if (values) return values;
      if (env.resolveFree) {
        const resolved = env.resolveFree(name);
        if (resolved) return resolved;
      }
    }
    return undefined;
  }

  declare(name: string, values: Value[]): void {
    this.variables.set(name, values);
  }

  assign(name: string, values: readonly Value[]): void {
    for (let env: Env | undefined = this; env; env = env.parent) {
      const existing = env.variables.get(name);
      if (existing) {
        addValues(existing, values);
        return;
      }
    }
    this.variables.set(name, [...values]);
  }
}

/** One function body being evaluated. */
interface Frame {
  module: ModuleInfo;
  summary: Summary;
  /** `this`: the symbolic receiver (parameter -1) and what the class declares. */
  receiver: Value[];
  purposeTags: string[];
  depth: number;
  steps: number;
  /** Values thrown inside the innermost `try`. */
  tryStack: Value[][];
  /**
   * Names tested by the conditions that guard the code being evaluated: enclosing `if`, `&&` and
   * `?:` conditions and earlier early returns (`if (!user.marketingConsent) return;`).
   */
  guards: string[];
  /** The function being evaluated (undefined at module top level). */
  functionNode?: ts.Node;
  /** `const allowed = await hasConsent(user)`: a variable stands for the names it was computed from. */
  aliases?: Map<string, string[]>;
  /** Options of this function's parameters tested by the enclosing `if`s (`if (options.includeDetails)`). */
  options?: OptionCondition[];
  /**
   * Names and property paths the enclosing conditions pin down: empty (`if (!partner.email)`) or
   * one of some literals (`if (key === "favicon.ico")`, `if (isReservedKey(key))`).
   */
  narrowed?: readonly Narrowing[];
  exhausted?: boolean;
}

/** Globals the analysis treats as API roots when no local binding shadows them. */
const API_GLOBALS = new Set([
  'console', 'localStorage', 'sessionStorage', 'document', 'window', 'globalThis', 'self', 'navigator', 'fetch',
  'gtag', 'dataLayer', 'process', 'WebSocket', 'XMLHttpRequest', 'analytics', 'mixpanel', 'heap', 'FS', 'Intercom', 'fbq', 'ttq',
  'Sentry', 'LogRocket', 'posthog', 'amplitude', 'rudderanalytics', 'hj', 'clarity', '_hsq', 'zE', 'Beacon', 'plausible', 'umami',
]);

/** String methods that return (part of) the same personal value. */
const PROPAGATING_METHODS = new Set([
  'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize',
  'replace', 'replaceAll', 'concat', 'padStart', 'padEnd', 'toString', 'valueOf', 'split', 'slice', 'substring', 'substr',
  'at', 'toJSON', 'toISOString', 'toDateString', 'toLocaleDateString', 'toLocaleString', 'toUTCString', 'get', 'toObject',
  'lean', 'exec', 'populate', 'clone', 'join', 'flat', 'repeat', 'format',
]);

/** Built-in functions whose result carries their arguments' data. */
const PROPAGATING_FUNCTIONS = new Set([
  'String', 'encodeURIComponent', 'encodeURI', 'escape', 'structuredClone', 'btoa', 'atob',
  'JSON.stringify', 'JSON.parse', 'Object.values', 'Object.entries', 'Object.freeze', 'Array.from', 'Array.of',
  'Promise.resolve', 'Promise.all', 'Promise.allSettled', 'Promise.race', 'Promise.any', 'Buffer.from', 'util.format', 'util.inspect',
  'querystring.stringify', 'qs.stringify', '_.pick', '_.clone', '_.cloneDeep', '_.merge', '_.assign', '_.get', 'lodash.pick', 'pick',
]);

/** Calls and properties that give a count or a yes/no, whatever the variable is named. */
const COUNTING_PRODUCERS = new Set(['count', 'countDocuments', 'estimatedDocumentCount', 'exists', 'length', 'size']);

/** Functions that turn objects into text: every personal field of a record ends up in the string. */
const SERIALIZING_FUNCTIONS = new Set(['JSON.stringify', 'util.inspect', 'util.format', 'inspect', 'format', 'qs.stringify', 'querystring.stringify', 'stringify']);

/**
 * Built-in array, string and date methods. No sink of the catalog is called by one of these names
 * (test/flows/catalog-methods.test.ts checks it), so a call of one on a parameter cannot become
 * an SDK call in a caller.
 */
export const BUILT_IN_METHODS: ReadonlySet<string> = new Set([
  'map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'reduce', 'reduceRight',
  'sort', 'includes', 'indexOf', 'lastIndexOf', 'join', 'slice', 'concat', 'at', 'flat', 'keys', 'values', 'entries',
  'trim', 'trimStart', 'trimEnd', 'split', 'replace', 'replaceAll', 'startsWith', 'endsWith', 'toLowerCase', 'toUpperCase',
  'toLocaleLowerCase', 'toLocaleUpperCase', 'match', 'matchAll', 'substring', 'substr', 'charAt', 'charCodeAt', 'padStart',
  'padEnd', 'localeCompare', 'normalize', 'repeat', 'toString', 'toISOString', 'getTime', 'toFixed', 'valueOf', 'toJSON',
  'getFullYear', 'getMonth', 'getDate', 'toLocaleString', 'toLocaleDateString',
]);

/** Array methods whose callback receives the elements. */
const ELEMENT_CALLBACK_METHODS = new Set(['map', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'flatMap', 'sort', 'findIndex', 'reduce', 'reduceRight']);

/** Libraries whose hashing calls pseudonymize what they are given. */
const HASHING_MODULES = new Set(['crypto', 'node:crypto', 'bcrypt', 'bcryptjs', 'argon2', '@node-rs/argon2', '@node-rs/bcrypt', 'crypto-js', 'js-sha256', 'object-hash', 'hash.js']);
/** Sanitizer names every project may use without declaring them. */
const BUILT_IN_SANITIZERS = new Set(['hash', 'sha256', 'sha1', 'md5', 'hmac', 'hashEmail', 'hashIp', 'maskIp', 'anonymizeIp', 'anonymize', 'pseudonymize', 'redact', 'mask', 'maskEmail', 'obfuscate']);

export class FlowAnalyzer {
  readonly flows = new Map<string, Flow>();
  readonly uses = new Map<string, Use>();
  readonly limits: AnalysisLimit[] = [];
  private readonly summaries = new Map<ts.Node, Summary>();
  /** Functions some analysed call reached: their parameters come from those calls. */
  private readonly called = new Set<ts.Node>();
  private callNesting = 0;
  /** Where each function is called from, and the guards at each call: consent checked by callers. */
  private readonly callSites = new Map<ts.Node, Array<{ caller: ts.Node | undefined; guards: string[] }>>();
  private readonly flowOrigins = new Map<Flow, ts.Node | undefined>();
  private hierarchy?: Map<string, Array<{ module: ModuleInfo; node: ts.ClassDeclaration }>>;
  private readonly wholeRecordMarks = new Set<string>();
  private readonly exportCache = new Map<string, Map<string, Value[]>>();
  /** Per module, every name it or its `export *` chains export; null where a cycle leaves it unknown. */
  private readonly exportableCache = new Map<string, Set<string> | null>();
  /** `@purpose` tags of the function being evaluated, for the uses it records. */
  private currentPurposeTags: string[] = [];
  private readonly closureAnalyses = new Map<ts.Node, number>();
  /** The last summary of a closure per environment it closes over: past the bound, it stands for that environment only. */
  private readonly closureSummaries = new WeakMap<object, Map<ts.Node, Summary>>();
  private totalSteps = 0;
  private budgetReported = false;
  private readonly maxTotalSteps: number;
  private evaluationNesting = 0;
  private readonly inProgress = new Set<ts.Node>();
  private readonly moduleEnvs = new Map<string, Env>();
  private readonly evaluatingDeclarations = new Set<ts.Node>();
  private readonly declarationValues = new Map<ts.Node, Value[]>();
  private readonly classTemplates = new Map<ts.Node, InstanceValue>();
  private readonly moduleFrames = new Map<string, Frame>();
  private readonly sanitizers: ReadonlySet<string>;
  private readonly orm: OrmSemantics;
  private readonly maxDepth: number;
  private readonly maxSteps: number;

  constructor(
    private readonly sources: ProjectSources,
    private readonly graph: ModuleGraph,
    readonly models: ModelIndex,
    private readonly sinks: SinkIndex,
    private readonly options: AnalyzerOptions,
  ) {
    this.sanitizers = new Set([...BUILT_IN_SANITIZERS, ...options.sanitizers]);
    this.orm = new OrmSemantics(this);
    this.maxDepth = options.maxDepth ?? 10;
    this.maxSteps = options.maxStepsPerFunction ?? 50_000;
    this.maxTotalSteps = options.maxTotalSteps ?? 5_000_000 + 2_000 * sources.files.length;
  }

  /** Analyses every file: its top level, then every function no call reached. */
  analyzeFiles(files: readonly string[]): void {
    for (const file of files) {
      const module = this.graph.module(file);
      if (module) this.analyzeModuleTopLevel(module);
    }

    // One walk per file collects its functions: top-level ones are entries; the ones inside
    // functions are analysed later only if nothing called or handed them on (a handler stored in
    // an object, a callback registered through a path the analysis could not follow), with the
    // module's scope, so that what they read and send is still seen.
    const nested: Array<{ module: ModuleInfo; node: ts.FunctionLikeDeclaration }> = [];
    for (const file of files) {
      const module = this.graph.module(file);
      if (!module) continue;
      const functions = functionsOf(module.sourceFile);
      for (const node of functions.nested) nested.push({ module, node });
      for (const fn of functions.topLevel) if (!this.summaries.has(fn)) this.analyzeEntry(module, fn);
    }
    for (const { module, node } of nested) if (!this.summaries.has(node)) this.analyzeEntry(module, node);
    this.resolveUncalledParameters();
    this.applyCallerGuards();
  }

  /**
   * A function no analysed call reaches (a route handler, a job, an exported API) still sends
   * what its parameters hold: where their types said nothing, their names do (`userId`,
   * `email`, `customer.phone`), with lower confidence and that evidence.
   */
  private resolveUncalledParameters(): void {
    for (const [node, summary] of this.summaries) {
      if (this.called.has(node)) continue;
      for (const deferred of summary.deferredSinks) {
        this.reportSink(deferred.match, deferred.api, deferred.args, deferred.site, this.detachedFrame(node), deferred.hops, deferred.purposeTags, 'unknown-host', deferred.guards);
      }
      if (!summary.pendingSinks.length) continue;
      const fn = node as ts.FunctionLikeDeclaration;
      const module = this.graph.module(fn.getSourceFile().fileName);
      if (!module) continue;
      // Parameters whose annotation or name already said what they hold produced their flows.
      const intrinsic = fn.parameters.map((parameter) => this.parameterValues(parameter, module, { kind: 'function', file: module.file, node: fn }).length > 0);
      for (const pending of summary.pendingSinks) {
        for (const value of pending.values) {
          if (value.kind !== 'parameter' || value.owner !== node || value.index < 0 || intrinsic[value.index]) continue;
          const parameter = fn.parameters[value.index];
          if (!parameter) continue;
          // `({ attendee }) => ...`: the destructured property names the value.
          const path = value.path.filter((part) => part !== '[]');
          const names = ts.isIdentifier(parameter.name) ? [parameter.name.text, ...path] : path;
          if (!names.length) continue;
          // A parameter typed with a type of this file (`props: Props`, a local `type Props`) is
          // not a model of the same name declared elsewhere: only its properties' names count.
          const named = this.personalByName(names, pending.site, !!parameter.type && this.namesLocalType(module, parameter.type));
          if (named && (value.authenticates === 'all' || (value.authenticates === 'credentials' && isCredentialCategory(named.category)))) continue;
          const personal = named && value.sanitizer ? { ...named, sanitizer: value.sanitizer } : named;
          if (personal) this.addFlow(pending.sink, pending.site, personal, pending.hops, pending.purposeTags, pending.guards);
        }
      }
    }
  }

  /** A frame for reporting after a function's analysis: what still depends on parameters is dropped. */
  private detachedFrame(node: ts.Node): Frame {
    const module = this.graph.module(node.getSourceFile().fileName)!;
    return { module, summary: emptySummary(), receiver: [], purposeTags: [], depth: 0, steps: 0, tryStack: [], guards: [] };
  }

  /** A value known only by its name path (`['customer', 'email']`): the model it names, or the name's category. */
  private personalByName(names: string[], site: Site, ownerIsLocalType = false): PersonalValue | undefined {
    const property = names[names.length - 1];
    const owner = names.length > 1 ? names[names.length - 2] : undefined;
    const code = names.join('.');
    if (owner && !ownerIsLocalType) {
      const model = this.models.modelForName(owner);
      if (model) {
        const record: RecordValue = { kind: 'record', model, prefix: '', confidence: 0.6, evidence: `parameter named ${owner}`, source: site, trace: [] };
        const [read] = this.readRecordField(record, property, site, 'none');
        if (read?.kind === 'personal') return { ...read, source: { file: site.file, line: site.line, code } };
      }
    }
    if (isPersonIdentifierName(property)) {
      return { ...this.personalFrom('user.unique_id', 0.6, `named ${property}`, site, code), isIdentifier: true };
    }
    const named = classifyName(property, owner ? { owner } : {});
    return named ? this.personalFrom(named.category, named.confidence * 0.8, `named ${property}: ${named.evidence}`, site, code) : undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Modules and names

  private moduleEnv(module: ModuleInfo): Env {
    let env = this.moduleEnvs.get(module.file);
    if (!env) {
      env = new Env(undefined, (name) => this.resolveTopLevel(module, name));
      this.moduleEnvs.set(module.file, env);
    }
    return env;
  }

  private moduleFrame(module: ModuleInfo): Frame {
    let frame = this.moduleFrames.get(module.file);
    if (!frame) {
      frame = { module, summary: emptySummary(), receiver: [], purposeTags: [], depth: 0, steps: 0, tryStack: [], guards: [] };
      this.moduleFrames.set(module.file, frame);
    }
    return frame;
  }

  private analyzeModuleTopLevel(module: ModuleInfo): void {
    const frame = this.moduleFrame(module);
    const env = this.moduleEnv(module);
    for (const statement of module.sourceFile.statements) {
      if (ts.isVariableStatement(statement)) {
        // Declarations are evaluated when something reads them; only those whose initializer
        // does something at load time (a call that is not a schema or a function) are run here.
        for (const declaration of statement.declarationList.declarations) {
          if (declaration.initializer && runsAtLoad(declaration.initializer)) this.declarationValue(module, declaration);
        }
      } else if (ts.isExpressionStatement(statement) || ts.isIfStatement(statement) || ts.isTryStatement(statement) || ts.isForOfStatement(statement) || ts.isBlock(statement)) {
        this.evaluateStatement(statement, frame, env);
      } else if (ts.isExportAssignment(statement)) {
        this.evaluate(statement.expression, frame, env);
      }
    }
  }

  /** A top-level name of a module: its declaration, or an import. */
  private resolveTopLevel(module: ModuleInfo, name: string): Value[] | undefined {
    const declaration = module.declarations.get(name);
    if (declaration) return this.declarationValue(module, declaration, name);
    const binding = module.imports.get(name);
    if (binding) return this.importValue(module.file, binding.module, binding.imported);
    if (API_GLOBALS.has(name)) return [{ kind: 'api', module: null, root: name, steps: [] }];
    return undefined;
  }

  private declarationValue(module: ModuleInfo, declaration: ts.Node, name?: string): Value[] {
    const cached = this.declarationValues.get(declaration);
    if (cached && !ts.isVariableDeclaration(declaration)) return cached;
    if (ts.isFunctionDeclaration(declaration)) {
      const values: Value[] = [{ kind: 'function', file: module.file, node: declaration }];
      this.declarationValues.set(declaration, values);
      return values;
    }
    if (ts.isClassDeclaration(declaration)) {
      const values = [this.classValue(module, declaration)];
      this.declarationValues.set(declaration, values);
      return values;
    }
    if (ts.isVariableDeclaration(declaration)) {
      let whole = this.declarationValues.get(declaration);
      if (!whole) {
        if (this.evaluatingDeclarations.has(declaration)) return [];
        this.evaluatingDeclarations.add(declaration);
        whole = declaration.initializer ? this.evaluate(declaration.initializer, this.moduleFrame(module), this.moduleEnv(module)) : [];
        const annotated = this.annotationValues(declaration.type, module, module.file, declaration);
        whole = union(whole, annotated);
        if (ts.isIdentifier(declaration.name)) whole = this.orm.declared(declaration.name.text, whole);
        this.evaluatingDeclarations.delete(declaration);
        this.declarationValues.set(declaration, whole);
      }
      if (name === undefined || ts.isIdentifier(declaration.name)) return whole;
      return this.bindingValue(declaration.name, name, whole, this.moduleFrame(module), this.siteOf(module.file, declaration));
    }
    return [];
  }

  /** The values of one name inside a destructuring pattern bound to `whole`. */
  private bindingValue(pattern: ts.BindingName, name: string, whole: Value[], frame: Frame, site: Site): Value[] {
    const env = new Env(undefined);
    this.bindPattern(pattern, whole, env, frame, site);
    return env.lookup(name) ?? [];
  }

  private classValue(module: ModuleInfo, node: ts.ClassLikeDeclaration): Value {
    return { kind: 'instance', file: module.file, node, fields: new Map([['*class*', []]]) };
  }

  /** What an import brings: a project module's export, an SDK root, or nothing. */
  importValue(fromFile: string, specifier: string, imported: string): Value[] {
    const target = this.graph.resolve(fromFile, specifier);
    if (target) return this.exportValue(target, imported, 0);
    if (this.isTrackedModule(specifier)) return [{ kind: 'api', module: specifier, root: imported === '*' ? 'default' : imported, steps: [] }];
    return [];
  }

  private isTrackedModule(specifier: string): boolean {
    return (
      this.sinks.knowsModule(specifier) ||
      HASHING_MODULES.has(specifier) ||
      // A provider package (`@ai-sdk/openai`) names the recipient of the SDK call it is given to.
      recipientsForPackage(specifier).length > 0 ||
      this.orm.tracksModule(specifier) ||
      Object.values(this.options.recipients).some((recipient) => recipient.packages.some((pkg) => specifier === pkg || specifier.startsWith(`${pkg}/`)))
    );
  }

  /** The value a module exports under a name (`*` for the whole module, `default`). */
  exportValue(file: string, name: string, depth: number): Value[] {
    // Barrel files (`export * from './a'` dozens deep) are walked once per name, not per use.
    let byName = this.exportCache.get(file);
    if (!byName) this.exportCache.set(file, (byName = new Map()));
    const cached = byName.get(name);
    if (cached) return cached;
    if (depth > 8) return [];
    byName.set(name, []);
    const values = this.computeExportValue(file, name, depth);
    byName.set(name, values);
    return values;
  }

  private computeExportValue(file: string, name: string, depth: number): Value[] {
    const module = this.graph.module(file);
    if (!module) return [];
    if (name === '*') {
      if (module.commonJsExport) return this.evaluate(module.commonJsExport, this.moduleFrame(module), this.moduleEnv(module));
      const object: ObjectValue = { kind: 'object', properties: new Map(), spreads: [] };
      for (const exported of module.exports.keys()) object.properties.set(exported, this.exportValue(file, exported, depth + 1));
      return [object];
    }
    const target = module.exports.get(name);
    if (target) {
      switch (target.kind) {
        case 'local':
          return this.resolveTopLevel(module, target.name) ?? [];
        case 'expression':
          return this.evaluate(target.node, this.moduleFrame(module), this.moduleEnv(module));
        case 'reexport': {
          const resolved = this.graph.resolve(file, target.module);
          if (resolved) return this.exportValue(resolved, target.name, depth + 1);
          return this.isTrackedModule(target.module) ? [{ kind: 'api', module: target.module, root: target.name === '*' ? 'default' : target.name, steps: [] }] : [];
        }
      }
    }
    if (name === 'default' && module.commonJsExport) return this.evaluate(module.commonJsExport, this.moduleFrame(module), this.moduleEnv(module));
    for (const star of module.starExports) {
      const resolved = this.graph.resolve(file, star);
      if (!resolved) continue;
      // A type, or a name no module down this chain exports, is not searched for barrel by barrel.
      if (this.exportableNames(resolved, 0)?.has(name) === false) continue;
      const values = this.exportValue(resolved, name, depth + 1);
      if (values.length) return values;
    }
    return [];
  }

  /**
   * The names a module exports itself or through its `export *` chains: what `exportValue` can
   * find there. Null when it is unknown (a cycle, a chain deeper than `exportValue` follows).
   */
  private exportableNames(file: string, depth: number): Set<string> | null {
    const known = this.exportableCache.get(file);
    if (known !== undefined) return known;
    this.exportableCache.set(file, null);
    const module = this.graph.module(file);
    const names = new Set<string>(module?.exports.keys());
    if (module?.commonJsExport) names.add('default');
    for (const star of module?.starExports ?? []) {
      const resolved = this.graph.resolve(file, star);
      if (!resolved) continue;
      const inner = depth < 8 ? this.exportableNames(resolved, depth + 1) : null;
      if (!inner) return null;
      for (const exported of inner) names.add(exported);
    }
    this.exportableCache.set(file, names);
    return names;
  }

  // ---------------------------------------------------------------------------------------------
  // Functions and summaries

  /** A function reached by no call: its parameters are unknown, but their annotations and names still say something. */
  private analyzeEntry(module: ModuleInfo, node: ts.FunctionLikeDeclaration): void {
    const classNode = ts.isClassLike(node.parent) ? node.parent : undefined;
    const receiver = classNode ? [this.classTemplate(module, classNode)] : [];
    this.summaryOf({ kind: 'function', file: module.file, node, receiver }, 0);
  }

  /** The summary of a function, computed once per function (closures: per call). */
  summaryOf(fn: FunctionValue, depth: number, args?: Value[][]): Summary {
    // A function bound to a top-level name (`const decrypt = (text) => ...`) is like a function
    // declaration: one summary serves every call. Analysing it per call would, past the bound,
    // hand one call's arguments to the next.
    const cacheable = fn.closure === undefined || isTopLevelFunction(fn.node);
    // A closure analysed without the values of one call: what it does in terms of its parameters.
    let generic = false;
    if (cacheable) {
      const cached = this.summaries.get(fn.node);
      if (cached) return cached;
    } else {
      // A closure is analysed for each call that passes it something concrete, up to a bound
      // (recursive helpers re-creating closures would not end); a call that passes only symbols,
      // and every call past the bound, gets the closure's generic summary in the environment it
      // closes over, computed once. A closure of another environment (the function a factory
      // such as `withTracing(fn)` returned for another `fn`) never borrows this one's summary:
      // past a larger bound it is not followed.
      const passesValues = !!args && fn.node.parameters.some((parameter, index) => (parameter.dotDotDotToken ? restArgument(args, index) : args[index] ?? []).some((value) => value.kind !== 'parameter'));
      const count = (this.closureAnalyses.get(fn.node) ?? 0) + 1;
      if (!passesValues || count > MAX_CLOSURE_ANALYSES) {
        const known = this.closureSummaries.get(fn.closure as object)?.get(fn.node);
        if (known) return known;
        generic = true;
      }
      this.closureAnalyses.set(fn.node, count);
      if (count > MAX_CLOSURE_ANALYSES * 16) {
        if (count === MAX_CLOSURE_ANALYSES * 16 + 1) this.limit(fn.file, fn.node, 'budget', `${functionName(fn.node)} was analysed for ${MAX_CLOSURE_ANALYSES * 16} of its closures; later ones were not followed`);
        return emptySummary();
      }
    }
    if (this.totalSteps > this.maxTotalSteps) {
      if (!this.budgetReported) {
        this.budgetReported = true;
        this.limit(fn.file, fn.node, 'budget', `total work bound of ${this.maxTotalSteps} steps reached; functions after this one were not analysed`);
      }
      return emptySummary();
    }
    if (this.inProgress.has(fn.node)) return emptySummary();
    const module = this.graph.module(fn.file);
    if (!module || !fn.node.body) return emptySummary();
    if (depth > this.maxDepth) {
      this.limit(fn.file, fn.node, 'depth', `call depth over ${this.maxDepth}: ${functionName(fn.node)} was not followed`);
      return emptySummary();
    }
    this.inProgress.add(fn.node);
    const summary = emptySummary();
    const classNode = ts.isClassLike(fn.node.parent) ? fn.node.parent : undefined;
    const frame: Frame = {
      module,
      summary,
      // Arrow functions keep the `this` they were created with; other functions get their own.
      receiver: ts.isArrowFunction(fn.node)
        ? fn.receiver ?? []
        : [{ kind: 'parameter', owner: fn.node, index: -1, path: [] }, ...(fn.receiver ?? (classNode ? [this.classTemplate(module, classNode)] : []))],
      purposeTags: [...purposeTagsOf(fn.node), ...(classNode ? purposeTagsOf(classNode) : [])],
      depth,
      steps: 0,
      tryStack: [],
      guards: [],
      functionNode: fn.node,
    };
    const parentEnv = (fn.closure as Env | undefined) ?? this.moduleEnv(module);
    const env = new Env(parentEnv);
    fn.node.parameters.forEach((parameter, index) => {
      const symbolic: Value[] = [{ kind: 'parameter', owner: fn.node, index, path: [] }];
      const intrinsic = this.parameterValues(parameter, module, fn);
      // A closure is analysed for each call: it sees what this call passes (a tRPC resolver's
      // `{ input }`, a callback's element), so ORM calls and sinks on it are recognized.
      const given = parameter.dotDotDotToken && args ? restArgument(args, index) : args?.[index];
      const actual = !cacheable && !generic && given ? given.filter((value) => value.kind !== 'parameter') : [];
      const values = union(symbolic, intrinsic, actual);
      this.bindPattern(parameter.name, values, env, frame, this.siteOf(fn.file, parameter));
      // A constructor parameter property (`private readonly repo: Repository<User>`) is a field too.
      if (ts.isConstructorDeclaration(fn.node) && ts.canHaveModifiers(parameter) && ts.getModifiers(parameter)?.length && ts.isIdentifier(parameter.name)) {
        summary.receiverWrites.set(parameter.name.text, values);
      }
    });
    const body = fn.node.body;
    const outerTags = this.currentPurposeTags;
    this.currentPurposeTags = frame.purposeTags;
    try {
      if (ts.isBlock(body)) {
        this.hoist(body.statements, frame, env);
        this.evaluateStatements(body.statements, frame, env);
      } else {
        addValues(summary.returns, this.evaluate(body, frame, env));
      }
    } finally {
      this.currentPurposeTags = outerTags;
    }
    this.inProgress.delete(fn.node);
    this.totalSteps += frame.steps;
    this.summaries.set(fn.node, summary);
    if (generic) {
      let byNode = this.closureSummaries.get(fn.closure as object);
      if (!byNode) this.closureSummaries.set(fn.closure as object, (byNode = new Map()));
      byNode.set(fn.node, summary);
    }
    return summary;
  }

  /** What a parameter holds regardless of callers: its annotation, a request by name, a NestJS decorator. */
  private parameterValues(parameter: ts.ParameterDeclaration, module: ModuleInfo, fn: FunctionValue): Value[] {
    const values = this.annotationValues(parameter.type, module, fn.file, parameter);
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
    if (name && (name === 'req' || name === 'request') && !values.some((value) => value.kind === 'request')) {
      values.push({ kind: 'request', path: [] });
    }
    // `(req, res) => ...` in plain JavaScript: the response of an Express-style handler.
    if (name && (name === 'res' || name === 'response') && !values.length && fn.node.parameters.some((other) => ts.isIdentifier(other.name) && (other.name.text === 'req' || other.name.text === 'request'))) {
      values.push({ kind: 'api', module: 'express', root: 'Response', steps: [{ kind: 'construct' }] });
    }
    // NestJS: `@Body() dto`, `@Ip() ip`, `@Headers('user-agent') agent`, `@Req() req`.
    for (const decorator of ts.canHaveDecorators(parameter) ? ts.getDecorators(parameter) ?? [] : []) {
      const expression = unwrap(decorator.expression);
      const callee = ts.isCallExpression(expression) ? unwrap(expression.expression) : expression;
      const decoratorName = ts.isIdentifier(callee) ? callee.text : undefined;
      if (decoratorName === 'Req' || decoratorName === 'Request') values.push({ kind: 'request', path: [] });
      if (decoratorName === 'Ip') values.push(this.namedPersonal('ip', 'request IP', this.siteOf(fn.file, parameter), 'req.ip'));
    }
    return values;
  }

  /** Values an annotation implies (`user: User` is a record of User). */
  annotationValues(type: ts.TypeNode | undefined, module: ModuleInfo, file: string, node: ts.Node, depth = 0): Value[] {
    const meaning = readAnnotation(type);
    if (!meaning) return [];
    // `type Signup = z.infer<typeof SignupSchema>` here or in another file: what the alias stands for.
    // A name that is a model only once a suffix is dropped (`DataSourceType` -> `DataSource`) is
    // first what its own alias says: `type DataSourceType = 'postgres' | 'mysql'` is no record.
    if (meaning.kind === 'named-type' && depth < 4 && (!this.models.has(meaning.name) || this.shadowedType(module, meaning.name))) {
      const alias = this.typeAlias(module, meaning.name);
      if (alias) {
        if (isPlainValueType(alias.type)) return [];
        const values = this.annotationValues(alias.type, alias.module, file, node, depth + 1);
        if (values.length) return meaning.isList ? [{ kind: 'array', elements: values }] : values;
      }
    }
    const site = this.siteOf(file, node);
    switch (meaning.kind) {
      case 'record': {
        const model = meaning.exact ? (this.models.has(meaning.model) ? meaning.model : undefined) : this.modelNamed(meaning.model);
        if (!model || this.shadowedType(module, model)) return [];
        const record: RecordValue = {
          kind: 'record',
          model,
          prefix: '',
          ...(meaning.projection?.length ? { projection: new Set(meaning.projection) } : {}),
          ...(meaning.excluded?.length ? { excluded: new Set(meaning.excluded) } : {}),
          confidence: 0.9,
          evidence: `typed ${meaning.model}`,
          source: site,
          trace: [{ file, line: site.line, note: `typed ${meaning.model}` }],
        };
        return meaning.isList ? [{ kind: 'array', elements: [record] }] : [record];
      }
      case 'orm-handle': {
        const model = this.modelNamed(meaning.model);
        return model ? [{ kind: 'orm', orm: this.orm.ormOf(model), model, evidence: `typed handle of ${model}` }] : [];
      }
      case 'request':
        return [{ kind: 'request', path: [] }];
      case 'named-type': {
        const model = this.modelNamed(meaning.name);
        if (model && !this.shadowedType(module, model)) {
          const record: RecordValue = { kind: 'record', model, prefix: '', confidence: 0.9, evidence: `typed ${meaning.name}`, source: site, trace: [{ file, line: site.line, note: `typed ${meaning.name}` }] };
          return meaning.isList ? [{ kind: 'array', elements: [record] }] : [record];
        }
        // A class imported from an SDK (`stripe: Stripe`) counts as constructed.
        const root = meaning.qualifier ?? meaning.name;
        const binding = module.imports.get(root);
        if (binding) {
          const target = this.graph.resolve(module.file, binding.module);
          if (target) {
            const exported = this.exportValue(target, meaning.qualifier ? meaning.name : binding.imported, 0);
            const classes = exported.flatMap((value) => (value.kind === 'instance' && value.fields.has('*class*') ? [this.classTemplate(this.graph.module(value.file)!, value.node)] : []));
            if (classes.length) return classes;
          }
          if (this.isTrackedModule(binding.module)) {
            const base: ApiValue = { kind: 'api', module: binding.module, root: binding.imported === '*' ? 'default' : binding.imported, steps: [] };
            const steps: ApiStep[] = meaning.qualifier ? [{ kind: 'member', name: meaning.name }, { kind: 'construct' }] : [{ kind: 'construct' }];
            return [{ ...base, steps }];
          }
        }
        const local = module.declarations.get(meaning.name);
        if (local && ts.isClassDeclaration(local)) return [this.classTemplate(module, local)];
        // An interface (`notifier: Notifier`): the project classes that implement it.
        return this.implementersOf(meaning.name);
      }
    }
  }

  /**
   * Project classes that implement an interface or extend a class of this name (class hierarchy
   * analysis from syntax: `class EmailNotifier implements Notifier`). Bounded to a few classes.
   */
  private implementersOf(name: string): Value[] {
    if (!this.hierarchy) {
      this.hierarchy = new Map();
      for (const file of this.sources.scriptFiles()) {
        const module = this.graph.module(file);
        if (!module) continue;
        for (const statement of module.sourceFile.statements) {
          if (!ts.isClassDeclaration(statement) || !statement.heritageClauses) continue;
          for (const clause of statement.heritageClauses) {
            for (const type of clause.types) {
              const expression = unwrap(type.expression);
              const parent = ts.isIdentifier(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : undefined;
              if (!parent) continue;
              const list = this.hierarchy.get(parent) ?? [];
              if (list.length < 8) list.push({ module, node: statement });
              this.hierarchy.set(parent, list);
            }
          }
        }
      }
    }
    return (this.hierarchy.get(name) ?? []).map(({ module, node }) => this.classTemplate(module, node));
  }

  /** Whether a type annotation names a type this module declares itself, or is written out in place. */
  private namesLocalType(module: ModuleInfo, type: ts.TypeNode): boolean {
    if (ts.isTypeLiteralNode(type)) return true;
    if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return false;
    const name = type.typeName.text;
    return (module.typeAliases.has(name) || module.interfaces.has(name)) && !this.models.typeFilesOf(name)?.has(module.file);
  }

  /**
   * Whether `name` in this module is a type of its own, not the plain TypeScript type model of
   * that name declared elsewhere (`type Props` in teamProvisioner.ts is not userProvisioner.ts's).
   */
  private shadowedType(module: ModuleInfo, name: string): boolean {
    const files = this.models.typeFilesOf(name);
    if (!files || files.has(module.file)) return false;
    return module.typeAliases.has(name) || module.interfaces.has(name);
  }

  /** A type alias by name, declared in the module or imported from a project file. */
  private typeAlias(module: ModuleInfo, name: string): { module: ModuleInfo; type: ts.TypeNode } | undefined {
    const local = module.typeAliases.get(name);
    if (local) return { module, type: local };
    const binding = module.imports.get(name);
    if (!binding) return undefined;
    const target = this.graph.resolve(module.file, binding.module);
    const targetModule = target ? this.graph.module(target) : undefined;
    const aliased = targetModule?.typeAliases.get(binding.imported);
    return targetModule && aliased ? { module: targetModule, type: aliased } : undefined;
  }

  /** The model a type or variable name denotes exactly (`IUser`, `UserDocument` -> `User`). */
  modelNamed(name: string): string | undefined {
    for (const candidate of modelNameCandidates(name)) if (this.models.has(candidate)) return candidate;
    return undefined;
  }

  /** A class's instance as its declaration describes it: initializers and typed constructor parameters. */
  classTemplate(module: ModuleInfo, node: ts.ClassLikeDeclaration): InstanceValue {
    let template = this.classTemplates.get(node);
    if (template) return template;
    template = { kind: 'instance', file: module.file, node, fields: new Map(), isTemplate: true };
    this.classTemplates.set(node, template);
    const frame = this.moduleFrame(module);
    const env = this.moduleEnv(module);
    // The base class's fields first (`class PrismaService extends PrismaClient`).
    const base = this.baseClassValues(module, node);
    for (const value of base) {
      if (value.kind === 'instance') for (const [name, values] of value.fields) template.fields.set(name, values);
      if (value.kind === 'api' || value.kind === 'orm') template.fields.set('*base*', [value]);
    }
    for (const member of node.members) {
      if (ts.isPropertyDeclaration(member) && member.name) {
        const name = propertyNameText(member.name);
        if (!name) continue;
        const values = union(member.initializer ? this.evaluate(member.initializer, frame, env) : [], this.annotationValues(member.type, module, module.file, member));
        if (values.length) template.fields.set(name, values);
      } else if (ts.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          if (!ts.isIdentifier(parameter.name) || !(ts.getModifiers(parameter)?.length)) continue;
          const values = this.annotationValues(parameter.type, module, module.file, parameter);
          if (values.length) template.fields.set(parameter.name.text, values);
        }
      }
    }
    return template;
  }

  private baseClassValues(module: ModuleInfo, node: ts.ClassLikeDeclaration): Value[] {
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!heritage) return [];
    const values = this.evaluate(heritage.expression, this.moduleFrame(module), this.moduleEnv(module));
    return values.flatMap((value): Value[] => {
      if (value.kind === 'instance' && value.fields.has('*class*')) {
        const baseModule = this.graph.module(value.file);
        return baseModule ? [this.classTemplate(baseModule, value.node)] : [];
      }
      if (value.kind === 'api') {
        const constructed: ApiValue = { ...value, steps: [...value.steps, { kind: 'construct' }] };
        return this.orm.apiConstruct(constructed, [], this.siteOf(module.file, heritage), this.moduleFrame(module)) ?? [constructed];
      }
      return [];
    });
  }

  /** Finds a method (or getter) by name on a class or its project base classes. */
  private findMember(module: ModuleInfo, node: ts.ClassLikeDeclaration, name: string, kind: 'method' | 'getter' | 'constructor', depth = 0): { module: ModuleInfo; member: ts.FunctionLikeDeclaration } | undefined {
    for (const member of node.members) {
      if (kind === 'constructor' && ts.isConstructorDeclaration(member) && member.body) return { module, member };
      if (kind === 'method' && (ts.isMethodDeclaration(member) || ts.isPropertyDeclaration(member)) && member.name && propertyNameText(member.name) === name) {
        if (ts.isMethodDeclaration(member) && member.body) return { module, member };
        if (ts.isPropertyDeclaration(member) && member.initializer && (ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer))) {
          return { module, member: member.initializer };
        }
      }
      if (kind === 'getter' && ts.isGetAccessorDeclaration(member) && member.body && propertyNameText(member.name) === name) return { module, member };
    }
    if (depth > 6) return undefined;
    for (const base of this.baseClassValues(module, node)) {
      if (base.kind !== 'instance') continue;
      const baseModule = this.graph.module(base.file);
      const found = baseModule && this.findMember(baseModule, base.node, name, kind, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Calls a function value: instantiates its summary with the arguments and the receiver,
   * reports the sinks its parameters reach, and returns what it returns.
   */
  callFunction(fn: FunctionValue, args: Value[][], receiver: Value[], site: Site, frame: Frame, name: string): Value[] {
    this.called.add(fn.node);
    // A parsed request (zod schema, DTO) handed to a service is that service's to use: it often
    // reads it through another type, so its fields count as used here.
    for (const values of args) {
      const collected = values.filter((value) => value.kind === 'record' && this.models.kindOf(value.model) === 'collection-point');
      if (collected.length) this.markWholeRecordRead(collected, site);
    }
    const sites = this.callSites.get(fn.node) ?? [];
    if (sites.length < 64) sites.push({ caller: frame.functionNode, guards: [...frame.guards] });
    this.callSites.set(fn.node, sites);
    // Calls nest through summaries, callbacks and instantiations; past the bound the call is not followed.
    if (this.callNesting >= this.maxDepth * 2) {
      this.limit(site.file, fn.node, 'depth', `calls nested over ${this.maxDepth * 2} deep: ${name}() was not followed here`);
      return [];
    }
    this.callNesting++;
    try {
      return this.instantiate(fn, args, receiver, site, frame, name);
    } finally {
      this.callNesting--;
    }
  }

  private instantiate(fn: FunctionValue, args: Value[][], receiver: Value[], site: Site, frame: Frame, name: string): Value[] {
    const summary = this.summaryOf(fn, frame.depth + 1, args);
    if (!summary.returns.length && !summary.pendingSinks.length && !summary.thrown.length && !summary.parameterReads.length && !summary.receiverWrites.size && !summary.parameterCalls.length && !summary.deferredSinks.length) return [];
    const hop: Hop = { file: site.file, line: site.line, note: `passed to ${name}()` };
    const substitution = new Substitution(fn.node, args, hop, receiver, (values, property) =>
      this.readProperty(values, property, site, frame, 'none', undefined),
    );
    for (const read of summary.parameterReads) this.instantiateRead(read, substitution, 'read', frame);
    for (const write of summary.parameterWrites) this.instantiateRead(write, substitution, 'write', frame);
    for (const pending of summary.pendingSinks) {
      const values = substitution.apply(pending.values);
      this.reportSinkValues(pending.sink, pending.site, values, frame, [...pending.hops, hop], pending.purposeTags, [...pending.guards, ...frame.guards]);
    }
    for (const call of summary.parameterCalls) this.instantiateParameterCall(call, substitution, frame);
    for (const deferred of summary.deferredSinks) {
      const api: ApiValue = {
        ...deferred.api,
        steps: deferred.api.steps.map((step) =>
          (step.kind === 'call' || step.kind === 'construct') && step.arguments ? { ...step, arguments: step.arguments.map((values) => substitution.apply(values)) } : step,
        ),
      };
      this.reportSink(deferred.match, api, deferred.args.map((values) => substitution.apply(values)), deferred.site, frame, [...deferred.hops, hop], deferred.purposeTags, undefined, [...deferred.guards, ...frame.guards]);
    }
    // The receiver's fields the call set (constructors: `this.user = user`).
    for (const value of receiver) {
      if (value.kind !== 'instance' || value.isTemplate) continue;
      for (const [field, written] of summary.receiverWrites) {
        const existing = value.fields.get(field) ?? [];
        addValues(existing, substitution.apply(written));
        value.fields.set(field, existing);
      }
    }
    if (summary.thrown.length) {
      const thrown = substitution.apply(withoutUnpassedOptions(summary.thrown, fn.node, args));
      addValues(frame.tryStack.length ? frame.tryStack[frame.tryStack.length - 1] : frame.summary.thrown, thrown);
    }
    return substitution.apply(withoutUnpassedOptions(summary.returns, fn.node, args));
  }

  /** `client.send(data)` inside a helper whose caller passed an SDK client: the sink is known now. */
  private instantiateParameterCall(call: ParameterCall, substitution: Substitution, frame: Frame): void {
    const outerGuards = frame.guards;
    frame.guards = [...call.guards, ...outerGuards];
    try {
      this.instantiateParameterCallGuarded(call, substitution, frame);
    } finally {
      frame.guards = outerGuards;
    }
  }

  private instantiateParameterCallGuarded(call: ParameterCall, substitution: Substitution, frame: Frame): void {
    const receivers = substitution.apply([call.receiver]);
    const args = call.args.map((values) => substitution.apply(values));
    for (const receiver of receivers) {
      if (receiver.kind === 'parameter') {
        addParameterCall(frame.summary.parameterCalls, { ...call, receiver, args });
      } else if (receiver.kind === 'api') {
        const chain: ApiValue = call.method ? { ...receiver, steps: [...receiver.steps, { kind: 'member', name: call.method }] } : receiver;
        this.callApi(chain, args, call.site, frame, undefined);
      } else if (receiver.kind === 'function' && !call.method) {
        this.callFunction(receiver, args, receiver.receiver ?? [], call.site, frame, 'callback');
      }
    }
  }

  private instantiateRead(read: ParameterRead, substitution: Substitution, kind: 'read' | 'write', frame: Frame): void {
    if (read.owner !== substitution.owner) {
      // A read of an enclosing function's parameter (inside a callback): that function's summary has it.
      addParameterUse(frame.summary[kind === 'write' ? 'parameterWrites' : 'parameterReads'], read);
      return;
    }
    const base = read.index === -1 ? substitution.receiver : substitution.rawArgument(read.index);
    if (!read.path.length) return;
    const owner = this.readPath(base, read.path.slice(0, -1), read.site, frame, false);
    this.readProperty(owner, read.path[read.path.length - 1], read.site, frame, kind, undefined);
  }

  private readPath(values: Value[], path: readonly string[], site: Site, frame: Frame, recordUses: boolean): Value[] {
    let current = values;
    for (const part of path) current = this.readProperty(current, part, site, frame, recordUses ? 'read' : 'none', undefined);
    return current;
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private hoist(statements: readonly ts.Statement[], frame: Frame, env: Env): void {
    for (const statement of statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name) {
        env.declare(statement.name.text, [{ kind: 'function', file: frame.module.file, node: statement, closure: env }]);
      }
    }
  }

  /**
   * A statement list. After `if (!user.marketingConsent) return;` the rest of the list runs only
   * when the condition was checked: its names guard what follows.
   */
  private evaluateStatements(statements: readonly ts.Statement[], frame: Frame, env: Env): void {
    const depth = frame.guards.length;
    const outerNarrowed = frame.narrowed;
    for (const statement of statements) {
      this.evaluateStatement(statement, frame, env);
      if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) {
        frame.guards.push(...this.conditionNames(statement.expression, frame));
        // `if (user.email) return;`: below, the email is empty.
        const narrowings = this.narrowings(statement.expression, false, frame, env, 0);
        if (narrowings.length) frame.narrowed = [...(frame.narrowed ?? []), ...narrowings];
      }
    }
    frame.guards.length = depth;
    frame.narrowed = outerNarrowed;
  }

  /** The names a condition tests, with variables expanded to what they were computed from. */
  private conditionNames(expression: ts.Expression, frame: Frame): string[] {
    const names = guardNames(expression);
    if (!frame.aliases) return names;
    const expanded = new Set(names);
    for (const name of names) for (const alias of frame.aliases.get(name) ?? []) expanded.add(alias);
    return [...expanded];
  }

  /** A name or path assigned or declared again holds what it was given, not what a condition said. */
  private forgetNarrowing(frame: Frame, path: string): void {
    frame.narrowed = frame.narrowed?.filter((narrowing) => narrowing.path !== path && !narrowing.path.startsWith(`${path}.`));
  }

  /** Runs `run` with what a condition with this outcome says of the names and paths it tests. */
  private withNarrowing<T>(frame: Frame, env: Env, condition: ts.Expression, outcome: boolean, run: () => T): T {
    const narrowings = this.narrowings(condition, outcome, frame, env, 0);
    if (!narrowings.length) return run();
    const outer = frame.narrowed;
    frame.narrowed = [...(outer ?? []), ...narrowings];
    try {
      return run();
    } finally {
      frame.narrowed = outer;
    }
  }

  /**
   * What a condition with this outcome says of the names and property paths it tests: empty
   * (`!x`, `x == null`, `x === ""` when true; `x` when false) or one of some literals
   * (`x === "a"`, `["a", "b"].includes(x)`, a constant list's `includes`, or a call of a
   * predicate that returns such a test of its parameter, `isReservedKey(x)`), combined
   * through `!`, `&&` (true) and `||` (false).
   */
  private narrowings(condition: ts.Expression, outcome: boolean, frame: Frame, env: Env, depth: number): Narrowing[] {
    const node = unwrap(condition);
    if (depth > 4) return [];
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return this.narrowings(node.operand, !outcome, frame, env, depth + 1);
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return outcome ? [...this.narrowings(node.left, true, frame, env, depth + 1), ...this.narrowings(node.right, true, frame, env, depth + 1)] : [];
      if (operator === ts.SyntaxKind.BarBarToken) {
        const left = this.narrowings(node.left, outcome, frame, env, depth + 1);
        const right = this.narrowings(node.right, outcome, frame, env, depth + 1);
        if (!outcome) return [...left, ...right];
        // `isAdmin(key) || RESERVED.has(key)`: the key is one of either side's literals.
        return left.flatMap((narrowing) => {
          const other = right.find((candidate) => candidate.path === narrowing.path);
          return other ? [{ path: narrowing.path, values: [...narrowing.values, ...other.values] }] : [];
        });
      }
      const comparison = literalComparison(node);
      if (comparison && comparison.equal === outcome) return [{ path: comparison.path, values: comparison.literal ? [{ kind: 'string', text: comparison.literal }] : [] }];
      return [];
    }
    if (ts.isCallExpression(node)) {
      if (!outcome) return [];
      const membership = this.literalMembership(node, frame, env);
      return membership ? [membership] : [];
    }
    if (!outcome) {
      const path = dottedName(node);
      return path === undefined || path === 'this' ? [] : [{ path, values: [] }];
    }
    return [];
  }

  /** `LIST.includes(x)`, `SET.has(x)`, `isReservedKey(x)`: x is one of the list's literals where the call is true. */
  private literalMembership(call: ts.CallExpression, frame: Frame, env: Env): Narrowing | undefined {
    const callee = unwrap(call.expression);
    let literals: string[] | undefined;
    let subject: ts.Expression | undefined;
    if (ts.isPropertyAccessExpression(callee) && (callee.name.text === 'includes' || callee.name.text === 'has') && call.arguments.length === 1) {
      literals = literalList(callee.expression, frame.module);
      subject = call.arguments[0];
    } else if (ts.isIdentifier(callee) && call.arguments.some((argument) => dottedName(argument) !== undefined)) {
      const functions = this.evaluate(callee, frame, env).filter((value): value is FunctionValue => value.kind === 'function');
      if (functions.length !== 1) return undefined;
      const module = this.graph.module(functions[0]!.file);
      const predicate = module && literalPredicate(functions[0]!.node, module);
      if (!predicate) return undefined;
      literals = predicate.literals;
      subject = call.arguments[predicate.index];
    }
    const path = literals && subject && dottedName(subject);
    return path === undefined || !literals ? undefined : { path, values: literals.map((text): Value => ({ kind: 'string', text })) };
  }

  private withGuards<T>(frame: Frame, names: string[], run: () => T): T {
    const depth = frame.guards.length;
    frame.guards.push(...names);
    try {
      return run();
    } finally {
      frame.guards.length = depth;
    }
  }

  private evaluateStatement(statement: ts.Statement, frame: Frame, env: Env): void {
    if (frame.exhausted) return;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const values = declaration.initializer ? this.evaluate(declaration.initializer, frame, env) : [];
        // An object or array written out says what the variable holds; its type annotation only
        // describes the shape (`const data: UserPresentation = { id, name }` holds no email).
        const literal = declaration.initializer && (ts.isObjectLiteralExpression(unwrap(declaration.initializer)) || ts.isArrayLiteralExpression(unwrap(declaration.initializer)));
        const annotated = literal ? [] : this.annotationValues(declaration.type, frame.module, frame.module.file, declaration);
        let bound = union(values, annotated);
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          (frame.aliases ??= new Map()).set(declaration.name.text, guardNames(declaration.initializer));
        }
        if (ts.isIdentifier(declaration.name)) {
          bound = this.orm.declared(declaration.name.text, bound);
          // `const email = form.get('email')` with nothing known of the right side: the name says
          // what it holds (DESIGN.md section 7, values with no schema).
          // DOM reads (`form.elements.phone.value`) are chains of globals, not SDK objects: the name still counts.
          // A literal initializer (`let ip = ''`) is known: what is assigned later is evaluated there.
          if (declaration.initializer && !carriesData(bound) && !bound.some(isHandleValue)) {
            const named = isLiteralInitializer(declaration.initializer) ? [] : this.nameOnlyValue(declaration.name.text, frame, declaration, producerName(declaration.initializer));
            if (named.length) bound = union(bound, named);
            else env.markUnnamed(declaration.name.text);
          }
        }
        this.bindPattern(declaration.name, bound, env, frame, this.siteOf(frame.module.file, declaration));
      }
    } else if (ts.isExpressionStatement(statement)) {
      this.evaluate(statement.expression, frame, env);
    } else if (ts.isReturnStatement(statement)) {
      if (statement.expression) addValues(frame.summary.returns, this.evaluate(statement.expression, frame, env));
    } else if (ts.isIfStatement(statement)) {
      this.evaluate(statement.expression, frame, env);
      const option = optionCondition(statement.expression, frame.functionNode);
      this.withGuards(frame, this.conditionNames(statement.expression, frame), () => {
        if (option) (frame.options ??= []).push(option);
        try {
          this.withNarrowing(frame, env, statement.expression, true, () => this.evaluateStatement(statement.thenStatement, frame, new Env(env)));
        } finally {
          if (option) frame.options!.pop();
        }
        const elseStatement = statement.elseStatement;
        if (elseStatement) this.withNarrowing(frame, env, statement.expression, false, () => this.evaluateStatement(elseStatement, frame, new Env(env)));
      });
    } else if (ts.isBlock(statement)) {
      const inner = new Env(env);
      this.hoist(statement.statements, frame, inner);
      this.evaluateStatements(statement.statements, frame, inner);
    } else if (ts.isForOfStatement(statement) || ts.isForInStatement(statement)) {
      const iterated = this.evaluate(statement.expression, frame, env);
      const inner = new Env(env);
      const elements = ts.isForOfStatement(statement) ? this.elementsOf(iterated) : [];
      const initializer = statement.initializer;
      if (ts.isVariableDeclarationList(initializer)) {
        for (const declaration of initializer.declarations) this.bindPattern(declaration.name, elements, inner, frame, this.siteOf(frame.module.file, declaration));
      } else {
        this.assignTo(initializer, elements, frame, inner);
      }
      this.evaluateStatement(statement.statement, frame, inner);
    } else if (ts.isForStatement(statement)) {
      const inner = new Env(env);
      if (statement.initializer) {
        if (ts.isVariableDeclarationList(statement.initializer)) {
          for (const declaration of statement.initializer.declarations) {
            this.bindPattern(declaration.name, declaration.initializer ? this.evaluate(declaration.initializer, frame, inner) : [], inner, frame, this.siteOf(frame.module.file, declaration));
          }
        } else this.evaluate(statement.initializer, frame, inner);
      }
      if (statement.condition) this.evaluate(statement.condition, frame, inner);
      this.evaluateStatement(statement.statement, frame, inner);
      if (statement.incrementor) this.evaluate(statement.incrementor, frame, inner);
    } else if (ts.isWhileStatement(statement) || ts.isDoStatement(statement)) {
      this.evaluate(statement.expression, frame, env);
      this.evaluateStatement(statement.statement, frame, new Env(env));
    } else if (ts.isTryStatement(statement)) {
      const thrown: Value[] = [];
      frame.tryStack.push(thrown);
      this.evaluateStatement(statement.tryBlock, frame, env);
      frame.tryStack.pop();
      if (statement.catchClause) {
        const inner = new Env(env);
        const variable = statement.catchClause.variableDeclaration;
        if (variable) this.bindPattern(variable.name, thrown, inner, frame, this.siteOf(frame.module.file, variable));
        this.evaluateStatement(statement.catchClause.block, frame, inner);
      } else if (frame.tryStack.length) addValues(frame.tryStack[frame.tryStack.length - 1], thrown);
      else addValues(frame.summary.thrown, thrown);
      if (statement.finallyBlock) this.evaluateStatement(statement.finallyBlock, frame, env);
    } else if (ts.isThrowStatement(statement)) {
      this.evaluateThrow(statement, frame, env);
    } else if (ts.isSwitchStatement(statement)) {
      this.evaluate(statement.expression, frame, env);
      this.withGuards(frame, this.conditionNames(statement.expression, frame), () => {
        for (const clause of statement.caseBlock.clauses) this.evaluateStatements(clause.statements, frame, new Env(env));
      });
    } else if (ts.isLabeledStatement(statement)) {
      this.evaluateStatement(statement.statement, frame, env);
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      // hoisted
    } else if (ts.isClassDeclaration(statement) && statement.name) {
      env.declare(statement.name.text, [this.classValue(frame.module, statement)]);
    }
  }

  /**
   * `throw new Error(\`no account for ${email}\`)`: an error message is logged by whoever
   * catches it (DESIGN.md "Logs"), so personal data in it is a log sink.
   */
  private evaluateThrow(statement: ts.ThrowStatement, frame: Frame, env: Env): void {
    const expression = unwrap(statement.expression);
    const values = this.evaluate(expression, frame, env);
    if (ts.isNewExpression(expression) && expression.arguments?.length) {
      const site = this.siteOf(frame.module.file, statement);
      const message = this.evaluate(expression.arguments[0], frame, env);
      const sink: FlowSink = { kind: 'log', recipient: 'thrown-error', call: `throw new ${ts.isIdentifier(expression.expression) ? expression.expression.text : 'Error'}`, id: 'thrown-error' };
      this.reportSinkValues(sink, site, message, frame, [], frame.purposeTags);
    }
    // `if (forceWithdrawal) throw new Error(...)`: a caller that does not pass the option catches nothing.
    const thrown = frame.options?.length ? withOption(values, frame.options[frame.options.length - 1]) : values;
    if (frame.tryStack.length) addValues(frame.tryStack[frame.tryStack.length - 1], thrown);
    else addValues(frame.summary.thrown, thrown);
  }

  /** Binds a declaration name or destructuring pattern to values. */
  bindPattern(name: ts.BindingName, values: Value[], env: Env, frame: Frame, site: Site): void {
    // `if (!email) { const email = lookup(); ... }`: a name declared again is a new value.
    if (frame.narrowed?.length) for (const bound of boundNames(name)) this.forgetNarrowing(frame, bound);
    if (ts.isIdentifier(name)) {
      env.declare(name.text, values);
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      const taken: string[] = [];
      for (const element of name.elements) {
        if (element.dotDotDotToken) {
          env.declare(boundNames(element.name)[0] ?? '', this.withoutProperties(values, taken));
          continue;
        }
        const key = element.propertyName ? propertyNameText(element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
        if (key === undefined) continue;
        taken.push(key);
        const elementSite = this.siteOf(frame.module.file, element);
        let read = this.readProperty(values, key, elementSite, frame, 'read', undefined);
        if (element.initializer) read = union(read, this.evaluate(element.initializer, frame, env));
        this.bindPattern(element.name, read, env, frame, elementSite);
      }
      return;
    }
    // `const [program, partner] = await Promise.all([...])`: positions stay apart when known.
    const tuples = values.filter((value): value is ArrayValue & { items: Value[][] } => value.kind === 'array' && value.items !== undefined);
    const positional = tuples.length > 0 && tuples.length === values.filter((value) => value.kind === 'array').length;
    const elements = this.elementsOf(values);
    name.elements.forEach((element, index) => {
      if (ts.isOmittedExpression(element)) return;
      if (element.dotDotDotToken) {
        this.bindPattern(element.name, [{ kind: 'array', elements }], env, frame, site);
        return;
      }
      const bound = positional
        ? union(...tuples.map((tuple) => tuple.items[index] ?? []), values.filter((value) => value.kind !== 'array'))
        : elements;
      this.bindPattern(element.name, bound, env, frame, site);
    });
  }

  /** `const { password, ...rest } = user`: rest is the record without password. */
  private withoutProperties(values: Value[], keys: string[], depth = 0, memo = new Map<Value, Value>()): Value[] {
    return values.map((value): Value => {
      const done = memo.get(value);
      if (done) return done;
      if (value.kind === 'record') {
        const excluded = new Set([...(value.excluded ?? []), ...keys]);
        const copy: Value = { ...value, excluded };
        memo.set(value, copy);
        return copy;
      }
      // Spreads nest (and can loop): past a few levels the inner objects are kept as they are.
      if (value.kind === 'object' && depth < 3) {
        const copy: ObjectValue = { kind: 'object', properties: new Map([...value.properties].filter(([key]) => !keys.includes(key))), spreads: [] };
        memo.set(value, copy);
        copy.spreads = this.withoutProperties(value.spreads, keys, depth + 1, memo);
        return copy;
      }
      return value;
    });
  }

  private elementsOf(values: Value[]): Value[] {
    const elements: Value[] = [];
    for (const value of values) {
      if (value.kind === 'array') addValues(elements, value.elements);
      else if (value.kind === 'parameter') addValues(elements, [{ ...value, path: [...value.path, '[]'] }]);
      else if (value.kind === 'personal') addValues(elements, [value]);
    }
    return elements;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  evaluate(node: ts.Expression, frame: Frame, env: Env): Value[] {
    if (frame.exhausted) return [];
    // Generated code can nest expressions thousands deep (long concatenations): bounded, reported.
    if (this.evaluationNesting > 1200) {
      this.limit(frame.module.file, node, 'depth', 'expression nested too deep; not analysed');
      return [];
    }
    this.evaluationNesting++;
    try {
      return this.evaluateNode(node, frame, env);
    } finally {
      this.evaluationNesting--;
    }
  }

  private evaluateNode(node: ts.Expression, frame: Frame, env: Env): Value[] {
    if (++frame.steps > this.maxSteps) {
      frame.exhausted = true;
      this.limit(frame.module.file, node, 'budget', `work bound of ${this.maxSteps} steps reached in this function; the rest was not analysed`);
      return [];
    }
    // Inside `if (!partner.email) { ... }` the address is empty; inside `if (key === "robots.txt")`
    // the key is that literal: reading them there yields what the condition says.
    if (frame.narrowed?.length && (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node))) {
      const path = dottedName(node);
      const narrowing = path === undefined ? undefined : frame.narrowed.find((candidate) => candidate.path === path);
      if (narrowing) return [...narrowing.values];
    }
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        return this.evaluateIdentifier(node as ts.Identifier, frame, env);
      case ts.SyntaxKind.ThisKeyword:
        return frame.receiver;
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return [{ kind: 'string', text: (node as ts.StringLiteral).text }];
      case ts.SyntaxKind.TemplateExpression:
        return this.evaluateTemplate(node as ts.TemplateExpression, frame, env);
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression: {
        // `res.locals.user as User`: the assertion says what the value is.
        const assertion = node as ts.AsExpression;
        const asserted = this.annotationValues(assertion.type, frame.module, frame.module.file, node);
        const values = this.evaluate(assertion.expression, frame, env);
        return asserted.length ? union(asserted, values.filter((value) => value.kind !== 'api')) : values;
      }
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.SatisfiesExpression:
      case ts.SyntaxKind.AwaitExpression:
        return this.evaluate((node as ts.ParenthesizedExpression).expression, frame, env);
      case ts.SyntaxKind.PropertyAccessExpression: {
        const access = node as ts.PropertyAccessExpression;
        if (access.expression.kind === ts.SyntaxKind.SuperKeyword) {
          return this.callSuperMember(access, access.name.text, undefined, frame, this.siteOf(frame.module.file, node));
        }
        const receiver = this.evaluate(access.expression, frame, env);
        return this.readProperty(receiver, access.name.text, this.siteOf(frame.module.file, node), frame, 'read', access.expression);
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const access = node as ts.ElementAccessExpression;
        const receiver = this.evaluate(access.expression, frame, env);
        const argument = unwrap(access.argumentExpression);
        const key = ts.isStringLiteralLike(argument) || ts.isNumericLiteral(argument) ? argument.text : undefined;
        if (key !== undefined && !/^\d+$/.test(key)) return this.readProperty(receiver, key, this.siteOf(frame.module.file, node), frame, 'read', access.expression);
        this.evaluate(access.argumentExpression, frame, env);
        const element = this.readAnyProperty(receiver, key, this.siteOf(frame.module.file, node), frame);
        // `email.split('@')[1]` is the domain: an organisation's, not the person's address.
        return key === '1' && isSplitOnAt(access.expression) ? withoutEmails(element) : element;
      }
      case ts.SyntaxKind.CallExpression:
        return this.evaluateCall(node as ts.CallExpression, frame, env);
      case ts.SyntaxKind.NewExpression:
        return this.evaluateNew(node as ts.NewExpression, frame, env);
      case ts.SyntaxKind.ObjectLiteralExpression:
        return [this.evaluateObject(node as ts.ObjectLiteralExpression, frame, env)];
      case ts.SyntaxKind.ArrayLiteralExpression: {
        const elements: Value[] = [];
        const items: Value[][] = [];
        let positional = true;
        for (const element of (node as ts.ArrayLiteralExpression).elements) {
          if (ts.isSpreadElement(element)) {
            positional = false;
            addValues(elements, this.elementsOrSelf(this.evaluate(element.expression, frame, env)));
          } else {
            const values = this.evaluate(element, frame, env);
            items.push(values);
            addValues(elements, values);
          }
        }
        return [{ kind: 'array', elements, ...(positional && items.length <= 16 ? { items } : {}) }];
      }
      case ts.SyntaxKind.BinaryExpression:
        return this.evaluateBinary(node as ts.BinaryExpression, frame, env);
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        this.evaluate(conditional.condition, frame, env);
        const names = this.conditionNames(conditional.condition, frame);
        return guardValues(
          this.withGuards(frame, names, () =>
            union(
              this.withNarrowing(frame, env, conditional.condition, true, () => this.evaluate(conditional.whenTrue, frame, env)),
              this.withNarrowing(frame, env, conditional.condition, false, () => this.evaluate(conditional.whenFalse, frame, env)),
            ),
          ),
          names,
        );
      }
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.FunctionExpression:
        return [{ kind: 'function', file: frame.module.file, node: node as ts.FunctionLikeDeclaration, closure: env, receiver: ts.isArrowFunction(node) ? frame.receiver : undefined }];
      case ts.SyntaxKind.ClassExpression:
        return [this.classValue(frame.module, node as ts.ClassExpression)];
      case ts.SyntaxKind.TaggedTemplateExpression: {
        const template = (node as ts.TaggedTemplateExpression).template;
        if (ts.isTemplateExpression(template)) for (const span of template.templateSpans) this.evaluate(span.expression, frame, env);
        return [];
      }
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression:
        this.evaluate((node as ts.PrefixUnaryExpression).operand, frame, env);
        return [];
      case ts.SyntaxKind.SpreadElement:
        return this.evaluate((node as ts.SpreadElement).expression, frame, env);
      case ts.SyntaxKind.YieldExpression: {
        const operand = (node as ts.YieldExpression).expression;
        if (operand) addValues(frame.summary.returns, this.evaluate(operand, frame, env));
        return [];
      }
      case ts.SyntaxKind.JsxElement:
      case ts.SyntaxKind.JsxSelfClosingElement:
      case ts.SyntaxKind.JsxFragment:
        return this.evaluateJsx(node, frame, env);
      case ts.SyntaxKind.TypeOfExpression:
      case ts.SyntaxKind.VoidExpression:
      case ts.SyntaxKind.DeleteExpression:
        this.evaluate((node as ts.TypeOfExpression).expression, frame, env);
        return [];
      default:
        return [];
    }
  }

  private evaluateIdentifier(node: ts.Identifier, frame: Frame, env: Env): Value[] {
    const name = node.text;
    const values = env.lookup(name);
    if (values) return values;
    if (name === 'undefined') return [];
    if (API_GLOBALS.has(name)) return [{ kind: 'api', module: null, root: name, steps: [] }];
    return [];
  }

  private evaluateTemplate(node: ts.TemplateExpression, frame: Frame, env: Env): Value[] {
    const result: Value[] = [];
    if (node.head.text) result.push({ kind: 'string', text: node.head.text, isPrefix: true });
    // `${API_URL}/users/${id}`: a path on the application's own API.
    else if (node.templateSpans.length && namesOwnApi(node.templateSpans[0].expression)) result.push(OWN_API_PATH);
    node.templateSpans.forEach((span, index) => {
      const values = this.evaluate(span.expression, frame, env);
      // `${VERCEL_URL}/v1/...` with `VERCEL_URL = 'https://api.vercel.com'`: the constant starts the text.
      if (index === 0 && !result.length) {
        // An empty fallback (`process.env.API ?? ''`) says nothing of the host.
        for (const value of values) if (value.kind === 'string' && value.text) result.push({ kind: 'string', text: value.text + span.literal.text, isPrefix: true });
      }
      // An object in a template prints as [object Object]; its fields do not leave.
      addValues(result, values.filter((value) => value.kind === 'personal' || value.kind === 'parameter'));
    });
    return result;
  }

  private evaluateObject(node: ts.ObjectLiteralExpression, frame: Frame, env: Env): ObjectValue {
    const object: ObjectValue = { kind: 'object', properties: new Map(), spreads: [] };
    // `{ ...presentUser(user), secret: undefined }`: a key written after a spread replaces the spread's.
    const overridden: string[] = [];
    const setProperty = (key: string, values: Value[]): void => {
      object.properties.set(key, values);
      if (object.spreads.length) overridden.push(key);
    };
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        let key = propertyNameText(property.name);
        if (key === undefined && ts.isComputedPropertyName(property.name)) {
          // `{ [SHARE_TOKEN_HEADER]: token }` with `SHARE_TOKEN_HEADER = 'x-share-token'`: the constant is the key.
          const keys = this.evaluate(property.name.expression, frame, env);
          if (keys.length === 1 && keys[0].kind === 'string' && !keys[0].isPrefix) key = keys[0].text;
        }
        const values = this.evaluate(property.initializer, frame, env);
        if (key !== undefined) setProperty(key, renamedByKey(key, values));
        else addValues(object.spreads, values);
      } else if (ts.isShorthandPropertyAssignment(property)) {
        const values = this.evaluateIdentifier(property.name, frame, env);
        setProperty(property.name.text, values.length || env.isUnnamed(property.name.text) ? values : this.nameOnlyValue(property.name.text, frame, property));
      } else if (ts.isSpreadAssignment(property)) {
        const spread = this.evaluate(property.expression, frame, env);
        this.markWholeRecordRead(spread.filter((value) => value.kind === 'record'), this.siteOf(frame.module.file, property));
        addValues(object.spreads, spread);
      } else if ((ts.isMethodDeclaration(property) || ts.isGetAccessorDeclaration(property)) && property.name) {
        const key = propertyNameText(property.name);
        if (key !== undefined) object.properties.set(key, [{ kind: 'function', file: frame.module.file, node: property, closure: env }]);
      }
    }
    if (overridden.length) object.spreads = this.withoutProperties(object.spreads, overridden);
    return object;
  }

  /** `{ phone }` where `phone` holds nothing the analysis knows: the name still says what it is. */
  private nameOnlyValue(name: string, frame: Frame, node: ts.Node, producer?: string): Value[] {
    const classification = classifyName(name);
    if (!classification) return [];
    // `const ip = await getPublicIp()`, `const apiKey = config.getServerKey()`: what produced the
    // value names whose it is (the system's secrets and addresses are not a person's).
    if (producer && isSystemCategory(classification.category) && !classifyName(`${producer}.${name}`)) return [];
    // `const activeTokens = await prisma.token.count()`, `const emails = list.length`: a number.
    if (producer && COUNTING_PRODUCERS.has(producer.split('.').pop()!)) return [];
    const site = this.siteOf(frame.module.file, node);
    return [
      {
        ...(isIdentifierCategory(classification.category) ? { isIdentifier: true } : {}),
        kind: 'personal',
        field: null,
        category: classification.category,
        confidence: classification.confidence * 0.8,
        evidence: classification.evidence,
        source: site,
        trace: [{ file: site.file, line: site.line, note: `value named ${name}` }],
      },
    ];
  }

  private evaluateBinary(node: ts.BinaryExpression, frame: Frame, env: Env): Value[] {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.PlusEqualsToken || operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken) {
      let values = this.evaluate(node.right, frame, env);
      // `let password = ''; password += chars.charAt(i)`: a variable that started from a literal
      // takes its name's meaning from what is assigned later, unless that names the system.
      const left = unwrap(node.left);
      if (ts.isIdentifier(left) && env.isUnnamed(left.text) && !isLiteralInitializer(node.right) && !carriesData(values) && !values.some(isHandleValue)) {
        values = union(values, this.nameOnlyValue(left.text, frame, node, producerName(node.right)));
      }
      this.assignTo(node.left, values, frame, env);
      return values;
    }
    const left = this.evaluate(node.left, frame, env);
    // `consent && send(user)`, `!consent || send(user)`: the right side runs only after the check.
    const isShortCircuit = operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken;
    const leftNames = isShortCircuit ? this.conditionNames(node.left, frame) : [];
    const right = isShortCircuit
      ? guardValues(
          this.withGuards(frame, leftNames, () => this.withNarrowing(frame, env, node.left, operator === ts.SyntaxKind.AmpersandAmpersandToken, () => this.evaluate(node.right, frame, env))),
          leftNames,
        )
      : this.evaluate(node.right, frame, env);
    switch (operator) {
      case ts.SyntaxKind.PlusToken: {
        // String concatenation: what both sides carry, as text.
        const text = (values: Value[]) => values.filter((value) => value.kind === 'personal' || value.kind === 'parameter' || value.kind === 'string');
        // `getApiHost() + '/auth/reset'`: a path on the application's own API.
        if (namesOwnApi(node.left)) return union([OWN_API_PATH], text(right).filter((value) => value.kind !== 'string'));
        return union(text(left), text(right).filter((value) => value.kind !== 'string' || !left.length));
      }
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
        return operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.CommaToken ? right : union(left, right);
      default:
        return [];
    }
  }

  /** Assignment: variables take more values; object properties are updated; sinks like `document.cookie =` fire. */
  private assignTo(target: ts.Expression | ts.ForInitializer, values: Value[], frame: Frame, env: Env): void {
    const node = unwrap(target as ts.Expression);
    // `if (!user) { user = await createUser(); ... }`: once assigned, it holds what was assigned.
    if (frame.narrowed?.length) {
      const path = dottedName(node as ts.Expression);
      if (path !== undefined) this.forgetNarrowing(frame, path);
    }
    if (ts.isIdentifier(node)) {
      env.assign(node.text, values);
      return;
    }
    if (ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node)) return;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const key = ts.isPropertyAccessExpression(node) ? node.name.text : stringKey(node.argumentExpression);
      const owners = this.evaluate(node.expression, frame, env);
      const site = this.siteOf(frame.module.file, node);
      if (frame.options?.length) values = withOption(values, frame.options[frame.options.length - 1]);
      for (const owner of owners) {
        if (owner.kind === 'object' && key !== undefined) {
          const existing = owner.properties.get(key) ?? [];
          addValues(existing, values);
          owner.properties.set(key, existing);
        } else if (owner.kind === 'object') {
          addValues(owner.spreads, values);
        } else if (owner.kind === 'instance' && !owner.isTemplate && key !== undefined) {
          const existing = owner.fields.get(key) ?? [];
          addValues(existing, values);
          owner.fields.set(key, existing);
        } else if (owner.kind === 'parameter' && owner.index === -1 && owner.path.length === 0 && key !== undefined) {
          const existing = frame.summary.receiverWrites.get(key) ?? [];
          addValues(existing, values);
          frame.summary.receiverWrites.set(key, existing);
        } else if (owner.kind === 'parameter' && key !== undefined) {
          addParameterUse(frame.summary.parameterWrites, { owner: owner.owner, index: owner.index, path: [...owner.path, key], site });
        } else if (owner.kind === 'record' && key !== undefined) {
          const lookup = this.models.lookup(owner.model, owner.prefix, key);
          if (lookup.kind === 'field') this.recordUse(lookup.id, 'write', site, owner.evidence);
        } else if (owner.kind === 'api' && key !== undefined) {
          const api: ApiValue = { ...owner, steps: [...owner.steps, { kind: 'member', name: key }, { kind: 'assign' }] };
          for (const match of this.sinks.match(api)) this.reportSink(match, api, [values], site, frame);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Property reads

  /**
   * Reads `property` from each value. `mode` says whether a model field read is a use; `receiverNode`
   * lets an unknown receiver be named (`customer.email` on an untyped object).
   */
  readProperty(
    values: Value[],
    property: string,
    site: Site,
    frame: Frame,
    mode: 'read' | 'write' | 'none',
    receiverNode: ts.Expression | undefined,
    visited?: Set<Value>,
  ): Value[] {
    const result: Value[] = [];
    let known = false;
    for (const value of values) {
      switch (value.kind) {
        case 'record': {
          known = true;
          if (value.excluded?.has(property) && !value.prefix) continue;
          if (value.projection && !value.prefix && !value.projection.has(property)) continue;
          addValues(result, this.readRecordField(value, property, site, mode));
          break;
        }
        case 'object': {
          known = true;
          const own = value.properties.get(property);
          if (own) addValues(result, own);
          // Spreads may hold objects that hold this one again: each object is read once per read.
          const seen = visited ?? new Set<Value>();
          if (seen.has(value) || seen.size > 64) break;
          seen.add(value);
          addValues(result, this.readProperty(value.spreads, property, site, frame, mode, undefined, seen));
          break;
        }
        case 'array':
          known = true;
          if (property === 'length') break;
          break;
        case 'parameter': {
          known = true;
          const path = [...value.path, property];
          addValues(result, [{ kind: 'parameter', owner: value.owner, index: value.index, path }]);
          // `ctx.db.user` on a context parameter: a Prisma accessor whatever the client is called.
          const prismaModel = receiverNode ? this.models.prismaModel(property) : undefined;
          if (prismaModel) addValues(result, [{ kind: 'orm', orm: 'prisma', model: prismaModel, evidence: `prisma accessor ${property}` }]);
          // Kept for the callers to record as a use of a field: a name no model has records none.
          if (mode !== 'none' && path.length <= 4 && this.models.isFieldName(path[path.length - 1]!)) {
            addParameterUse(frame.summary[mode === 'write' ? 'parameterWrites' : 'parameterReads'], { owner: value.owner, index: value.index, path, site });
          }
          break;
        }
        case 'api':
          known = true;
          addValues(result, [{ ...value, steps: [...value.steps, { kind: 'member', name: property }] }]);
          break;
        case 'orm':
          known = true;
          addValues(result, this.orm.readProperty(value, property, site));
          break;
        case 'request':
          known = true;
          addValues(result, this.readRequest(value.path, property, site));
          break;
        case 'instance': {
          known = true;
          const field = value.fields.get(property);
          if (field) addValues(result, field);
          const module = this.graph.module(value.file);
          if (!module) break;
          if (value.fields.has('*class*')) {
            // A class itself: static members, and ORM statics (`User.findOne()`).
            addValues(result, this.orm.classProperty(value, property, site));
            break;
          }
          const getter = this.findMember(module, value.node, property, 'getter');
          if (getter) {
            addValues(result, this.callFunction({ kind: 'function', file: getter.module.file, node: getter.member }, [], [value], site, frame, property));
          }
          const base = value.fields.get('*base*');
          if (base) addValues(result, this.readProperty(base, property, site, frame, mode, undefined));
          break;
        }
        case 'personal':
          known = true;
          // A caught error's `message` is the text it was thrown with (`new Error(\`... ${email}\`)`).
          if (property === 'message') addValues(result, [value]);
          break;
        case 'string':
        case 'function':
          known = true;
          break;
      }
    }
    if (!known && receiverNode) addValues(result, this.readUnknown(receiverNode, property, site, frame));
    return result;
  }

  /** `obj[key]` with a key the analysis cannot read: any property. */
  private readAnyProperty(values: Value[], key: string | undefined, site: Site, frame: Frame): Value[] {
    const result: Value[] = [];
    for (const value of values) {
      if (value.kind === 'array') addValues(result, value.elements);
      else if (value.kind === 'object') {
        for (const property of value.properties.values()) addValues(result, property);
        addValues(result, value.spreads);
      } else if (value.kind === 'record') {
        addValues(result, [value]);
      } else if (value.kind === 'parameter') {
        addValues(result, [{ ...value, path: [...value.path, key ?? '[]'] }]);
      } else if (value.kind === 'personal' || value.kind === 'request') {
        addValues(result, [value]);
      }
    }
    return result;
  }

  private readRecordField(record: RecordValue, property: string, site: Site, mode: 'read' | 'write' | 'none'): Value[] {
    const lookup = this.models.lookup(record.model, record.prefix, property);
    if (lookup.kind === 'nested') return [{ ...record, prefix: lookup.prefix, projection: undefined }];
    if (lookup.kind === 'none') return [];
    if (mode !== 'none') this.recordUse(lookup.id, mode, site, record.evidence);
    const { field, personal } = lookup;
    const hop: Hop = { file: site.file, line: site.line, note: `read ${lookup.id}` };
    if ((field.isRelation || record.populated?.has(field.name)) && field.relationTarget && this.models.has(field.relationTarget)) {
      const target: RecordValue = { ...record, model: field.relationTarget, prefix: '', projection: undefined, excluded: undefined, trace: extendTrace(record.trace, hop) };
      return field.isList ? [{ kind: 'array', elements: [target] }] : [target];
    }
    if (personal) {
      const value: PersonalValue = {
        ...(isIdentifierCategory(personal.category) ? { isIdentifier: true } : {}),
        kind: 'personal',
        field: lookup.id,
        category: personal.category,
        confidence: Math.min(record.confidence, personal.confidence),
        evidence: record.evidence,
        source: { file: site.file, line: site.line, code: site.code },
        trace: extendTrace(record.trace, hop),
      };
      return field.isList ? [{ kind: 'array', elements: [value] }] : [value];
    }
    if (field.isPrimaryKey || field.isForeignKey || /(^id$|Id$|_id$|Ids$)/.test(field.name.split('.').pop() ?? '')) {
      return [
        {
          kind: 'personal',
          field: lookup.id,
          category: 'user.unique_id',
          confidence: record.confidence,
          evidence: record.evidence,
          source: { file: site.file, line: site.line, code: site.code },
          trace: extendTrace(record.trace, hop),
          isIdentifier: true,
        },
      ];
    }
    return [];
  }

  /**
   * A whole record used as such (serialized, spread, sent, handed to a library such as
   * `res.json(user)`, written by an ORM): every field of it is read by that code.
   */
  markWholeRecordRead(values: readonly Value[], site: Site, depth = 0, kind: 'read' | 'write' = 'read'): void {
    if (depth > 3) return;
    for (const value of values) {
      if (value.kind === 'record') {
        const mark = `${kind}|${site.file}|${site.line}|${site.column}|${value.model}|${value.prefix}|${value.projection ? [...value.projection].join(',') : '*'}|${value.excluded ? [...value.excluded].join(',') : ''}`;
        if (this.wholeRecordMarks.has(mark)) continue;
        this.wholeRecordMarks.add(mark);
        for (const field of this.models.fieldsOf(value.model)) {
          if (value.prefix && !field.name.startsWith(`${value.prefix}.`)) continue;
          const top = (value.prefix ? field.name.slice(value.prefix.length + 1) : field.name).split('.')[0];
          if (value.projection && !value.projection.has(top)) continue;
          if (value.excluded?.has(top)) continue;
          this.recordUse(`${value.model}.${field.name}`, kind, site, `whole ${value.model} record`, { wholeRecord: true });
        }
      } else if (value.kind === 'array') {
        this.markWholeRecordRead(value.elements, site, depth + 1, kind);
      } else if (value.kind === 'object') {
        for (const inner of value.properties.values()) this.markWholeRecordRead(inner, site, depth + 1, kind);
        this.markWholeRecordRead(value.spreads, site, depth + 1, kind);
      }
    }
  }

  recordUse(field: string, kind: 'read' | 'write', site: Site, evidence: string, options: { purposeTags?: string[]; wholeRecord?: boolean } = {}): void {
    const key = `${field}|${kind}|${site.file}|${site.line}|${site.column}`;
    const existing = this.uses.get(key);
    if (existing) {
      // A field read both on its own and as part of a whole record at one place is a plain read.
      if (existing.wholeRecord && !options.wholeRecord) delete existing.wholeRecord;
      return;
    }
    const purposeTags = options.purposeTags ?? this.currentPurposeTags;
    this.uses.set(key, {
      field,
      kind,
      file: site.file,
      line: site.line,
      column: site.column,
      code: site.code,
      evidence,
      ...(purposeTags.length ? { purposeTags: [...purposeTags] } : {}),
      ...(options.wholeRecord ? { wholeRecord: true } : {}),
    });
  }

  /** `req.body.email`, `req.ip`, `req.headers['x-forwarded-for']`, `req.cookies.session`. */
  private readRequest(path: readonly string[], property: string, site: Site): Value[] {
    const next = [...path, property];
    // Fastify's `request.log` is a pino logger bound to the request.
    if (next.length === 1 && property === 'log') {
      return [{ kind: 'api', module: 'fastify', root: 'FastifyRequest', steps: [{ kind: 'construct' }, { kind: 'member', name: 'log' }] }];
    }
    const result: Value[] = [{ kind: 'request', path: next }];
    const code = ['req', ...next].join('.');
    const top = next[0];
    if (next.length === 1 && (property === 'ip' || property === 'ips' || property === 'remoteAddress')) {
      result.push(this.namedPersonal('ip', 'request IP', site, code));
    } else if (next.length === 2 && (top === 'socket' || top === 'connection') && property === 'remoteAddress') {
      result.push(this.namedPersonal('ip', 'request IP', site, code));
    } else if (next.length === 2 && top === 'headers') {
      const header = property.toLowerCase();
      if (header === 'x-forwarded-for' || header === 'x-real-ip' || header === 'cf-connecting-ip' || header === 'true-client-ip') result.push(this.namedPersonal('ip', `header ${header}`, site, code));
      else if (header === 'user-agent') result.push(this.namedPersonal('userAgent', `header ${header}`, site, code));
      else if (header === 'cookie' || header === 'authorization') result.push(this.namedPersonal(header === 'cookie' ? 'cookie' : 'accessToken', `header ${header}`, site, code));
    } else if (next.length === 2 && (top === 'cookies' || top === 'signedCookies')) {
      const named = classifyName(property);
      // A session cookie's value is a bearer credential; other cookies identify a browser.
      const isSession = /sess|^sid$|token|auth|jwt/i.test(property);
      result.push(
        named
          ? this.personalFrom(named.category, named.confidence * 0.9, `cookie ${property}: ${named.evidence}`, site, code)
          : isSession
            ? this.personalFrom('user.authorization.credentials', 0.8, `session cookie ${property}`, site, code)
            : this.personalFrom('user.device.cookie_id', 0.6, `cookie ${property}`, site, code),
      );
    } else if (next.length >= 2 && (top === 'body' || top === 'query' || top === 'params')) {
      const named = classifyName(property, { owner: next[next.length - 2] });
      if (named) result.push(this.personalFrom(named.category, named.confidence * 0.9, `request ${top}: ${named.evidence}`, site, code));
    }
    return result;
  }

  private namedPersonal(name: string, evidence: string, site: Site, code: string): PersonalValue {
    const named = classifyName(name);
    return this.personalFrom(named?.category ?? 'user.device.ip_address', 0.9, evidence, site, code);
  }

  private personalFrom(category: string, confidence: number, evidence: string, site: Site, code: string): PersonalValue {
    return {
      ...(isIdentifierCategory(category) ? { isIdentifier: true } : {}),
      kind: 'personal',
      field: null,
      category,
      confidence,
      evidence,
      source: { file: site.file, line: site.line, code },
      trace: [{ file: site.file, line: site.line, note: `read ${code}` }],
    };
  }

  /**
   * A property of something the analysis knows nothing about. Where types do not resolve, the
   * receiver's name (`user.email` with a `User` model that has `email`) and then the property's
   * own name (`customer.email`) still say what it holds, with lower confidence.
   */
  private readUnknown(receiverNode: ts.Expression, property: string, site: Site, frame: Frame): Value[] {
    const receiver = unwrap(receiverNode);
    const receiverName = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
    if (!receiverName) return [];
    // Prisma accessors on a client the analysis could not resolve: `ctx.db.user.findMany()`.
    const prismaModel = this.models.prismaModel(property);
    if (prismaModel && receiverName !== property) return [{ kind: 'orm', orm: 'prisma', model: prismaModel, evidence: `prisma accessor ${property}` }];
    const model = this.models.modelForName(receiverName);
    if (model) {
      const record: RecordValue = {
        kind: 'record',
        model,
        prefix: '',
        confidence: 0.6,
        evidence: `receiver named ${receiverName}`,
        source: site,
        trace: [],
      };
      const read = this.readRecordField(record, property, site, 'read');
      if (read.length) return read;
    }
    if (isPersonIdentifierName(property)) {
      return [{ ...this.personalFrom('user.unique_id', 0.6, `named ${property}`, site, `${receiverName}.${property}`), isIdentifier: true }];
    }
    // `addressInfo.address`, `addr.address`: the host of a socket address (`server.address()`),
    // next to its `port` and `family`. A postal address object has street lines, not `.address`.
    if (property === 'address' && splitWords(receiverName).some((word) => word === 'address' || word === 'addr')) return [];
    const named = classifyName(property, { owner: receiverName });
    if (!named) return [];
    return [this.personalFrom(named.category, named.confidence * 0.8, named.evidence, site, `${receiverName}.${property}`)];
  }

  // ---------------------------------------------------------------------------------------------
  // Calls

  private evaluateArguments(args: readonly ts.Expression[] | undefined, frame: Frame, env: Env): Value[][] {
    const result: Value[][] = [];
    for (const argument of args ?? []) {
      if (!ts.isSpreadElement(argument)) {
        result.push(this.evaluate(argument, frame, env));
        continue;
      }
      const spread = this.evaluate(argument.expression, frame, env);
      // `fn(transport, ...args)` with `args` known position by position (a rest parameter of a
      // call, an array literal): each element is its own argument.
      const only = spread.length === 1 ? spread[0] : undefined;
      if (only?.kind === 'array' && only.items) result.push(...only.items);
      else result.push(this.elementsOrSelf(spread));
    }
    return result;
  }


  private elementsOrSelf(values: Value[]): Value[] {
    const result: Value[] = [];
    for (const value of values) {
      if (value.kind === 'array') addValues(result, value.elements);
      else addValues(result, [value]);
    }
    return result;
  }

  private evaluateCall(node: ts.CallExpression, frame: Frame, env: Env): Value[] {
    const site = this.siteOf(frame.module.file, node);
    const callee = unwrap(node.expression);

    // `require('./x')` and `import('./x')`.
    if (ts.isIdentifier(callee) && callee.text === 'require' && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
      return this.importValue(frame.module.file, node.arguments[0].text, '*');
    }
    if (callee.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      return this.importValue(frame.module.file, node.arguments[0].text, '*');
    }
    if (callee.kind === ts.SyntaxKind.SuperKeyword) {
      return this.callSuper(node, frame, env, site);
    }

    const args = this.evaluateArguments(node.arguments, frame, env);
    const calleeName = calleeText(callee);

    // React state declared with its type (`useState<Registration>()`): the state holds that record.
    if ((calleeName === 'useState' || calleeName === 'React.useState') && node.typeArguments?.[0]) {
      const state = union(args[0] ?? [], this.annotationValues(node.typeArguments[0], frame.module, frame.module.file, node));
      return [{ kind: 'array', elements: state, items: [state, []] }];
    }

    // React's memo hooks: `useMemo(() => value, deps)` holds what the callback returns,
    // `useCallback(fn, deps)` is `fn` (unless the project defines a function of that name).
    const hook = calleeName === 'useMemo' || calleeName === 'React.useMemo' ? 'memo' : calleeName === 'useCallback' || calleeName === 'React.useCallback' ? 'callback' : undefined;
    if (hook && !(ts.isIdentifier(callee) && this.evaluate(callee, frame, env).length)) {
      if (hook === 'callback') return args[0] ?? [];
      const result: Value[] = [];
      for (const value of args[0] ?? []) if (value.kind === 'function') addValues(result, this.callFunction(value, [], value.receiver ?? [], site, frame, calleeName!));
      return result;
    }

    // Sanitizers: the result is the argument, pseudonymized.
    const lastName = calleeName?.split('.').pop();
    if (lastName && (this.sanitizers.has(lastName) || (calleeName && this.sanitizers.has(calleeName)))) {
      return sanitize(args.flat(), lastName, site);
    }

    if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
      return this.callSuperMember(callee, callee.name.text, args, frame, site);
    }
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : stringKey(callee.argumentExpression);
      const receiver = this.evaluate(callee.expression, frame, env);
      if (method === undefined) return this.callValues(this.readAnyProperty(receiver, undefined, site, frame), args, [], site, frame, 'call', node);
      const result = this.callMethod(receiver, method, args, site, frame, node, callee.expression, calleeName, env);
      // `email.split('@').pop()` / `.at(-1)`: the domain.
      const last = method === 'pop' || (method === 'at' && ['-1', '1'].includes(node.arguments[0]?.getText(frame.module.sourceFile) ?? ''));
      return last && isSplitOnAt(callee.expression) ? withoutEmails(result) : result;
    }

    const values = this.evaluate(callee, frame, env);
    if (!values.length && calleeName && SERIALIZING_FUNCTIONS.has(calleeName)) return this.serialize(args.flat(), site);
    if (!values.length && calleeName && PROPAGATING_FUNCTIONS.has(calleeName)) return propagate(args);
    return this.callValues(values, args, [], site, frame, calleeName ?? 'function', node);
  }

  /** Calls `receiver.method(args)` for every value the receiver may hold. */
  private callMethod(
    receiver: Value[],
    method: string,
    args: Value[][],
    site: Site,
    frame: Frame,
    node: ts.CallExpression,
    receiverNode: ts.Expression,
    calleeName: string | undefined,
    env: Env,
  ): Value[] {
    const result: Value[] = [];
    let handled = false;
    // tRPC: `procedure.input(schema).query(({ input }) => ...)` — the resolver receives the parsed input.
    if ((method === 'query' || method === 'mutation' || method === 'subscription') && args.some((values) => values.some((value) => value.kind === 'function'))) {
      const input = this.procedureInput(receiverNode, frame, env);
      if (input.length) {
        const context: ObjectValue = { kind: 'object', properties: new Map([['input', input]]), spreads: [] };
        for (const values of args) for (const value of values) if (value.kind === 'function') this.callFunction(value, [[context]], value.receiver ?? [], site, frame, method);
        return [];
      }
    }
    for (const value of receiver) {
      switch (value.kind) {
        case 'api': {
          handled = true;
          addValues(result, this.callApi({ ...value, steps: [...value.steps, { kind: 'member', name: method }] }, args, site, frame, node));
          break;
        }
        case 'orm':
          handled = true;
          addValues(result, this.orm.call(value, method, args, site, frame, node));
          break;
        case 'record':
          handled = true;
          addValues(result, this.orm.recordMethod(value, method, args, site, frame));
          break;
        case 'personal':
          handled = true;
          if (PROPAGATING_METHODS.has(method)) {
            addValues(result, [value]);
            if (method === 'concat') addValues(result, propagate(args));
          }
          break;
        case 'parameter':
          handled = true;
          // `items.map(cb)`, `name.trim()`: a built-in method no SDK sink has is not kept for the
          // callers (it would hold on to the callback's environment for nothing).
          if (!BUILT_IN_METHODS.has(method)) {
            addParameterCall(frame.summary.parameterCalls, { receiver: value, method, args, site, purposeTags: frame.purposeTags, guards: [...frame.guards] });
          }
          if (PROPAGATING_METHODS.has(method)) addValues(result, [value]);
          else if (ELEMENT_CALLBACK_METHODS.has(method)) {
            addValues(result, this.callArrayMethod({ kind: 'array', elements: [{ ...value, path: [...value.path, '[]'] }] }, method, args, site, frame));
          }
          break;
        case 'array':
          handled = true;
          addValues(result, this.callArrayMethod(value, method, args, site, frame));
          break;
        case 'object': {
          handled = true;
          const member = union(value.properties.get(method) ?? [], this.readProperty(value.spreads, method, site, frame, 'none', undefined));
          addValues(result, this.callValues(member, args, [value], site, frame, method, node));
          break;
        }
        case 'instance': {
          handled = true;
          const module = this.graph.module(value.file);
          if (!module) break;
          if (value.fields.has('*class*')) {
            addValues(result, this.orm.classCall(value, method, args, site, frame, node));
            const found = this.findStatic(module, value.node, method);
            if (found) addValues(result, this.callFunction({ kind: 'function', file: found.module.file, node: found.member }, args, [], site, frame, method));
            break;
          }
          const found = this.findMember(module, value.node, method, 'method');
          if (found) {
            addValues(result, this.callFunction({ kind: 'function', file: found.module.file, node: found.member }, args, [value], site, frame, method));
          } else if (value.isTemplate && value.node.name && this.implementersOf(value.node.name.text).length) {
            // An abstract class injected by type: its subclasses carry the method.
            for (const subclass of this.implementersOf(value.node.name.text)) {
              if (subclass.kind !== 'instance') continue;
              const subModule = this.graph.module(subclass.file);
              const override = subModule && this.findMember(subModule, subclass.node, method, 'method');
              if (override) addValues(result, this.callFunction({ kind: 'function', file: override.module.file, node: override.member }, args, [subclass], site, frame, method));
            }
          } else {
            const field = value.fields.get(method);
            if (field) addValues(result, this.callValues(field, args, [value], site, frame, method, node));
            const base = value.fields.get('*base*');
            if (base) addValues(result, this.callMethod(base, method, args, site, frame, node, receiverNode, calleeName, env));
          }
          break;
        }
        case 'function': {
          handled = true;
          if (method === 'call') addValues(result, this.callValues([value], args.slice(1), args[0] ?? [], site, frame, 'call', node));
          else if (method === 'apply') addValues(result, this.callValues([value], this.elementsOf(args[1] ?? []).map((element) => [element]), args[0] ?? [], site, frame, 'apply', node));
          else if (method === 'bind') addValues(result, [value]);
          break;
        }
        case 'request':
          handled = true;
          if (method === 'get' || method === 'header') {
            const header = args[0]?.find((candidate) => candidate.kind === 'string');
            if (header?.kind === 'string') addValues(result, this.readRequest(['headers'], header.text.toLowerCase(), site));
          } else if (method === 'json' || method === 'formData' || method === 'text') {
            addValues(result, [{ kind: 'request', path: ['body'] }]);
          } else if (method === 'valid') {
            addValues(result, [{ kind: 'request', path: ['body'] }]);
          }
          break;
        case 'string':
          break;
      }
    }
    // Promise callbacks: `p.then((u) => ...)` receives what `p` holds.
    if ((method === 'then' || method === 'finally' || method === 'catch') && args[0]) {
      const resolved = method === 'catch' ? frame.summary.thrown : union(receiver.filter((value) => value.kind !== 'api'), result);
      const returned = this.callValues(args[0], [resolved], [], site, frame, method, node);
      // `query.then((rows) => rows.map(...))`: the promise now holds what the callback returns.
      if (method === 'then' && args[0].some((value) => value.kind === 'function')) return returned;
      addValues(result, returned);
      return result;
    }
    // `res.json(user)` on an untyped `res`: a record handed to something only the caller knows is used whole.
    if (receiver.length && receiver.every((value) => value.kind === 'parameter')) this.markWholeRecordRead(args.flat(), site);
    if (!handled) {
      if (calleeName && SERIALIZING_FUNCTIONS.has(calleeName)) return this.serialize(args.flat(), site);
      if (calleeName && PROPAGATING_FUNCTIONS.has(calleeName)) return propagate(args);
      if (method === 'assign' && calleeName === 'Object.assign') return this.objectAssign(args);
      // An unknown receiver: an Express-style router (`app.post(path, handler)`) or any library
      // taking callbacks: callbacks are analysed with what their parameters' names say.
      this.callCallbacks(args, site, frame, node);
      // A record handed to a library (`res.json(user)`) is used whole.
      this.markWholeRecordRead(args.flat(), site);
    }
    // `formData.get('email')`, `searchParams.get('phone')`: the key names the value.
    if (!result.length && (method === 'get' || method === 'getAll') && args[0]?.length === 1 && args[0][0].kind === 'string') {
      addValues(result, this.nameOnlyValue(args[0][0].text, frame, node));
    }
    if (!result.length) {
      addValues(result, this.orm.unknownReceiverCall(receiverNode, method, args, site, frame, node, (expression) => this.evaluate(expression, frame, env)));
    }
    return result;
  }

  /** The records a tRPC procedure's `.input(...)` parses, found up its builder chain. */
  private procedureInput(receiverNode: ts.Expression, frame: Frame, env: Env): Value[] {
    let node: ts.Expression = unwrap(receiverNode);
    for (let depth = 0; depth < 8 && ts.isCallExpression(node); depth++) {
      const callee = unwrap(node.expression);
      if (!ts.isPropertyAccessExpression(callee)) break;
      if (callee.name.text === 'input' && node.arguments[0]) {
        const schema = this.evaluate(node.arguments[0], frame, env);
        return schema.flatMap((value): Value[] => (value.kind === 'orm' && value.orm === 'zod' && value.model ? this.orm.call(value, 'parse', [], this.siteOf(frame.module.file, node as ts.Node), frame, undefined) : []));
      }
      node = unwrap(callee.expression);
    }
    return [];
  }

  private findStatic(module: ModuleInfo, node: ts.ClassLikeDeclaration, name: string): { module: ModuleInfo; member: ts.FunctionLikeDeclaration } | undefined {
    for (const member of node.members) {
      if (ts.isMethodDeclaration(member) && member.body && member.name && propertyNameText(member.name) === name && ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)) {
        return { module, member };
      }
    }
    return undefined;
  }

  private objectAssign(args: Value[][]): Value[] {
    const [target = [], ...rest] = args;
    for (const value of target) if (value.kind === 'object') for (const source of rest) addValues(value.spreads, source);
    return union(target, ...rest);
  }

  /** Calls each callable value. Unknown callees get their callbacks analysed. */
  callValues(callees: Value[], args: Value[][], receiver: Value[], site: Site, frame: Frame, name: string, node: ts.CallExpression | undefined): Value[] {
    const result: Value[] = [];
    let called = false;
    for (const value of callees) {
      if (value.kind === 'function') {
        called = true;
        addValues(result, this.callFunction(value, args, value.receiver ?? receiver, site, frame, name));
      } else if (value.kind === 'api') {
        called = true;
        addValues(result, this.callApi(value, args, site, frame, node));
      } else if (value.kind === 'parameter') {
        // A parameter called (`callback(user)`): what it is, the caller says.
        called = true;
        addParameterCall(frame.summary.parameterCalls, { receiver: value, method: '', args, site, purposeTags: frame.purposeTags, guards: [...frame.guards] });
      } else if (value.kind === 'instance' && value.fields.has('*class*')) {
        called = true;
      }
    }
    if (!called && node) {
      this.callCallbacks(args, site, frame, node);
      this.markWholeRecordRead(args.flat(), site);
    }
    return result;
  }

  /** Callbacks passed to code the analysis cannot see (`app.post('/x', async (req, res) => ...)`). */
  private callCallbacks(args: Value[][], site: Site, frame: Frame, node: ts.CallExpression | undefined): void {
    for (const values of args) {
      for (const value of values) {
        // Written in place (`app.post('/x', (req, res) => ...)`) or passed by name
        // (`form.handleSubmit(onSubmit)`): the library will call it.
        if (value.kind === 'function' && (value.node.parent === node || !this.called.has(value.node))) {
          this.callFunction(value, [], value.receiver ?? [], site, frame, 'callback');
        }
      }
    }
  }

  /**
   * JSX: attribute values and children are expressions like any other (`{user.email}` is a
   * read; `onSubmit={handleSubmit}` hands a function to React, which will call it).
   */
  private evaluateJsx(node: ts.Node, frame: Frame, env: Env): Value[] {
    const handed: Value[] = [];
    const visit = (child: ts.Node): void => {
      if (ts.isJsxExpression(child)) {
        if (child.expression) addValues(handed, this.evaluate(child.expression, frame, env));
        return;
      }
      if (ts.isJsxSpreadAttribute(child)) {
        addValues(handed, this.evaluate(child.expression, frame, env));
        return;
      }
      if (ts.isJsxSelfClosingElement(child) || ts.isJsxOpeningElement(child)) {
        this.renderElement(child, frame, env, handed, visit);
        return;
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
    this.callCallbacks([handed.filter((value) => value.kind === 'function')], this.siteOf(frame.module.file, node), frame, undefined);
    return [];
  }

  /**
   * `<Modal endpoint="/api/x" user={user} {...rest} />`: a component of the project is a
   * function called with its props, so it sends what this element gives it (a relative
   * `endpoint` is the app's own API) and not what its parameters' names suggest.
   */
  private renderElement(element: ts.JsxSelfClosingElement | ts.JsxOpeningElement, frame: Frame, env: Env, handed: Value[], visit: (node: ts.Node) => void): void {
    const props: ObjectValue = { kind: 'object', properties: new Map(), spreads: [] };
    for (const attribute of element.attributes.properties) {
      if (ts.isJsxSpreadAttribute(attribute)) {
        const values = this.evaluate(attribute.expression, frame, env);
        addValues(handed, values);
        props.spreads.push(...values);
        continue;
      }
      const initializer = attribute.initializer;
      let values: Value[] = [];
      if (initializer && ts.isStringLiteral(initializer)) values = [{ kind: 'string', text: initializer.text }];
      else if (initializer && ts.isJsxExpression(initializer)) values = initializer.expression ? this.evaluate(initializer.expression, frame, env) : [];
      else if (initializer) visit(initializer);
      addValues(handed, values);
      if (ts.isIdentifier(attribute.name)) props.properties.set(attribute.name.text, values);
    }
    const tag = element.tagName;
    // Intrinsic elements (`<div>`) are lower case; components are capitalized or namespaced.
    const isComponent = ts.isPropertyAccessExpression(tag) || (ts.isIdentifier(tag) && /^[A-Z]/.test(tag.text));
    if (!isComponent) return;
    const components = this.evaluate(tag, frame, env).filter((value): value is FunctionValue => value.kind === 'function');
    if (!components.length) return;
    const site = this.siteOf(frame.module.file, element);
    const name = tag.getText(frame.module.sourceFile);
    for (const component of components) this.callFunction(component, [[props]], component.receiver ?? [], site, frame, name);
  }

  private callArrayMethod(array: { kind: 'array'; elements: Value[] }, method: string, args: Value[][], site: Site, frame: Frame): Value[] {
    const callback = args[0] ?? [];
    switch (method) {
      case 'map':
      case 'flatMap': {
        const mapped = this.callValues(callback, [array.elements], [], site, frame, method, undefined);
        return [{ kind: 'array', elements: method === 'flatMap' ? this.elementsOrSelf(mapped) : mapped }];
      }
      case 'forEach':
        this.callValues(callback, [array.elements], [], site, frame, method, undefined);
        return [];
      case 'filter':
      case 'sort':
        this.callValues(callback, [array.elements, array.elements], [], site, frame, method, undefined);
        return [array];
      case 'find':
      case 'findLast':
        this.callValues(callback, [array.elements], [], site, frame, method, undefined);
        return array.elements;
      case 'some':
      case 'every':
      case 'findIndex':
        this.callValues(callback, [array.elements], [], site, frame, method, undefined);
        return [];
      case 'reduce':
      case 'reduceRight':
        return this.callValues(callback, [args[1] ?? [], array.elements], [], site, frame, method, undefined);
      case 'slice':
      case 'concat':
      case 'reverse':
      case 'flat':
      case 'toSorted':
      case 'toReversed':
        return [array, ...args.flat()];
      case 'at':
      case 'pop':
      case 'shift':
        return array.elements;
      case 'join':
      case 'toString':
        return array.elements.filter((value) => value.kind === 'personal' || value.kind === 'parameter');
      case 'push':
      case 'unshift':
        for (const values of args) addValues(array.elements, values);
        return [];
      case 'entries':
      case 'values':
        return [array];
      default:
        return this.orm.arrayMethod(array.elements, method, args, site, frame) ?? [];
    }
  }

  /** A call on an SDK chain: a sink when the catalog knows the shape; the chain goes on either way. */
  private callApi(value: ApiValue, args: Value[][], site: Site, frame: Frame, node: ts.CallExpression | undefined): Value[] {
    const called: ApiValue = { ...value, steps: [...value.steps, { kind: 'call', arguments: args }] };
    const matches = this.sinks.match(called);
    for (const match of matches) this.reportSink(match, called, args, site, frame);
    if (!matches.length) {
      this.reportCustomRecipient(called, args, site, frame);
      // A record handed to a library that is not a sink (`res.json(user)`) is used whole.
      this.markWholeRecordRead(args.flat(), site);
    }
    // Hashing: `createHash('sha256').update(email).digest('hex')` pseudonymizes what it was given.
    if (value.module && HASHING_MODULES.has(value.module)) {
      const last = value.steps[value.steps.length - 1];
      if (last?.kind === 'member' && (last.name === 'digest' || last.name === 'hash' || last.name === 'hashSync' || last.name === 'toString')) {
        const given = called.steps.flatMap((step) => (step.kind === 'call' || step.kind === 'construct' ? (step.arguments ?? []).flat() : []));
        return sanitize(given, 'hash', site);
      }
      if (last?.kind === 'member' && /^(sha\d*|md5|SHA\d+|MD5|HmacSHA\d+)$/.test(last.name)) return sanitize(args.flat(), last.name, site);
    }
    // Callbacks given to SDK calls (`Sentry.withScope((scope) => ...)`) receive SDK objects.
    args.forEach((values, index) => {
      for (const callback of values) {
        if (callback.kind !== 'function' || (node && callback.node.parent !== node)) continue;
        const parameters = callback.node.parameters.map((_, parameterIndex): Value[] => [
          { ...value, steps: [...value.steps, { kind: 'callback', parameter: parameterIndex }] },
        ]);
        void index;
        this.callFunction(callback, parameters, callback.receiver ?? [], site, frame, 'callback');
      }
    });
    const orm = this.orm.apiCall(called, args, site, frame);
    if (orm) return orm;
    // `.input(z.object({...}))`: a schema written in place is the model the inventory named for it.
    const schema = value.module && this.orm.tracksModule(value.module) ? this.schemaModelAt(site, node) : undefined;
    if (schema) return [{ kind: 'orm', orm: 'zod', model: schema, evidence: `zod schema ${schema}` }];
    return [called];
  }

  /**
   * The zod model a `z.object(...)` call builds: the one the inventory named at this position
   * (written in place), or the variable it initializes (`const Signup = z.object(...)`), so that
   * `.refine(...)` and `.input(...)` further down the chain see the schema's records.
   */
  private schemaModelAt(site: Site, node: ts.CallExpression | undefined): string | undefined {
    const inline = this.models.modelAt(site.file, site.line, site.column);
    if (inline || !node) return inline;
    const callee = unwrap(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !['object', 'strictObject', 'looseObject'].includes(callee.name.text)) return undefined;
    let current: ts.Node = node;
    while (ts.isCallExpression(current.parent) || ts.isPropertyAccessExpression(current.parent) || ts.isParenthesizedExpression(current.parent)) current = current.parent;
    const declaration = current.parent;
    if (declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && this.models.sourceOf(declaration.name.text) === 'zod') return declaration.name.text;
    return undefined;
  }

  private evaluateNew(node: ts.NewExpression, frame: Frame, env: Env): Value[] {
    const site = this.siteOf(frame.module.file, node);
    const args = this.evaluateArguments(node.arguments, frame, env);
    const constructors = this.evaluate(node.expression, frame, env);
    const result: Value[] = [];
    for (const value of constructors) {
      if (value.kind === 'api') {
        const constructed: ApiValue = { ...value, steps: [...value.steps, { kind: 'construct', arguments: args }] };
        addValues(result, this.orm.apiConstruct(constructed, args, site, frame) ?? [constructed]);
        for (const match of this.sinks.match(constructed)) this.reportSink(match, constructed, args, site, frame);
      } else if (value.kind === 'instance' && value.fields.has('*class*')) {
        const module = this.graph.module(value.file);
        if (!module) continue;
        const template = this.classTemplate(module, value.node);
        const instance: InstanceValue = { kind: 'instance', file: value.file, node: value.node, fields: new Map([...template.fields].map(([key, values]) => [key, [...values]])) };
        delete instance.isTemplate;
        const constructor = this.findMember(module, value.node, 'constructor', 'constructor');
        if (constructor) this.callFunction({ kind: 'function', file: constructor.module.file, node: constructor.member }, args, [instance], site, frame, 'constructor');
        addValues(result, this.orm.construct(value, args, site, frame) ?? [instance]);
      } else if (value.kind === 'orm') {
        addValues(result, this.orm.constructHandle(value, args, site));
      }
    }
    if (!constructors.length) {
      const name = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
      if (name === 'URL' || name === 'URLSearchParams' || name === 'Request' || name === 'Blob' || name === 'Error' || name === 'Date' || name === 'Set' || name === 'Map') return propagate(args);
      if (name && API_GLOBALS.has(name)) return [{ kind: 'api', module: null, root: name, steps: [{ kind: 'construct', arguments: args }] }];
    }
    return result;
  }

  /** `super.send()` and `super.contactEmail`: the base class's member, on this same receiver. */
  private callSuperMember(node: ts.Node, name: string, args: Value[][] | undefined, frame: Frame, site: Site): Value[] {
    const classNode = findEnclosingClass(node);
    if (!classNode) return [];
    const result: Value[] = [];
    for (const base of this.baseClassValues(frame.module, classNode)) {
      if (base.kind !== 'instance') continue;
      const module = this.graph.module(base.file);
      if (!module) continue;
      const member = this.findMember(module, base.node, name, args ? 'method' : 'getter');
      if (member) addValues(result, this.callFunction({ kind: 'function', file: member.module.file, node: member.member }, args ?? [], frame.receiver, site, frame, name));
    }
    return result;
  }

  private callSuper(node: ts.CallExpression, frame: Frame, env: Env, site: Site): Value[] {
    const args = this.evaluateArguments(node.arguments, frame, env);
    const classNode = findEnclosingClass(node);
    if (!classNode) return [];
    for (const base of this.baseClassValues(frame.module, classNode)) {
      if (base.kind !== 'instance') continue;
      const module = this.graph.module(base.file);
      const constructor = module && this.findMember(module, base.node, 'constructor', 'constructor');
      if (constructor) this.callFunction({ kind: 'function', file: constructor.module.file, node: constructor.member }, args, frame.receiver, site, frame, 'super');
    }
    return [];
  }

  // ---------------------------------------------------------------------------------------------
  // Sinks and flows

  private reportSink(
    match: SinkMatch,
    value: ApiValue,
    args: Value[][],
    site: Site,
    frame: Frame,
    hops: Hop[] = [],
    purposeTags = frame.purposeTags,
    unresolvedHost?: string,
    guards: string[] = frame.guards,
  ): void {
    const definition = match.definition;
    if (definition.recipient === '$host' && unresolvedHost === undefined && !this.hostOf(value, args, definition, match) && this.urlIsParameter(value, args, definition, match)) {
      if (frame.summary.deferredSinks.length < MAX_SUMMARY_ENTRIES) frame.summary.deferredSinks.push({ match, api: value, args, site, hops, purposeTags, guards: [...guards] });
      return;
    }
    const recipient = unresolvedHost ?? this.manifestRecipientOfModule(value.module) ?? this.recipientOf(definition, value, args, match);
    // A relative URL (`fetch('/api/track')`) goes back to the application's own server.
    if (recipient === SAME_ORIGIN) return;
    const sink: FlowSink = { kind: definition.kind, recipient, call: site.code.split('(')[0].replace(/\s+/g, '').slice(0, 80), id: definition.id };
    const data: Value[] = [];
    // `console.table(rows, ['shortLink', 'createdAt'])` prints only those columns.
    const columns = value.module === null && value.root === 'console' && lastMemberName(value) === 'table' ? literalStrings(args[1]) : undefined;
    if (columns) args = [onlyColumns(args[0] ?? [], new Set(columns), 0)];
    const indexes = definition.dataArguments ?? args.map((_, index) => index);
    // A secret in the URL of a request (a webhook URL, `?token=`) addresses and authenticates it.
    const urlIndex = definition.recipient === '$host' && value.steps[match.firstCallIndex] === value.steps[value.steps.length - 1] ? definition.urlArgument ?? 0 : -1;
    for (const index of indexes) {
      const values = args[index] ?? [];
      addValues(
        data,
        index === urlIndex
          ? values.flatMap((candidate): Value[] =>
              candidate.kind === 'personal' && isCredentialCategory(candidate.category) ? [] : candidate.kind === 'parameter' ? [{ ...candidate, authenticates: 'credentials' }] : [candidate],
            )
          : values,
      );
    }
    // What a passthrough call bound (`logger.child({ email })`) goes out with every later call.
    const passthrough = new Set(definition.passthrough ?? []);
    value.steps.forEach((step, index) => {
      const next = value.steps[index + 1];
      if (step.kind === 'member' && passthrough.has(step.name) && next?.kind === 'call' && next !== value.steps[value.steps.length - 1]) {
        for (const bound of next.arguments ?? []) addValues(data, bound);
      }
    });
    this.reportSinkValues(sink, site, data, frame, hops, purposeTags, guards);
  }

  /** A manifest recipient whose `packages` name the module the call starts from: the manifest's name wins. */
  private manifestRecipientOfModule(module: string | null): string | undefined {
    if (!module) return undefined;
    for (const [key, recipient] of Object.entries(this.options.recipients)) {
      if (recipient.packages.some((pkg) => module === pkg || module.startsWith(`${pkg}/`))) return key;
    }
    return undefined;
  }

  /** Whether the URL of an HTTP call is a parameter of the function making it. */
  private urlIsParameter(value: ApiValue, args: Value[][], definition: SinkDefinition, match: SinkMatch): boolean {
    const first = value.steps[match.firstCallIndex];
    const firstArgs = first && (first.kind === 'call' || first.kind === 'construct') ? first.arguments : undefined;
    const candidates = [firstArgs?.[definition.urlArgument ?? 0] ?? [], args[0] ?? []];
    return candidates.some((values) => values.some((candidate) => candidate.kind === 'parameter'));
  }

  /** Calls into a package the manifest names as a recipient's (`packages: ['@acme/crm-sdk']`). */
  private reportCustomRecipient(value: ApiValue, args: Value[][], site: Site, frame: Frame): void {
    if (!value.module) return;
    for (const [key, recipient] of Object.entries(this.options.recipients)) {
      if (!recipient.packages.some((pkg) => value.module === pkg || value.module!.startsWith(`${pkg}/`))) continue;
      const sink: FlowSink = { kind: 'third-party', recipient: key, call: site.code.split('(')[0].replace(/\s+/g, '').slice(0, 80), id: `manifest.${key}` };
      this.reportSinkValues(sink, site, args.flat(), frame, [], frame.purposeTags);
    }
  }

  private recipientOf(definition: SinkDefinition, value: ApiValue, args: Value[][], match: SinkMatch): string {
    if (definition.recipient === '$provider') {
      for (const values of args) {
        for (const candidate of values) {
          if (candidate.kind !== 'object') continue;
          for (const model of candidate.properties.get('model') ?? []) {
            if (model.kind === 'api' && model.module) return recipientsForPackage(model.module)[0]?.key ?? model.module;
            if (model.kind === 'string') return 'vercel-ai-gateway';
          }
        }
      }
      return 'unknown-provider';
    }
    if (definition.recipient !== '$host') return definition.recipient;
    const host = this.hostOf(value, args, definition, match);
    if (!host) return definition.unknownHostRecipient ?? 'unknown-host';
    if (host === SAME_ORIGIN) return SAME_ORIGIN;
    for (const [key, recipient] of Object.entries(this.options.recipients)) {
      if (recipient.hosts.some((pattern) => hostMatches(pattern, host))) return key;
    }
    return recipientForHost(host)?.key ?? host;
  }

  private hostOf(value: ApiValue, args: Value[][], definition: SinkDefinition, match: SinkMatch): string | undefined {
    const urlIndex = definition.urlArgument ?? 0;
    const first = value.steps[match.firstCallIndex];
    const firstArgs = first && (first.kind === 'call' || first.kind === 'construct') ? first.arguments : undefined;
    const candidates: Value[][] = [];
    if (firstArgs?.[urlIndex]) candidates.push(firstArgs[urlIndex]);
    if (args[0] && first !== value.steps[value.steps.length - 1]) candidates.push(args[0]);
    for (const values of candidates) {
      for (const candidate of values) {
        const host = hostFromValue(candidate);
        if (host) return host;
      }
    }
    return undefined;
  }

  /** A value turned into text (`JSON.stringify(user)`): its personal leaves, records as every personal field. */
  private serialize(values: Value[], site: Site): Value[] {
    const result: Value[] = [];
    const seen = new Set<Value>();
    const visit = (value: Value, wholeRecord: boolean, depth: number, authentication?: 'all' | 'credentials'): void => {
      if (seen.has(value) || depth > 6) return;
      seen.add(value);
      switch (value.kind) {
        case 'personal': {
          // The text keeps no keys: what sat under an authenticating key says so itself.
          const marked = authentication ? { ...value, authenticates: authentication } : value;
          addValues(result, [wholeRecord ? { ...marked, wholeRecord: true } : marked]);
          break;
        }
        case 'parameter':
          addValues(result, [authentication ? { ...value, authenticates: authentication } : value]);
          break;
        case 'string':
          addValues(result, [value]);
          break;
        case 'record':
          this.markWholeRecordRead([value], site);
          for (const field of this.models.personalFieldsOf(value.model, value.prefix, value.projection)) {
            if (value.excluded?.has(field.field.split('.')[0])) continue;
            addValues(result, [{ kind: 'personal', field: field.id, category: field.category, confidence: Math.min(value.confidence, field.confidence), evidence: value.evidence, source: value.source, trace: extendTrace(value.trace, { file: site.file, line: site.line, note: 'serialized' }), wholeRecord: true }]);
          }
          break;
        case 'object':
          for (const [key, inner] of value.properties) inner.forEach((element) => visit(element, wholeRecord, depth + 1, authenticationPosition(key) ?? authentication));
          value.spreads.forEach((element) => visit(element, wholeRecord, depth + 1, authentication));
          break;
        case 'array':
          value.elements.forEach((element) => visit(element, wholeRecord, depth + 1, authentication));
          break;
        default:
          break;
      }
    };
    values.forEach((value) => visit(value, false, 0));
    return result;
  }

  /** Reports the personal data in `values` reaching a sink; parameters go to the summary. */
  reportSinkValues(sink: FlowSink, site: Site, values: Value[], frame: Frame, hops: Hop[], purposeTags: string[], guards: string[] = frame.guards): void {
    const pending: Value[] = [];
    const seen = new Set<Value>();
    const toRecipient = sink.kind === 'third-party' || sink.kind === 'http' || sink.kind === 'ai';
    // What authenticates the call to its recipient (an `Authorization` header, a client secret, an
    // API key) is not data shared with it: the recipient issued it or checks it. Logs still count.
    const visit = (value: Value, wholeRecord: boolean, depth: number, authentication?: 'all' | 'credentials'): void => {
      if (seen.has(value) || depth > 6) return;
      seen.add(value);
      switch (value.kind) {
        case 'personal': {
          const position = authentication ?? (toRecipient ? value.authenticates : undefined);
          if (position === 'all' || (position === 'credentials' && isCredentialCategory(value.category))) break;
          this.addFlow(sink, site, wholeRecord ? { ...value, wholeRecord: true } : value, hops, purposeTags, guards, frame.functionNode);
          break;
        }
        case 'record':
          this.markWholeRecordRead([value], site);
          for (const field of this.models.personalFieldsOf(value.model, value.prefix, value.projection)) {
            if (value.excluded?.has(field.field.split('.')[0])) continue;
            this.addFlow(
              sink,
              site,
              {
                ...(isIdentifierCategory(field.category) ? { isIdentifier: true } : {}),
                kind: 'personal',
                field: field.id,
                category: field.category,
                confidence: Math.min(value.confidence, field.confidence),
                evidence: value.evidence,
                source: value.source,
                trace: value.trace,
                wholeRecord: true,
              },
              hops,
              purposeTags,
              guards,
              frame.functionNode,
            );
          }
          break;
        case 'object':
          for (const [key, property] of value.properties) {
            const position = toRecipient ? authenticationPosition(key) ?? authentication : authentication;
            for (const inner of property) visit(inner, wholeRecord, depth + 1, position);
          }
          for (const inner of value.spreads) visit(inner, wholeRecord, depth + 1, authentication);
          break;
        case 'array':
          for (const inner of value.elements) visit(inner, wholeRecord, depth + 1, authentication);
          break;
        case 'parameter':
          // Whatever a caller passes into an authentication position authenticates.
          pending.push(authentication ? { ...value, authenticates: authentication } : value);
          break;
        case 'api':
          // An SDK command object (`new PutObjectCommand({ Body })`, lib-storage `new Upload({...})`)
          // carries what it was built with; a client (`new Stripe(secretKey)`) does not send its key.
          if (isCommandObject(value)) {
            const last = value.steps[value.steps.length - 1];
            if (last?.kind === 'construct') for (const inner of (last.arguments ?? []).flat()) visit(inner, wholeRecord, depth + 1);
          }
          break;
        default:
          break;
      }
    };
    for (const value of values) visit(value, false, 0);
    if (pending.length) addPendingSink(frame.summary.pendingSinks, { sink, site, values: pending, hops, purposeTags, guards: [...guards] });
  }

  private addFlow(sink: FlowSink, site: Site, value: PersonalValue, hops: Hop[], purposeTags: string[], guards: string[], origin?: ts.Node): void {
    const pseudonymous = value.isIdentifier || value.sanitizer !== undefined;
    const key = `${site.file}|${site.line}|${site.column}|${value.field ?? ''}|${value.category}|${sink.recipient}|${pseudonymous ? 1 : 0}`;
    const existing = this.flows.get(key);
    // A sink reached on several paths is checked only where every path checks.
    const allGuards = value.guards?.length ? [...guards, ...value.guards] : guards;
    const pathGuards = existing ? existing.guards.filter((guard) => allGuards.includes(guard)) : [...new Set(allGuards)].sort();
    if (existing) existing.guards = pathGuards;
    // The purposes of a flow are those of all the code it passes through, on every path found.
    const path = mergePaths(existing?.path ?? [], [...value.trace, ...hops].map((hop) => hop.file), site.file, purposeTags);
    if (existing) existing.path = path;
    if (existing && existing.confidence >= value.confidence) return;
    const sinkHop: Hop = { file: site.file, line: site.line, note: `${sinkVerb(sink)} ${sink.recipient}` };
    const before = [...value.trace, ...hops];
    const last = before[before.length - 1];
    const trace =
      last && last.file === sinkHop.file && last.line === sinkHop.line
        ? [...before.slice(0, -1), { ...last, note: `${last.note}, ${sinkHop.note}` }]
        : extendTrace(before, sinkHop);
    const flow: Flow = {
      field: value.field,
      category: value.category,
      source: { file: value.source.file, line: value.source.line, code: value.source.code },
      file: site.file,
      line: site.line,
      column: site.column,
      sink,
      purposes: [],
      trace,
      ...(pseudonymous ? { pseudonymous: true as const } : {}),
      ...(value.sanitizer ? { sanitizer: value.sanitizer } : {}),
      ...(value.wholeRecord ? { wholeRecord: true as const } : {}),
      confidence: Math.round(value.confidence * 100) / 100,
      evidence: value.evidence,
      guards: pathGuards,
      path,
    };
    this.flows.set(key, flow);
    this.flowOrigins.set(flow, origin);
  }

  /**
   * A sink in a helper is guarded when every call of the helper is (transitively):
   * `if (user.marketingConsent) await syncCustomer(user.id)` guards what syncCustomer sends.
   */
  private applyCallerGuards(): void {
    const memo = new Map<ts.Node, string[]>();
    const effective = (node: ts.Node | undefined, depth: number): string[] => {
      if (!node || depth > 12) return [];
      const cached = memo.get(node);
      if (cached) return cached;
      memo.set(node, []);
      const sites = this.callSites.get(node) ?? [];
      let result: string[] | undefined;
      for (const site of sites) {
        const guards = new Set([...site.guards, ...effective(site.caller, depth + 1)]);
        result = result === undefined ? [...guards] : result.filter((guard) => guards.has(guard));
      }
      memo.set(node, result ?? []);
      return result ?? [];
    };
    for (const [flow, origin] of this.flowOrigins) {
      const inherited = effective(origin, 0);
      if (inherited.length) flow.guards = [...new Set([...flow.guards, ...inherited])].sort();
    }
  }

  // ---------------------------------------------------------------------------------------------

  siteOf(file: string, node: ts.Node): Site {
    const sourceFile = node.getSourceFile();
    const start = node.getStart(sourceFile);
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(start);
    // Only the first line of the node, at most 120 characters: no copy of a whole call's text.
    const text = sourceFile.text;
    let end = Math.min(node.end, start + 121);
    const newline = text.indexOf('\n', start);
    if (newline >= 0 && newline < end) end = newline;
    const firstLine = text.slice(start, end).trimEnd();
    return { file, line: line + 1, column: character + 1, code: firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine };
  }

  private limit(file: string, node: ts.Node, kind: AnalysisLimit['kind'], note: string): void {
    const { line } = positionOf(node.getSourceFile(), node);
    if (this.limits.length < 500 && !this.limits.some((limit) => limit.file === file && limit.line === line && limit.kind === kind)) {
      this.limits.push({ file, line, kind, note });
    }
  }
}

/** Replaces parameters of a summary with a call site's arguments (and `this` with the receiver). */
class Substitution {
  private readonly memo = new Map<Value, Value[]>();
  /** The arguments with the call's hop added to their traces, made as each is first used. */
  private readonly hoppedArgs: Array<Value[] | undefined> = [];

  private hoppedArgument(index: number): Value[] {
    return (this.hoppedArgs[index] ??= withHop(this.rawArgs[index] ?? [], this.hop));
  }

  /** An argument as passed (for recording uses, where traces do not matter). */
  rawArgument(index: number): Value[] {
    return this.rawArgs[index] ?? [];
  }
  constructor(
    /** The function called: only its parameters are replaced. */
    readonly owner: ts.Node,
    private readonly rawArgs: Value[][],
    private readonly hop: Hop,
    readonly receiver: Value[],
    /** Reads a property of a substituted value (no uses recorded: the callee recorded them). */
    private readonly read: (values: Value[], property: string) => Value[],
  ) {}

  /** Objects and arrays copied so far: past the budget, structure is flattened to its data. */
  private copies = 0;

  apply(values: readonly Value[]): Value[] {
    const result: Value[] = [];
    for (const value of values) addValues(result, this.applyOne(value, 0));
    return result;
  }

  private applyOne(value: Value, depth: number): Value[] {
    if (depth > 8) return [];
    // Deep or many nested objects are kept as their data only (what flows), not their shape.
    if ((value.kind === 'object' || value.kind === 'array') && (depth > 4 || this.copies > MAX_SUBSTITUTION_COPIES)) {
      return leavesOf(value).flatMap((leaf) => this.applyOne(leaf, depth + 1));
    }
    if (value.kind === 'object' || value.kind === 'array') this.copies++;
    const memoized = this.memo.get(value);
    if (memoized) return memoized;
    switch (value.kind) {
      case 'parameter': {
        if (value.owner !== this.owner) return [value];
        const declared = (this.owner as ts.SignatureDeclaration).parameters?.[value.index];
        const base = value.index === -1 ? this.receiver : declared?.dotDotDotToken ? restArgument(this.rawArgs.map((_, index) => this.hoppedArgument(index)), value.index) : this.hoppedArgument(value.index);
        let current = base;
        for (const part of value.path) {
          if (part === '[]') {
            current = current.flatMap((candidate) => (candidate.kind === 'array' ? candidate.elements : candidate.kind === 'parameter' ? [{ ...candidate, path: [...candidate.path, '[]'] }] : []));
            continue;
          }
          current = this.read(current, part);
        }
        if (value.sanitizer) current = sanitize(current, value.sanitizer, { file: '', line: 0, column: 0, code: '' });
        if (value.authenticates) {
          const position = value.authenticates;
          current = current.map((inner) => (inner.kind === 'personal' || inner.kind === 'parameter' ? { ...inner, authenticates: position } : inner));
        }
        this.memo.set(value, current);
        return current;
      }
      case 'object': {
        const copy: ObjectValue = { kind: 'object', properties: new Map(), spreads: [] };
        this.memo.set(value, [copy]);
        for (const [key, inner] of value.properties) copy.properties.set(key, inner.flatMap((element) => this.applyOne(element, depth + 1)));
        copy.spreads = value.spreads.flatMap((element) => this.applyOne(element, depth + 1));
        return [copy];
      }
      case 'array': {
        const copy = { kind: 'array' as const, elements: [] as Value[] };
        this.memo.set(value, [copy]);
        copy.elements = value.elements.flatMap((element) => this.applyOne(element, depth + 1));
        return [copy];
      }
      case 'function': {
        // A closure returned or passed on keeps the caller's arguments it captured. A function
        // without parameters (`useRouterStuff()`) gives it none: the closure stays the same one,
        // and so does its summary for every caller.
        if (!value.closure || !(this.owner as ts.SignatureDeclaration).parameters?.length) return [value];
        const closure = new Env(undefined, undefined, value.closure as Env, (values) => this.apply(values));
        const copy: FunctionValue = { ...value, closure };
        this.memo.set(value, [copy]);
        return [copy];
      }
      default:
        return [value];
    }
  }
}

/** The files a flow passes through, with the `@purpose` tags of the sink's function, merged over paths. */
function mergePaths(existing: ReadonlyArray<{ file: string; purposeTags: string[] }>, files: readonly string[], sinkFile: string, purposeTags: string[]): Array<{ file: string; purposeTags: string[] }> {
  const merged = new Map(existing.map((step) => [step.file, [...step.purposeTags]]));
  for (const file of [...files, sinkFile]) {
    const tags = merged.get(file) ?? [];
    if (file === sinkFile) for (const tag of purposeTags) if (!tags.includes(tag)) tags.push(tag);
    merged.set(file, tags);
  }
  return [...merged].map(([file, tags]) => ({ file, purposeTags: tags }));
}

/** A value read from the page (`document.querySelector(...).value`): what a form holds, named by its variable. */
function isDomRead(value: ApiValue): boolean {
  return value.module === null && (value.root === 'document' || value.root === 'window' || value.root === 'self');
}

/**
 * Whether a property of a request or SDK call authenticates it: everything under `Authorization`
 * or `auth` (Basic auth carries the user name too), and credentials under a key that names a
 * secret (`apiKey`, `clientSecret`, `X-Api-Key`, `token`).
 */
function authenticationPosition(key: string): 'all' | 'credentials' | undefined {
  let position = authenticationPositions.get(key);
  if (position === undefined) {
    position = authenticationPositionOf(key) ?? null;
    authenticationPositions.set(key, position);
  }
  return position ?? undefined;
}

const authenticationPositions = new Map<string, 'all' | 'credentials' | null>();

function authenticationPositionOf(key: string): 'all' | 'credentials' | undefined {
  const normalized = key.toLowerCase().replace(/[-_]/g, '');
  if (normalized === 'authorization' || normalized === 'auth' || normalized === 'proxyauthorization') return 'all';
  // `apiKey`, `client_secret`, `X-Gotify-Key`, `X-Shopify-Access-Token`, `password`.
  const words = splitWords(key);
  if (['key', 'token', 'secret', 'password', 'passwd', 'pass', 'credential', 'credentials'].includes(words[words.length - 1] ?? '')) return 'credentials';
  return undefined;
}

/**
 * A value known only by its name (or a parameter's property, known by its name until a caller
 * says more), stored under a key that names it again as something else: `{ configName:
 * member.name }` holds a config's name, not a person's. The key must be the value's own name
 * with a qualifier before it and say nothing personal itself (`{ authorName: member.name }` stays).
 */
function renamedByKey(key: string, values: Value[]): Value[] {
  const nameOnly = (value: Value): string | undefined =>
    value.kind === 'personal' && value.field === null ? value.source.code.split('.').pop() : value.kind === 'parameter' ? value.path[value.path.length - 1] : undefined;
  if (!values.some((value) => nameOnly(value) !== undefined)) return values;
  const keyWords = splitWords(key);
  if (keyWords.length < 2 || classifyName(key)) return values;
  // The value's own words must end the key, after a qualifier of the key's own (`request_body:
  // requestBody` is the same name in another case).
  // Ids stay (`partnerId: partner.id` names the owner, not another thing), as does a key whose
  // qualifier is the owner (`memberName: member.name`).
  return values.filter((value) => {
    const name = nameOnly(value);
    if (name === undefined) return true;
    const own = splitWords(name);
    if (own.length === 0 || own.length >= keyWords.length || own.some((word, index) => word !== keyWords[keyWords.length - own.length + index])) return true;
    if (['id', 'ids', 'uuid'].includes(own[own.length - 1])) return true;
    const path = value.kind === 'personal' ? value.source.code.split('.') : value.kind === 'parameter' ? value.path : [];
    const owner = path.length > 1 ? splitWords(path[path.length - 2]) : [];
    return keyWords.slice(0, keyWords.length - own.length).some((word) => owner.includes(word) || owner.includes(singularOf(word)));
  });
}

/** `const name = (...) => ...` or `= function () {}` declared at a module's top level. */
function isTopLevelFunction(node: ts.Node): boolean {
  let parent = node.parent;
  while (parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) parent = parent.parent;
    // A component wrapped for React (`const Button = forwardRef((props, ref) => ...)`, `memo(...)`):
    // React calls it with its props only, like a component declared on its own.
    else if (ts.isCallExpression(parent) && COMPONENT_WRAPPERS.has(calleeText(parent.expression)?.split('.').pop() ?? '')) parent = parent.parent;
    else break;
  }
  if (!parent) return false;
  if (ts.isExportAssignment(parent)) return ts.isSourceFile(parent.parent);
  return ts.isVariableDeclaration(parent) && parent.initializer !== undefined && ts.isVariableStatement(parent.parent.parent) && ts.isSourceFile(parent.parent.parent.parent);
}

/** React's component wrappers: the function they wrap is the component. */
const COMPONENT_WRAPPERS = new Set(['forwardRef', 'memo', 'observer']);

/**
 * `if (options.includeDetails)` or `if (includeDetails)` (a destructured parameter) inside a
 * function: the parameter option the branch depends on. Only a bare truthiness test counts.
 */
function optionCondition(expression: ts.Expression, functionNode: ts.Node | undefined): OptionCondition | undefined {
  if (!functionNode || !ts.isFunctionLike(functionNode)) return undefined;
  const path: string[] = [];
  let current = unwrap(expression);
  while (ts.isPropertyAccessExpression(current)) {
    path.unshift(current.name.text);
    current = unwrap(current.expression);
  }
  if (!ts.isIdentifier(current) || path.length > 2) return undefined;
  const name = current.text;
  const parameters = (functionNode as ts.SignatureDeclaration).parameters;
  for (let index = 0; index < parameters.length; index++) {
    const parameter = parameters[index].name;
    if (ts.isIdentifier(parameter) && parameter.text === name && path.length) return { owner: functionNode, index, path };
    if (ts.isObjectBindingPattern(parameter) && !path.length) {
      for (const element of parameter.elements) {
        if (element.dotDotDotToken || !ts.isIdentifier(element.name) || element.name.text !== name) continue;
        const key = element.propertyName ? propertyNameText(element.propertyName) : name;
        if (key !== undefined) return { owner: functionNode, index, path: [key] };
      }
    }
  }
  return undefined;
}

/**
 * Marks personal values (also inside objects and arrays) as produced only when this option is
 * set. Of nested `if`s only the innermost counts: a value stays whenever that option is passed.
 */
function withOption(values: Value[], option: OptionCondition, depth = 0): Value[] {
  if (depth > 3) return values;
  return values.map((value): Value => {
    if ((value.kind === 'personal' || value.kind === 'parameter') && !value.when) return { ...value, when: [option] };
    if (value.kind === 'object') {
      return { kind: 'object', properties: new Map([...value.properties].map(([key, inner]) => [key, withOption(inner, option, depth + 1)])), spreads: withOption(value.spreads, option, depth + 1) };
    }
    if (value.kind === 'array') return { ...value, elements: withOption(value.elements, option, depth + 1) };
    return value;
  });
}

/**
 * What a call returns, without the values produced under an option this call does not pass:
 * `presentUser(user)` leaves out what `if (options.includeDetails)` added. An option passed in
 * any way the analysis cannot read (a variable, a spread) keeps them.
 */
function withoutUnpassedOptions(values: readonly Value[], owner: ts.Node, args: Value[][]): readonly Value[] {
  const unpassed = (condition: OptionCondition): boolean => {
    if (condition.owner !== owner) return false;
    if (condition.index >= args.length) return true;
    const given = args[condition.index];
    return given.length > 0 && given.every((value) => value.kind === 'object' && !value.spreads.length && !value.properties.has(condition.path[0]));
  };
  const visit = (list: readonly Value[], depth: number): Value[] => {
    const result: Value[] = [];
    for (const value of list) {
      if ((value.kind === 'personal' || value.kind === 'parameter') && value.when?.every(unpassed)) continue;
      if (value.kind === 'object' && depth < 4) {
        result.push({ kind: 'object', properties: new Map([...value.properties].map(([key, inner]) => [key, visit(inner, depth + 1)])), spreads: visit(value.spreads, depth + 1) });
      } else if (value.kind === 'array' && depth < 4) {
        result.push({ ...value, elements: visit(value.elements, depth + 1) });
      } else {
        result.push(value);
      }
    }
    return result;
  };
  const marked = (list: readonly Value[], depth: number): boolean => {
    for (const value of list) {
      if ((value.kind === 'personal' || value.kind === 'parameter') && value.when !== undefined) return true;
      if (depth >= 4) continue;
      if (value.kind === 'object') {
        for (const inner of value.properties.values()) if (marked(inner, depth + 1)) return true;
        if (marked(value.spreads, depth + 1)) return true;
      } else if (value.kind === 'array' && marked(value.elements, depth + 1)) {
        return true;
      }
    }
    return false;
  };
  return marked(values, 0) ? visit(values, 0) : values;
}

/** The name of the last member of an SDK chain (`console.table` -> `table`). */
function lastMemberName(value: ApiValue): string | undefined {
  for (let index = value.steps.length - 1; index >= 0; index--) {
    const step = value.steps[index];
    if (step.kind === 'member') return step.name;
  }
  return undefined;
}

/** `['a', 'b']` written out: its strings; undefined for anything else. */
function literalStrings(values: readonly Value[] | undefined): string[] | undefined {
  if (!values || values.length !== 1 || values[0].kind !== 'array') return undefined;
  const elements = values[0].elements;
  return elements.length && elements.every((element) => element.kind === 'string') ? elements.map((element) => (element as StringValue).text) : undefined;
}

/** Rows (objects, records, arrays of them) reduced to the given columns. */
function onlyColumns(values: readonly Value[], columns: ReadonlySet<string>, depth: number): Value[] {
  return values.map((value): Value => {
    if (value.kind === 'array' && depth < 2) return { kind: 'array', elements: onlyColumns(value.elements, columns, depth + 1) };
    if (value.kind === 'object') {
      return { kind: 'object', properties: new Map([...value.properties].filter(([key]) => columns.has(key))), spreads: onlyColumns(value.spreads, columns, depth + 1) };
    }
    if (value.kind === 'record' && !value.prefix) {
      const kept = [...columns].filter((column) => !value.projection || value.projection.has(column));
      return { ...value, projection: new Set(kept) };
    }
    return value;
  });
}

/** A type of plain values (`'postgres' | 'mysql'`, `string | null`): whatever its name, no record. */
function isPlainValueType(type: ts.TypeNode): boolean {
  if (ts.isParenthesizedTypeNode(type)) return isPlainValueType(type.type);
  if (ts.isUnionTypeNode(type)) return type.types.every(isPlainValueType);
  if (ts.isLiteralTypeNode(type)) return true;
  return (
    type.kind === ts.SyntaxKind.StringKeyword ||
    type.kind === ts.SyntaxKind.NumberKeyword ||
    type.kind === ts.SyntaxKind.BooleanKeyword ||
    type.kind === ts.SyntaxKind.BigIntKeyword ||
    type.kind === ts.SyntaxKind.NullKeyword ||
    type.kind === ts.SyntaxKind.UndefinedKeyword
  );
}

/** A secret that logs in (biometric templates stay special-category data wherever they go). */
function isCredentialCategory(category: string): boolean {
  return category === 'user.authorization' || category === 'user.authorization.credentials' || category === 'user.authorization.password';
}

/**
 * What produced a value, as owner words: the callee of a call (`await this.config.getPublicIp()`
 * -> `config.getPublicIp`) or the path of a property read (`settings?.serverIp || ''` ->
 * `settings.serverIp`).
 */
function producerName(node: ts.Expression): string | undefined {
  let inner = unwrap(node);
  if (ts.isAwaitExpression(inner)) inner = unwrap(inner.expression);
  if (ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.BarBarToken || inner.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) inner = unwrap(inner.left);
  const target = ts.isCallExpression(inner) ? inner.expression : ts.isPropertyAccessExpression(inner) ? inner : undefined;
  const text = target && calleeText(target);
  return text?.replace(/^this\./, '').replace(/[^A-Za-z0-9_.]/g, '') || undefined;
}

/** Values that stand for an API, a query handle, a function or an object, not for data. */
function isHandleValue(value: Value): boolean {
  return (value.kind === 'api' && !isDomRead(value)) || value.kind === 'orm' || value.kind === 'function' || value.kind === 'instance';
}

/** What a rest parameter (`...args`) at this index receives: the remaining arguments, in order. */
function restArgument(args: readonly Value[][], index: number): Value[] {
  const items = args.slice(index).map((values) => [...values]);
  const elements: Value[] = [];
  for (const values of items) addValues(elements, values);
  return [{ kind: 'array', elements, ...(items.length <= 16 ? { items } : {}) }];
}

function isLiteralInitializer(node: ts.Expression): boolean {
  const inner = unwrap(node);
  return (
    ts.isLiteralExpression(inner) ||
    inner.kind === ts.SyntaxKind.NullKeyword ||
    inner.kind === ts.SyntaxKind.TrueKeyword ||
    inner.kind === ts.SyntaxKind.FalseKeyword ||
    (ts.isIdentifier(inner) && inner.text === 'undefined')
  );
}

/** `x.split('@')`: an e-mail address cut into its local part and its domain. */
function isSplitOnAt(node: ts.Expression): boolean {
  const call = unwrap(node);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'split') return false;
  const separator = call.arguments[0];
  return separator !== undefined && ts.isStringLiteralLike(separator) && separator.text === '@';
}

function withoutEmails(values: Value[]): Value[] {
  return values.filter((value) => value.kind !== 'personal' || value.category !== 'user.contact.email');
}

/** `new SendEmailCommand({...})`: an AWS SDK v3 command (or lib-storage Upload) handed to `client.send()`. */
function isCommandObject(value: ApiValue): boolean {
  const last = value.steps[value.steps.length - 1];
  if (last?.kind !== 'construct') return false;
  const member = value.steps.length > 1 ? value.steps[value.steps.length - 2] : undefined;
  const name = member?.kind === 'member' ? member.name : value.root;
  return /Command$/.test(name) || name === 'Upload';
}

/** Marks personal values (also inside objects and arrays) as produced under these condition names. */
function guardValues(values: Value[], names: string[], depth = 0): Value[] {
  if (!names.length || depth > 3) return values;
  return values.map((value): Value => {
    if (value.kind === 'personal') return { ...value, guards: [...(value.guards ?? []), ...names] };
    if (value.kind === 'object') {
      return { kind: 'object', properties: new Map([...value.properties].map(([key, inner]) => [key, guardValues(inner, names, depth + 1)])), spreads: guardValues(value.spreads, names, depth + 1) };
    }
    if (value.kind === 'array') return { ...value, elements: guardValues(value.elements, names, depth + 1) };
    return value;
  });
}

/**
 * Whether a top-level initializer does something when the module loads that the analysis must
 * see (`await fetch(...)`, `logger.info(...)`): a call or `new` outside a function, not a
 * function, and not a schema builder chain (`z.object(...)`), which is evaluated when used.
 */
function runsAtLoad(initializer: ts.Expression): boolean {
  const node = unwrap(initializer);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) return false;
  if (ts.isCallExpression(node)) {
    const root = rootIdentifier(node.expression)?.text;
    if (root === 'z' || root === 'zod' || root === 'yup' || root === 'v' || root === 'pgTable' || root === 'mysqlTable' || root === 'sqliteTable' || root === 'cva' || root === 'styled') return false;
  }
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found || ts.isFunctionLike(child)) return;
    if (ts.isCallExpression(child) || ts.isNewExpression(child) || ts.isAwaitExpression(child)) {
      found = true;
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** Names a condition tests: identifiers, property names, and the functions it calls. */
function guardNames(expression: ts.Expression): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.push(node.text);
    else if (ts.isPropertyAccessExpression(node)) names.push(node.name.text);
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) names.push(node.argumentExpression.text);
    else if (ts.isStringLiteralLike(node) && node.text.length <= 64) names.push(node.text);
    if (ts.isFunctionLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return [...new Set(names)];
}

/**
 * `x === "a"`, `x == null`, `x !== ""`, `"a" === x`: the path compared, the literal (undefined
 * for null, undefined and the empty string) and whether the test is for equality.
 */
function literalComparison(node: ts.BinaryExpression): { path: string; literal?: string; equal: boolean } | undefined {
  const operator = node.operatorToken.kind;
  const equal = operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken;
  const notEqual = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
  if (!equal && !notEqual) return undefined;
  const literalSide = (expression: ts.Expression): { literal?: string } | undefined => {
    const inner = unwrap(expression);
    if (isEmptyLiteral(inner)) return {};
    return ts.isStringLiteralLike(inner) ? { literal: inner.text } : undefined;
  };
  const right = literalSide(node.right);
  const left = right ? undefined : literalSide(node.left);
  const subject = right ? node.left : left ? node.right : undefined;
  const path = subject && dottedName(subject);
  if (path === undefined) return undefined;
  return { path, literal: (right ?? left)!.literal, equal };
}

/** The string literals of `["a", "b"]`, `new Set(["a"])`, or a constant bound to one in scope. */
function literalList(expression: ts.Expression, module: ModuleInfo): string[] | undefined {
  let node = unwrap(expression);
  if (ts.isIdentifier(node)) {
    const initializer = constInitializer(node.text, node, module);
    if (!initializer) return undefined;
    node = unwrap(initializer);
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Set' && node.arguments?.length === 1) node = unwrap(node.arguments[0]!);
  if (!ts.isArrayLiteralExpression(node) || !node.elements.length) return undefined;
  const texts: string[] = [];
  for (const element of node.elements) {
    const inner = unwrap(element as ts.Expression);
    if (!ts.isStringLiteralLike(inner)) return undefined;
    texts.push(inner.text);
  }
  return texts;
}

/** The initializer of a `const name = ...` in a block enclosing `from`, or of the module. */
function constInitializer(name: string, from: ts.Node, module: ModuleInfo): ts.Expression | undefined {
  for (let scope: ts.Node | undefined = from.parent; scope && !ts.isSourceFile(scope); scope = scope.parent) {
    if (!ts.isBlock(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration.initializer;
      }
    }
  }
  const declaration = module.declarations.get(name);
  return declaration && ts.isVariableDeclaration(declaration) && isConstDeclaration(declaration) ? declaration.initializer : undefined;
}

const literalPredicates = new WeakMap<ts.Node, { index: number; literals: string[] } | null>();

/**
 * A function that returns a test of one parameter against literals (`return RESERVED.includes(key)`,
 * `(key) => key === "a" || key === "b"`): where a call of it is true, that argument is one of them.
 */
function literalPredicate(fn: ts.FunctionLikeDeclaration, module: ModuleInfo): { index: number; literals: string[] } | undefined {
  let known = literalPredicates.get(fn);
  if (known === undefined) {
    known = null;
    const body = fn.body;
    const last = body && ts.isBlock(body) ? body.statements[body.statements.length - 1] : undefined;
    const returned = body && !ts.isBlock(body) ? body : last && ts.isReturnStatement(last) ? last.expression : undefined;
    const tested = returned ? testedLiterals(returned, module) : undefined;
    const index = tested ? fn.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === tested.name) : -1;
    if (tested && index >= 0) known = { index, literals: tested.literals };
    literalPredicates.set(fn, known);
  }
  return known ?? undefined;
}

/** `LIST.includes(name)`, `name === "a" || name === "b"`: the name tested and its literals. */
function testedLiterals(expression: ts.Expression, module: ModuleInfo): { name: string; literals: string[] } | undefined {
  const node = unwrap(expression);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && (node.expression.name.text === 'includes' || node.expression.name.text === 'has') && node.arguments.length === 1) {
    const subject = unwrap(node.arguments[0]!);
    const literals = literalList(node.expression.expression, module);
    return literals && ts.isIdentifier(subject) ? { name: subject.text, literals } : undefined;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    const left = testedLiterals(node.left, module);
    const right = testedLiterals(node.right, module);
    return left && right && left.name === right.name ? { name: left.name, literals: [...left.literals, ...right.literals] } : undefined;
  }
  if (ts.isBinaryExpression(node)) {
    const comparison = literalComparison(node);
    return comparison?.equal && comparison.literal !== undefined && !comparison.path.includes('.') ? { name: comparison.path, literals: [comparison.literal] } : undefined;
  }
  return undefined;
}

/** `null`, `undefined`, `""`. */
function isEmptyLiteral(expression: ts.Expression): boolean {
  const node = unwrap(expression);
  return node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === 'undefined') || (ts.isStringLiteralLike(node) && node.text === '');
}

/** Whether a statement always leaves the enclosing block (return, throw, break, continue). */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || ts.isBreakStatement(statement) || ts.isContinueStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1]);
  return false;
}

/**
 * Identifiers that stand for a person without naming them (`distinctId`, `anonymousId`, a
 * cookie id): pseudonymous, like record ids (DESIGN.md "Identifiers").
 */
function isIdentifierCategory(category: string): boolean {
  return category === 'user.device.cookie_id' || category === 'user.device.device_id' || category === 'user.unique_id' || category.startsWith('user.unique_id.');
}

/** `userId`, `customer_id`, `memberIds`: a person's record id, pseudonymous. */
function isPersonIdentifierName(name: string): boolean {
  let known = personIdentifierNames.get(name);
  if (known === undefined) personIdentifierNames.set(name, (known = isPersonIdentifierNameUncached(name)));
  return known;
}

const personIdentifierNames = new Map<string, boolean>();

function isPersonIdentifierNameUncached(name: string): boolean {
  const words = splitWords(name);
  const last = words[words.length - 1];
  if (words.length < 2 || !['id', 'ids', 'uuid'].includes(last)) return false;
  return words.slice(0, -1).some((word) => PERSON_MODEL_NOUNS.has(word) || PERSON_MODEL_NOUNS.has(singularOf(word)));
}

function sanitize(values: Value[], sanitizer: string, site: Site): Value[] {
  const result: Value[] = [];
  const visit = (value: Value, depth: number): void => {
    if (depth > 4) return;
    if (value.kind === 'personal') {
      const trace = site.file ? extendTrace(value.trace, { file: site.file, line: site.line, note: `pseudonymized by ${sanitizer}` }) : value.trace;
      addValues(result, [{ ...value, sanitizer, trace }]);
    }
    else if (value.kind === 'parameter') addValues(result, [{ ...value, sanitizer }]);
    else if (value.kind === 'object') {
      for (const inner of value.properties.values()) inner.forEach((element) => visit(element, depth + 1));
      value.spreads.forEach((element) => visit(element, depth + 1));
    } else if (value.kind === 'array') value.elements.forEach((element) => visit(element, depth + 1));
  };
  values.forEach((value) => visit(value, 0));
  return result;
}

function propagate(args: Value[][]): Value[] {
  return union(...args.map((values) => values.filter((value) => value.kind !== 'function' && value.kind !== 'api' && value.kind !== 'instance')));
}

function stringKey(expression: ts.Expression): string | undefined {
  const node = unwrap(expression);
  return ts.isStringLiteralLike(node) ? node.text : undefined;
}

function calleeText(node: ts.Expression): string | undefined {
  const expression = unwrap(node);
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) {
    const left = calleeText(expression.expression);
    return left === undefined ? expression.name.text : `${left}.${expression.name.text}`;
  }
  if (expression.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isCallExpression(expression)) {
    const inner = calleeText(expression.expression);
    return inner === undefined ? undefined : `${inner}()`;
  }
  return undefined;
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) return node.parent.name.text;
  return 'an anonymous function';
}

function findEnclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) if (ts.isClassLike(current)) return current;
  return undefined;
}

function sinkVerb(sink: FlowSink): string {
  switch (sink.kind) {
    case 'log':
      return 'logged to';
    case 'client-storage':
      return 'stored in';
    case 'file':
      return 'written to';
    default:
      return 'sent to';
  }
}

/** The host a URL value names: a literal URL, or the literal head of a template. */
function hostFromValue(value: Value): string | undefined {
  if (value.kind === 'string') return hostOfUrl(value.text);
  if (value.kind === 'object') {
    for (const key of ['baseURL', 'baseUrl', 'prefixUrl', 'url', 'host', 'hostname', 'origin']) {
      for (const inner of value.properties.get(key) ?? []) {
        const host = inner.kind === 'string' ? (key === 'host' || key === 'hostname' ? inner.text.split(':')[0] : hostOfUrl(inner.text)) : undefined;
        if (host) return host;
      }
    }
  }
  return undefined;
}

/** The host of a relative URL: the application's own origin, not a recipient. */
const SAME_ORIGIN = '(same origin)';

/** A URL built on the application's own API base: as relative as `/path`. */
const OWN_API_PATH: StringValue = { kind: 'string', text: '/', isPrefix: true };

/**
 * Whether an expression names the application's own API base and nothing else: `API_URL`,
 * `getApiHost()`, `env.BACKEND_URL`, `config.apiBaseUrl`, `SERVER_URL`. A name with any other
 * word (`SLACK_API_URL`, `stripeApiBase`) may be another party's and is not.
 */
function namesOwnApi(expression: ts.Expression): boolean {
  let inner = unwrap(expression);
  if (ts.isCallExpression(inner) && inner.arguments.length === 0) inner = unwrap(inner.expression);
  const name = ts.isIdentifier(inner) ? inner.text : ts.isPropertyAccessExpression(inner) ? inner.name.text : undefined;
  if (!name) return false;
  const words = splitWords(name);
  if (words[0] === 'get') words.shift();
  if (words.length < 2 || words.length > 3) return false;
  const head = words[0];
  const tail = words.slice(1).join(' ');
  return ['api', 'backend', 'server'].includes(head) && ['url', 'host', 'base', 'base url', 'origin', 'root', 'endpoint', 'uri', 'root url', 'host url'].includes(tail);
}

export function hostOfUrl(text: string): string | undefined {
  if (/^\/(?!\/)/.test(text.trim())) return SAME_ORIGIN;
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:@\s]+(?::[^/?#@\s]*)?@)?([^/?#:\s]+)/i.exec(text.trim());
  if (!match) return undefined;
  const host = match[2].toLowerCase();
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : host === 'localhost' ? host : undefined;
}

function hostMatches(pattern: string, host: string): boolean {
  const normalizedPattern = pattern.toLowerCase();
  if (normalizedPattern.startsWith('*.')) return host.endsWith(normalizedPattern.slice(1));
  return host === normalizedPattern;
}
