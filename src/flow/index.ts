/**
 * The flow stage: from the inventory and the project's code to uses of model fields and flows of
 * personal values to sinks (DESIGN.md sections 5 and 7).
 */
import picomatch from 'picomatch';
import type { Manifest } from '../config/manifest.js';
import type { Inventory } from '../inventory/index.js';
import type { ProjectSources } from '../project/sources.js';
import { readDependencies } from '../project/packages.js';
import { FlowAnalyzer } from './analyzer.js';
import { librariesIn, tableKey } from './libraries.js';
import { ModelIndex } from './models.js';
import { ModuleGraph } from './module-graph.js';
import { SinkIndex } from './sink-match.js';
import type { AnalysisLimit, Flow, Use } from './types.js';

export type { AnalysisLimit, Flow, Use } from './types.js';

export interface FlowFacts {
  flows: Flow[];
  uses: Use[];
  limits: AnalysisLimit[];
  /** The purposes a file serves, from the manifest's `code` globs and `// datamin-purpose:` comments. */
  purposesOfFile(file: string): string[];
}

let sinkIndex: SinkIndex | undefined;

export function buildFlows(sources: ProjectSources, inventory: Inventory, manifest: Manifest | undefined): FlowFacts {
  sinkIndex ??= new SinkIndex();
  const graph = new ModuleGraph(sources);
  const models = new ModelIndex(inventory.models, inventory.fields);
  const recipients: Record<string, { hosts: string[]; packages: string[] }> = {};
  for (const [key, recipient] of Object.entries(manifest?.recipients ?? {})) {
    if (recipient.hosts.length || recipient.packages.length) recipients[key] = { hosts: recipient.hosts, packages: recipient.packages };
  }
  const analyzer = new FlowAnalyzer(sources, graph, models, sinkIndex, { sanitizers: manifest?.sanitizers ?? [], recipients });
  const files = sources.scriptFiles();
  analyzer.analyzeFiles(files);

  const filePurposes = new Map<string, string[]>();
  const matchers = (manifest?.purposes ?? []).map((purpose) => ({ name: purpose.name, isMatch: purpose.code.length ? picomatch(purpose.code, { dot: true }) : () => false }));
  const purposesOfFile = (file: string): string[] => {
    let purposes = filePurposes.get(file);
    if (!purposes) {
      const fromGlobs = matchers.filter((matcher) => matcher.isMatch(file)).map((matcher) => matcher.name);
      const fromComment = graph.module(file)?.purposeComment ?? [];
      purposes = [...new Set([...fromGlobs, ...fromComment])].sort();
      filePurposes.set(file, purposes);
    }
    return purposes;
  };

  // Tables an authentication library reads itself: their fields are used by the adapter.
  const libraries = librariesIn(readDependencies(sources.root));
  if (libraries.length) {
    for (const model of inventory.models) {
      if (model.kind !== 'entity') continue;
      for (const library of libraries) {
        const fields = library.tables[tableKey(model.tableName ?? model.name)] ?? library.tables[tableKey(model.name)];
        if (!fields) continue;
        for (const field of model.fields) {
          if (fields !== '*' && !fields.includes(field.name)) continue;
          analyzer.recordUse(`${model.name}.${field.name}`, 'read', { file: field.file, line: field.line, column: field.column, code: field.name }, `read by ${library.library}`);
        }
      }
    }
  }

  const flows = [...analyzer.flows.values()];
  for (const flow of flows) {
    const purposes = new Set<string>();
    for (const step of flow.path ?? []) {
      for (const purpose of purposesOfFile(step.file)) purposes.add(purpose);
      for (const purpose of step.purposeTags) purposes.add(purpose);
    }
    flow.purposes = [...purposes].sort();
  }
  flows.sort(compareFlows);
  const uses = [...analyzer.uses.values()].sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.field, b.field) || compare(a.kind, b.kind),
  );
  const limits = [...analyzer.limits].sort((a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.kind, b.kind));
  return { flows, uses, limits, purposesOfFile };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFlows(a: Flow, b: Flow): number {
  return (
    compare(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compare(a.field ?? '', b.field ?? '') ||
    compare(a.category, b.category) ||
    compare(a.sink.recipient, b.sink.recipient) ||
    Number(a.pseudonymous ?? false) - Number(b.pseudonymous ?? false)
  );
}
