/**
 * The Astro content loaders for the timeline. All four collections (events, actors, topics, governments) come from one run of
 * the same `validateCorpus` that `npm run validate` runs, so the build enforces exactly the same rules: one problem
 * anywhere stops the build with the same one-line messages, and no entry is ever dropped without one.
 *
 * An entry is stored with its English and Korean texts rendered. A file whose text is unchanged, checked and rendered
 * by the very same project (digest.ts: all of src/, the config, the lockfile, Node's version), is not checked or
 * rendered again: the data store keeps what was found under a digest of both.
 */
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { actorSchema, eventSchema, governmentSchema, topicSchema } from '../schema/index.ts';
import { koreanTextSchema } from '../schema/korean-text.ts';
import { formatReport } from '../lib/validation/problems.ts';
import { z } from 'astro/zod';
import { contentDir } from './content-dir.ts';
import { digestOf, projectDigest } from './digest.ts';
import type { ContentFile } from './files.ts';
import { validateCorpus, type Corpus, type PreviousCheck } from './validate.ts';

/** The error that stops a build when the content has problems. */
export class ContentProblemsError extends Error {
	constructor(report: string) {
		super(`The content has problems; fix them and build again (npm run validate lists them too).\n${report}`);
		this.name = 'ContentProblemsError';
	}
}

/** An entry as stored: its front matter, and its Korean text with the account rendered. */
export const storedEntrySchema = eventSchema.extend({
	ko: koreanTextSchema.extend({ html: z.string() }).optional(),
});
export type StoredEntry = z.output<typeof storedEntrySchema>;

/** What the store keeps about the files an entry was made from, to reuse them. */
interface FileRecord {
	digest: string;
	eventLinks: PreviousCheck['eventLinks'];
	siteLinks: PreviousCheck['siteLinks'];
}
interface Checked {
	en: FileRecord;
	ko?: FileRecord;
}

let eventStore: DataStore | undefined;
let pending: { key: string; corpus: Promise<Corpus & { digests: Map<string, string> }> } | undefined;
/** Increases whenever the dev server sees a change in the content folder: one validation per change. */
let generation = 0;

function loadCorpus(root: string, dir: string) {
	const key = `${dir}#${generation}`;
	if (pending?.key !== key) {
		const project = projectDigest(root);
		const digests = new Map<string, string>();
		const previous = (file: ContentFile): PreviousCheck | undefined => {
			const digest = digestOf(project, file.text);
			digests.set(file.path, digest);
			const korean = file.path.endsWith('.ko.md');
			const id = file.path.replace(/^.*\//, '').replace(/(\.ko)?\.md$/, '');
			const stored = eventStore?.get(id);
			const checked = stored?.rendered?.metadata?.checked as Checked | undefined;
			const record = korean ? checked?.ko : checked?.en;
			if (!stored || record?.digest !== digest) return undefined;
			const data = stored.data as StoredEntry;
			if (!korean) return { data: { ...data, ko: undefined }, eventLinks: record.eventLinks, siteLinks: record.siteLinks };
			const { html: _, ...text } = data.ko!;
			return { data: text, eventLinks: record.eventLinks, siteLinks: record.siteLinks };
		};
		pending = {
			key,
			corpus: validateCorpus(dir, { render: true, previous, root }).then((corpus) => ({ ...corpus, digests })),
		};
	}
	return pending.corpus;
}

async function validated(root: string, dir: string) {
	const corpus = await loadCorpus(root, dir);
	if (corpus.problems.length > 0) throw new ContentProblemsError(formatReport(corpus.problems, corpus.checked));
	return corpus;
}

const counted = new WeakSet<object>();

/** In `astro dev`, loads a collection again when a file of the content folder changes. */
function watch(context: LoaderContext, dir: string, reload: () => Promise<void>): void {
	const { watcher } = context;
	if (!watcher) return;
	watcher.add(dir);
	if (!counted.has(watcher)) {
		// Registered before any loader's own listener, so all four see the new generation and share one validation.
		counted.add(watcher);
		watcher.on('all', (_event, changed) => {
			if (changed.startsWith(dir)) generation++;
		});
	}
	watcher.on('all', (_event, changed) => {
		if (changed.startsWith(dir)) reload().catch((error: Error) => context.logger.error(error.message));
	});
}

/** Entries from `content/events/**\/*.md`, each with its Korean text, both rendered. */
export function eventsLoader(): Loader {
	return {
		name: 'timeline-events',
		schema: storedEntrySchema,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const dir = contentDir(root);
			eventStore = context.store;
			const sync = async () => {
				const corpus = await validated(root, dir);
				const current = new Set<string>();
				for (const entry of corpus.entries) {
					current.add(entry.id);
					const stored = context.store.get(entry.id);
					const en: FileRecord = {
						digest: corpus.digests.get(entry.filePath)!,
						eventLinks: entry.eventLinks,
						siteLinks: entry.siteLinks,
					};
					const ko = entry.ko && {
						digest: corpus.digests.get(entry.filePath.replace(/\.md$/, '.ko.md'))!,
						eventLinks: entry.ko.eventLinks,
						siteLinks: entry.ko.siteLinks,
					};
					const previous = stored?.rendered?.metadata?.checked as Checked | undefined;
					// Nothing new to store: both files are the very ones stored.
					if (previous?.en.digest === en.digest && previous.ko?.digest === ko?.digest) continue;
					const html = entry.rendered?.html ?? stored!.rendered!.html;
					const koHtml = entry.ko
						? (entry.ko.rendered?.html ?? (stored!.data as StoredEntry).ko?.html ?? '')
						: undefined;
					context.store.set({
						id: entry.id,
						data: { ...entry.data, ko: entry.ko && { ...entry.ko.data, html: koHtml! } },
						digest: digestOf(en.digest, ko?.digest ?? ''),
						rendered: {
							html,
							metadata: { ...(entry.rendered?.metadata ?? stored!.rendered!.metadata), checked: { en, ko } },
						},
					});
				}
				for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
			};
			await sync();
			watch(context, dir, sync);
		},
	};
}

const registrySchemas = { actors: actorSchema, topics: topicSchema, governments: governmentSchema };

/** A registry (`content/actors.yaml`, `topics.yaml` or `governments.yaml`) as a collection keyed by id. */
function registryLoader(which: keyof typeof registrySchemas): Loader {
	return {
		name: `timeline-${which}`,
		schema: registrySchemas[which],
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const dir = contentDir(root);
			const sync = async () => {
				const corpus = await validated(root, dir);
				context.store.clear();
				for (const [id, data] of corpus[which]) context.store.set({ id, data: data as Record<string, unknown> });
			};
			await sync();
			watch(context, dir, sync);
		},
	};
}

export const actorsLoader = () => registryLoader('actors');
export const topicsLoader = () => registryLoader('topics');
export const governmentsLoader = () => registryLoader('governments');
