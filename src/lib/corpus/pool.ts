/**
 * Checks (and, for the build, renders) many entry files at once, spread over the machine's cores: helpers
 * (check-worker.ts) take batches from a shared queue, and this process takes some too unless it is asked to stay
 * free. Small jobs stay here, where starting helpers would cost more than it saves. The results are the same
 * either way, in the order given.
 *
 * Helpers are worker threads, quick to start, for `npm run validate`; and processes for the build, so that the
 * memory they used is given back when they exit rather than kept by Astro's process for the rest of the build.
 */
import { fork } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkEntryFile, type EntryRenderer, type FileCheck } from './check-entry.ts';

export interface EntryJob {
	raw: string;
	filePath: string;
	/** The file as shown to editors. */
	file: string;
	/** Render the text too (for the build). */
	render: boolean;
}

/** Files sent to a helper, `start` being the place of the first in the whole job; and what comes back. */
export interface Batch {
	start: number;
	jobs: EntryJob[];
}
export interface BatchResult {
	start: number;
	checks: FileCheck[];
}

export interface PoolOptions {
	/**
	 * `spare` (the default): this process and a helper thread on each spare core; `all`: a helper process on every
	 * core, leaving this process free (for the build, where it is Astro's and has more to do).
	 */
	workers?: 'spare' | 'all';
}

/** A worker thread or a child process, as pool.ts uses them: events `message`, `error` and `exit`. */
interface Helper {
	events: EventEmitter;
	send(batch: Batch): void;
	stop(): void;
}

function startHelper(kind: 'thread' | 'process'): Helper {
	const file = new URL('./check-worker.ts', import.meta.url);
	if (kind === 'thread') {
		const worker = new Worker(file);
		return {
			events: worker,
			send: (batch) => worker.postMessage(batch),
			stop: () => void worker.terminate(),
		};
	}
	const child = fork(fileURLToPath(file), [], {
		serialization: 'advanced',
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	return { events: child, send: (batch) => void child.send(batch), stop: () => void child.kill() };
}

/** Fewer files than this are checked in this process alone. */
const HELPERS_FROM = 200;
const BATCH = 32;

/** Who does the work (see PoolOptions). TIMELINE_WORKERS asks for exactly that many helpers, or 0 for none. */
function helpers(jobs: number, options: PoolOptions): { helpers: number; here: boolean } {
	const asked = process.env.TIMELINE_WORKERS;
	if (asked !== undefined && asked !== '') {
		const helpers = Math.max(0, Math.floor(Number(asked)) || 0);
		return { helpers, here: helpers === 0 };
	}
	if (jobs < HELPERS_FROM) return { helpers: 0, here: true };
	const cores = Math.min(availableParallelism(), 8);
	return options.workers === 'all' ? { helpers: cores, here: false } : { helpers: cores - 1, here: true };
}

/** The Markdown pipeline is loaded only when something is to be rendered: checking alone starts faster. */
export const createRenderer = async () => (await import('../markdown/processor.ts')).createEntryRenderer();

export async function checkEntries(
	jobs: readonly EntryJob[],
	options: PoolOptions = {},
): Promise<FileCheck[]> {
	const results: FileCheck[] = new Array(jobs.length);
	let next = 0;
	const take = () => {
		const start = next;
		next = Math.min(next + BATCH, jobs.length);
		return start < jobs.length ? { start, jobs: jobs.slice(start, next) } : undefined;
	};

	let renderer: Promise<EntryRenderer> | undefined;
	const here = async () => {
		for (let work = take(); work; work = take()) {
			for (const [offset, job] of work.jobs.entries()) {
				const render = job.render ? await (renderer ??= createRenderer()) : undefined;
				results[work.start + offset] = await checkEntryFile(job.raw, job.filePath, job.file, render);
			}
			// Let the helpers' answers in, and hand them their next batch.
			await new Promise((resolve) => setImmediate(resolve));
		}
	};

	const who = helpers(jobs.length, options);
	const children = Array.from({ length: who.helpers }, () =>
		startHelper(options.workers === 'all' ? 'process' : 'thread'),
	);
	const there = (child: Helper) =>
		new Promise<void>((resolve, reject) => {
			// Two batches in hand: while this process is busy, a helper never waits for its next one.
			let pending = 0;
			const send = () => {
				const work = take();
				if (!work) return;
				pending++;
				child.send(work);
			};
			child.events.on('message', ({ start, checks }: BatchResult) => {
				pending--;
				checks.forEach((check, offset) => (results[start + offset] = check));
				send();
				if (pending === 0) resolve();
			});
			child.events.once('error', reject);
			child.events.once('exit', (code: number | null) => {
				if (pending > 0) reject(new Error(`A helper checking entries stopped (exit code ${code}).`));
			});
			send();
			send();
			if (pending === 0) resolve();
		});
	try {
		await Promise.all([...(who.here ? [here()] : []), ...children.map(there)]);
	} finally {
		for (const child of children) child.stop();
	}
	return results;
}
