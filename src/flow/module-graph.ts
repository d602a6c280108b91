/**
 * The project's modules as the flow analysis needs them: each file's top-level declarations,
 * what it imports and what it exports (ES modules and CommonJS), resolved across files with the
 * project's import resolution (relative paths, index files, tsconfig path aliases).
 */
import type { ProjectSources } from '../project/sources.js';
import { collectImports, docCommentsOf, propertyNameText, ts, unwrap, type ImportMap } from '../project/syntax.js';

/** What an exported name stands for. */
export type ExportTarget =
  /** A top-level declaration of the file, by its local name. */
  | { kind: 'local'; name: string }
  /** `export { x as y } from './z'`, `export * as ns from './z'`. */
  | { kind: 'reexport'; module: string; name: string }
  /** `export default <expression>`, `module.exports = <expression>`, `exports.x = <expression>`. */
  | { kind: 'expression'; node: ts.Expression };

export interface ModuleInfo {
  file: string;
  sourceFile: ts.SourceFile;
  imports: ImportMap;
  /** Top-level function, class, variable and enum declarations by name. */
  declarations: Map<string, ts.Node>;
  exports: Map<string, ExportTarget>;
  /** Specifiers of `export * from '...'`. */
  starExports: string[];
  /** `module.exports = <expression>`: the whole module is that value. */
  commonJsExport?: ts.Expression;
  /** `// datamin-purpose: a, b` at the top of the file. */
  purposeComment: string[];
  /** `type Signup = z.infer<typeof SignupSchema>`: top-level type aliases, exported or not. */
  typeAliases: Map<string, ts.TypeNode>;
  /** Names of the interfaces declared at the top level. */
  interfaces: Set<string>;
}

export class ModuleGraph {
  private readonly modules = new Map<string, ModuleInfo>();

  constructor(private readonly sources: ProjectSources) {}

  /** The module of a project file, built on first use (parsing it if needed). */
  module(file: string): ModuleInfo | undefined {
    let info = this.modules.get(file);
    if (info) return info;
    if (!this.sources.fileSet.has(file) || this.sources.isSchemaFile(file)) return undefined;
    info = buildModuleInfo(file, this.sources.parse(file));
    this.modules.set(file, info);
    return info;
  }

  resolve(fromFile: string, specifier: string): string | undefined {
    // Asked for every read of an imported name: answered from a map per importing file.
    let byFile = this.resolved.get(fromFile);
    if (!byFile) this.resolved.set(fromFile, (byFile = new Map()));
    if (byFile.has(specifier)) return byFile.get(specifier);
    const target = this.sources.resolveImport(fromFile, specifier);
    byFile.set(specifier, target);
    return target;
  }

  private readonly resolved = new Map<string, Map<string, string | undefined>>();
}

function buildModuleInfo(file: string, sourceFile: ts.SourceFile): ModuleInfo {
  const info: ModuleInfo = {
    file,
    sourceFile,
    imports: collectImports(sourceFile),
    declarations: new Map(),
    exports: new Map(),
    starExports: [],
    purposeComment: readPurposeComment(sourceFile),
    typeAliases: new Map(),
    interfaces: new Set(),
  };
  const isExported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);

  for (const statement of sourceFile.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      info.declarations.set(statement.name.text, statement);
      if (isExported(statement)) info.exports.set(isDefault(statement) ? 'default' : statement.name.text, { kind: 'local', name: statement.name.text });
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && isDefault(statement)) {
      // `export default function () {}`: anonymous, reachable only as the default export.
      const name = '*default*';
      info.declarations.set(name, statement);
      info.exports.set('default', { kind: 'local', name });
    } else if (ts.isTypeAliasDeclaration(statement)) {
      info.typeAliases.set(statement.name.text, statement.type);
    } else if (ts.isInterfaceDeclaration(statement)) {
      info.interfaces.add(statement.name.text);
    } else if (ts.isEnumDeclaration(statement)) {
      info.declarations.set(statement.name.text, statement);
      if (isExported(statement)) info.exports.set(statement.name.text, { kind: 'local', name: statement.name.text });
    } else if (ts.isVariableStatement(statement)) {
      const exported = isExported(statement);
      for (const declaration of statement.declarationList.declarations) {
        for (const name of boundNames(declaration.name)) {
          info.declarations.set(name, declaration);
          if (exported) info.exports.set(name, { kind: 'local', name });
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      const expression = unwrap(statement.expression);
      if (ts.isIdentifier(expression)) info.exports.set('default', { kind: 'local', name: expression.text });
      else info.exports.set('default', { kind: 'expression', node: statement.expression });
    } else if (ts.isExportDeclaration(statement)) {
      const specifier = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (specifier) info.starExports.push(specifier);
      } else if (ts.isNamespaceExport(clause)) {
        if (specifier) info.exports.set(clause.name.text, { kind: 'reexport', module: specifier, name: '*' });
      } else {
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          const exported = element.name.text;
          info.exports.set(exported, specifier ? { kind: 'reexport', module: specifier, name: local } : { kind: 'local', name: local });
        }
      }
    } else if (ts.isExpressionStatement(statement)) {
      readCommonJsExport(statement.expression, info);
    }
  }
  return info;
}

