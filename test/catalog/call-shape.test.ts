import { CallShapeError, formatCallShape, parseCallShape } from '../../src/catalog/call-shape.js';
import { SINKS } from '../../src/catalog/sinks.js';

describe('parseCallShape', () => {
  test('a constructed named export with a member call (Segment)', () => {
    expect(parseCallShape('new Analytics().identify()')).toEqual({
      text: 'new Analytics().identify()',
      root: { kind: 'named', name: 'Analytics' },
      steps: [{ kind: 'construct' }, { kind: 'member', name: 'identify' }, { kind: 'call' }],
    });
  });

  test('the default import through a factory call (Mixpanel)', () => {
    expect(parseCallShape('default.init().people.set()').steps).toEqual([
      { kind: 'member', name: 'init' },
      { kind: 'call' },
      { kind: 'member', name: 'people' },
      { kind: 'member', name: 'set' },
      { kind: 'call' },
    ]);
    expect(parseCallShape('default.init().people.set()').root).toEqual({ kind: 'default' });
  });

  test('new before a member constructs the member, not the root (HubSpot)', () => {
    expect(parseCallShape('new default.Client().crm.*.basicApi.create()').steps).toEqual([
      { kind: 'member', name: 'Client' },
      { kind: 'construct' },
      { kind: 'member', name: 'crm' },
      { kind: 'any-member' },
      { kind: 'member', name: 'basicApi' },
      { kind: 'member', name: 'create' },
      { kind: 'call' },
    ]);
  });

  test('only the first call of a new shape constructs', () => {
    expect(parseCallShape('new default().client().messages.create()').steps.map((step) => step.kind)).toEqual([
      'construct',
      'member',
      'call',
      'member',
      'member',
      'call',
    ]);
  });

  test('a namespace import with a callback step (Sentry scopes)', () => {
    expect(parseCallShape('*.withScope(cb:0).setUser()')).toEqual({
      text: '*.withScope(cb:0).setUser()',
      root: { kind: 'namespace' },
      steps: [
        { kind: 'member', name: 'withScope' },
        { kind: 'callback', parameter: 0 },
        { kind: 'member', name: 'setUser' },
        { kind: 'call' },
      ],
    });
  });

  test('a call of a call result (debug)', () => {
    expect(parseCallShape('default()()').steps).toEqual([{ kind: 'call' }, { kind: 'call' }]);
  });

  test('a global assignment target (document.cookie)', () => {
    expect(parseCallShape('global:document.cookie=')).toEqual({
      text: 'global:document.cookie=',
      root: { kind: 'global', name: 'document' },
      steps: [{ kind: 'member', name: 'cookie' }, { kind: 'assign' }],
    });
  });

  test('a global called directly, and an assignment to any member', () => {
    expect(parseCallShape('global:fetch()').steps).toEqual([{ kind: 'call' }]);
    expect(parseCallShape('global:localStorage.*=').steps).toEqual([{ kind: 'any-member' }, { kind: 'assign' }]);
  });

  test('window., globalThis. and self. only qualify a global', () => {
    expect(parseCallShape('global:window.gtag()').root).toEqual({ kind: 'global', name: 'gtag' });
    expect(parseCallShape('global:globalThis.dataLayer.push()').root).toEqual({ kind: 'global', name: 'dataLayer' });
    expect(parseCallShape('global:self.fetch()').root).toEqual({ kind: 'global', name: 'fetch' });
    // `window` alone is a global like any other.
    expect(parseCallShape('global:window()').root).toEqual({ kind: 'global', name: 'window' });
  });

  test('a constructed global (WebSocket)', () => {
    expect(parseCallShape('new global:WebSocket().send()')).toEqual({
      text: 'new global:WebSocket().send()',
      root: { kind: 'global', name: 'WebSocket' },
      steps: [{ kind: 'construct' }, { kind: 'member', name: 'send' }, { kind: 'call' }],
    });
  });

  test('a bare named function and a name that merely starts with "new"', () => {
    expect(parseCallShape('set()')).toEqual({ text: 'set()', root: { kind: 'named', name: 'set' }, steps: [{ kind: 'call' }] });
    expect(parseCallShape('newLogger()').root).toEqual({ kind: 'named', name: 'newLogger' });
    expect(parseCallShape('$fetch()').root).toEqual({ kind: 'named', name: '$fetch' });
  });

  test('the callback parameter index is read as a number', () => {
    expect(parseCallShape('default.trace(cb:12).setTag()').steps[1]).toEqual({ kind: 'callback', parameter: 12 });
  });
});

