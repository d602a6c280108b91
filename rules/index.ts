/**
 * The rules by id, loaded on first use (ESLint's lazy rule map). Adding a rule is adding its
 * folder (index.ts + README.md) and one line here; `src/config/rule-ids.ts` lists the ids.
 */
import type { RuleId } from '../src/config/rule-ids.js';
import type { RuleDefinition } from '../src/engine/rule.js';

const load = (module: Promise<{ default: RuleDefinition }>): Promise<RuleDefinition> => module.then((loaded) => loaded.default);

export const RULES: Readonly<Record<RuleId, () => Promise<RuleDefinition>>> = {
  'undeclared-personal-data': () => load(import('./undeclared-personal-data/index.js')),
  'unused-personal-data': () => load(import('./unused-personal-data/index.js')),
  'purpose-violation': () => load(import('./purpose-violation/index.js')),
  'undeclared-sharing': () => load(import('./undeclared-sharing/index.js')),
  'personal-data-in-logs': () => load(import('./personal-data-in-logs/index.js')),
  'whole-record-sharing': () => load(import('./whole-record-sharing/index.js')),
  'special-category-basis': () => load(import('./special-category-basis/index.js')),
  'missing-retention': () => load(import('./missing-retention/index.js')),
  'consent-not-checked': () => load(import('./consent-not-checked/index.js')),
  'client-side-storage': () => load(import('./client-side-storage/index.js')),
  'manifest-drift': () => load(import('./manifest-drift/index.js')),
  'invalid-suppression': () => load(import('./invalid-suppression/index.js')),
  'analysis-error': () => load(import('./analysis-error/index.js')),
};
