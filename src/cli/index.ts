/**
 * Command-line wiring only: flags -> options -> run -> format -> exit code (DESIGN.md section 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config/errors.js';
import { PathError } from '../project/discover.js';
import { GitError } from '../project/git.js';
import { VERSION } from '../version.js';
import { runInit } from './init.js';
import { runInventoryCommand } from './inventory.js';
import { runExplain, runRulesList } from './rules.js';
import { runScanCommand, type ScanCommandOptions } from './scan.js';

/** Exit codes of DESIGN.md section 1. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout/stderr are terminals: colours and progress only go to terminals. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function defaultIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Options every analysis command takes. */
export interface CommonOptions {
  config?: string;
  format?: string;
  output?: string;
  color?: boolean;
}

/** Runs datamin with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('datamin')
    .description('Data-minimization linter: finds personal data in TypeScript/JavaScript code and checks it against a purpose manifest.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run datamin --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  const withCommonOptions = (command: Command, formats: string[]): Command =>
    command
      .option('-c, --config <file>', 'use this manifest instead of searching for one')
      .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default(formats[0]))
      .option('-o, --output <file>', 'write the report to a file instead of stdout')
      .option('--no-color', 'disable colours');

  const withScanOptions = (command: Command): Command =>
    command
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option('--quiet', 'report errors only')
      .option('--exit-zero', 'exit 0 even when there are findings (the run itself can still fail with 2)')
      .option('--changed-since <git-ref>', 'report only findings in files changed since the ref (the analysis still sees the whole project)')
      .option('--baseline [file]', `hide the findings recorded in the baseline (default: ${'.datamin-baseline.json'} at the project root)`)
      .option('--update-baseline', 'record every current finding in the baseline file and exit 0')
      .option('--no-cache', 'do not use cached results (datamin keeps no cache yet: every run reads everything)')
      .option('--debug', 'print the time each stage took and the peak memory on stderr');

  withScanOptions(
    withCommonOptions(
      program
        .command('scan', { isDefault: true })
        .description('check the code against the purpose manifest: every rule, with exit code 1 on error findings')
        .argument('[paths...]', 'files or directories to analyse (default: the current directory)'),
      ['stylish', 'json', 'sarif', 'markdown', 'html', 'ropa'],
    ),
  ).action(async (paths: string[], options: ScanCommandOptions) => {
    exitCode = await runScanCommand(paths, options, io);
  });

  withScanOptions(
    withCommonOptions(
      program
        .command('report')
        .description('the same analysis as scan, written as a report for a reviewer (exit 0 unless the run itself failed)')
        .argument('[paths...]', 'files or directories to analyse (default: the current directory)'),
      ['markdown', 'html', 'ropa', 'json', 'sarif'],
    ),
  ).action(async (paths: string[], options: ScanCommandOptions) => {
    exitCode = await runScanCommand(paths, options, io, 'report');
  });

  program
    .command('rules')
    .description('list the rules with their default severity')
    .action(async () => {
      exitCode = await runRulesList(io);
    });

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule-id>', 'the rule, e.g. undeclared-sharing')
    .action(async (ruleId: string) => {
      exitCode = await runExplain(ruleId, io);
    });

  withCommonOptions(
    program
      .command('inventory')
      .description('print the personal-data inventory: every personal field in schemas, entities, DTOs and types (no manifest needed)')
      .argument('[paths...]', 'files or directories to analyse (default: the current directory)'),
    ['stylish', 'json'],
  ).action(async (paths: string[], options: CommonOptions) => {
    exitCode = await runInventoryCommand(paths, options, io);
  });

  program
    .command('init')
    .description('write a starter datamin.config.yaml from the inventory and the recipients in package.json, every purpose marked TODO')
    .argument('[paths...]', 'files or directories to analyse (default: the current directory)')
    .option('--force', 'overwrite an existing manifest')
    .action(async (paths: string[], options: { force?: boolean }) => {
      exitCode = await runInit(paths, options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    return handleError(error, io);
  }
  return exitCode;
}

/** Expected errors become one line and exit 2; anything else is a defect and shows its stack. */
export function handleError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0; usage errors were already printed.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof ConfigError) {
    io.stderr(`datamin: invalid manifest\n${error.format()}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof PathError) {
    io.stderr(`datamin: ${error.path}: ${error.reason}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof GitError) {
    io.stderr(`datamin: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof OutputError) {
    io.stderr(`datamin: ${error.message}\n`);
    return EXIT_USAGE;
  }
  io.stderr(`datamin: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT_USAGE;
}

/** The report could not be written where the user asked. */
export class OutputError extends Error {}

/** Writes a rendered report to `--output` or stdout. */
export function writeOutput(text: string, output: string | undefined, io: CliIo): void {
  if (!output) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  try {
    fs.writeFileSync(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'its directory does not exist' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new OutputError(`cannot write ${output}: ${reason}`);
  }
}

/** Colours when the user did not turn them off, the output is a terminal, and NO_COLOR is unset. */
export function useColor(options: CommonOptions, io: CliIo): boolean {
  if (options.color === false || options.output) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
