/**
 * `npm run bench`: generates a 2,000-file / 200-model project and times the inventory on it.
 * Prints files per second and peak memory (max resident set size). Targets (issue 2):
 * at least 500 files/s on one core and under 1 GB peak.
 *   node bench/run.js [--files N] [--models N] [--path <existing project>] [--runs N]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from './generate.js';
import { inventory } from '../dist/src/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};

const here = path.dirname(fileURLToPath(import.meta.url));
let target = option('path');
if (!target) {
  target = path.join(here, '.generated', 'app');
  const generated = generateProject(target, { files: Number(option('files', 2000)), models: Number(option('models', 200)) });
  console.log(`generated ${generated.files} files, ${generated.models} models in ${path.relative(process.cwd(), target)}`);
}

const runs = Number(option('runs', 3));
const timings = [];
let last;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  last = await inventory({ cwd: target, paths: [target] });
  timings.push(performance.now() - started);
}
const best = Math.min(...timings);
const files = last.report.summary.files;
const peakMegabytes = process.resourceUsage().maxRSS / 1024;
console.log(`inventory: ${files} files, ${last.report.summary.models} models with personal data, ${last.report.inventory.length} personal fields`);
console.log(`time: best ${best.toFixed(0)} ms of ${runs} runs (${timings.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`speed: ${Math.round(files / (best / 1000))} files/s (target >= 500)`);
console.log(`peak memory: ${peakMegabytes.toFixed(0)} MB max RSS (target < 1024)`);
