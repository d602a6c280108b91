/**
 * Inline suppressions (DESIGN.md section 2):
 *   // datamin-ignore-next-line <rule-id>[, <rule-id>] -- reason
 *   // datamin-ignore <rule-id> -- reason              (the whole file)
 *   /// datamin-ignore <rule-id> -- reason             (a Prisma field, read by the Prisma extractor)
 * Comments are found with TypeScript's scanner, so `//` inside strings is not a comment.
 */
import { parseSourceFile, ts } from '../project/syntax.js';
import type { FieldFact } from '../types.js';

export interface Suppression {
  file: string;
  /** The comment's line. */
  line: number;
  column: number;
  /** Rule ids as written; may be empty or unknown (then the suppression is invalid). */
  ruleIds: string[];
  reason?: string;
  scope: 'next-line' | 'file' | 'field';
  /** For `field` scope: the field id it sits on. */
  field?: string;
  /** Set by the engine when it hid at least one finding. */
  used: boolean;
}

const COMMENT_PATTERN = /^(?:\/\/\/?|\/\*+)\s*datamin-(ignore-next-line|ignore)\b(.*?)(?:\*\/)?\s*$/s;

/**
 * Reads the suppression comments of one script file. Cheap when the file mentions none; otherwise
 * the file is parsed and the comments attached to its nodes are read (a bare scanner cannot tell
 * a comment from the inside of a template literal).
 */
export function readSuppressions(file: string, text: string): Suppression[] {
  if (!text.includes('datamin-ignore')) return [];
  const sourceFile = parseSourceFile(file, text);
  const lineStarts = lineStartsOf(text);
  const seen = new Set<number>();
  const suppressions: Suppression[] = [];
  const readRanges = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      const parsed = parseSuppressionComment(text.slice(range.pos, range.end));
      if (!parsed) continue;
      const line = lineOf(lineStarts, range.pos);
      suppressions.push({ file, line: line + 1, column: range.pos - lineStarts[line] + 1, ...parsed, used: false });
    }
  };
  const visit = (node: ts.Node): void => {
    readRanges(ts.getLeadingCommentRanges(text, node.getFullStart()));
    readRanges(ts.getTrailingCommentRanges(text, node.getEnd()));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  readRanges(ts.getLeadingCommentRanges(text, sourceFile.endOfFileToken.getFullStart()));
  return suppressions.sort((a, b) => a.line - b.line || a.column - b.column);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
  return starts;
}

/** The 0-based line holding a position (binary search over line starts). */
function lineOf(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The rule ids and reason of a suppression comment; undefined when the comment is not one. */
export function parseSuppressionComment(comment: string): { scope: 'next-line' | 'file'; ruleIds: string[]; reason?: string } | undefined {
  const match = COMMENT_PATTERN.exec(comment.trim());
  if (!match) return undefined;
  const scope = match[1] === 'ignore-next-line' ? 'next-line' : 'file';
  const rest = match[2].trim();
  const separator = rest.indexOf('--');
  const ids = (separator >= 0 ? rest.slice(0, separator) : rest).trim();
  const reason = separator >= 0 ? rest.slice(separator + 2).trim() : undefined;
  return {
    scope,
    ruleIds: ids ? ids.split(/[\s,]+/).filter(Boolean) : [],
    ...(reason ? { reason } : {}),
  };
}

/** Prisma `/// datamin-ignore` comments, which the extractor attached to fields. */
export function fieldSuppressions(fields: ReadonlyArray<FieldFact & { id: string }>): Suppression[] {
  const result: Suppression[] = [];
  for (const field of fields) {
    for (const suppression of field.suppressions ?? []) {
      result.push({
        file: suppression.file,
        line: suppression.line,
        column: suppression.column,
        ruleIds: suppression.ruleId ? [suppression.ruleId] : [],
        ...(suppression.reason ? { reason: suppression.reason } : {}),
        scope: 'field',
        field: field.id,
        used: false,
      });
    }
  }
  return result;
}

/** Whether a suppression hides a finding of `ruleId` at `file:line` about `field`. */
export function suppresses(suppression: Suppression, finding: { ruleId: string; file: string; line: number; field?: string | null }, nextCodeLine: number): boolean {
  if (!suppression.ruleIds.includes(finding.ruleId)) return false;
  switch (suppression.scope) {
    case 'file':
      return suppression.file === finding.file;
    case 'next-line':
      return suppression.file === finding.file && finding.line === nextCodeLine;
    case 'field':
      return finding.field === suppression.field && finding.file === suppression.file;
  }
}
