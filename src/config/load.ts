import fs from 'node:fs';
import path from 'node:path';
import { cosmiconfig, defaultLoaders, type CosmiconfigResult, type Loader } from 'cosmiconfig';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError, type ConfigIssue, type KeyPath } from './errors.js';
import { NO_LOCATIONS, yamlLocator, type ManifestLocator, type Position } from './locations.js';
import type { Manifest } from './manifest.js';
import { validateManifest } from './validate.js';

/**
 * Finding and reading the purpose manifest (DESIGN.md section 2) with cosmiconfig
 * (https://github.com/cosmiconfig/cosmiconfig#readme). YAML and JSON are parsed with `yaml`
 * (https://eemeli.org/yaml/) so that every key path maps to a line and column; JS configs load
 * through cosmiconfig's loaders and TS configs through jiti (https://github.com/unjs/jiti), as
 * ESLint does. Loading a JS or TS config the user wrote is the only code datamin ever runs.
 */

export const MODULE_NAME = 'datamin';

/** DESIGN.md section 2, in cosmiconfig's order of precedence within one directory. */
export const SEARCH_PLACES = [
  'package.json',
  '.dataminrc',
  '.dataminrc.json',
  '.dataminrc.yaml',
  '.dataminrc.yml',
  'datamin.config.yaml',
  'datamin.config.yml',
  'datamin.config.json',
  'datamin.config.js',
  'datamin.config.cjs',
  'datamin.config.mjs',
  'datamin.config.ts',
];

export interface LoadManifestOptions {
  /** The project root: the search starts here, and reported paths are relative to it. */
  root: string;
  /** A manifest named by the user (`--config`), absolute or relative to the working directory. */
  configFile?: string;
  /** Keys of the built-in recipient catalog; see `ValidateOptions.knownRecipients`. */
  knownRecipients?: ReadonlySet<string>;
}

export interface LoadedManifest extends ManifestLocator {
  manifest: Manifest;
  /** The manifest file, absolute. */
  filePath: string;
  /** The manifest file relative to the root, with `/`: how reports name it. */
  file: string;
}

export type { Position };

const EMPTY_MANIFEST = 'the manifest is empty: write `version: 1` and your purposes, or run `datamin init --force` to write a starter';

/**
 * Finds, reads and validates the manifest. Resolves to null when none is found and none was
 * named; rejects with a `ConfigError` when one is found but cannot be read or is invalid.
 *
 * Search: the root, then each parent, stopping at the first directory that holds a package.json
 * or a .git, the project's own boundary: a manifest above it belongs to another project. When no
 * directory up to the file-system root is a project, only the root itself is searched, so that a
 * stray manifest in a home directory never governs an unrelated folder.
 */
export async function loadManifest(options: LoadManifestOptions): Promise<LoadedManifest | null> {
  const root = path.resolve(options.root);
  const sources = new Map<string, ManifestLocator>();
  const display = (filePath: string) => toRootRelative(root, filePath);
  const explorer = cosmiconfig(MODULE_NAME, {
    searchPlaces: SEARCH_PLACES,
    loaders: createLoaders(sources, display),
    searchStrategy: 'none',
    // An empty manifest is a mistake to report, not a reason to keep looking.
    ignoreEmptySearchPlaces: false,
    cache: false,
  });

  let result: CosmiconfigResult;
  if (options.configFile !== undefined) {
    const filePath = path.resolve(options.configFile);
    await assertReadable(filePath, display(filePath));
    result = await runLoader(() => explorer.load(filePath), filePath, display);
    if (result === null) {
      throw new ConfigError({ file: display(filePath), message: `no "${MODULE_NAME}" key in this package.json` });
    }
  } else {
    result = null;
    for (const directory of searchDirectories(root)) {
      result = await runLoader(() => explorer.search(directory), directory, display);
      if (result) break;
    }
    if (!result) return null;
  }

  const filePath = result.filepath;
  const file = display(filePath);
  if (result.isEmpty) {
    throw new ConfigError({ file, message: EMPTY_MANIFEST });
  }
  const locator = sources.get(filePath) ?? NO_LOCATIONS;
  const validation = validateManifest(result.config, { knownRecipients: options.knownRecipients });
  if (!validation.ok) {
    const issues = validation.issues.map((issue): ConfigIssue => ({
      file,
      ...locator.locateNearest(issue.keyPath, issue.target),
      keyPath: issue.keyPath,
      message: issue.message,
    }));
    throw new ConfigError(sortIssues(issues));
  }
  return {
    manifest: validation.manifest,
    filePath,
    file,
    locate: locator.locate,
    locateValue: locator.locateValue,
    locateNearest: locator.locateNearest,
  };
}

