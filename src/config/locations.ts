import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { KeyPath } from './errors.js';

/** A place in the manifest file; 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps key paths of the manifest value to places in its file, so that errors and the
 * `manifest-drift` rule point at the line that names the thing.
 */
export interface ManifestLocator {
  /** Where the path is named: the key of a map entry, or the item itself in a list. */
  locate(keyPath: KeyPath): Position | undefined;
  /** Where the path's value starts (the key when the value is empty). */
  locateValue(keyPath: KeyPath): Position | undefined;
  /**
   * Like `locate`/`locateValue`, but a path the file does not hold resolves to its deepest
   * ancestor that it does (a missing required key is reported at its parent).
   */
  locateNearest(keyPath: KeyPath, target: 'key' | 'value'): Position | undefined;
}

/** For formats that give no positions: JS and TS configs. */
export const NO_LOCATIONS: ManifestLocator = {
  locate: () => undefined,
  locateValue: () => undefined,
  locateNearest: () => undefined,
};

interface Step {
  /** The map key, or the list item, that names this step. */
  nameNode: Node | undefined;
  valueNode: Node | undefined;
}

/**
 * A locator over a `yaml` document (YAML, or JSON parsed as YAML). `prefix` is where the manifest
 * sits in the document: `['datamin']` in package.json, `[]` elsewhere.
 */
export function yamlLocator(document: Document, lineCounter: LineCounter, prefix: KeyPath = []): ManifestLocator {
  const positionOf = (node: Node | undefined): Position | undefined => {
    if (!node?.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };

  /**
   * The steps of the path that the document holds, from the document's root down (the prefix
   * included, so that the empty path names the `datamin` key of a package.json).
   */
  const walk = (keyPath: KeyPath): { steps: Step[]; complete: boolean } => {
    const steps: Step[] = [];
    let current = document.contents as Node | null;
    const fullPath = [...prefix, ...keyPath];
    for (const segment of fullPath) {
      let step: Step | undefined;
      if (isMap(current)) {
        const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (pair) step = { nameNode: pair.key as Node, valueNode: (pair.value ?? undefined) as Node | undefined };
      } else if (isSeq(current) && typeof segment === 'number') {
        const item = current.items[segment] as Node | undefined;
        if (item) step = { nameNode: item, valueNode: item };
      }
      if (!step) return { steps, complete: false };
      steps.push(step);
      current = step.valueNode ?? null;
    }
    return { steps, complete: true };
  };

  const rootPosition = (): Position => positionOf(document.contents ?? undefined) ?? { line: 1, column: 1 };

  const positionFor = (step: Step | undefined, target: 'key' | 'value'): Position | undefined => {
    if (!step) return rootPosition();
    if (target === 'value') return positionOf(step.valueNode) ?? positionOf(step.nameNode);
    return positionOf(step.nameNode);
  };

  return {
    locate(keyPath) {
      const { steps, complete } = walk(keyPath);
      return complete ? positionFor(steps.at(-1), 'key') : undefined;
    },
    locateValue(keyPath) {
      const { steps, complete } = walk(keyPath);
      return complete ? positionFor(steps.at(-1), 'value') : undefined;
    },
    locateNearest(keyPath, target) {
      const { steps, complete } = walk(keyPath);
      return positionFor(steps.at(-1), complete ? target : 'key');
    },
  };
}
