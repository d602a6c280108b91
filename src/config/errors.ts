/**
 * A key path into the manifest: `['purposes', 'marketing', 'data', 2]`. Map keys are strings and
 * list indexes numbers, so a key holding a dot (`fields: { User.email: ... }`) stays one segment.
 */
export type KeyPath = ReadonlyArray<string | number>;

/** One problem with the manifest, as precise as the file format allows. */
export interface ConfigIssue {
  /** The manifest file, relative to the project root with `/` (or as the user named it). */
  file: string;
  /** 1-based; absent when the format gives no positions (JS and TS configs) or the file is unreadable. */
  line?: number;
  column?: number;
  /** The key the issue is about; empty or absent for the file as a whole. */
  keyPath?: KeyPath;
  /** What is wrong and, where we can tell, what to write instead. */
  message: string;
}

/**
 * The manifest could not be found, read, parsed or validated. The CLI prints `format()` and exits
 * with code 2; one line per issue so that editors and CI annotate each one.
 */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: ConfigIssue | readonly ConfigIssue[]) {
    const list = Array.isArray(issues) ? [...(issues as readonly ConfigIssue[])] : [issues as ConfigIssue];
    super(list.map(formatIssue).join('\n'));
    this.name = 'ConfigError';
    this.issues = list;
  }

  /** One line per issue: `datamin.config.yaml:12:11: purposes.marketing.basis: expected ...`. */
  format(): string {
    return this.issues.map(formatIssue).join('\n');
  }
}

export function formatIssue(issue: ConfigIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) {
    where += `:${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  const keyPath = issue.keyPath && issue.keyPath.length > 0 ? `${formatKeyPath(issue.keyPath)}: ` : '';
  return `${where}: ${keyPath}${issue.message}`;
}

const PLAIN_SEGMENT = /^[\w$.*@/-]+$/;

/**
 * `purposes.marketing.data[2]`, as a reader of the YAML would name it. Keys are joined with dots
 * even when they hold dots themselves (`fields.User.email`): that is how the file reads.
 */
export function formatKeyPath(keyPath: KeyPath): string {
  let text = '';
  for (const segment of keyPath) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (PLAIN_SEGMENT.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
