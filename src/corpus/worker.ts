/**
 * A helper thread of pool.ts: checks (and renders) the batches of content files it is sent. A batch comes with the
 * place of its first file, and its results go back with it: batches may finish out of order.
 */
import { parentPort } from 'node:worker_threads';
import { checkEntryFile, type EntryRenderer } from '../lib/validation/check-entry.ts';
import { createRenderer, type Batch } from './pool.ts';

let renderer: Promise<EntryRenderer> | undefined;

parentPort!.on('message', async ({ start, jobs }: Batch) => {
	const checks = [];
	for (const job of jobs) {
		const render = job.render ? await (renderer ??= createRenderer()) : undefined;
		checks.push(await checkEntryFile(job.raw, job.filePath, job.file, render));
	}
	parentPort!.postMessage({ start, checks });
});
