/** The content model: zod schemas and vocabularies. Imports `astro/zod` and pure helpers only, so tests use it bare. */
export * from './vocabularies.ts';
export * from './event.ts';
export * from './actor.ts';
export * from './topic.ts';
export * from './korean-text.ts';
export * from './government.ts';
