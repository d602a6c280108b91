/**
 * The call-shape grammar: how the catalog writes down, as data, which API calls are sinks.
 *
 * A shape reads like the code it matches, with the module's binding as its first word:
 *
 *   new Analytics().identify()          `import { Analytics } from '@segment/analytics-node'`
 *   default.init().people.set()         `import mixpanel from 'mixpanel'` / `require('mixpanel')`
 *   *.withScope(cb:0).setUser()         `Sentry.withScope((scope) => scope.setUser(...))`
 *   global:document.cookie=            `document.cookie = ...`
 *
 * ROOT — what the chain starts from:
 *   `default`      the default import, the whole `require()` result;
 *   `*`            a namespace import (`import * as x`);
 *   `Name`         a named export (`import { Resend } from 'resend'`).
 *                  CommonJS interop makes `import x from`, `import * as x` and `require()` the same
 *                  object in most packages, so the engine matches `default` and `*` alike, and
 *                  `default.Name`, `*.Name` and the named root `Name` as one binding. The catalog
 *                  writes the form the SDK's docs use;
 *   `global:name`  a global; `global:window.gtag` is the same as `global:gtag` (the engine strips
 *                  `window.`, `globalThis.` and `self.` from code before matching).
 * STEPS:
 *   `.name`        member access (`?.` in code counts as `.`);
 *   `.*`           any one member;
 *   `()`           a call;
 *   `(cb:N)`       a call whose function argument's parameter N continues the chain;
 *   `=`            an assignment to the member before it; only at the end.
 * `new ` before the root constructs: `new default.Client()` is `new (x.Client)()`, so the first `()`
 * of a `new` shape becomes a `construct` step. A value typed as the class (`private stripe: Stripe`)
 * counts as constructed. The last step must be `()` or `=`.
 */

/** Where a call shape starts. */
export type CallShapeRoot =
  /** The default import or the whole `require()` result. */
  | { kind: 'default' }
  /** A namespace import; matched like `default` (CommonJS interop). */
  | { kind: 'namespace' }
  /** A named export of the module. */
  | { kind: 'named'; name: string }
  /** A global, without any `window.`/`globalThis.`/`self.` prefix. */
  | { kind: 'global'; name: string };

/** One step of a call shape after its root. */
export type CallShapeStep =
  | { kind: 'member'; name: string }
  | { kind: 'any-member' }
  | { kind: 'call' }
  /** The call that a leading `new` constructs with. */
  | { kind: 'construct' }
  /** A call whose callback's parameter `parameter` continues the chain. */
  | { kind: 'callback'; parameter: number }
  /** An assignment to the member before it; always the last step. */
  | { kind: 'assign' };

/** A parsed call shape. */
export interface CallShape {
  /** The shape as written in the catalog. */
  text: string;
  root: CallShapeRoot;
  steps: readonly CallShapeStep[];
}

/** A call shape that does not follow the grammar; `column` is 1-based. */
export class CallShapeError extends Error {
  readonly shape: string;
  readonly column: number;
  readonly reason: string;

