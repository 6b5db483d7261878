/**
 * The search index's own process (integration.ts): turns every published entry of the content the build validated
 * into search records and has Pagefind index them, part by part (shards.ts), while Astro renders pages on the other
 * core. A part made from the same entries with the same code as the one already in the output folder is kept. A
 * process of its own, so that all the memory it needed is given back when it is done. It writes only when told to:
 * once the build has filled the output folder.
 *
 * Messages: in, `{ content, folder }` (the index folder), then `{ write: true }`; out, `{ ready: { entries,
 * rebuilt } }`, `{ written: files }` or `{ error: message }`.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ValidatedContent } from '../corpus/handoff.ts';
import { buildTimeline, type TimelineEntry } from '../timeline/model.ts';
import { htmlText } from './html-text.ts';
import { searchRecords } from './records.ts';
import { MANIFEST, SHARD_SIZE, shardCount, shardFolder, type ShardManifest } from './shards.ts';

const send = (message: object) => process.send!(message);
const [{ content: received, folder }] = (await once(process, 'message')) as [
	{ content: ValidatedContent; folder: string },
];

/** The code that makes records and indexes, and Pagefind's version: a change to any makes every part again. */
function codeDigest(): string {
	const hash = createHash('sha256');
	const here = fileURLToPath(new URL('.', import.meta.url));
	const files = [
		...readdirSync(here).map((name) => path.join(here, name)),
		fileURLToPath(new URL('../timeline/model.ts', import.meta.url)),
	];
	for (const file of files.sort()) hash.update(readFileSync(file));
	// Pagefind's package.json is not exported: it is found beside its entry point.
	const pagefindPackage = new URL('../package.json', import.meta.resolve('pagefind'));
	hash.update(JSON.parse(readFileSync(pagefindPackage, 'utf8')).version);
	return hash.digest('hex');
}

function readManifest(): ShardManifest | undefined {
	try {
		return JSON.parse(readFileSync(path.join(folder, MANIFEST), 'utf8')) as ShardManifest;
	} catch {
		return undefined;
	}
}

/** The files of part `number` in the index folder (the first part shares the folder with the others'). */
function partFiles(number: number): string[] {
	const dir = path.join(folder, shardFolder(number));
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name !== MANIFEST && !(number === 1 && name.startsWith('shard-')))
		.map((name) => path.join(dir, name));
}

interface Part {
	number: number;
	digest: string;
	/** How many entries it holds. */
	size: number;
	/** Its files, when it was made again (otherwise the output folder's are kept). */
	files?: { path: string; content: Uint8Array }[];
}

/** Every part of the index, those whose entries changed made again, in memory. */
async function makeParts(content: ValidatedContent): Promise<{ entries: number; parts: Part[] }> {
	const published = content.entries.filter((entry) => !entry.data.draft);
	const texts = new Map(published.map((entry) => [entry.id, entry.html]));
	const timeline = buildTimeline(
		published.map(({ id, data }) => ({ id, data, html: '' })),
		content.actors,
		content.topics,
	);
	const code = codeDigest();
	const previous = readManifest();
	const parts = Array.from({ length: shardCount(timeline.entries.length) }, (_, index) => {
		const entries = timeline.entries.slice(index * SHARD_SIZE, (index + 1) * SHARD_SIZE);
		const inputs = entries.map((entry: TimelineEntry) => [
			entry.id,
			entry.data,
			texts.get(entry.id),
			entry.speakers,
			entry.topics,
		]);
		const digest = createHash('sha256').update(code).update(JSON.stringify(inputs)).digest('hex');
		const kept =
			previous?.shards[index]?.digest === digest &&
			existsSync(path.join(folder, shardFolder(index + 1), 'pagefind-entry.json'));
		return { number: index + 1, entries, digest, kept };
	});

	// Made now, one part at a time, and kept in memory until the output folder is final.
	const made = new Map<number, { path: string; content: Uint8Array }[]>();
	for (const part of parts.filter((candidate) => !candidate.kept)) {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(errors.join('; '));
		const records = searchRecords(timeline, part.entries, (id) => htmlText(texts.get(id)!));
		// A few at a time: thousands of requests at once would all wait in memory.
		for (let start = 0; start < records.length; start += 50) {
			for (const added of await Promise.all(
				records.slice(start, start + 50).map((record) => index.addCustomRecord(record)),
			))
				if (added.errors.length > 0) throw new Error(added.errors.join('; '));
		}
		const built = await index.getFiles();
		if (built.errors.length > 0) throw new Error(built.errors.join('; '));
		made.set(part.number, built.files);
		await index.deleteIndex();
	}
	await pagefind.close();
	return {
		entries: published.length,
		parts: parts.map(({ number, digest, entries }) => ({
			number,
			digest,
			size: entries.length,
			files: made.get(number),
		})),
	};
}

try {
	const { entries, parts } = await makeParts(received);
	const remade = parts.filter((part) => part.files);
	send({ ready: { entries, rebuilt: remade.length, parts: parts.length } });

	await once(process, 'message');
	try {
		let written = 0;
		for (const { number, files } of remade) {
			// A part made again replaces the old one entirely.
			for (const file of partFiles(number)) await rm(file, { recursive: true, force: true });
			for (const file of files!) {
				const target = path.join(folder, shardFolder(number), file.path);
				await mkdir(path.dirname(target), { recursive: true });
				await writeFile(target, file.content);
				written++;
			}
		}
		// Parts beyond the last, from a larger timeline.
		for (const name of existsSync(folder) ? readdirSync(folder) : [])
			if (/^shard-\d+$/.test(name) && Number(name.slice(6)) > parts.length)
				await rm(path.join(folder, name), { recursive: true });
		await writeFile(
			path.join(folder, MANIFEST),
			JSON.stringify({
				shards: parts.map(({ digest, size }) => ({ digest, entries: size })),
			} satisfies ShardManifest),
		);
		send({ written });
	} catch (error) {
		send({ error: (error as Error).message });
	}
} catch (error) {
	await pagefind.close();
	send({ error: (error as Error).message });
}
