/**
 * The search index's own process (integration.ts): turns every published entry of the content the build validated
 * into search records and has Pagefind index them, part by part (shards.ts), and writes each part into the output
 * folder, while Astro renders pages on the other core. A part made from the same entries with the same code as the
 * one already in the output folder is kept. A process of its own, so that all the memory it needed is given back
 * when it is done.
 *
 * Messages: in, `{ content, folder }` (the index folder); out, `{ done: { entries, rebuilt, parts, written } }` or
 * `{ error: message }`.
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
const [{ content, folder }] = (await once(process, 'message')) as [
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

/** Writes a part made again in place of the old one; returns how many files it has. */
async function writePart(number: number, files: { path: string; content: Uint8Array }[]): Promise<number> {
	for (const file of partFiles(number)) await rm(file, { recursive: true, force: true });
	const targets = files.map((file) => ({ ...file, path: path.join(folder, shardFolder(number), file.path) }));
	for (const dir of new Set(targets.map((file) => path.dirname(file.path))))
		await mkdir(dir, { recursive: true });
	// Many small files: a few dozen at a time, so the file system's threads are kept busy.
	for (let start = 0; start < targets.length; start += 64)
		await Promise.all(targets.slice(start, start + 64).map((file) => writeFile(file.path, file.content)));
	return targets.length;
}

/** Makes again, and writes, every part of the index whose entries changed; writes the manifest. */
async function makeParts(): Promise<{ entries: number; rebuilt: number; parts: number; written: number }> {
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

	// Made and written one part at a time.
	let rebuilt = 0;
	let written = 0;
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
		await index.deleteIndex();
		written += await writePart(part.number, built.files);
		rebuilt++;
	}
	await pagefind.close();
	// Parts beyond the last, from a larger timeline.
	for (const name of existsSync(folder) ? readdirSync(folder) : [])
		if (/^shard-\d+$/.test(name) && Number(name.slice(6)) > parts.length)
			await rm(path.join(folder, name), { recursive: true });
	await writeFile(
		path.join(folder, MANIFEST),
		JSON.stringify({
			shards: parts.map(({ digest, entries }) => ({ digest, entries: entries.length })),
		} satisfies ShardManifest),
	);
	return { entries: published.length, rebuilt, parts: parts.length, written };
}

try {
	send({ done: await makeParts() });
} catch (error) {
	await pagefind.close();
	send({ error: (error as Error).message });
}
