/**
 * Small helpers over the TypeScript syntax tree (the `ts` namespace that ts-morph ships).
 * Extractors and the flow analysis work on raw `ts.Node`s: wrapping every node in a ts-morph
 * object costs more than the walk itself, and syntax decides most questions without types.
 */
import { ts } from 'ts-morph';

export { ts };

/** Where a name used in a file comes from: `import { Entity as E } from 'typeorm'` -> E: typeorm/Entity. */
export interface ImportBinding {
  /** The module specifier as written: `typeorm`, `./user.schema`. */
  module: string;
  /** The exported name; `default` for default imports, `*` for namespace imports and whole `require`s. */
  imported: string;
}

export type ImportMap = Map<string, ImportBinding>;

/** 1-based line and column of a node's first token. */
export function positionOf(sourceFile: ts.SourceFile, node: ts.Node): { line: number; column: number } {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return { line: line + 1, column: character + 1 };
}

/**
 * Every name bound by an import in the file: ES `import`, `import x = require()`, and CommonJS
 * `const x = require('m')`, `const { a, b: c } = require('m')`, `const a = require('m').a`.
 */
export function collectImports(sourceFile: ts.SourceFile): ImportMap {
  const imports: ImportMap = new Map();
  const visitRequire = (declaration: ts.VariableDeclaration): void => {
    const initializer = declaration.initializer && unwrap(declaration.initializer);
    if (!initializer) return;
    let module: string | undefined;
    let member: string | undefined;
    if (isRequireCall(initializer)) {
      module = (initializer.arguments[0] as ts.StringLiteral).text;
    } else if (ts.isPropertyAccessExpression(initializer) && isRequireCall(unwrap(initializer.expression))) {
      module = ((unwrap(initializer.expression) as ts.CallExpression).arguments[0] as ts.StringLiteral).text;
      member = initializer.name.text;
    } else if (ts.isAwaitExpression(initializer) && ts.isCallExpression(initializer.expression) && initializer.expression.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const argument = initializer.expression.arguments[0];
      if (argument && ts.isStringLiteralLike(argument)) module = argument.text;
    }
    if (module === undefined) return;
    if (ts.isIdentifier(declaration.name)) {
      imports.set(declaration.name.text, { module, imported: member ?? '*' });
    } else if (ts.isObjectBindingPattern(declaration.name)) {
      for (const element of declaration.name.elements) {
        if (!ts.isIdentifier(element.name)) continue;
        const imported = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
        if (imported !== undefined) imports.set(element.name.text, { module, imported });
      }
    }
  };

  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) imports.set(clause.name.text, { module, imported: 'default' });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { module, imported: '*' });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          imports.set(element.name.text, { module, imported: (element.propertyName ?? element.name).text });
        }
      }
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const expression = statement.moduleReference.expression;
      if (ts.isStringLiteral(expression)) imports.set(statement.name.text, { module: expression.text, imported: '*' });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) visitRequire(declaration);
    }
  }
  return imports;
}

export function isRequireCall(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'require' &&
    node.arguments.length === 1 &&
    ts.isStringLiteralLike(node.arguments[0])
  );
}

/** Strips parentheses, `as`, `satisfies`, `!` and `<T>x` around an expression. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The text of a property name: identifiers, string and numeric literals, computed string keys. */
export function propertyNameText(name: ts.PropertyName | ts.BindingName | ts.MemberName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const expression = unwrap(name.expression);
    if (ts.isStringLiteralLike(expression) || ts.isNumericLiteral(expression)) return expression.text;
  }
  return undefined;
}

/**
 * A callee or member chain as dotted text when it is made only of names:
 * `z.object` -> "z.object", `this.prisma.user.findMany` -> "this.prisma.user.findMany".
 * Returns undefined for anything else (calls in the chain, element access with non-literal keys).
 */
export function dottedName(expression: ts.Expression): string | undefined {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) {
    const left = dottedName(node.expression);
    return left === undefined ? undefined : `${left}.${node.name.text}`;
  }
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    const left = dottedName(node.expression);
    return left === undefined ? undefined : `${left}.${node.argumentExpression.text}`;
  }
  return undefined;
}

