/**
 * What a validation pattern checks, read from the regular expression a schema declares:
 * zod `.regex(/.../)` (https://zod.dev/api#strings), class-validator `@Matches(/.../)`
 * (https://github.com/typestack/class-validator#validation-decorators). Schemas often spell a
 * format as a pattern instead of a named validator; the pattern is then the only evidence that
 * `contact` holds an email address or `zip` a postal code.
 *
 * These look at the pattern's source text (a regular expression about a regular expression), not
 * at the scanned code: only the shapes that are unambiguous are recognized.
 */
import { ts, literalValue, unwrap } from '../../project/syntax.js';
import type { Validator } from '../../types.js';

/** A digit: `\d` or `[0-9]`. */
const DIGIT = String.raw`(?:\\d|\[0-9\])`;

/** A literal `+`, or a character class with `+` and no letters (`[+]`, `[+0-9 ]`), as phone patterns write it. */
const PHONE_PLUS = /\\\+|\[[^\]a-zA-Z]*\+[^\]a-zA-Z]*\]/;
const PHONE_AREA_CODE = new RegExp(String.raw`\\\(.*${DIGIT}\{3\}.*${DIGIT}\{4\}`);
const US_ZIP = new RegExp(String.raw`${DIGIT}\{5\}.*-.*${DIGIT}\{4\}`);
const UK_POSTCODE = /\[A-Z(?:a-z)?\]\{1,2\}.*\[A-Z(?:a-z)?\]\{2\}/;
const CANADIAN_POSTCODE = new RegExp(String.raw`\[A-Za-z\]${DIGIT}\[A-Za-z\]`);

/** The format a regular expression's source validates, when it is recognizable. */
export function validatorOfPattern(source: string): Validator | undefined {
  // An email pattern has a literal `@` between two parts (`[^@\s]+@[^@\s]+\.[^@\s]+`); an `@`
  // only inside a character class (`[a-zA-Z0-9@#%]*`, an allowed-characters list) is not one.
  const outsideClasses = source.replace(/\[(?:\\.|[^\]\\])*\]/g, 'X');
  if (/[^\\]@./.test(outsideClasses) || /^@/.test(outsideClasses)) return 'email';
  const hasDigits = /\\d|0-9/.test(source);
  if (hasDigits && (PHONE_PLUS.test(source) || PHONE_AREA_CODE.test(source))) return 'phone';
  if (US_ZIP.test(source) || UK_POSTCODE.test(source) || CANADIAN_POSTCODE.test(source)) return 'postal-code';
  return undefined;
}

/**
 * The source of a pattern written in the schema: a regular expression literal, `new RegExp('...')`,
 * or a constant of the file holding either. Undefined for anything computed.
 */
export function patternSourceOf(expression: ts.Expression | undefined, constants: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (!expression || depth > 3) return undefined;
  const node = unwrap(expression);
  const literal = literalValue(node);
  if (literal instanceof RegExp) return literal.source;
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
    const first = node.arguments?.[0];
    const text = first && literalValue(first);
    return typeof text === 'string' ? text : undefined;
  }
  if (ts.isIdentifier(node)) return patternSourceOf(constants.get(node.text), constants, depth + 1);
  return undefined;
}
