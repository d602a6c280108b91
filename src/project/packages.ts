import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  workspaces?: string[] | { packages?: string[] };
}

/**
 * The runtime dependencies of the project: the root package.json and, in a monorepo, every
 * workspace package (npm/yarn `workspaces`, pnpm-workspace.yaml). Dev dependencies are left out:
 * they do not receive customers' data in production.
 */
export function readDependencies(root: string): Record<string, string> {
  const dependencies: Record<string, string> = {};
  const rootPackage = readPackageJson(path.join(root, 'package.json'));
  for (const manifest of [rootPackage, ...workspacePackageFiles(root).map(readPackageJson)]) {
    if (!manifest) continue;
    Object.assign(dependencies, manifest.dependencies, manifest.optionalDependencies);
  }
  return dependencies;
}

/** The package.json files of a monorepo's workspace packages, absolute and sorted (not the root's). */
export function workspacePackageFiles(root: string): string[] {
  const rootPackage = readPackageJson(path.join(root, 'package.json'));
  const packageFiles = new Set<string>();
  const patterns: string[] = [];
  if (rootPackage) {
    const workspaces = Array.isArray(rootPackage.workspaces) ? rootPackage.workspaces : rootPackage.workspaces?.packages;
    if (workspaces) patterns.push(...workspaces);
  }
  try {
    const pnpm = parseYaml(fs.readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')) as { packages?: string[] } | null;
    if (Array.isArray(pnpm?.packages)) patterns.push(...pnpm.packages);
  } catch {
    // no pnpm workspace, or one we cannot read: the root package.json still counts
  }
  const included = patterns.filter((pattern) => !pattern.startsWith('!'));
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  if (included.length) {
    for (const file of globSync(
      included.map((pattern) => `${pattern.replace(/\/$/, '')}/package.json`),
      { cwd: root, ignore: ['**/node_modules/**', ...excluded.map((pattern) => `${pattern}/package.json`)] },
    )) {
      packageFiles.add(path.join(root, file));
    }
  }
  return [...packageFiles].sort();
}

function readPackageJson(file: string): PackageJson | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}