/** The first identifier of a member chain or call chain: `z.string().email()` -> `z`. */
export function rootIdentifier(expression: ts.Expression): ts.Identifier | undefined {
  let node = unwrap(expression);
  for (;;) {
    if (ts.isIdentifier(node)) return node;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) node = unwrap(node.expression);
    else if (ts.isCallExpression(node)) node = unwrap(node.expression);
    else return undefined;
  }
}

/** A decorator as data: `@Column({ type: 'varchar' })` -> { name: 'Column', arguments: [...] }. */
export interface DecoratorInfo {
  /** The last name of the decorator expression: `Column` for `@Column()` and `@orm.Column()`. */
  name: string;
  /** The first identifier: `Column`, or `orm` for `@orm.Column()`; resolve it with the import map. */
  root: string;
  arguments: readonly ts.Expression[];
  node: ts.Decorator;
}

export function decoratorsOf(node: ts.Node): DecoratorInfo[] {
  if (!ts.canHaveDecorators(node)) return [];
  const result: DecoratorInfo[] = [];
  for (const decorator of ts.getDecorators(node) ?? []) {
    let expression = unwrap(decorator.expression);
    let args: readonly ts.Expression[] = [];
    if (ts.isCallExpression(expression)) {
      args = expression.arguments;
      expression = unwrap(expression.expression);
    }
    const name = ts.isIdentifier(expression)
      ? expression.text
      : ts.isPropertyAccessExpression(expression)
        ? expression.name.text
        : undefined;
    const root = rootIdentifier(expression)?.text;
    if (name && root) result.push({ name, root, arguments: args, node: decorator });
  }
  return result;
}

/** A literal JavaScript value written in the source, or undefined when it is not a literal. */
export type LiteralValue = string | number | boolean | null | RegExp | LiteralValue[] | { [key: string]: LiteralValue };

/**
 * Evaluates literals only: strings, numbers, booleans, null, regular expressions, arrays and
 * objects of literals, and no-substitution templates. Never runs code.
 */
export function literalValue(expression: ts.Expression | undefined): LiteralValue | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return -Number(node.operand.text);
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isRegularExpressionLiteral(node)) {
    const match = /^\/(.*)\/([a-z]*)$/s.exec(node.text);
    if (!match) return undefined;
    try {
      return new RegExp(match[1], match[2]);
    } catch {
      return undefined;
    }
  }
  if (ts.isArrayLiteralExpression(node)) {
    const values: LiteralValue[] = [];
    for (const element of node.elements) {
      const value = literalValue(element);
      if (value === undefined) return undefined;
      values.push(value);
    }
    return values;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const object: { [key: string]: LiteralValue } = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = propertyNameText(property.name);
      const value = literalValue(property.initializer);
      if (key !== undefined && value !== undefined) object[key] = value;
    }
    return object;
  }
  return undefined;
}

/** The string a literal expression holds, or undefined. */
export function stringValue(expression: ts.Expression | undefined): string | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  return ts.isStringLiteralLike(node) ? node.text : undefined;
}

/** A property of an object literal by key: `{ type: 'varchar' }` -> the `'varchar'` node. */
export function objectProperty(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
    if (ts.isMethodDeclaration(property) && propertyNameText(property.name) === key) return undefined;
  }
  return undefined;
}

/** The JSDoc text of a declaration (description only, tags dropped), trimmed; undefined when none. */
export function docCommentOf(node: ts.Node): string | undefined {
  const parts = docCommentsOf(node)
    .map((comment) => comment.description)
    .filter((description) => description !== '');
  return parts.length ? parts.join('\n') : undefined;
}

/** A `/** ... *\/` comment before a declaration: its description and its `@tag value` lines. */
export interface DocComment {
  description: string;
  tags: Array<{ name: string; text: string }>;
}

/**
 * The JSDoc blocks written before a node, read from the comment text. Files are parsed without
 * JSDoc (it nearly doubles the parse time), so this does not rely on the parser's JSDoc nodes.
 * A declaration inside a variable statement (`export const x = ...`) takes the statement's docs.
 */
