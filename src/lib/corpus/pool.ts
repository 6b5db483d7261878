/**
 * Checks (and, for the build, renders) many entry files at once, spread over the machine's cores: worker threads
 * take batches from a shared queue while this thread takes some too. Small jobs stay on this thread, where
 * starting workers would cost more than it saves. The results are the same either way, in the order given.
 */
import { availableParallelism } from 'node:os';
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

/** Fewer files than this are checked on this thread alone. */
const WORKERS_FROM = 200;
const BATCH = 32;

export interface PoolOptions {
	/**
	 * Where the work is done: `spare` (the default), this thread and a worker on each spare core; `all`, a worker on
	 * every core, leaving this thread free (for the build, where this thread is Astro's and has more to do); `none`,
	 * this thread alone (when it is itself a worker beside a busy thread). A small job always stays on this thread.
	 */
	workers?: 'spare' | 'all' | 'none';
}

/** Who does the work (see PoolOptions). TIMELINE_WORKERS asks for exactly that many workers, or 0 for none. */
function helpers(jobs: number, options: PoolOptions): { workers: number; here: boolean } {
	const asked = process.env.TIMELINE_WORKERS;
	if (asked !== undefined && asked !== '') {
		const workers = Math.max(0, Math.floor(Number(asked)) || 0);
		return { workers, here: workers === 0 };
	}
	if (jobs < WORKERS_FROM || options.workers === 'none') return { workers: 0, here: true };
	const cores = Math.min(availableParallelism(), 8);
	return options.workers === 'all' ? { workers: cores, here: false } : { workers: cores - 1, here: true };
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
		return start < jobs.length ? { start, batch: jobs.slice(start, next) } : undefined;
	};

	let renderer: Promise<EntryRenderer> | undefined;
	const here = async () => {
		for (let work = take(); work; work = take()) {
			for (const [offset, job] of work.batch.entries()) {
				const render = job.render ? await (renderer ??= createRenderer()) : undefined;
				results[work.start + offset] = await checkEntryFile(job.raw, job.filePath, job.file, render);
			}
			// Let the workers' answers in, and hand them their next batch.
			await new Promise((resolve) => setImmediate(resolve));
		}
	};

	const who = helpers(jobs.length, options);
	const workers = Array.from(
		{ length: who.workers },
		() => new Worker(new URL('./check-worker.ts', import.meta.url)),
	);
	const there = (worker: Worker) =>
		new Promise<void>((resolve, reject) => {
			// Two batches in hand: while this thread is busy, a worker never waits for its next one.
			const sent: number[] = [];
			const send = () => {
				const work = take();
				if (!work) return;
				sent.push(work.start);
				worker.postMessage(work.batch);
			};
			worker.on('message', (checks: FileCheck[]) => {
				const start = sent.shift()!;
				checks.forEach((check, offset) => (results[start + offset] = check));
				send();
				if (sent.length === 0) resolve();
			});
			worker.on('error', reject);
			send();
			send();
			if (sent.length === 0) resolve();
		});
	try {
		await Promise.all([...(who.here ? [here()] : []), ...workers.map(there)]);
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return results;
}
