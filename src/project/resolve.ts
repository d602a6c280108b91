import path from 'node:path';

const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Maps of a project's tsconfig `paths`, e.g. { '@/*': ['src/*'] }, with their base directory. */
export interface PathAliases {
  /** Root-relative base directory the targets are resolved against, with `/`; '' for the root. */
  baseDirectory: string;
  paths: Record<string, string[]>;
}

/**
 * Resolves an import specifier written in `fromFile` to a project file, without touching the
 * file system: `files` is the set of root-relative paths discovered. Handles relative paths,
 * `.js` specifiers that name `.ts` sources (NodeNext style), directory `index` files, and
 * tsconfig path aliases. Returns undefined for packages and anything outside the project.
 */
export function resolveImportPath(
  fromFile: string,
  specifier: string,
  files: ReadonlySet<string>,
  aliases: PathAliases[] = [],
): string | undefined {
  if (specifier.startsWith('.')) {
    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
    return resolveCandidate(joined, files);
  }
  for (const alias of aliases) {
    for (const [pattern, targets] of Object.entries(alias.paths)) {
      const star = pattern.indexOf('*');
      let rest: string | undefined;
      if (star < 0) {
        if (specifier === pattern) rest = '';
      } else {
        const prefix = pattern.slice(0, star);
        const suffix = pattern.slice(star + 1);
        if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length) {
          rest = specifier.slice(prefix.length, specifier.length - suffix.length);
        }
      }
      if (rest === undefined) continue;
      for (const target of targets) {
        const substituted = target.includes('*') ? target.replace('*', rest) : target;
        const joined = path.posix.normalize(path.posix.join(alias.baseDirectory, substituted));
        const resolved = resolveCandidate(joined, files);
        if (resolved) return resolved;
      }
    }
  }
  return undefined;
}

function resolveCandidate(candidate: string, files: ReadonlySet<string>): string | undefined {
  const normalized = candidate.replace(/^\.\//, '');
  if (files.has(normalized)) return normalized;
  const withoutJsExtension = normalized.replace(/\.(m|c)?jsx?$/, '');
  for (const base of [normalized, withoutJsExtension]) {
    for (const extension of RESOLVE_EXTENSIONS) {
      if (files.has(base + extension)) return base + extension;
    }
  }
  for (const extension of RESOLVE_EXTENSIONS) {
    const index = `${normalized}/index${extension}`;
    if (files.has(index)) return index;
  }
  return undefined;
}