export function docCommentsOf(node: ts.Node): DocComment[] {
  const sourceFile = node.getSourceFile();
  let anchor: ts.Node = node;
  if (ts.isVariableDeclaration(anchor) && ts.isVariableDeclarationList(anchor.parent) && anchor.parent.declarations[0] === anchor) anchor = anchor.parent.parent;
  const text = sourceFile.text;
  const ranges = ts.getLeadingCommentRanges(text, anchor.getFullStart()) ?? [];
  const result: DocComment[] = [];
  for (const range of ranges) {
    const raw = text.slice(range.pos, range.end);
    if (!raw.startsWith('/**') || raw === '/**/') continue;
    const lines = raw
      .slice(3, -2)
      .split('\n')
      .map((line) => line.replace(/^\s*\*?\s?/, '').trimEnd());
    const description: string[] = [];
    const tags: Array<{ name: string; text: string }> = [];
    for (const line of lines) {
      const tag = /^@(\w+)\s*(.*)$/.exec(line.trim());
      if (tag) tags.push({ name: tag[1], text: tag[2].trim() });
      else if (tags.length) tags[tags.length - 1].text = `${tags[tags.length - 1].text} ${line.trim()}`.trim();
      else description.push(line);
    }
    result.push({ description: description.join('\n').trim(), tags });
  }
  return result;
}

/**
 * Parses a TypeScript or JavaScript file the way every stage of datamin does: the latest syntax,
 * parent pointers set, and JSDoc parsed only where it carries types (JavaScript files), which
 * makes parsing nearly twice as fast; doc comments are read from the text (`docCommentsOf`).
 */
export function parseSourceFile(fileName: string, text: string): ts.SourceFile {
  const sourceFile = ts.createSourceFile(
    fileName,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors },
    false,
    scriptKindOf(fileName),
  );
  setParents(sourceFile);
  return sourceFile;
}

const FUNCTION_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
]);

/** The functions with a body in a file, in source order: outside any function, and inside one. */
export interface FileFunctions {
  topLevel: ts.FunctionLikeDeclaration[];
  nested: ts.FunctionLikeDeclaration[];
}

const fileFunctions = new WeakMap<ts.SourceFile, FileFunctions>();

/** The functions of a file, listed while its parents were set (parseSourceFile does that). */
export function functionsOf(sourceFile: ts.SourceFile): FileFunctions {
  let functions = fileFunctions.get(sourceFile);
  if (!functions) {
    setParents(sourceFile);
    functions = fileFunctions.get(sourceFile)!;
  }
  return functions;
}

/**
 * Sets `parent` on every node, JSDoc included: what `setParentNodes` does, with one visitor
 * instead of TypeScript's work queue, which allocates about a tenth of a scan's garbage. The
 * same walk lists the file's functions for the flow analysis.
 */
function setParents(sourceFile: ts.SourceFile): void {
  const functions: FileFunctions = { topLevel: [], nested: [] };
  let parent: ts.Node = sourceFile;
  let inside = false;
  const visit = (child: ts.Node): void => {
    (child as { parent: ts.Node }).parent = parent;
    const jsDoc = (child as { jsDoc?: ts.Node[] }).jsDoc;
    const outer = parent;
    if (jsDoc) {
      parent = child;
      for (const doc of jsDoc) visit(doc);
    }
    const wasInside = inside;
    if (FUNCTION_KINDS.has(child.kind)) {
      if ((child as ts.FunctionLikeDeclaration).body) (inside ? functions.nested : functions.topLevel).push(child as ts.FunctionLikeDeclaration);
      inside = true;
    }
    parent = child;
    ts.forEachChild(child, visit);
    parent = outer;
    inside = wasInside;
  };
  ts.forEachChild(sourceFile, visit);
  fileFunctions.set(sourceFile, functions);
}

/**
 * Top-level `const name = <initializer>` declarations of a file, by name. Extractors use it to
 * follow `new Schema(fields)` where `fields` is a variable declared elsewhere in the file.
 */
export function topLevelConstants(sourceFile: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        constants.set(declaration.name.text, declaration.initializer);
      }
    }
  }
  return constants;
}

/** True when a declaration statement carries `export` (or `export default`). */
export function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Calls `visit` for every node below `root`, depth first, in source order. */
export function forEachDescendant(root: ts.Node, visit: (node: ts.Node) => void): void {
  const walk = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(root, walk);
}

/** The ScriptKind for a file name, so that `.js` files parse as JavaScript (with JSX allowed). */
export function scriptKindOf(fileName: string): ts.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[mc]?js$/.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** `const x = ...` (not `let` or `var`). */
export function isConstDeclaration(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}
