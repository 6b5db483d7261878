/**
 * The full-text search index, made with the build by Pagefind: its records come from the content itself
 * (records.ts), not from crawling the pages afterwards, so the index is made in a process of its own
 * (index-worker.ts) on a spare core, and written into `pagefind/`, while Astro renders the pages. It starts once
 * Vite has bundled the code, not before: bundling is when the build needs the most memory, and rendering leaves
 * more than enough time. TIMELINE_SEARCH=0 leaves it out (for tests that do not search). A failure fails the build.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../corpus/content-dir.ts';
import { validatedContent } from '../corpus/handoff.ts';

type Message =
	{ done: { entries: number; rebuilt: number; parts: number; written: number } } | { error: string };

export function searchIndex(): AstroIntegration {
	let root = process.cwd();
	let folder = '';
	let worker: ChildProcess | undefined;
	let next: Promise<Message> | undefined;
	let begin = () => {};
	const listen = (target: ChildProcess) =>
		new Promise<Message>((resolve, reject) => {
			target.once('message', (message) => resolve(message as Message));
			target.once('error', reject);
			target.once('exit', (code) => reject(new Error(`The search index stopped (exit code ${code}).`)));
		});
	return {
		name: 'timeline-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				folder = path.join(fileURLToPath(config.outDir), 'pagefind');
			},
			'astro:build:start': () => {
				if (process.env.TIMELINE_SEARCH === '0') return;
				const content = validatedContent(contentDir(root));
				if (!content)
					throw new Error('The search index has no content: the content loader did not hand it over.');
				worker = fork(fileURLToPath(new URL('./index-worker.ts', import.meta.url)), [], {
					serialization: 'advanced',
					stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
					// A small young generation: the process holds little at a time, and its memory stays small.
					execArgv: ['--max-semi-space-size=1'],
				});
				const started = worker;
				begin = () => {
					begin = () => {};
					started.send({ content, folder });
				};
				// Should the build stop early, the index must not keep it from exiting.
				worker.unref();
				worker.channel?.unref();
				next = listen(worker);
				next.catch(() => {});
			},
			'astro:build:setup': ({ updateConfig }) => {
				updateConfig({
					plugins: [
						{
							name: 'timeline-search-index:begin',
							// After Vite's builds, before Astro's own post hook renders the pages.
							buildApp: { order: 'post', handler: async () => begin() },
						},
					],
				});
			},
			'astro:build:done': async ({ logger }) => {
				if (!worker || !next) return;
				begin();
				const started = performance.now();
				worker.ref();
				worker.channel?.ref();
				try {
					const answer = await next;
					if ('error' in answer) throw new Error(`The search index could not be made: ${answer.error}`);
					const { entries, rebuilt, parts } = answer.done;
					logger.info(
						`Search index: ${entries} entries in ${parts} part${parts === 1 ? '' : 's'}, ${rebuilt} made again (waited ${Math.round(performance.now() - started)} ms for it).`,
					);
				} finally {
					worker.kill();
					worker = undefined;
				}
			},
		},
	};
}