describe('parseCallShape errors', () => {
  const cases: Array<[shape: string, message: string]> = [
    ['', 'invalid call shape "" at column 1: the shape is empty'],
    ['default', `invalid call shape "default" at column 8: a shape must end with a call '()' or an assignment '='`],
    ['*.withScope(cb:0).setUser', `invalid call shape "*.withScope(cb:0).setUser" at column 26: a shape must end with a call '()' or an assignment '='`],
    ['*.withScope(cb:0)', `invalid call shape "*.withScope(cb:0)" at column 18: a shape must end with a call '()' or an assignment '='`],
    ['default..x()', `invalid call shape "default..x()" at column 9: expected a member name or '*' after '.', found '.'`],
    ['default.', `invalid call shape "default." at column 9: expected a member name or '*' after '.', found the end`],
    ['9x()', `invalid call shape "9x()" at column 1: expected a root (default, *, an export name or global:name), found '9'`],
    ['.send()', `invalid call shape ".send()" at column 1: expected a root (default, *, an export name or global:name), found '.'`],
    ['global:()', `invalid call shape "global:()" at column 8: expected a global name after 'global:', found '('`],
    ['default.send(x)', `invalid call shape "default.send(x)" at column 14: expected '()' or '(cb:N)', found 'x'`],
    ['default.send(', `invalid call shape "default.send(" at column 14: expected '()' or '(cb:N)', found the end`],
    ['*.withScope(cb:)', `invalid call shape "*.withScope(cb:)" at column 16: expected a parameter index after 'cb:', found ')'`],
    ['*.withScope(cb:0', `invalid call shape "*.withScope(cb:0" at column 17: expected ')' after the parameter index, found the end`],
    ['default.send()=', `invalid call shape "default.send()=" at column 15: '=' must follow a member or a global: only those can be assigned`],
    ['Foo=', `invalid call shape "Foo=" at column 4: '=' must follow a member or a global: only those can be assigned`],
    ['global:document.cookie=x', `invalid call shape "global:document.cookie=x" at column 24: '=' must end the shape, found 'x'`],
    ['new default', `invalid call shape "new default" at column 12: 'new' needs a call '()' to construct with`],
    ['new *.withScope(cb:0).x()', `invalid call shape "new *.withScope(cb:0).x()" at column 16: 'new' constructs with '()', not with a callback call`],
    ['new()', `invalid call shape "new()" at column 1: 'new' must be followed by one space and the root to construct`],
    ['new', `invalid call shape "new" at column 1: 'new' must be followed by one space and the root to construct`],
    ['new  Stripe()', `invalid call shape "new  Stripe()" at column 5: expected a root (default, *, an export name or global:name), found ' '`],
    ['default .send()', `invalid call shape "default .send()" at column 8: unexpected ' '`],
    ['default.send();', `invalid call shape "default.send();" at column 15: unexpected ';'`],
  ];

  test.each(cases)('%j', (shape, message) => {
    expect(() => parseCallShape(shape)).toThrow(CallShapeError);
    // An Error given to toThrow must match the message exactly.
    expect(() => parseCallShape(shape)).toThrow(new Error(message));
  });

  test('the error carries the shape, the column and the reason', () => {
    let caught: unknown;
    try {
      parseCallShape('default..x()');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CallShapeError);
    expect(caught).toMatchObject({
      name: 'CallShapeError',
      shape: 'default..x()',
      column: 9,
      reason: "expected a member name or '*' after '.', found '.'",
    });
  });
});

describe('formatCallShape', () => {
  test('writes the canonical form: window. is dropped', () => {
    expect(formatCallShape(parseCallShape('global:window.gtag()'))).toBe('global:gtag()');
  });

  test('every shape in the catalog is already canonical and survives a round trip', () => {
    for (const sink of SINKS) {
      for (const shape of sink.calls) {
        const parsed = parseCallShape(shape);
        expect(formatCallShape(parsed)).toBe(shape);
        expect(parseCallShape(formatCallShape(parsed))).toEqual(parsed);
      }
    }
  });
});
