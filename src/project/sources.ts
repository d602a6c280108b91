import fs from 'node:fs';
import path from 'node:path';
import { parseSourceFile, ts } from './syntax.js';
import { describeFsError, discoverFiles, SCHEMA_EXTENSIONS, type DiscoverOptions } from './discover.js';
import { workspacePackageFiles } from './packages.js';
import { resolveImportPath, type PathAliases } from './resolve.js';
import type { Diagnostic } from '../types.js';

/** Files above this size are not read: generated bundles and data dumps, not application code. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface ProjectOptions extends DiscoverOptions {
  maxFileBytes?: number;
}

/**
 * The project's files: discovered once, read once, parsed at most once. Everything else in
 * datamin reads code through this object and never touches the file system itself.
 */
export class ProjectSources {
  readonly root: string;
  /** Every analysable file, root-relative, sorted. Files that could not be read are not listed. */
  readonly files: string[];
  readonly fileSet: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
  readonly pathAliases: PathAliases[];
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, ts.SourceFile>();
  private readonly maxFileBytes: number;

  constructor(options: ProjectOptions) {
    this.root = path.resolve(options.root);
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const discovered = discoverFiles(options);
    this.diagnostics = [...discovered.diagnostics];
    this.files = discovered.files.filter((file) => this.load(file));
    this.fileSet = new Set(this.files);
    this.pathAliases = readPathAliases(this.root, this.diagnostics);
  }

  /** The text of a discovered file. */
  text(file: string): string {
    const text = this.texts.get(file);
    if (text === undefined) throw new Error(`not a project file: ${file}`);
    return text;
  }

  isSchemaFile(file: string): boolean {
    return SCHEMA_EXTENSIONS.includes(path.extname(file));
  }

  scriptFiles(): string[] {
    return this.files.filter((file) => !this.isSchemaFile(file));
  }