/** The directories to search, nearest first. */
export function searchDirectories(root: string): string[] {
  const directories: string[] = [];
  let current = path.resolve(root);
  for (;;) {
    directories.push(current);
    if (fs.existsSync(path.join(current, 'package.json')) || fs.existsSync(path.join(current, '.git'))) return directories;
    const parent = path.dirname(current);
    if (parent === current) return [path.resolve(root)];
    current = parent;
  }
}

function toRootRelative(root: string, filePath: string): string {
  return path.relative(root, filePath).split(path.sep).join('/') || path.basename(filePath);
}

async function assertReadable(filePath: string, file: string): Promise<void> {
  let stats: fs.Stats;
  try {
    stats = await fs.promises.stat(filePath);
  } catch (error) {
    throw new ConfigError({ file, message: `cannot read config file: ${describeFileSystemError(error)}` });
  }
  if (stats.isDirectory()) throw new ConfigError({ file, message: 'cannot read config file: it is a directory' });
  const extension = path.extname(filePath);
  if (extension !== '' && !LOADED_EXTENSIONS.includes(extension)) {
    throw new ConfigError({
      file,
      message: `cannot read config file: unsupported file type "${extension}" (use .yaml, .yml, .json, .js, .cjs, .mjs, .ts, .mts or .cts)`,
    });
  }
}

function describeFileSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorMessage(error);
}

/**
 * The message of anything thrown. Not `instanceof Error`: a config evaluated by jiti or in a test
 * runner's VM throws errors from another realm.
 */
function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** Runs a cosmiconfig call; anything but a ConfigError becomes one that names the file. */
async function runLoader(
  call: () => Promise<CosmiconfigResult>,
  target: string,
  display: (filePath: string) => string,
): Promise<CosmiconfigResult> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const filePath = (error as { filepath?: string }).filepath ?? target;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ? describeFileSystemError(error) : firstLine(error);
    throw new ConfigError({ file: display(filePath), message: `cannot read config file: ${reason}` });
  }
}

// ---------------------------------------------------------------------------------------------
// Loaders

const LOADED_EXTENSIONS = ['.yaml', '.yml', '.json', '.js', '.cjs', '.mjs', '.ts', '.mts', '.cts'];

function createLoaders(sources: Map<string, ManifestLocator>, display: (filePath: string) => string): Record<string, Loader> {
  const loadYaml: Loader = (filePath, content) => parseYamlSource(filePath, content, sources, display);
  const loadJson: Loader = (filePath, content) => parseJsonSource(filePath, content, sources, display);
  const loadScript: Loader = async (filePath, content) =>
    expectDefaultExport(await evaluateConfig(() => defaultLoaders['.js']!(filePath, content), filePath, display), filePath, display);
  const loadTypeScript: Loader = async (filePath) =>
    expectDefaultExport(await evaluateConfig(() => importTypeScript(filePath), filePath, display), filePath, display);
  return {
    noExt: loadYaml,
    '.yaml': loadYaml,
    '.yml': loadYaml,
    '.json': loadJson,
    '.js': loadScript,
    '.cjs': loadScript,
    '.mjs': loadScript,
    '.ts': loadTypeScript,
    '.mts': loadTypeScript,
    '.cts': loadTypeScript,
  };
}

