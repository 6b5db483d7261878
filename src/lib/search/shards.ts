/**
 * The full-text index comes in parts ("shards") of at most SHARD_SIZE entries in time order, each made on its own:
 * - Pagefind's memory while it builds an index grows with the text in it (about 420 MB for 2,500 entries of the
 *   benchmark's corpus, 240 MB for 1,250), and it builds while Astro, at its largest, renders the pages: a large
 *   timeline is indexed in slices that each need little, and the browser merges them when it searches (a query
 *   over 4 parts of 5,000 entries measured 67-75 ms median, over 2 parts 62 ms);
 * - a part whose entries did not change since the last build is kept as it is: an edit re-indexes one part, and a
 *   new entry (usually the latest) only the last.
 * The first part is `/pagefind/`, the others `/pagefind/shard-2/`, `/pagefind/shard-3/`…; `/pagefind/shards.json`
 * says what each holds. TIMELINE_SEARCH_SHARD sets another size (tests use a small one).
 */
export const SHARD_SIZE = Number(process.env.TIMELINE_SEARCH_SHARD) || 1250;

/** How many parts the index of `entries` published entries has. */
export const shardCount = (entries: number) => Math.max(1, Math.ceil(entries / SHARD_SIZE));

/** Where part `number` (from 1) is, under the index folder: '' for the first. */
export const shardFolder = (number: number) => (number === 1 ? '' : `shard-${number}`);

/** The addresses of the parts the browser merges into the first. */
export const mergedShardUrls = (entries: number) =>
	Array.from({ length: shardCount(entries) - 1 }, (_, index) => `/pagefind/${shardFolder(index + 2)}/`);

/** What the index folder holds: for each part, a digest of what it was made from. */
export const MANIFEST = 'shards.json';
export interface ShardManifest {
	shards: { digest: string; entries: number }[];
}