/** `module.exports = x`, `module.exports.f = x`, `exports.f = x`. */
function readCommonJsExport(expression: ts.Expression, info: ModuleInfo): void {
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
  const target = unwrap(expression.left);
  const value = expression.right;
  if (ts.isPropertyAccessExpression(target)) {
    const owner = unwrap(target.expression);
    if (ts.isIdentifier(owner) && owner.text === 'module' && target.name.text === 'exports') {
      info.commonJsExport = value;
      const unwrapped = unwrap(value);
      if (ts.isObjectLiteralExpression(unwrapped)) {
        for (const property of unwrapped.properties) {
          if (ts.isShorthandPropertyAssignment(property)) info.exports.set(property.name.text, { kind: 'local', name: property.name.text });
          else if (ts.isPropertyAssignment(property)) {
            const key = propertyNameText(property.name);
            const initializer = unwrap(property.initializer);
            if (key && ts.isIdentifier(initializer)) info.exports.set(key, { kind: 'local', name: initializer.text });
            else if (key) info.exports.set(key, { kind: 'expression', node: property.initializer });
          }
        }
      } else if (ts.isIdentifier(unwrapped)) {
        info.exports.set('default', { kind: 'local', name: unwrapped.text });
      } else {
        info.exports.set('default', { kind: 'expression', node: value });
      }
      return;
    }
    const isExportsObject =
      (ts.isIdentifier(owner) && owner.text === 'exports') ||
      (ts.isPropertyAccessExpression(owner) && ts.isIdentifier(owner.expression) && owner.expression.text === 'module' && owner.name.text === 'exports');
    if (isExportsObject) {
      const unwrapped = unwrap(value);
      info.exports.set(target.name.text, ts.isIdentifier(unwrapped) ? { kind: 'local', name: unwrapped.text } : { kind: 'expression', node: value });
    }
  }
}

/** Names bound by a declaration name, including destructuring patterns. */
export function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const names: string[] = [];
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    names.push(...boundNames(element.name));
  }
  return names;
}

/** `// datamin-purpose: marketing, analytics` as the file's first comment (DESIGN.md section 2). */
function readPurposeComment(sourceFile: ts.SourceFile): string[] {
  const text = sourceFile.text;
  const ranges = ts.getLeadingCommentRanges(text, 0) ?? [];
  for (const range of ranges) {
    const comment = text.slice(range.pos, range.end);
    const match = /datamin-purpose:\s*([^\n*]+)/.exec(comment);
    if (match) return match[1].split(/[,\s]+/).filter(Boolean);
  }
  return [];
}

/** `@purpose marketing` JSDoc tags on a function, method or class. */
export function purposeTagsOf(node: ts.Node): string[] {
  const tags: string[] = [];
  // An arrow or function expression takes the docs of the declaration it initializes.
  const anchor = (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent) ? node.parent : node;
  for (const comment of docCommentsOf(anchor)) {
    for (const tag of comment.tags) if (tag.name === 'purpose') tags.push(...tag.text.split(/[,\s]+/).filter(Boolean));
  }
  return tags;
}
