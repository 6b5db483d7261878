/**
 * The Astro content loaders for the timeline. All three collections (events, actors, topics) are read by the same
 * `validateCorpus` that `npm run validate` runs, so the build enforces exactly the same rules: one problem anywhere
 * stops the build with the same one-line messages, and no entry is ever dropped without one.
 *
 * Speed: entries are checked and rendered in one pass, on every core (pool.ts). An entry whose file and whose
 * checking and rendering code are unchanged since the last build is neither checked nor rendered again: the data
 * store keeps what was found (the data, links to other entries, the HTML) under a digest of both. The rules
 * across entries always run on the whole corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { actorSchema, eventSchema, topicSchema, type EventData } from '../../schema/index.ts';
import { contentDir } from './content-dir.ts';
import { shareValidatedContent } from './handoff.ts';
import { formatReport } from './problems.ts';
import { validateCorpus, type Corpus, type PreviousCheck } from './validate.ts';

/** The error that stops a build when the content has problems. */
export class ContentProblemsError extends Error {
	constructor(report: string) {
		super(`The content has problems; fix them and build again (npm run validate lists them too).\n${report}`);
		this.name = 'ContentProblemsError';
	}
}

const sourceRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A digest of the code that checks and renders entries (the schema, the Markdown pipeline, the corpus checks, the
 * date helpers) and of the installed packages, so changing any of it checks and renders every entry again.
 */
function codeDigest(): string {
	const hash = createHash('sha256');
	const files = ['schema', 'lib/markdown', 'lib/corpus']
		.flatMap((dir) =>
			readdirSync(path.join(sourceRoot, dir), { recursive: true, encoding: 'utf8' }).map((file) =>
				path.join(dir, file),
			),
		)
		.concat('lib/dates.ts', 'lib/suggest.ts')
		.filter((file) => file.endsWith('.ts'))
		.sort();
	for (const file of files) hash.update(`${file}\0${readFileSync(path.join(sourceRoot, file), 'utf8')}\0`);
	const lockfile = path.join(sourceRoot, '../package-lock.json');
	if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
	return hash.digest('hex');
}

const digestOf = (code: string, raw: string) =>
	createHash('sha256').update(code).update('\0').update(raw).digest('hex');

/** The events collection's store, once its loader has started: where previous checks are found. */
let eventStore: DataStore | undefined;

let pending: { key: string; corpus: Promise<Corpus & { digests: Map<string, string> }> } | undefined;

/**
 * One validation per change of the content, shared by the three loaders that Astro runs side by side.
 * `generation` increases whenever the dev server sees a file change.
 */
let generation = 0;
let counting = false;
function loadCorpus(dir: string) {
	const key = `${dir}#${generation}`;
	if (pending?.key !== key) {
		const code = codeDigest();
		const digests = new Map<string, string>();
		const previous = (id: string, raw: string): PreviousCheck | undefined => {
			const digest = digestOf(code, raw);
			digests.set(id, digest);
			const stored = eventStore?.get(id);
			const eventLinks = stored?.rendered?.metadata?.eventLinks;
			if (stored?.digest !== digest || !Array.isArray(eventLinks)) return undefined;
			return { data: stored.data as EventData, eventLinks: eventLinks as PreviousCheck['eventLinks'] };
		};
		pending = {
			key,
			corpus: validateCorpus(dir, { render: true, previous, workers: 'all' }).then((corpus) => ({
				...corpus,
				digests,
			})),
		};
	}
	return pending.corpus;
}

async function validated(dir: string) {
	const corpus = await loadCorpus(dir);
	if (corpus.problems.length > 0)
		throw new ContentProblemsError(formatReport(corpus.problems, corpus.checked));
	return corpus;
}

/** In `astro dev`, reloads a collection when a file of the content folder changes. */
function watch(context: LoaderContext, dir: string, reload: () => Promise<void>): void {
	const { watcher } = context;
	if (!watcher) return;
	watcher.add(dir);
	if (!counting) {
		// Registered before any reload listener, so every loader sees the new generation.
		counting = true;
		watcher.on('all', (_event, changed) => {
			if (changed.startsWith(dir)) generation++;
		});
	}
	watcher.on('all', (_event, changed) => {
		if (changed.startsWith(dir)) reload().catch((error: Error) => context.logger.error(error.message));
	});
}

/** A file's path relative to the project, as Astro wants it, or nothing for a content folder elsewhere. */
function relativeToRoot(root: string, file: string): string | undefined {
	const relative = path.relative(root, file);
	return relative.startsWith('..') || path.isAbsolute(relative)
		? undefined
		: relative.split(path.sep).join('/');
}

/** Entries from `content/events/**\/*.md`, with their rendered Markdown. */
export function eventsLoader(): Loader {
	return {
		name: 'timeline-events',
		schema: eventSchema,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const dir = contentDir(root);
			eventStore = context.store;
			const sync = async () => {
				const corpus = await validated(dir);
				const current = new Set<string>();
				for (const entry of corpus.entries) {
					current.add(entry.id);
					// Not checked again: the store already holds this very entry.
					if (!entry.rendered) continue;
					context.store.set({
						id: entry.id,
						data: entry.data,
						filePath: relativeToRoot(root, entry.filePath),
						digest: corpus.digests.get(entry.id),
						// What validation found in the text travels with the HTML, for the next build to reuse.
						rendered: {
							...entry.rendered,
							metadata: { ...entry.rendered.metadata, eventLinks: entry.eventLinks },
						},
					});
					// The store holds it now; the shared result need not keep a second copy through the build.
					delete entry.rendered;
				}
				for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
				shareValidatedContent({
					dir,
					entries: context.store
						.values()
						.map(({ id, data, rendered }) => ({ id, data: data as EventData, html: rendered?.html ?? '' })),
					actors: corpus.actors,
					topics: corpus.topics,
				});
			};
			await sync();
			watch(context, dir, sync);
		},
	};
}

/** A registry (`content/actors.yaml` or `content/topics.yaml`) as a collection keyed by id. */
function registryLoader(which: 'actors' | 'topics'): Loader {
	return {
		name: `timeline-${which}`,
		schema: which === 'actors' ? actorSchema : topicSchema,
		load: async (context) => {
			const dir = contentDir(fileURLToPath(context.config.root));
			const sync = async () => {
				const corpus = await validated(dir);
				context.store.clear();
				// No filePath: the editor extension would map the whole registry file onto one actor's schema.
				for (const [id, data] of corpus[which])
					context.store.set({ id, data: data as Record<string, unknown> });
			};
			await sync();
			watch(context, dir, sync);
		},
	};
}

export const actorsLoader = () => registryLoader('actors');
export const topicsLoader = () => registryLoader('topics');
