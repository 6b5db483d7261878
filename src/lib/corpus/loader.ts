/**
 * The Astro content loaders for the timeline. All three collections (events, actors, topics) are read by the same
 * `validateCorpus` that `npm run validate` runs, so the build enforces exactly the same rules: one problem anywhere
 * stops the build with the same one-line messages, and no entry is ever dropped without one. Rendered Markdown is
 * cached by the file's digest (and the renderer's), so a rebuild only renders the entries that changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { actorSchema, eventSchema, topicSchema } from '../../schema/index.ts';
import { contentDir } from './content-dir.ts';
import { formatReport } from './problems.ts';
import { validateCorpus, type Corpus } from './validate.ts';

/** The error that stops a build when the content has problems. */
export class ContentProblemsError extends Error {
	constructor(report: string) {
		super(`The content has problems; fix them and build again (npm run validate lists them too).\n${report}`);
		this.name = 'ContentProblemsError';
	}
}

let pending: { key: string; corpus: Promise<Corpus> } | undefined;

/**
 * One validation per change of the content, shared by the three loaders that Astro runs side by side.
 * `generation` increases whenever the dev server sees a file change.
 */
let generation = 0;
let counting = false;
function loadCorpus(dir: string): Promise<Corpus> {
	const key = `${dir}#${generation}`;
	if (pending?.key !== key) pending = { key, corpus: validateCorpus(dir) };
	return pending.corpus;
}

/** A digest of the Markdown pipeline's own code, so editing a remark plugin re-renders every entry. */
function rendererDigest(context: LoaderContext): string {
	const files = ['../markdown/processor.ts', '../markdown/remark-links.ts', '../markdown/url-policy.ts'];
	return context.generateDigest(
		files.map((file) => readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')).join('\n'),
	);
}

async function validated(dir: string): Promise<Corpus> {
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
			const sync = async () => {
				const corpus = await validated(dir);
				const renderer = rendererDigest(context);
				const current = new Set<string>();
				for (const entry of corpus.entries) {
					current.add(entry.id);
					const digest = context.generateDigest(`${renderer}\n${entry.raw}`);
					if (context.store.get(entry.id)?.digest === digest) continue;
					const rendered = await context.renderMarkdown(entry.body);
					context.store.set({
						id: entry.id,
						data: entry.data,
						body: entry.body,
						filePath: relativeToRoot(root, entry.filePath),
						digest,
						rendered,
					});
				}
				for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
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
