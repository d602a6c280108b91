import { execFileSync } from 'node:child_process';

/**
 * Files changed since a git ref, relative to `root` with `/`: committed since the ref, staged,
 * unstaged and untracked (not ignored). Only `--changed-since` asks; the analysis still reads
 * the whole project.
 */
export function changedFilesSince(root: string, ref: string): Set<string> {
  const run = (args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new GitError(`cannot list files changed since ${ref}: ${stderr ? stderr.split('\n')[0] : 'no such commit, or not a git repository'}`);
  }
  const names = [
    ...run(['diff', '--name-only', '--relative', '-z', ref]).split('\0'),
    ...run(['ls-files', '--others', '--exclude-standard', '-z']).split('\0'),
  ];
  return new Set(names.filter(Boolean));
}

/** git could not answer: the run stops with exit code 2 and this message. */
export class GitError extends Error {}