  constructor(shape: string, column: number, reason: string) {
    super(`invalid call shape "${shape}" at column ${column}: ${reason}`);
    this.name = 'CallShapeError';
    this.shape = shape;
    this.column = column;
    this.reason = reason;
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*/;
const DIGITS = /^\d+/;
/** Global objects that only qualify another global: `window.gtag` is `gtag`. */
const GLOBAL_QUALIFIERS = new Set(['window', 'globalThis', 'self']);

/** Parses one call shape; throws a `CallShapeError` naming the column and what was expected. */
export function parseCallShape(text: string): CallShape {
  let position = 0;
  const fail = (reason: string, at: number = position): never => {
    throw new CallShapeError(text, at + 1, reason);
  };
  const describe = (at: number): string => (at >= text.length ? 'the end' : `'${text[at]}'`);

  if (text.length === 0) fail('the shape is empty');

  let isConstructed = false;
  if (text.startsWith('new ')) {
    isConstructed = true;
    position = 4;
  } else if (text === 'new' || text.startsWith('new.') || text.startsWith('new(')) {
    fail("'new' must be followed by one space and the root to construct");
  }

  const root = parseRoot();
  const steps: CallShapeStep[] = [];
  let hasConstructed = false;

  while (position < text.length) {
    const character = text[position];
    if (character === '.') {
      position += 1;
      if (text[position] === '*') {
        position += 1;
        steps.push({ kind: 'any-member' });
        continue;
      }
      const name = IDENTIFIER.exec(text.slice(position))?.[0];
      if (name === undefined) fail(`expected a member name or '*' after '.', found ${describe(position)}`);
      position += name!.length;
      steps.push({ kind: 'member', name: name! });
    } else if (character === '(') {
      const start = position;
      if (text[position + 1] === ')') {
        position += 2;
        if (isConstructed && !hasConstructed) {
          hasConstructed = true;
          steps.push({ kind: 'construct' });
        } else {
          steps.push({ kind: 'call' });
        }
        continue;
      }
      if (!text.startsWith('cb:', position + 1)) fail(`expected '()' or '(cb:N)', found ${describe(position + 1)}`, position + 1);
      if (isConstructed && !hasConstructed) fail("'new' constructs with '()', not with a callback call", start);
      position += 4;
      const digits = DIGITS.exec(text.slice(position))?.[0];
      if (digits === undefined) fail(`expected a parameter index after 'cb:', found ${describe(position)}`);
      position += digits!.length;
      if (text[position] !== ')') fail(`expected ')' after the parameter index, found ${describe(position)}`);
      position += 1;
      steps.push({ kind: 'callback', parameter: Number(digits) });
    } else if (character === '=') {
      const previous = steps.at(-1);
      const isAssignable =
        previous?.kind === 'member' || previous?.kind === 'any-member' || (previous === undefined && root.kind === 'global');
      if (!isAssignable) fail("'=' must follow a member or a global: only those can be assigned");
      position += 1;
      if (position < text.length) fail(`'=' must end the shape, found ${describe(position)}`);
      steps.push({ kind: 'assign' });
    } else {
      fail(`unexpected ${describe(position)}`);
    }
  }

  if (isConstructed && !hasConstructed) fail("'new' needs a call '()' to construct with");
  const last = steps.at(-1);
  if (last?.kind !== 'call' && last?.kind !== 'construct' && last?.kind !== 'assign') {
    fail("a shape must end with a call '()' or an assignment '='", text.length);
  }
  return { text, root, steps };

  function parseRoot(): CallShapeRoot {
    if (text[position] === '*') {
      position += 1;
      return { kind: 'namespace' };
    }
    if (text.startsWith('global:', position)) {
      position += 'global:'.length;
      let name = IDENTIFIER.exec(text.slice(position))?.[0];
      if (name === undefined) fail(`expected a global name after 'global:', found ${describe(position)}`);
      position += name!.length;
      if (GLOBAL_QUALIFIERS.has(name!) && text[position] === '.') {
        const qualified = IDENTIFIER.exec(text.slice(position + 1))?.[0];
        if (qualified !== undefined) {
          name = qualified;
          position += 1 + qualified.length;
        }
      }
      return { kind: 'global', name: name! };
    }
    const name = IDENTIFIER.exec(text.slice(position))?.[0];
    if (name === undefined) {
      fail(`expected a root (default, *, an export name or global:name), found ${describe(position)}`);
    }
    if (name === 'new') fail("'new' must be followed by one space and the root to construct");
    position += name!.length;
    return name === 'default' ? { kind: 'default' } : { kind: 'named', name: name! };
  }
}

/** Writes a parsed shape back in its canonical form (`global:window.gtag()` becomes `global:gtag()`). */
export function formatCallShape(shape: Pick<CallShape, 'root' | 'steps'>): string {
  const isConstructed = shape.steps.some((step) => step.kind === 'construct');
  let text = isConstructed ? 'new ' : '';
  switch (shape.root.kind) {
    case 'default':
      text += 'default';
      break;
    case 'namespace':
      text += '*';
      break;
    case 'named':
      text += shape.root.name;
      break;
    case 'global':
      text += `global:${shape.root.name}`;
      break;
  }
  for (const step of shape.steps) {
    switch (step.kind) {
      case 'member':
        text += `.${step.name}`;
        break;
      case 'any-member':
        text += '.*';
        break;
      case 'call':
      case 'construct':
        text += '()';
        break;
      case 'callback':
        text += `(cb:${step.parameter})`;
        break;
      case 'assign':
        text += '=';
        break;
    }
  }
  return text;
}
