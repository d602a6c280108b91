import { jest } from '@jest/globals';

// @mrleebo/prisma-ast is CommonJS and requires chevrotain, which is ESM only. Node 20.19+ loads
// that with require(esm), but Jest's module loader refuses it before Node 24.9: hand Jest's
// CommonJS registry the ES module it can import. Every test that reaches the Prisma extractor
// (directly or through a whole scan) needs this, so it is set up once here.
const chevrotain = await import('chevrotain');
jest.mock('chevrotain', () => chevrotain);

// Temporary copies of fixtures are removed when each test file ends: the suite leaves nothing behind.
const { removeTempDirs } = await import('./helpers/tmp.js');
afterAll(removeTempDirs);
