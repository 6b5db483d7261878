/**
 * The full-text search index, made by Pagefind from the built entry pages themselves, so the pages' `data-pagefind-*`
 * markup decides what is indexed (the article's headline, summary, quotations, account and sources; not the
 * navigation, the facts box or the citation), and Pagefind keeps each language apart by the page's `<html lang>`.
 *
 * It comes in parts of PART_SIZE entries (src/lib/search-parts.ts), each kept in Astro's cache folder under a digest
 * of exactly what it is made from: Pagefind's version and the bytes of its pages. After the build, each part is taken
 * from the cache when its digest is there, and made otherwise. To use the core Astro leaves idle while it renders
 * pages one at a time, the pages of each part are handed to Pagefind as they are rendered (a wrapper around Astro's
 * prerenderer), and a part whose pages were all rendered is made meanwhile; it is used only if its digest is the
 * digest of the pages as written. TIMELINE_SEARCH=0 leaves the index out. A failure fails the build.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { PART_SIZE, partCount, partFolder } from '../lib/search-parts.ts';

/** An entry page of either language, and the entry it belongs to: `events/<id>/index.html`, `ko/events/<id>/index.html`. */
const entryPage = /^(?:ko\/)?events\/([^/]+)\/index\.html$/;

/** Pagefind's version: a part made by another version is made again. */
function pagefindVersion(): string {
	// Its package.json is not exported: it is found beside its entry point.
	return JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;
}

/** The digest a part is kept under: Pagefind's version and its pages, file by file, in order. */
function partDigest(version: string, pages: [file: string, bytes: Uint8Array][]): string {
	const hash = createHash('sha256').update(`pagefind ${version}\0`);
	for (const [file, bytes] of pages) hash.update(`${file}\0`).update(bytes).update('\0');
	return hash.digest('hex');
}

/** Makes a part from its pages and writes it to `folder`. */
async function makePart(pages: [file: string, bytes: Uint8Array][], folder: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(errors.join('; '));
	const decoder = new TextDecoder();
	for (const [file, bytes] of pages) {
		const added = await index.addHTMLFile({ sourcePath: file, content: decoder.decode(bytes) });
		if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: folder });
	if (written.errors.length > 0) throw new Error(written.errors.join('; '));
	await index.deleteIndex();
}

export function searchIndex(): AstroIntegration {
	const enabled = process.env.TIMELINE_SEARCH !== '0';
	let cache = '';
	let base = '';
	let version = '';
	/** The page files of each part, in order, once Astro has said which pages it builds. */
	let parts: string[][] = [];
	const partOf = new Map<string, number>();
	/** Pages rendered in this build, and the parts made from them meanwhile (digest → folder). */
	const rendered = new Map<string, Uint8Array>();
	const early = new Map<string, Promise<string>>();
	let queue: Promise<unknown> = Promise.resolve();

	/** Called as each page is rendered: once every page of its part has been, the part is made, one after another. */
	const rendering = (file: string, bytes: Uint8Array) => {
		const part = partOf.get(file);
		if (part === undefined) return;
		rendered.set(file, bytes);
		const files = parts[part]!;
		if (!files.every((page) => rendered.has(page))) return;
		const pages = files.map((page): [string, Uint8Array] => [page, rendered.get(page)!]);
		const digest = partDigest(version, pages);
		if (existsSync(path.join(cache, digest, 'done'))) return;
		const folder = path.join(cache, `${digest}.making`);
		const made = (queue = queue.then(async () => {
			rmSync(folder, { recursive: true, force: true });
			await makePart(pages, folder);
			return folder;
		}));
		early.set(digest, made as Promise<string>);
	};

	return {
		name: 'timeline-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cache = path.join(fileURLToPath(config.cacheDir), 'search-index');
				base = config.base.replace(/\/+$/, '');
			},
			'astro:build:start': ({ setPrerenderer }) => {
				if (!enabled) return;
				version = pagefindVersion();
				setPrerenderer((astro: AstroPrerenderer) => ({
					...astro,
					name: 'timeline-search-index',
					async getStaticPaths() {
						const paths = await astro.getStaticPaths();
						const files = paths
							.map(({ pathname }) => `${pathname.replace(/^\/+|\/+$/g, '')}/index.html`)
							.filter((file) => entryPage.test(file));
						const ids = [...new Set(files.map((file) => entryPage.exec(file)![1]!))].sort();
						const byId = new Map(ids.map((id, index) => [id, Math.floor(index / PART_SIZE)]));
						parts = Array.from({ length: partCount(ids.length) }, () => []);
						for (const file of files.sort()) {
							const part = byId.get(entryPage.exec(file)![1]!)!;
							parts[part]!.push(file);
							partOf.set(file, part);
						}
						return paths;
					},
					async render(request, options) {
						const result = await astro.render(request, options);
						const { response, metadata } = result instanceof Response ? { response: result, metadata: undefined } : result;
						const pathname = decodeURI(new URL(request.url).pathname).slice(base.length);
						const file = `${pathname.replace(/^\/+|\/+$/g, '')}/index.html`;
						if (!partOf.has(file) || !response.body) return result;
						const bytes = new Uint8Array(await response.arrayBuffer());
						rendering(file, bytes);
						const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
						return metadata ? { response: copy, metadata } : copy;
					},
				}));
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!enabled) return;
				const dist = fileURLToPath(dir);
				const kept = new Set<string>();
				let made = 0;
				let meanwhile = 0;
				try {
					for (const [number, files] of parts.entries()) {
						const pages = files.map((file): [string, Uint8Array] => [file, readFileSync(path.join(dist, file))]);
						const digest = partDigest(version, pages);
						const stored = path.join(cache, digest);
						if (!existsSync(path.join(stored, 'done'))) {
							rmSync(stored, { recursive: true, force: true });
							const folder = await early.get(digest);
							if (folder) meanwhile++;
							if (folder) renameSync(folder, stored);
							else await makePart(pages, stored);
							writeFileSync(path.join(stored, 'done'), '');
							made++;
						}
						kept.add(digest);
						const target = path.join(dist, 'pagefind', partFolder(number + 1));
						mkdirSync(target, { recursive: true });
						cpSync(stored, target, { recursive: true, filter: (source) => path.basename(source) !== 'done' });
					}
				} finally {
					await queue.catch(() => {});
					await pagefind.close();
				}
				// Parts no build will ask for again, and parts made for pages that were then written otherwise.
				for (const name of existsSync(cache) ? readdirSync(cache) : [])
					if (!kept.has(name)) rmSync(path.join(cache, name), { recursive: true, force: true });
				logger.info(
					`Search index: ${parts.length} part${parts.length === 1 ? '' : 's'}, ${made} made again (${meanwhile} while the pages were rendered).`,
				);
			},
		},
	};
}
