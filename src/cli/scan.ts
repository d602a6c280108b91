import fs from 'node:fs';
import path from 'node:path';
import { RULE_IDS } from '../config/rule-ids.js';
import { BASELINE_FILE_NAME, parseBaseline, renderBaseline } from '../engine/baseline.js';
import { openProject, scan, type ScanResult } from '../index.js';
import { changedFilesSince, GitError } from '../project/git.js';
import { formatJson } from '../report/json.js';
import { formatHtml } from '../report/html.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatRopa } from '../report/ropa.js';
import { formatSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import type { Report } from '../report/types.js';
import { RULES } from '../../rules/index.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, OutputError, useColor, writeOutput, type CliIo, type CommonOptions } from './index.js';

export interface ScanCommandOptions extends CommonOptions {
  maxWarnings?: string;
  quiet?: boolean;
  exitZero?: boolean;
  changedSince?: string;
  baseline?: string | boolean;
  updateBaseline?: boolean;
  cache?: boolean;
  debug?: boolean;
}

/**
 * `datamin scan`: the gate. Exit 0 when no error-severity finding remains and warnings are within
 * `--max-warnings`; 1 otherwise; 2 when the run could not be done.
 */
export async function runScanCommand(paths: string[], options: ScanCommandOptions, io: CliIo, mode: 'scan' | 'report' = 'scan'): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (maxWarnings === null) {
    io.stderr(`datamin: --max-warnings expects a whole number of 0 or more, got "${options.maxWarnings}"\n`);
    return EXIT_USAGE;
  }
  const project = await openProject({ cwd: io.cwd, paths, configFile: options.config });
  if (options.format === 'ropa' && !project.manifest) {
    io.stderr('datamin: the ropa format is drafted from the purpose manifest, and none was found: run `datamin init` to write one, or name it with --config\n');
    return EXIT_USAGE;
  }
  const baselinePath = resolveBaselinePath(options, project.root, io);

  let baseline: Set<string> | undefined;
  if (baselinePath && !options.updateBaseline) {
    let text: string;
    try {
      text = fs.readFileSync(baselinePath, 'utf8');
    } catch {
      io.stderr(`datamin: cannot read baseline ${relativeToCwd(baselinePath, io)}: no such file (write one with --update-baseline)\n`);
      return EXIT_USAGE;
    }
    try {
      baseline = parseBaseline(text);
    } catch (error) {
      io.stderr(`datamin: invalid baseline ${relativeToCwd(baselinePath, io)}: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  let onlyFiles: Set<string> | undefined;
  if (options.changedSince) {
    try {
      onlyFiles = changedFilesSince(project.root, options.changedSince);
    } catch (error) {
      if (error instanceof GitError) {
        io.stderr(`datamin: ${error.message}\n`);
        return EXIT_USAGE;
      }
      throw error;
    }
  }

  const progress = startProgress(io);
  let result: ScanResult;
  try {
    result = await scan({ cwd: io.cwd, paths, configFile: options.config, baseline, onlyFiles, onStage: progress.stage });
  } finally {
    progress.stop();
  }
  if (options.debug) {
    const timings = Object.entries(result.timings).map(([stage, ms]) => `${stage} ${ms} ms`).join(', ');
    io.stderr(`datamin: ${timings}; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
  }

  if (options.updateBaseline) {
    const target = baselinePath ?? path.join(result.project.root, BASELINE_FILE_NAME);
    fs.writeFileSync(target, renderBaseline(result.report.findings));
    io.stdout(`Wrote ${relativeToCwd(target, io)} with ${result.report.findings.length} finding${result.report.findings.length === 1 ? '' : 's'}; later runs with --baseline report only new ones.\n`);
    return EXIT_OK;
  }

  const report = options.quiet ? withoutWarnings(result.report) : result.report;
  if (options.format === 'sarif') await loadRuleInfos();
  if (!result.project.manifest && mode === 'scan') {
    io.stderr('datamin: no manifest found; only the rules that need none ran. Run `datamin init` to write one.\n');
  }
  writeOutput(render(report, options, io, result), options.output, io);

  if (mode === 'report' || options.exitZero) return EXIT_OK;
  if (report.summary.errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) {
    io.stderr(`datamin: ${report.summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

function render(report: Report, options: ScanCommandOptions, io: CliIo, result: ScanResult): string {
  switch (options.format) {
    case 'json':
      return formatJson({ ...report, limits: result.flowFacts.limits });
    case 'sarif':
      return formatSarif(report, ruleInfos());
    case 'markdown':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
    case 'ropa':
      // openProject's result was checked for a manifest before the scan.
      return formatRopa(report, { manifest: result.project.manifest!.manifest, manifestFile: result.project.manifest!.file });
    default: {
      const prefix = path.relative(io.cwd, result.project.root).split(path.sep).join('/');
      return formatStylish(report, {
        color: useColor(options, io),
        pathPrefix: prefix && !prefix.startsWith('..') ? `${prefix}/` : prefix ? `${result.project.root}/` : '',
        ...(result.project.manifest ? { purposes: result.project.manifest.manifest.purposes.length } : {}),
      });
    }
  }
}

let cachedRuleInfos: Array<{ id: string; description: string; defaultSeverity: 'error' | 'warn' }> | undefined;
function ruleInfos(): Array<{ id: string; description: string; defaultSeverity: 'error' | 'warn' }> {
  return cachedRuleInfos ?? [];
}

/** Loads every rule's meta (for SARIF's rule list and `datamin rules`). */
export async function loadRuleInfos(): Promise<Array<{ id: string; description: string; defaultSeverity: 'error' | 'warn'; requiresManifest: boolean }>> {
  const infos = [];
  for (const id of RULE_IDS) {
    const rule = await RULES[id]();
    infos.push({ id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, requiresManifest: rule.meta.requiresManifest });
  }
  cachedRuleInfos = infos;
  return infos;
}

function withoutWarnings(report: Report): Report {
  const findings = report.findings.filter((finding) => finding.severity === 'error');
  return { ...report, findings, summary: { ...report.summary, warnings: 0 } };
}

function parseMaxWarnings(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : null;
}

function resolveBaselinePath(options: ScanCommandOptions, root: string, io: CliIo): string | undefined {
  if (typeof options.baseline === 'string') return path.resolve(io.cwd, options.baseline);
  if (options.baseline === true || options.updateBaseline) return path.join(root, BASELINE_FILE_NAME);
  return undefined;
}

function relativeToCwd(file: string, io: CliIo): string {
  const relative = path.relative(io.cwd, file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * A status line on stderr while a scan runs longer than a second, only on a terminal. The
 * analysis is synchronous, so the line changes between stages.
 */
function startProgress(io: CliIo): { stage: (name: string) => void; stop: () => void } {
  if (!io.stderrIsTTY || io.env.CI) return { stage: () => undefined, stop: () => undefined };
  const started = Date.now();
  let shown = false;
  return {
    stage: (name) => {
      if (Date.now() - started < 1000) return;
      shown = true;
      io.stderr(`\r\x1b[2Kdatamin: ${name}…`);
    },
    stop: () => {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

export { OutputError };
