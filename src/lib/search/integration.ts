/**
 * The full-text search index, made with the build by Pagefind: its records come from the content itself
 * (records.ts), not from crawling the pages afterwards, so the index is made on a spare core while Astro renders
 * the pages, and is written into `pagefind/` when the build is done. TIMELINE_SEARCH=0 leaves it out (for tests
 * that do not search). A failure fails the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../corpus/content-dir.ts';
import { validatedContent } from '../corpus/handoff.ts';

type Message = { ready: number } | { written: number } | { error: string };

export function searchIndex(): AstroIntegration {
	let root = process.cwd();
	let worker: Worker | undefined;
	let next: Promise<Message> | undefined;
	const listen = (target: Worker) =>
		new Promise<Message>((resolve, reject) => {
			target.once('message', resolve);
			target.once('error', reject);
		});
	return {
		name: 'timeline-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				if (process.env.TIMELINE_SEARCH === '0') return;
				const content = validatedContent(contentDir(root));
				if (!content)
					throw new Error('The search index has no content: the content loader did not hand it over.');
				worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: content });
				// Should the build stop early, the index must not keep it from exiting.
				worker.unref();
				next = listen(worker);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!worker || !next) return;
				const started = performance.now();
				worker.ref();
				try {
					const ready = await next;
					if ('error' in ready) throw new Error(`The search index could not be made: ${ready.error}`);
					if (!('ready' in ready)) throw new Error('The search index worker answered out of turn.');
					const written = listen(worker);
					worker.postMessage({ write: path.join(fileURLToPath(dir), 'pagefind') });
					const done = await written;
					if ('error' in done) throw new Error(`The search index could not be written: ${done.error}`);
					logger.info(
						`Search index: ${ready.ready} entries (waited ${Math.round(performance.now() - started)} ms for it).`,
					);
				} finally {
					await worker.terminate();
					worker = undefined;
				}
			},
		},
	};
}
