/**
 * Generates a synthetic but realistic TypeScript project for the benchmark: models in several
 * ORMs (Prisma, TypeORM, Mongoose, Drizzle, zod DTOs) and service/controller/util files that
 * read them, log, call SDKs and pass records between helpers. Deterministic: a seeded PRNG.
 */
import fs from 'node:fs';
import path from 'node:path';

const PERSON_FIELDS = [
  ['email', 'string'], ['firstName', 'string'], ['lastName', 'string'], ['phone', 'string'],
  ['dateOfBirth', 'Date'], ['street', 'string'], ['city', 'string'], ['postalCode', 'string'],
  ['country', 'string'], ['ipAddress', 'string'], ['passwordHash', 'string'], ['avatarUrl', 'string'],
];
const OTHER_FIELDS = [
  ['status', 'string'], ['priority', 'number'], ['title', 'string'], ['description', 'string'],
  ['amountCents', 'number'], ['isActive', 'boolean'], ['createdAt', 'Date'], ['updatedAt', 'Date'],
  ['slug', 'string'], ['sortOrder', 'number'],
];
const PERSON_NAMES = ['User', 'Customer', 'Member', 'Employee', 'Patient', 'Subscriber', 'Contact', 'Lead', 'Guest', 'Attendee'];
const THING_NAMES = ['Product', 'Invoice', 'Project', 'Ticket', 'Document', 'Payment', 'Booking', 'Report', 'Team', 'Asset'];

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateProject(directory, { files = 2000, models = 200, seed = 42 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  fs.rmSync(directory, { recursive: true, force: true });
  const write = (relative, text) => {
    const target = path.join(directory, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  write('package.json', JSON.stringify({ name: 'bench-app', private: true, dependencies: { '@segment/analytics-node': '2', pino: '9' } }, null, 2));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', experimentalDecorators: true, skipLibCheck: true, noEmit: true } }, null, 2));

  const modelList = [];
  for (let index = 0; index < models; index++) {
    const isPerson = index % 2 === 0;
    const base = isPerson ? PERSON_NAMES[index % PERSON_NAMES.length] : THING_NAMES[index % THING_NAMES.length];
    const name = `${base}${index}`;
    const fields = [];
    const pool = isPerson ? [...PERSON_FIELDS, ...OTHER_FIELDS] : OTHER_FIELDS;
    const count = 6 + Math.floor(random() * 8);
    for (const [fieldName, type] of pool) {
      if (fields.length >= count) break;
      if (random() < 0.75) fields.push({ name: fieldName, type });
    }
    if (!fields.length) fields.push({ name: 'status', type: 'string' });
    modelList.push({ name, fields, orm: ['prisma', 'typeorm', 'mongoose', 'drizzle', 'zod'][index % 5] });
  }

  const prismaType = (type) => ({ string: 'String', number: 'Int', boolean: 'Boolean', Date: 'DateTime' })[type];
  let prisma = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n';
  let written = 0;
  for (const model of modelList) {
    const fileBase = model.name.toLowerCase();
    if (model.orm === 'prisma') {
      prisma += `model ${model.name} {\n  id String @id @default(cuid())\n${model.fields.map((field) => `  ${field.name} ${prismaType(field.type)}`).join('\n')}\n}\n\n`;
    } else if (model.orm === 'typeorm') {
      const columns = model.fields.map((field) => `  @Column()\n  ${field.name}!: ${field.type};\n`).join('\n');
      write(`src/entities/${fileBase}.entity.ts`, `import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';\n\n@Entity()\nexport class ${model.name} {\n  @PrimaryGeneratedColumn('uuid')\n  id!: string;\n\n${columns}}\n`);
      written++;
    } else if (model.orm === 'mongoose') {
      const mongooseType = (type) => ({ string: 'String', number: 'Number', boolean: 'Boolean', Date: 'Date' })[type];
      const fields = model.fields.map((field) => `  ${field.name}: { type: ${mongooseType(field.type)} },`).join('\n');
      write(`src/schemas/${fileBase}.schema.ts`, `import { Schema, model } from 'mongoose';\n\nconst ${fileBase}Schema = new Schema({\n${fields}\n});\n\nexport const ${model.name}Model = model('${model.name}', ${fileBase}Schema);\n`);
      written++;
    } else if (model.orm === 'drizzle') {
      const drizzleType = (type) => ({ string: 'text', number: 'integer', boolean: 'boolean', Date: 'timestamp' })[type];
      const fields = model.fields.map((field) => `  ${field.name}: ${drizzleType(field.type)}('${field.name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}'),`).join('\n');
      write(`src/db/${fileBase}.table.ts`, `import { pgTable, text, integer, boolean, timestamp, uuid } from 'drizzle-orm/pg-core';\n\nexport const ${fileBase}s = pgTable('${fileBase}s', {\n  id: uuid('id').primaryKey(),\n${fields}\n});\n`);
      written++;
    } else {
      const zodType = (type) => ({ string: 'z.string()', number: 'z.number()', boolean: 'z.boolean()', Date: 'z.coerce.date()' })[type];
      const fields = model.fields.map((field) => `  ${field.name}: ${field.name === 'email' ? 'z.string().email()' : zodType(field.type)},`).join('\n');
      write(`src/forms/${fileBase}.form.ts`, `import { z } from 'zod';\n\nexport const ${model.name}Form = z.object({\n${fields}\n});\n\nexport type ${model.name}Input = z.infer<typeof ${model.name}Form>;\n`);
      written++;
    }
  }
  write('prisma/schema.prisma', prisma);
  written++;

  // Application code: services, controllers and utilities that read models and call sinks.
  let serviceIndex = 0;
  while (written < files) {
    const model = pick(modelList);
    const field = pick(model.fields);
    const other = pick(model.fields);
    const kind = serviceIndex % 4;
    const name = `${model.name.toLowerCase()}-${['service', 'controller', 'helpers', 'view'][kind]}-${serviceIndex}`;
    const variable = model.name.charAt(0).toLowerCase() + model.name.slice(1);
    const lines = [
      `import { Analytics } from '@segment/analytics-node';`,
      `import pino from 'pino';`,
      ``,
      `const logger = pino();`,
      `const analytics = new Analytics({ writeKey: process.env.KEY ?? '' });`,
      ``,
      `export interface ${model.name}View${serviceIndex} {`,
      ...model.fields.map((entry) => `  ${entry.name}: ${entry.type};`),
      `}`,
      ``,
      `export function format${serviceIndex}(${variable}: ${model.name}View${serviceIndex}): string {`,
      `  const { ${field.name} } = ${variable};`,
      `  return String(${field.name}) + ' ' + String(${variable}.${other.name});`,
      `}`,
      ``,
      `export async function handle${serviceIndex}(${variable}: ${model.name}View${serviceIndex}, flags: { verbose: boolean }) {`,
      `  if (flags.verbose) logger.info({ id: ${serviceIndex}, ${other.name}: ${variable}.${other.name} }, 'handling');`,
      `  const summary = format${serviceIndex}(${variable});`,
      `  analytics.track({ userId: 'u${serviceIndex}', event: 'handled', properties: { size: summary.length } });`,
      `  return summary.split(' ').map((part) => part.trim()).filter(Boolean);`,
      `}`,
    ];
    for (let filler = 0; filler < 8; filler++) {
      lines.push(``, `export function compute${serviceIndex}_${filler}(values: number[]): number {`, `  let total = 0;`, `  for (const value of values) total += value * ${filler + 1};`, `  return total / Math.max(values.length, 1);`, `}`);
    }
    write(`src/app/${name}.ts`, lines.join('\n') + '\n');
    written++;
    serviceIndex++;
  }
  return { files: written, models: modelList.length };
}