function parseYamlSource(filePath: string, content: string, sources: Map<string, ManifestLocator>, display: (filePath: string) => string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(content, { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ConfigError({ file: display(filePath), line, column: col, message: `invalid YAML: ${error.message}` });
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) {
    // Comments only: cosmiconfig would take the null for "no config here" and keep searching.
    throw new ConfigError({ file: display(filePath), message: EMPTY_MANIFEST });
  }
  const locator = yamlLocator(document, lineCounter);
  rejectImport(value, [], display(filePath), locator);
  sources.set(filePath, locator);
  return value;
}

/**
 * cosmiconfig would merge the files a `$import` key names before we see the result, so positions
 * and drift findings would point into the wrong file. One manifest, one file.
 */
function rejectImport(value: unknown, prefix: KeyPath, file: string, locator: ManifestLocator = NO_LOCATIONS): void {
  let manifest: unknown = value;
  for (const segment of prefix) manifest = (manifest as Record<string, unknown> | undefined)?.[segment];
  if (typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, '$import')) {
    throw new ConfigError({
      file,
      ...locator.locate(['$import']),
      keyPath: ['$import'],
      message: "unknown key (a manifest is one file: cosmiconfig's $import is not supported)",
    });
  }
}

/**
 * JSON.parse decides validity (strict JSON, as npm reads package.json); `yaml` reads the same text
 * for positions, for the line and column of a syntax error JSON.parse does not give, and to
 * report duplicate keys, which JSON.parse would silently resolve to the last one.
 */
function parseJsonSource(filePath: string, content: string, sources: Map<string, ManifestLocator>, display: (filePath: string) => string): unknown {
  const file = display(filePath);
  const lineCounter = new LineCounter();
  const document = parseDocument(content, { lineCounter, prettyErrors: false, schema: 'json' });
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const message = errorMessage(error);
    // V8: "Expected ',' or '}' after property value in JSON at position 7 (line 1 column 8)".
    const atPosition = / in JSON at position (\d+)/.exec(message);
    if (atPosition) {
      const { line, col } = lineCounter.linePos(Number(atPosition[1]));
      throw new ConfigError({ file, line, column: col, message: `invalid JSON: ${message.slice(0, atPosition.index)}` });
    }
    const [yamlError] = document.errors;
    if (yamlError) {
      const { line, col } = lineCounter.linePos(yamlError.pos[0]);
      throw new ConfigError({ file, line, column: col, message: `invalid JSON: ${yamlError.message}` });
    }
    throw new ConfigError({ file, message: `invalid JSON: ${message}` });
  }
  const duplicate = document.errors.find((error) => error.code === 'DUPLICATE_KEY');
  if (duplicate) {
    const { line, col } = lineCounter.linePos(duplicate.pos[0]);
    throw new ConfigError({ file, line, column: col, message: 'invalid JSON: a key appears twice in the same object' });
  }
  const prefix: KeyPath = path.basename(filePath) === 'package.json' ? [MODULE_NAME] : [];
  const locator = document.errors.length === 0 ? yamlLocator(document, lineCounter, prefix) : NO_LOCATIONS;
  rejectImport(value, prefix, file, locator);
  sources.set(filePath, locator);
  return value;
}

async function importTypeScript(filePath: string): Promise<unknown> {
  const { createJiti } = await import('jiti');
  // No module cache: a watcher or a test loads the same file again after it changed. No file
  // cache: jiti would otherwise write transpiled files under the project's node_modules.
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false, interopDefault: true });
  return jiti.import(filePath, { default: true });
}

async function evaluateConfig(load: () => unknown, filePath: string, display: (filePath: string) => string): Promise<unknown> {
  try {
    return await load();
  } catch (error) {
    throw new ConfigError({ file: display(filePath), message: `cannot load config file: ${firstLine(error)}` });
  }
}

function expectDefaultExport(value: unknown, filePath: string, display: (filePath: string) => string): unknown {
  if (value === undefined || value === null) {
    throw new ConfigError({
      file: display(filePath),
      message: 'the config file exports no manifest: export it as the default export (`export default { version: 1, ... }`)',
    });
  }
  rejectImport(value, [], display(filePath));
  return value;
}

function firstLine(error: unknown): string {
  const message = errorMessage(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** File order: by line and column; issues without a position keep their order, after the rest. */
function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => {
      const lineA = a.issue.line ?? Number.POSITIVE_INFINITY;
      const lineB = b.issue.line ?? Number.POSITIVE_INFINITY;
      if (lineA !== lineB) return lineA - lineB;
      const columnA = a.issue.column ?? 0;
      const columnB = b.issue.column ?? 0;
      if (columnA !== columnB) return columnA - columnB;
      return a.index - b.index;
    })
    .map(({ issue }) => issue);
}
