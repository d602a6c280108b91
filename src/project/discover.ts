import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Diagnostic } from '../types.js';

/** Extensions datamin reads as code. `.d.ts` files are declarations, not code, and are skipped. */
export const SCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Schema files read by the schema extractors. */
export const SCHEMA_EXTENSIONS = ['.prisma'];

/** Directories that never hold the project's own source: always skipped. */
const ALWAYS_IGNORED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.cache',
  '.output',
  '.vercel',
  '.netlify',
  '.yarn',
  '.pnpm-store',
  'bower_components',
  'jspm_packages',
]);

const ALWAYS_IGNORED_FILES = ['**/*.d.ts', '**/*.d.mts', '**/*.d.cts', '**/*.min.js', '**/*.bundle.js', '**/*.map'];

/**
 * Test code handles fixtures, not customers' data: skipped unless the manifest sets `exclude`
 * itself (then its list replaces this one).
 */
export const DEFAULT_EXCLUDE = [
  '**/*.{test,spec}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/test/**',
  '**/tests/**',
  '**/e2e/**',
  '**/cypress/**',
  '**/playwright/**',
  '**/{load-testing,load-tests,loadtest,loadtests}/**',
  '**/*.stories.{ts,tsx,js,jsx}',
];

export interface DiscoverOptions {
  /** The project root: findings and globs are relative to it. */
  root: string;
  /** Files or directories to scan, absolute or relative to the root. Default: the root. */
  paths?: string[];
  /** Globs relative to the root; when given, only matching files are read. */
  include?: string[];
  /** Globs relative to the root. Default: DEFAULT_EXCLUDE. */
  exclude?: string[];
}

export interface DiscoveredFiles {
  /** Paths relative to the root, with `/`, sorted. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Turns an absolute path into the root-relative, `/`-separated form used everywhere in reports. */
export function toRelative(root: string, absolute: string): string {
  const relative = path.relative(root, absolute);
  return relative.split(path.sep).join('/') || '.';
}

/** Whether datamin reads this file: code or a schema, not a declaration file. */
export function isCandidate(fileName: string): boolean {
  if (/\.d\.[mc]?ts$/.test(fileName)) return false;
  const extension = path.extname(fileName);
  return SCRIPT_EXTENSIONS.includes(extension) || SCHEMA_EXTENSIONS.includes(extension);
}

/**
 * Walks the given paths and returns the files to analyse. Honours .gitignore files, the
 * manifest's include/exclude globs, and skips dependency and build folders. Symlinks are
 * followed once: a directory reached twice through links is a loop and becomes a diagnostic.
 */
export function discoverFiles(options: DiscoverOptions): DiscoveredFiles {
  const root = path.resolve(options.root);
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();
  const isIncluded = options.include?.length ? picomatch(options.include, { dot: true }) : () => true;
  const isExcluded = picomatch([...ALWAYS_IGNORED_FILES, ...(options.exclude ?? DEFAULT_EXCLUDE)], { dot: true });
  const accept = (relative: string, explicitlyNamed: boolean): boolean =>
    explicitlyNamed || (isIncluded(relative) && !isExcluded(relative));

  const visitedDirectories = new Set<string>();

  // `knownRealPath`: a directory reached without a symbolic link is its parent's real path plus
  // its name; only the starting directories and linked ones need a `realpath` call.
  const walk = (directory: string, ignores: Array<{ base: string; rules: Ignore }>, knownRealPath?: string): void => {
    let realDirectory: string;
    try {
      realDirectory = knownRealPath ?? fs.realpathSync.native(directory);
    } catch (error) {
      diagnostics.push({ file: toRelative(root, directory), message: `cannot read directory: ${describeFsError(error)}` });
      return;
    }
    if (visitedDirectories.has(realDirectory)) {
      diagnostics.push({
        file: toRelative(root, directory),
        message: `symbolic link loop: this directory was already scanned as ${toRelative(root, realDirectory)}; skipped`,
      });
      return;
    }
    visitedDirectories.add(realDirectory);

    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ file: toRelative(root, directory), message: `cannot read directory: ${describeFsError(error)}` });
      return;
    }
    const gitignore = entries.some((entry) => entry.name === '.gitignore') ? readGitignore(directory) : undefined;
    const activeIgnores = gitignore ? [...ignores, { base: directory, rules: gitignore }] : ignores;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      if (isLink) {
        try {
          const stat = fs.statSync(absolute);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          if (isCandidate(entry.name)) {
            diagnostics.push({ file: toRelative(root, absolute), message: `cannot read file: ${describeFsError(error)}` });
          }
          continue;
        }
      }
      if (isDirectory) {
        if (ALWAYS_IGNORED_DIRECTORIES.has(entry.name)) continue;
        if (isIgnoredByGit(activeIgnores, absolute, true)) continue;
        walk(absolute, activeIgnores, isLink ? undefined : path.join(realDirectory, entry.name));
      } else if (isFile && isCandidate(entry.name)) {
        if (isIgnoredByGit(activeIgnores, absolute, false)) continue;
        const relative = toRelative(root, absolute);
        if (accept(relative, false)) found.add(relative);
      }
    }
  };

  for (const given of options.paths?.length ? options.paths : [root]) {
    const absolute = path.resolve(root, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      throw new PathError(given, describeFsError(error));
    }
    if (stat.isDirectory()) {
      walk(absolute, rootIgnores(root, absolute));
    } else if (isCandidate(absolute)) {
      found.add(toRelative(root, absolute));
    } else {
      throw new PathError(given, 'not a TypeScript, JavaScript or Prisma file');
    }
  }

  return { files: [...found].sort(), diagnostics };
}

/** A path given on the command line that cannot be scanned: the run stops with exit code 2. */
export class PathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'PathError';
  }
}

/** .gitignore files between the root and a starting directory below it apply to the walk too. */
function rootIgnores(root: string, start: string): Array<{ base: string; rules: Ignore }> {
  const result: Array<{ base: string; rules: Ignore }> = [];
  const relative = path.relative(root, start);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return result;
  let directory = root;
  const parts = relative ? relative.split(path.sep) : [];
  for (let index = 0; index < parts.length; index++) {
    const rules = readGitignore(directory);
    if (rules) result.push({ base: directory, rules });
    directory = path.join(directory, parts[index]);
  }
  return result;
}

function readGitignore(directory: string): Ignore | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(directory, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return ignore().add(text);
}

function isIgnoredByGit(ignores: Array<{ base: string; rules: Ignore }>, absolute: string, isDirectory: boolean): boolean {
  for (const { base, rules } of ignores) {
    const relative = path.relative(base, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    if (rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** A short, human reason for a file-system error: "permission denied", "no such file". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