  /**
   * The syntax tree of a script file, parsed on first request. A syntax error is recorded as a
   * diagnostic once; the tree TypeScript recovers is still returned, so the rest of the file is
   * analysed.
   */
  parse(file: string): ts.SourceFile {
    let sourceFile = this.parsed.get(file);
    if (sourceFile) return sourceFile;
    sourceFile = parseSourceFile(file, this.text(file));
    this.parsed.set(file, sourceFile);
    const syntaxErrors = (sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics;
    if (syntaxErrors?.length) {
      const first = syntaxErrors[0];
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
      const message = ts.flattenDiagnosticMessageText(first.messageText, ' ');
      this.diagnostics.push({
        file,
        line: line + 1,
        column: character + 1,
        message: `syntax error: ${message.replace(/\.$/, '')}${syntaxErrors.length > 1 ? ` (and ${syntaxErrors.length - 1} more)` : ''}; the rest of the file was read as TypeScript recovered it`,
      });
    }
    return sourceFile;
  }

  /**
   * Maps an import specifier in `fromFile` to a project file: relative paths, the `paths` of the
   * nearest tsconfig.json (monorepo packages have their own), and workspace packages by name
   * (`@acme/db/schema` -> `packages/db/src/schema.ts`). Undefined for anything outside the project.
   */
  resolveImport(fromFile: string, specifier: string): string | undefined {
    const key = `${path.posix.dirname(fromFile)}\u0000${specifier}`;
    if (this.resolutions.has(key)) return this.resolutions.get(key);
    const resolved =
      resolveImportPath(fromFile, specifier, this.fileSet, [...this.aliasesFor(fromFile), ...this.pathAliases]) ??
      (specifier.startsWith('.') ? undefined : this.resolveWorkspacePackage(specifier));
    this.resolutions.set(key, resolved);
    return resolved;
  }

  private readonly resolutions = new Map<string, string | undefined>();
  private readonly directoryAliases = new Map<string, PathAliases[]>();
  private workspacePackages?: Array<{ name: string; directory: string; entries: Record<string, string> }>;

  /** The `paths` of the tsconfig.json files between a file's directory and the root, nearest first. */
  private aliasesFor(file: string): PathAliases[] {
    const directory = path.posix.dirname(file);
    const cached = this.directoryAliases.get(directory);
    if (cached) return cached;
    let result: PathAliases[] = [];
    if (directory !== '.' && directory !== '') {
      const own = readTsconfigPaths(this.root, directory, []);
      result = [...own, ...this.aliasesFor(directory)];
    }
    this.directoryAliases.set(directory, result);
    return result;
  }

  /** `@acme/db` and `@acme/db/schema` when `@acme/db` is a package of this workspace. */
  private resolveWorkspacePackage(specifier: string): string | undefined {
    this.workspacePackages ??= findWorkspacePackages(this.root);
    for (const workspacePackage of this.workspacePackages) {
      if (specifier !== workspacePackage.name && !specifier.startsWith(`${workspacePackage.name}/`)) continue;
      const subpath = specifier.slice(workspacePackage.name.length).replace(/^\//, '');
      const base = workspacePackage.directory ? `${workspacePackage.directory}/` : '';
      const exported = workspacePackage.entries[subpath ? `./${subpath}` : '.'];
      const candidates = [
        ...(exported ? [exported] : []),
        ...(subpath ? [subpath, `src/${subpath}`, `lib/${subpath}`] : ['src/index', 'index', 'lib/index']),
      ];
      for (const candidate of candidates) {
        const resolved = resolveImportPath(`${base}package.json`, `./${candidate.replace(/^\.\//, '')}`, this.fileSet);
        if (resolved) return resolved;
      }
    }
    return undefined;
  }

  private load(file: string): boolean {
    const absolute = path.join(this.root, file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      this.diagnostics.push({ file, message: `cannot read file: ${describeFsError(error)}` });
      return false;
    }
    if (stat.size > this.maxFileBytes) {
      this.diagnostics.push({
        file,
        message: `file is ${formatBytes(stat.size)}, over the ${formatBytes(this.maxFileBytes)} limit; skipped (exclude it in the manifest if it is generated)`,
      });
      return false;
    }
    let buffer: Buffer;
    try {
      buffer = fs.readFileSync(absolute);
    } catch (error) {
      this.diagnostics.push({ file, message: `cannot read file: ${describeFsError(error)}` });
      return false;
    }
    let text = buffer.toString('utf8');
    if (text.trim() === '') {
      this.diagnostics.push({ file, message: 'file is empty; nothing to analyse' });
      return false;
    }
    if (buffer.subarray(0, 8000).includes(0)) {
      this.diagnostics.push({ file, message: 'binary file (it contains NUL bytes); skipped' });
      return false;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.texts.set(file, text);
    return true;
  }
}

/**
 * The packages of a monorepo (npm/yarn `workspaces`, pnpm-workspace.yaml): name, directory
 * relative to the root, and the source entries of their `exports` (`./db` -> `./src/db/index.ts`).
 */
function findWorkspacePackages(root: string): Array<{ name: string; directory: string; entries: Record<string, string> }> {
  const result: Array<{ name: string; directory: string; entries: Record<string, string> }> = [];
  for (const file of workspacePackageFiles(root)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; main?: string; module?: string; types?: string; exports?: unknown };
      if (!manifest.name) continue;
      const directory = path.relative(root, path.dirname(file)).split(path.sep).join('/');
      const entries: Record<string, string> = {};
      const pick = (value: unknown): string | undefined => {
        if (typeof value === 'string') return value;
        if (value && typeof value === 'object') {
          for (const condition of ['source', 'import', 'types', 'default', 'require']) {
            const chosen = pick((value as Record<string, unknown>)[condition]);
            if (chosen) return chosen;
          }
        }
        return undefined;
      };
      if (manifest.exports && typeof manifest.exports === 'object' && !Array.isArray(manifest.exports)) {
        const exportsMap = manifest.exports as Record<string, unknown>;
        const keys = Object.keys(exportsMap);
        if (keys.some((key) => key.startsWith('.'))) {
          for (const key of keys) {
            const target = pick(exportsMap[key]);
            if (target && !key.includes('*')) entries[key] = target;
          }
        } else {
          const target = pick(exportsMap);
          if (target) entries['.'] = target;
        }
      } else if (typeof manifest.exports === 'string') {
        entries['.'] = manifest.exports;
      }
      entries['.'] ??= manifest.main ?? manifest.module ?? manifest.types ?? '';
      if (!entries['.']) delete entries['.'];
      result.push({ name: manifest.name, directory, entries });
    } catch {
      // An unreadable workspace package.json: its package is not resolved by name.
    }
  }
  return result;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The `paths` aliases of the root tsconfig.json (following `extends`), so that `@/lib/user`
 * resolves to a project file. Read with TypeScript's own JSONC reader; never executes anything.
 */
function readPathAliases(root: string, diagnostics: Diagnostic[]): PathAliases[] {
  return readTsconfigPaths(root, '', diagnostics);
}

/** The `paths` of `<directory>/tsconfig.json` (or jsconfig.json), with `extends` followed. */
function readTsconfigPaths(root: string, directory: string, diagnostics: Diagnostic[]): PathAliases[] {
  const result: PathAliases[] = [];
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const configPath = path.join(root, directory, name);
    if (!fs.existsSync(configPath)) continue;
    const parsed = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      {
        ...ts.sys,
        // Only `paths` matter here: listing the files TypeScript would compile is work we skip.
        readDirectory: () => [],
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          diagnostics.push({ file: directory ? `${directory}/${name}` : name, message: `cannot read ${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}` });
        },
      },
    );
    const paths = parsed?.options.paths;
    if (paths) {
      const base = parsed.options.baseUrl ?? (parsed.options as { pathsBasePath?: string }).pathsBasePath ?? root;
      const baseDirectory = path.relative(root, base).split(path.sep).join('/');
      result.push({ baseDirectory, paths });
    }
  }
  return result;
}
