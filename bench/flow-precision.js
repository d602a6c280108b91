/**
 * Precision of reported flows, checked by hand (issue 3: at least 0.85 of the flows to third
 * parties and logs are real). Two steps around a human (or reviewer) reading the code:
 *
 *   node bench/flow-precision.js sample <scans-dir> [--size 40] [--seed 1] > sample.json
 *     A simple random sample of the flows that are not pseudonymous and reach a third party, an
 *     HTTP host, an AI provider or a log, over every `<app>.json` report in <scans-dir> (made
 *     with `datamin scan <app> -f json -o <scans-dir>/<app>.json`). Each entry has a number `n`.
 *
 *   node bench/flow-precision.js score <scans-dir> <sample.json> <verdicts.md>...
 *     Reads verdict lines `<n> | <app> | REAL or NOT REAL | <category right?> | <evidence>` and
 *     prints the precision as judged, and again counting only the sampled flows the reports in
 *     <scans-dir> still contain (after a change to datamin, re-scan first).
 *
 *   node bench/flow-precision.js census <scans-dir> <sample.json>=<verdicts.md>... [--unjudged out.json]
 *     Every reported flow of the pool, each with the verdict some earlier sample gave it (matched
 *     by app, file, line, field and category; the first pair listed wins): the precision over the
 *     flows judged, and with --unjudged the flows still to judge, numbered like a sample.
 *
 * The apps are not part of this repository: fetch them, scan them, sample, judge, score.
 */
import fs from 'node:fs';
import path from 'node:path';

const SHARED = new Set(['third-party', 'http', 'ai', 'log']);
const [command, scans, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const index = rest.indexOf(`--${name}`);
  return index >= 0 ? Number(rest[index + 1]) : fallback;
};

function reports(directory) {
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ app: path.basename(file, '.json'), report: JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) }));
}

const keyOf = (app, flow) => `${app}|${flow.file}|${flow.line}|${flow.field}|${flow.category}`;

/** The reported flows that are not pseudonymous and reach a third party, an HTTP host, an AI provider or a log. */
const poolOf = (directory) => reports(directory).flatMap(({ app, report }) => (report.flows ?? []).filter((flow) => !flow.pseudonymous && SHARED.has(flow.sink.kind)).map((flow) => ({ app, flow })));

const toEntry = ({ app, flow }, index) => ({ n: index + 1, app, field: flow.field, category: flow.category, sink: flow.sink, file: flow.file, line: flow.line, source: flow.source, trace: flow.trace, evidence: flow.evidence });

/** `<n> | <app> | REAL or NOT REAL | ...` lines of a verdict file, by number. */
function readVerdicts(file) {
  const verdicts = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*(\d+)\s*\|[^|]*\|\s*(REAL|NOT REAL)\b/.exec(line);
    if (match) verdicts.set(Number(match[1]), match[2] === 'REAL');
  }
  return verdicts;
}

if (command === 'sample' && scans) {
  const pool = poolOf(scans);
  let seed = option('seed', 1) >>> 0;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const picked = [];
  while (picked.length < option('size', 40) && pool.length) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  process.stdout.write(`${JSON.stringify(picked.map(toEntry), null, 1)}\n`);
} else if (command === 'score' && scans && rest.length >= 2) {
  const [sampleFile, ...verdictFiles] = rest;
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  const verdicts = new Map(verdictFiles.flatMap((file) => [...readVerdicts(file)]));
  const still = new Set(reports(scans).flatMap(({ app, report }) => (report.flows ?? []).filter((flow) => !flow.pseudonymous).map((flow) => keyOf(app, flow))));
  let judged = 0;
  let real = 0;
  let kept = 0;
  let keptReal = 0;
  for (const entry of sample) {
    if (!verdicts.has(entry.n)) continue;
    judged++;
    if (verdicts.get(entry.n)) real++;
    if (!still.has(keyOf(entry.app, entry))) continue;
    kept++;
    if (verdicts.get(entry.n)) keptReal++;
  }
  const ratio = (a, b) => (b ? (a / b).toFixed(3) : '-');
  console.log(`as judged: ${real}/${judged} real (${ratio(real, judged)}); still reported: ${keptReal}/${kept} real (${ratio(keptReal, kept)}); ${sample.length - judged} without a verdict`);
} else if (command === 'census' && scans) {
  const known = new Map();
  const pairs = rest.filter((argument, index) => argument.includes('=') && rest[index - 1] !== '--unjudged');
  for (const pair of pairs) {
    const [sampleFile, verdictFile] = pair.split('=');
    const verdicts = readVerdicts(verdictFile);
    for (const entry of JSON.parse(fs.readFileSync(sampleFile, 'utf8'))) {
      const key = keyOf(entry.app, entry);
      if (verdicts.has(entry.n) && !known.has(key)) known.set(key, verdicts.get(entry.n));
    }
  }
  const pool = poolOf(scans);
  const unjudged = pool.filter(({ app, flow }) => !known.has(keyOf(app, flow)));
  const judged = pool.length - unjudged.length;
  const real = pool.filter(({ app, flow }) => known.get(keyOf(app, flow)) === true).length;
  console.log(`pool: ${pool.length} flows; judged ${judged}, real ${real} (${judged ? (real / judged).toFixed(3) : '-'}); ${unjudged.length} without a verdict`);
  const out = rest.indexOf('--unjudged');
  if (out >= 0 && rest[out + 1]) fs.writeFileSync(rest[out + 1], `${JSON.stringify(unjudged.map(toEntry), null, 1)}\n`);
} else {
  console.error('usage: node bench/flow-precision.js sample <scans-dir> [--size N] [--seed N] > sample.json\n       node bench/flow-precision.js score <scans-dir> <sample.json> <verdicts.md>...\n       node bench/flow-precision.js census <scans-dir> <sample.json>=<verdicts.md>... [--unjudged out.json]');
  process.exit(2);
}
