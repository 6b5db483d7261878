/**
 * The full-text index comes in parts of at most PART_SIZE entries each (both languages' pages of those entries), in
 * time order, made by Pagefind on its own (src/integrations/search-index.ts) and merged by the browser when it
 * searches. Small parts are quicker to make (Pagefind's work grows faster than the pages it indexes) and a part
 * whose pages did not change since the last build is kept as it is. The first part is `/pagefind/`, the others
 * `/pagefind/part-2/`, `/pagefind/part-3/`… TIMELINE_SEARCH_PART sets another size (tests use a small one).
 */
export const PART_SIZE =
	Number((typeof process === 'object' ? process.env.TIMELINE_SEARCH_PART : undefined) ?? '') || 1000;

/** How many parts the index of `entries` published entries has. */
export const partCount = (entries: number) => Math.max(1, Math.ceil(entries / PART_SIZE));

/** Where part `number` (from 1) is, under the index folder: '' for the first. */
export const partFolder = (number: number) => (number === 1 ? '' : `part-${number}/`);
