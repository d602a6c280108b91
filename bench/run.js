/**
 * `npm run bench`: generates a 2,000-file / 200-model project and times datamin on it: the
 * inventory alone (issue 2 target: at least 500 files/s on one core, under 1 GB peak) and the
 * full scan with its per-stage timings (inventory, flows, rules) and peak memory.
 *   node bench/run.js [--files N] [--models N] [--path <existing project>] [--runs N]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from './generate.js';
import { inventory, scan } from '../dist/src/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};

const here = path.dirname(fileURLToPath(import.meta.url));
let target = option('path');
if (target) {
  target = path.resolve(target);
} else {
  target = path.join(here, '.generated', 'app');
  const generated = generateProject(target, { files: Number(option('files', 2000)), models: Number(option('models', 200)) });
  console.log(`generated ${generated.files} files, ${generated.models} models in ${path.relative(process.cwd(), target)}`);
}

const runs = Number(option('runs', 3));
const best = async (run) => {
  const timings = [];
  let last;
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    last = await run();
    timings.push(performance.now() - started);
  }
  return { best: Math.min(...timings), timings, last };
};

const inventoryRun = await best(() => inventory({ cwd: target, paths: [target] }));
const files = inventoryRun.last.report.summary.files;
console.log(`inventory: ${files} files, ${inventoryRun.last.report.inventory.length} personal fields`);
console.log(`  best ${inventoryRun.best.toFixed(0)} ms of ${runs} (${inventoryRun.timings.map((t) => t.toFixed(0)).join(', ')}): ${Math.round(files / (inventoryRun.best / 1000))} files/s (target >= 500)`);

const scanRun = await best(() => scan({ cwd: target, paths: [target] }));
const { report, timings } = scanRun.last;
console.log(`scan: ${report.flows.length} flows, ${report.findings.length} findings`);
console.log(`  best ${scanRun.best.toFixed(0)} ms of ${runs}: ${Math.round(files / (scanRun.best / 1000))} files/s`);
console.log(`  stages (last run): ${Object.entries(timings).map(([stage, ms]) => `${stage} ${ms} ms`).join(', ')}`);
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB max RSS (targets: inventory < 1024, scan < 1536)`);
