/**
 * Dumps every model and field datamin's extractors find in a project, WITHOUT classification,
 * as the raw material of a labelled set (test/labelled/). A person then labels each field with
 * the category it holds, or null, following docs/classification.md.
 *   node bench/dump-models.js <project> <app-name> [--commit <sha>] > test/labelled/<app-name>.json
 */
import { openProject } from '../dist/src/index.js';
import { buildInventory } from '../dist/src/inventory/index.js';

const [target, app] = process.argv.slice(2);
const commitIndex = process.argv.indexOf('--commit');
const commit = commitIndex > 0 ? process.argv[commitIndex + 1] : undefined;
if (!target || !app) {
  console.error('usage: node bench/dump-models.js <project> <app-name> [--commit <sha>]');
  process.exit(2);
}
const project = await openProject({ cwd: target, paths: [target] });
const { models } = buildInventory(project.sources);
const keep = (value) => (value === undefined || value === false || (Array.isArray(value) && !value.length) ? undefined : value);
const out = {
  app,
  commit,
  models: models.map((model) => ({
    name: model.name,
    source: model.source,
    kind: model.kind,
    file: model.file,
    doc: model.doc?.slice(0, 200),
    fields: model.fields.map((field) => ({
      name: field.name,
      type: field.type,
      typeName: keep(field.typeName),
      dbType: keep(field.dbType),
      validators: keep(field.validators),
      isList: keep(field.isList),
      isPrimaryKey: keep(field.isPrimaryKey),
      isForeignKey: keep(field.isForeignKey),
      isRelation: keep(field.isRelation),
      relationTarget: keep(field.relationTarget),
      enumValues: keep(field.enumValues?.slice(0, 12)),
      doc: field.doc?.slice(0, 200),
      label: 'TODO',
    })),
  })),
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
