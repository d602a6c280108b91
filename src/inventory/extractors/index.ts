/**
 * The extractors, one per source. Adding an ORM is one new file here and one line below;
 * the inventory stage does not change.
 */
import type { SchemaExtractor, ScriptExtractor } from '../extractor.js';
import { classValidatorExtractor } from './class-validator.js';
import { drizzleExtractor } from './drizzle.js';
import { mikroormExtractor } from './mikroorm.js';
import { mongooseExtractor } from './mongoose.js';
import { prismaExtractor } from './prisma.js';
import { sequelizeExtractor } from './sequelize.js';
import { typeormExtractor } from './typeorm.js';
import { typeScriptExtractor } from './typescript.js';
import { zodExtractor } from './zod.js';

export const SCHEMA_EXTRACTORS: readonly SchemaExtractor[] = [prismaExtractor];

/** Order matters only for ties: entity extractors first, plain types last. */
export const SCRIPT_EXTRACTORS: readonly ScriptExtractor[] = [
  typeormExtractor,
  mikroormExtractor,
  sequelizeExtractor,
  mongooseExtractor,
  drizzleExtractor,
  zodExtractor,
  classValidatorExtractor,
  typeScriptExtractor,
];
