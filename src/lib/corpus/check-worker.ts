/** A worker thread of pool.ts: checks (and renders) the batches of entry files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { checkEntryFile, type EntryRenderer, type FileCheck } from './check-entry.ts';
import { createRenderer, type EntryJob } from './pool.ts';

let renderer: Promise<EntryRenderer> | undefined;

parentPort!.on('message', async (batch: EntryJob[]) => {
	const checks: FileCheck[] = [];
	for (const job of batch) {
		const render = job.render ? await (renderer ??= createRenderer()) : undefined;
		checks.push(await checkEntryFile(job.raw, job.filePath, job.file, render));
	}
	parentPort!.postMessage(checks);
});
