/**
 * datamin's public API: the CLI is a thin layer over these functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadManifest, type LoadedManifest } from './config/load.js';
import { analysisErrorFindings } from './engine/analysis-errors.js';
import { runEngine, type EngineOptions } from './engine/index.js';
import { buildFlows, type FlowFacts } from './flow/index.js';
import type { Flow } from './flow/types.js';
import { buildInventory, type Inventory } from './inventory/index.js';
import { isCandidate, PathError } from './project/discover.js';
import { ProjectSources } from './project/sources.js';
import type { Finding, FlowEntry, InventoryEntry, Report } from './report/types.js';
import { VERSION } from './version.js';
import type { PersonalField } from './types.js';

export type * from './types.js';
export type * from './report/types.js';
export { VERSION } from './version.js';
export { PathError } from './project/discover.js';

export interface RunOptions {
  /** Where relative paths and the manifest search start. Default: process.cwd(). */
  cwd?: string;
  /** Files or directories to analyse. Default: the project root. */
  paths?: string[];
  /** An explicit manifest file (`--config`). */
  configFile?: string;
}

export interface ProjectContext {
  root: string;
  manifest: LoadedManifest | null;
  sources: ProjectSources;
}

/**
 * Finds the project root and the manifest, and discovers the files. The root is the directory of
 * the manifest found by searching, else the one directory given, else the working directory:
 * globs and report paths are relative to it.
 */
export async function openProject(options: RunOptions = {}): Promise<ProjectContext> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = (options.paths?.length ? options.paths : ['.']).map((given) => path.resolve(cwd, given));
  for (const [index, absolute] of paths.entries()) {
    const given = options.paths?.[index] ?? absolute;
    if (!fs.existsSync(absolute)) throw new PathError(given, 'no such file or directory');
    if (!fs.statSync(absolute).isDirectory() && !isCandidate(absolute)) {
      throw new PathError(given, 'not a TypeScript, JavaScript or Prisma file');
    }
  }
  const searchFrom =
    paths.length === 1 && fs.statSync(paths[0]).isDirectory() ? paths[0] : cwd;
  const manifest = await loadManifest({
    root: searchFrom,
    configFile: options.configFile ? path.resolve(cwd, options.configFile) : undefined,
  });
  // A manifest found by searching sits at the project root; one named with --config may live
  // anywhere (a shared folder of manifests), so the scanned directory stays the root.
  const root = manifest && !options.configFile ? path.dirname(manifest.filePath) : searchFrom;
  const sources = new ProjectSources({
    root,
    paths,
    include: manifest?.manifest.include,
    exclude: manifest?.manifest.exclude,
  });
  return { root, manifest, sources };
}

/** Builds the personal-data inventory of a project. */
export async function inventory(options: RunOptions = {}): Promise<{ report: Report; facts: Inventory; project: ProjectContext }> {
  const started = performance.now();
  const project = await openProject(options);
  const facts = buildInventory(project.sources, { overrides: project.manifest?.manifest.fields });
  const findings = analysisErrorFindings([...project.sources.diagnostics, ...facts.diagnostics]);
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const report = buildReport(project, facts, undefined, findings, started);
  return { report, facts, project };
}

/** The report every format renders (DESIGN.md section 5); `flows` once the flow analysis ran. */
function buildReport(project: ProjectContext, facts: Inventory, flowFacts: FlowFacts | undefined, findings: Finding[], started: number): Report {
  return {
    version: 1,
    tool: { name: 'datamin', version: VERSION },
    inventory: facts.fields.map(toInventoryEntry),
    ...(flowFacts ? { flows: flowFacts.flows.map(toFlowEntry) } : {}),
    findings,
    summary: {
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
      files: project.sources.files.length,
      models: new Set(facts.fields.map((field) => field.model)).size,
      personalFields: facts.fields.length,
      ...(flowFacts ? { flows: flowFacts.flows.length } : {}),
      durationMs: Math.round(performance.now() - started),
    },
  };
}

export function toInventoryEntry(field: PersonalField): InventoryEntry {
  return {
    id: field.id,
    model: field.model,
    field: field.field,
    source: field.source,
    kind: field.kind,
    file: field.file,
    line: field.line,
    category: field.category,
    special: field.special,
    sensitive: field.sensitive,
    confidence: field.confidence,
    evidence: field.evidence,
  };
}

export function toFlowEntry(flow: Flow): FlowEntry {
  return {
    field: flow.field,
    category: flow.category,
    source: flow.source,
    file: flow.file,
    line: flow.line,
    column: flow.column,
    sink: { kind: flow.sink.kind, recipient: flow.sink.recipient, call: flow.sink.call },
    purposes: flow.purposes,
    trace: flow.trace.map((hop) => ({ file: hop.file, line: hop.line, note: hop.note })),
    ...(flow.pseudonymous ? { pseudonymous: true } : {}),
    ...(flow.sanitizer ? { sanitizer: flow.sanitizer } : {}),
    ...(flow.wholeRecord ? { wholeRecord: true } : {}),
    confidence: flow.confidence,
    evidence: flow.evidence,
  };
}

export interface ScanOptions extends RunOptions, EngineOptions {
  /** Called as each stage starts (for a progress line). */
  onStage?: (stage: string) => void;
}

export interface ScanResult {
  report: Report;
  facts: Inventory;
  flowFacts: FlowFacts;
  project: ProjectContext;
  suppressed: number;
  baselined: number;
  /** Milliseconds per stage, for `--debug` and the benchmark. */
  timings: Record<string, number>;
}

/**
 * The whole run (`datamin scan`): inventory, flows, then every rule the manifest turns on,
 * suppressions and the baseline. Findings are sorted by file, line, column and rule.
 */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const timings: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  const stage = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    mark = now;
  };
  options.onStage?.('reading files');
  const project = await openProject(options);
  stage('project');
  options.onStage?.('finding personal data');
  const facts = buildInventory(project.sources, { overrides: project.manifest?.manifest.fields });
  stage('inventory');
  options.onStage?.('following personal data through the code');
  const flowFacts = buildFlows(project.sources, facts, project.manifest?.manifest);
  stage('flows');
  options.onStage?.('checking the rules');
  const { findings, suppressed, baselined } = await runEngine(
    {
      models: facts.models,
      inventory: facts.fields,
      uses: flowFacts.uses,
      flows: flowFacts.flows,
      limits: flowFacts.limits,
      diagnostics: [...project.sources.diagnostics, ...facts.diagnostics],
      manifest: project.manifest,
      files: project.sources.files,
      purposesOfFile: flowFacts.purposesOfFile,
      textOf: (file) => (project.sources.fileSet.has(file) ? project.sources.text(file) : undefined),
    },
    { baseline: options.baseline, onlyFiles: options.onlyFiles },
  );
  stage('rules');
  const report = buildReport(project, facts, flowFacts, findings, started);
  return { report, facts, flowFacts, project, suppressed, baselined, timings };
}
