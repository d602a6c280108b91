import fs from 'node:fs';
import path from 'node:path';
import { scriptKindOf, ts } from './syntax.js';
import { describeFsError, discoverFiles, SCHEMA_EXTENSIONS, type DiscoverOptions } from './discover.js';
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
    sourceFile = ts.createSourceFile(file, this.text(file), ts.ScriptTarget.Latest, true, scriptKindOf(file));
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

  /** Maps an import specifier in `fromFile` to a project file (relative paths, tsconfig aliases). */
  resolveImport(fromFile: string, specifier: string): string | undefined {
    return resolveImportPath(fromFile, specifier, this.fileSet, this.pathAliases);
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
    if (buffer.length === 0 || buffer.toString('utf8').trim() === '') {
      this.diagnostics.push({ file, message: 'file is empty; nothing to analyse' });
      return false;
    }
    if (buffer.subarray(0, 8000).includes(0)) {
      this.diagnostics.push({ file, message: 'binary file (it contains NUL bytes); skipped' });
      return false;
    }
    let text = buffer.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.texts.set(file, text);
    return true;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The `paths` aliases of the root tsconfig.json (following `extends`), so that `@/lib/user`
 * resolves to a project file. Read with TypeScript's own JSONC reader; never executes anything.
 */
function readPathAliases(root: string, diagnostics: Diagnostic[]): PathAliases[] {
  const result: PathAliases[] = [];
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const configPath = path.join(root, name);
    if (!fs.existsSync(configPath)) continue;
    const parsed = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      {
        ...ts.sys,
        // Only `paths` matter here: listing the files TypeScript would compile is work we skip.
        readDirectory: () => [],
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          diagnostics.push({ file: name, message: `cannot read ${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}` });
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
