/**
 * A helper of pool.ts, thread or process: checks (and renders) the batches of entry files it is sent. A batch comes
 * with the place of its first file, and its results go back with it: batches may finish out of order.
 */
import { parentPort } from 'node:worker_threads';
import { checkEntryFile, type EntryRenderer } from './check-entry.ts';
import { createRenderer, type Batch, type BatchResult } from './pool.ts';

let renderer: Promise<EntryRenderer> | undefined;

const reply = (result: BatchResult) => (parentPort ? parentPort.postMessage(result) : process.send!(result));

(parentPort ?? process).on('message', async ({ start, jobs }: Batch) => {
	const checks = [];
	for (const job of jobs) {
		const render = job.render ? await (renderer ??= createRenderer()) : undefined;
		checks.push(await checkEntryFile(job.raw, job.filePath, job.file, render));
	}
	reply({ start, checks });
});
