/**
 * A worker thread of the search integration (integration.ts): turns every published entry of the content the build
 * validated into a search record, and has Pagefind index them, while Astro renders pages on the other core. It writes the index only when told where: once the build has emptied and filled the output folder.
 *
 * Messages: in, `{ write: folder }`; out, `{ ready: records }`, `{ written: files }` or `{ error: message }`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { ValidatedContent } from '../corpus/handoff.ts';
import { markdownText } from '../markdown/text.ts';
import { buildTimeline } from '../timeline/model.ts';
import { searchRecords } from './records.ts';

const port = parentPort!;
const { entries, actors, topics } = workerData as ValidatedContent;

try {
	const published = entries.filter((entry) => !entry.data.draft);
	const bodies = new Map(published.map((entry) => [entry.id, entry.body]));
	const timeline = buildTimeline(
		published.map(({ id, data }) => ({ id, data, html: '' })),
		actors,
		topics,
	);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(errors.join('; '));
	const records = searchRecords(timeline, (id) => markdownText(bodies.get(id)!));
	await Promise.all(
		records.map(async (record) => {
			const added = await index.addCustomRecord(record);
			if (added.errors.length > 0) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
		}),
	);
	// Built now, in memory; written when the output folder is final.
	const built = await index.getFiles();
	if (built.errors.length > 0) throw new Error(built.errors.join('; '));
	await pagefind.close();
	port.postMessage({ ready: records.length });
	port.once('message', async ({ write }: { write: string }) => {
		try {
			for (const file of built.files) {
				const target = path.join(write, file.path);
				await mkdir(path.dirname(target), { recursive: true });
				await writeFile(target, file.content);
			}
			port.postMessage({ written: built.files.length });
		} catch (error) {
			port.postMessage({ error: (error as Error).message });
		}
	});
} catch (error) {
	await pagefind.close();
	port.postMessage({ error: (error as Error).message });
}
