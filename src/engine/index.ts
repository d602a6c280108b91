/**
 * The engine: runs the rules over the facts, applies suppressions, the baseline and the
 * changed-files filter, and returns findings in a fixed order. Pure: the CLI reads the baseline
 * and asks git which files changed; the engine only compares.
 */
import { closest } from 'fastest-levenshtein';
import { findPurpose } from '../config/manifest.js';
import type { LoadedManifest } from '../config/load.js';
import { DEFAULT_SEVERITIES, RULE_IDS, isRuleId, type RuleId } from '../config/rule-ids.js';
import type { AnalysisLimit, Flow, Use } from '../flow/types.js';
import type { Finding } from '../report/types.js';
import type { Diagnostic, ModelFact, PersonalField } from '../types.js';
import { RULES } from '../../rules/index.js';
import { fingerprintOf } from './fingerprint.js';
import { formatMessage, type FindingDescriptor, type ManifestView, type RuleContext } from './rule.js';
import { fieldSuppressions, readSuppressions, suppresses, type Suppression } from './suppressions.js';

export interface EngineInput {
  models: readonly ModelFact[];
  inventory: readonly PersonalField[];
  uses: readonly Use[];
  flows: readonly Flow[];
  limits: readonly AnalysisLimit[];
  diagnostics: readonly Diagnostic[];
  manifest: LoadedManifest | null;
  files: readonly string[];
  purposesOfFile(file: string): string[];
  /** The text of a project file (for fingerprints and suppression comments), undefined when unknown. */
  textOf(file: string): string | undefined;
}

export interface EngineOptions {
  /** Fingerprints to hide (`--baseline`). */
  baseline?: ReadonlySet<string>;
  /** Only report findings in these files (`--changed-since`); the analysis still saw everything. */
  onlyFiles?: ReadonlySet<string>;
}

export interface EngineResult {
  findings: Finding[];
  /** Findings hidden by suppressions and the baseline, for the summary. */
  suppressed: number;
  baselined: number;
}

/** Runs every rule that is on, in table order, and returns sorted findings. */
export async function runEngine(input: EngineInput, options: EngineOptions = {}): Promise<EngineResult> {
  const manifest = input.manifest;
  const view: ManifestView | null = manifest
    ? { manifest: manifest.manifest, file: manifest.file, locator: manifest, purpose: (name) => findPurpose(manifest.manifest, name) }
    : null;
  const severities = manifest?.manifest.rules ?? DEFAULT_SEVERITIES;

  const raw: Array<Finding & { ruleId: RuleId }> = [];
  const runRule = async (ruleId: RuleId, extra: Partial<RuleContext> = {}): Promise<void> => {
    const severity = severities[ruleId] ?? DEFAULT_SEVERITIES[ruleId];
    if (severity === 'off') return;
    const rule = await RULES[ruleId]();
    if (rule.meta.requiresManifest && !view) return;
    const context: RuleContext = {
      models: input.models,
      inventory: input.inventory,
      uses: input.uses,
      flows: input.flows,
      limits: input.limits,
      diagnostics: input.diagnostics,
      manifest: view,
      purposesOfFile: input.purposesOfFile,
      files: input.files,
      suppressions: [],
      ...extra,
      report: (descriptor: FindingDescriptor) => {
        const template = rule.meta.messages[descriptor.messageId];
        if (template === undefined) throw new Error(`rule ${ruleId} reported unknown message id "${descriptor.messageId}"`);
        raw.push(toFinding(ruleId, severity === 'error' ? 'error' : 'warning', formatMessage(template, descriptor.data), descriptor, input));
      },
    };
    rule.check(context);
  };

  for (const ruleId of RULE_IDS) if (ruleId !== 'invalid-suppression') await runRule(ruleId);

  // Suppressions hide findings; those that hide nothing, or give no reason, are findings too.
  const suppressions = collectSuppressions(input);
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const finding of raw) {
    const hiding = suppressions.filter((suppression) => suppression.reason && suppresses(suppression, finding, nextCodeLine(input, suppression)));
    if (hiding.length && finding.ruleId !== 'analysis-error') {
      for (const suppression of hiding) suppression.used = true;
      suppressed++;
    } else {
      kept.push(finding);
    }
  }
  const beforeInvalid = raw.length;
  await runRule('invalid-suppression', { suppressions, knownRuleIds: RULE_IDS, suggestRuleId });
  kept.push(...raw.slice(beforeInvalid));

  let baselined = 0;
  let findings = kept;
  if (options.baseline) {
    findings = findings.filter((finding) => {
      const hidden = options.baseline!.has(finding.fingerprint);
      if (hidden) baselined++;
      return !hidden;
    });
  }
  if (options.onlyFiles) findings = findings.filter((finding) => options.onlyFiles!.has(finding.file));
  findings.sort(compareFindings);
  return { findings, suppressed, baselined };
}

function toFinding(ruleId: RuleId, severity: 'error' | 'warning', message: string, descriptor: FindingDescriptor, input: EngineInput): Finding & { ruleId: RuleId } {
  const code = input.textOf(descriptor.file)?.split('\n')[descriptor.line - 1] ?? '';
  return {
    ruleId,
    severity,
    message,
    file: descriptor.file,
    line: descriptor.line,
    column: descriptor.column ?? 1,
    ...(descriptor.field !== undefined ? { field: descriptor.field } : {}),
    ...(descriptor.category ? { category: descriptor.category } : {}),
    ...(descriptor.recipient ? { recipient: descriptor.recipient } : {}),
    ...(descriptor.purposes ? { purposes: descriptor.purposes } : {}),
    fingerprint: fingerprintOf({
      ruleId,
      file: descriptor.file,
      field: descriptor.field ?? undefined,
      recipient: descriptor.recipient,
      code,
      extra: descriptor.key ?? (descriptor.field ? '' : message),
    }),
  };
}

function collectSuppressions(input: EngineInput): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const file of input.files) {
    // Prisma's `/// datamin-ignore` belongs to the field below it: the extractor attached it there.
    if (file.endsWith('.prisma')) continue;
    const text = input.textOf(file);
    if (text) suppressions.push(...readSuppressions(file, text));
  }
  for (const model of input.models) {
    suppressions.push(...fieldSuppressions(model.fields.filter((field) => field.suppressions?.length).map((field) => ({ ...field, id: `${model.name}.${field.name}` }))));
  }
  return suppressions;
}

/** The first line after a `datamin-ignore-next-line` comment that holds code. */
function nextCodeLine(input: EngineInput, suppression: Suppression): number {
  if (suppression.scope !== 'next-line') return suppression.line + 1;
  const lines = input.textOf(suppression.file)?.split('\n') ?? [];
  for (let index = suppression.line; index < lines.length; index++) {
    const text = lines[index].trim();
    if (text && !text.startsWith('//') && !text.startsWith('*') && !text.startsWith('/*')) return index + 1;
  }
  return suppression.line + 1;
}

/** The closest rule id, for "did you mean". */
export function suggestRuleId(text: string): string | undefined {
  const candidate = closest(text, [...RULE_IDS]);
  return candidate && levenshteinClose(text, candidate) ? candidate : undefined;
}

function levenshteinClose(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 4 && (b.startsWith(a.slice(0, 3)) || a.includes(b.slice(0, 5)));
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export { isRuleId };
