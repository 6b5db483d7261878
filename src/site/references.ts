/**
 * An entry page's formatted references (Chicago, APA and MLA, by citeproc-js: src/lib/citation/format.ts). Formatting
 * them is most of the work of rendering an entry's page (about 6 ms of its 7), so a large build hands it to helper
 * threads, one per core, while this thread renders and writes other pages. The first pages of a build, `astro dev`
 * and TIMELINE_WORKERS=0 format in this thread (src/corpus/threads.ts decides). A page gets exactly what format.ts
 * makes either way, or the error it met.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { helperCount } from '../corpus/threads.ts';
import type { Lang } from '../i18n/languages.ts';
import { references, type CitationStyle, type Reference } from '../lib/citation/format.ts';
import type { CslItem } from '../lib/citation/item.ts';

export type References = Record<CitationStyle, Reference>;

/** What a helper is asked, and what it answers. */
export interface Request {
	id: number;
	item: CslItem;
	lang: Lang;
}
export type Answer = { id: number; references: References } | { id: number; error: string };

interface Helper {
	worker: Worker;
	/** Requests sent and not answered: a helper with none does not keep the build's process alive. */
	waiting: number;
}

let helpers: Helper[] | undefined;
let asked = 0;
const pending = new Map<number, { resolve: (made: References) => void; reject: (error: Error) => void }>();

function startHelpers(count: number): Helper[] {
	return Array.from({ length: count }, () => {
		// From the project's source, at the root the build runs in: this module is bundled with the pages, the helper
		// is not.
		const worker = new Worker(path.resolve('src/site/references-worker.ts'));
		const helper: Helper = { worker, waiting: 0 };
		worker.on('message', (answer: Answer) => {
			const request = pending.get(answer.id)!;
			pending.delete(answer.id);
			if (--helper.waiting === 0) worker.unref();
			if ('error' in answer) request.reject(new Error(answer.error));
			else request.resolve(answer.references);
		});
		worker.on('error', (error) => {
			for (const request of pending.values()) request.reject(error);
			pending.clear();
		});
		worker.unref();
		return helper;
	});
}

/** The references of `item`, the CSL item of an entry's page in `lang`. */
export function formatReferences(item: CslItem, lang: Lang): Promise<References> {
	const count = import.meta.env.DEV ? 0 : helperCount(++asked, 'waits');
	if (count > 0) helpers ??= startHelpers(count);
	if (!helpers) return Promise.resolve(references(item, lang));
	const helper = helpers.reduce((least, other) => (other.waiting < least.waiting ? other : least));
	const id = asked;
	if (helper.waiting++ === 0) helper.worker.ref();
	helper.worker.postMessage({ id, item, lang } satisfies Request);
	return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
