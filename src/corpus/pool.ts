/**
 * Checking (and, for the build, rendering) many content files at once, on every core: this thread and helper threads
 * (worker.ts) take batches of files from one queue. The results are the same either way, in the order given; small
 * jobs stay in this thread, where starting helpers would cost more than it saves.
 *
 * One switch: TIMELINE_WORKERS sets how many helper threads to start (0: none, everything in this thread).
 * `npm run validate` and the build's content loader both check through here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkEntryFile, type EntryRenderer, type FileCheck } from '../lib/validation/check-entry.ts';

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

/**
 * Fewer files than this are checked (or checked and rendered) in this thread alone: a helper spends about a second
 * loading its modules, which checking alone earns back only from a few thousand files (measured with
 * `npm run validate`: 485 files took 1.8 s with a helper, 1.5 s without), rendering from a few hundred.
 */
const HELPERS_FROM = { check: 2000, render: 200 };
const BATCH = 32;

/** How many helper threads: TIMELINE_WORKERS when set, else one per spare core for a large job. */
export function helperCount(jobs: readonly EntryJob[]): number {
	const asked = process.env.TIMELINE_WORKERS;
	if (asked !== undefined && asked !== '') return Math.max(0, Math.floor(Number(asked)) || 0);
	const from = jobs.some((job) => job.render) ? HELPERS_FROM.render : HELPERS_FROM.check;
	return jobs.length < from ? 0 : Math.max(1, Math.min(availableParallelism(), 8) - 1);
}

/** The Markdown pipeline is loaded only when something is to be rendered: checking alone starts faster. */
export const createRenderer = async () =>
	(await import('../lib/markdown/processor.ts')).createEntryRenderer();

export async function checkEntries(jobs: readonly EntryJob[]): Promise<FileCheck[]> {
	const results: FileCheck[] = new Array(jobs.length);
	let next = 0;
	const take = (): Batch | undefined => {
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

	const helpers = Array.from(
		{ length: helperCount(jobs) },
		() => new Worker(new URL('./worker.ts', import.meta.url)),
	);
	const there = (helper: Worker) =>
		new Promise<void>((resolve, reject) => {
			// Two batches in hand: while this thread is busy, a helper never waits for its next one.
			let pending = 0;
			const send = () => {
				const work = take();
				if (!work) return;
				pending++;
				helper.postMessage(work);
			};
			helper.on('message', ({ start, checks }: BatchResult) => {
				pending--;
				checks.forEach((check, offset) => (results[start + offset] = check));
				send();
				if (pending === 0) resolve();
			});
			helper.once('error', reject);
			helper.once('exit', (code) => {
				if (pending > 0) reject(new Error(`A helper thread checking entries stopped (exit code ${code}).`));
			});
			send();
			send();
			if (pending === 0) resolve();
		});
	try {
		await Promise.all([here(), ...helpers.map(there)]);
	} finally {
		for (const helper of helpers) void helper.terminate();
	}
	return results;
}
