/**
 * The full-text search index, made by Pagefind from the built entry pages themselves, so the pages' `data-pagefind-*`
 * markup decides what is indexed (the article's headline, summary, quotations, account and sources; not the
 * navigation, the facts box or the citation), and Pagefind keeps each language apart by the page's `<html lang>`.
 *
 * One index for the whole record: a query reads one index, not several merged (at 5,000 entries, five parts of
 * 1,000 made the reader wait half as long again). It is kept in Astro's cache folder under a digest of exactly what
 * it is made from: Pagefind's version and the bytes of every entry page, in the order Astro lists them. To use the
 * core Astro leaves idle while it renders pages one at a time, each entry page is handed to Pagefind as it is
 * rendered (a wrapper around Astro's prerenderer); the index made so is used only if it holds every entry page, each
 * as written. Otherwise (a rebuild that kept pages from the last build), it is made from the pages as written.
 * TIMELINE_SEARCH=0 leaves the index out. A failure fails the build.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';

/** An entry page of either language: `events/<id>/index.html`, `ko/events/<id>/index.html`. */
const entryPage = /^(?:ko\/)?events\/[^/]+\/index\.html$/;

/** Pagefind's version: an index made by another version is made again. */
function pagefindVersion(): string {
	// Its package.json is not exported: it is found beside its entry point.
	return JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;
}

/** Pages rendered ahead of their turn that the index made meanwhile holds for it (Astro renders a few at a time). */
const WAITING = 256;

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** An index being made, its pages added one after another in the order given. */
class IndexMaker {
	#index = pagefind.createIndex({}).then(({ index, errors }) => {
		if (!index) throw new Error(errors.join('; '));
		return index;
	});
	#queue: Promise<unknown> = this.#index;
	/** The digest of each page added, in order. */
	readonly added: string[] = [];

	constructor() {
		// A failure is reported by write(); an index never written fails nothing.
		this.#queue.catch(() => {});
	}

	/** Adds a page after those added before; resolves once it is in the index. */
	add(file: string, bytes: Uint8Array, digest = digestOf(bytes)): Promise<unknown> {
		this.added.push(digest);
		const content = new TextDecoder().decode(bytes);
		this.#queue = this.#queue.then(async () => {
			const added = await (await this.#index).addHTMLFile({ sourcePath: file, content });
			if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
		});
		this.#queue.catch(() => {});
		return this.#queue;
	}

	/** Writes the index to `folder`, once every page added is in it. */
	async write(folder: string): Promise<void> {
		await this.#queue;
		const index = await this.#index;
		const written = await index.writeFiles({ outputPath: folder });
		if (written.errors.length > 0) throw new Error(written.errors.join('; '));
		await index.deleteIndex();
	}
}

export function searchIndex(): AstroIntegration {
	const enabled = process.env.TIMELINE_SEARCH !== '0';
	let cache = '';
	let base = '';
	/** The entry pages, in the order Astro lists them, and where each is in it. */
	let files: string[] = [];
	const position = new Map<string, number>();
	/**
	 * The index made as the pages are rendered: pages come to it in order, those rendered early waiting their turn.
	 * When more wait than rendering a few at a time explains, pages were kept from the last build: it is given up.
	 */
	let meanwhile: IndexMaker | undefined;
	let givenUp = false;
	const waiting = new Map<number, Uint8Array>();

	const rendering = (file: string, bytes: Uint8Array) => {
		if (givenUp) return;
		waiting.set(position.get(file)!, bytes);
		meanwhile ??= new IndexMaker();
		for (let next = meanwhile.added.length; waiting.has(next); next++) {
			void meanwhile.add(files[next]!, waiting.get(next)!);
			waiting.delete(next);
		}
		if (waiting.size > WAITING) {
			givenUp = true;
			waiting.clear();
		}
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
				setPrerenderer((astro: AstroPrerenderer) => ({
					...astro,
					name: 'timeline-search-index',
					async getStaticPaths() {
						const paths = await astro.getStaticPaths();
						files = paths
							.map(({ pathname }) => `${pathname.replace(/^\/+|\/+$/g, '')}/index.html`)
							.filter((file) => entryPage.test(file));
						files.forEach((file, at) => position.set(file, at));
						return paths;
					},
					async render(request, options) {
						const result = await astro.render(request, options);
						const { response, metadata } = result instanceof Response ? { response: result, metadata: undefined } : result;
						const pathname = decodeURI(new URL(request.url).pathname).slice(base.length);
						const file = `${pathname.replace(/^\/+|\/+$/g, '')}/index.html`;
						if (!position.has(file) || !response.body) return result;
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
				const pages = files.map((file) => digestOf(readFileSync(path.join(dist, file))));
				const hash = createHash('sha256').update(`pagefind ${pagefindVersion()}\0`);
				files.forEach((file, at) => hash.update(`${file}\0${pages[at]}\0`));
				const digest = hash.digest('hex');
				const stored = path.join(cache, digest);
				let made = 'kept from the last build';
				try {
					if (!existsSync(path.join(stored, 'done'))) {
						rmSync(stored, { recursive: true, force: true });
						const asWritten = meanwhile?.added.length === pages.length && meanwhile.added.every((page, at) => page === pages[at]);
						let maker = meanwhile;
						if (!asWritten) {
							maker = new IndexMaker();
							// One page read at a time, as Pagefind takes it: not every page in memory at once.
							for (const [at, file] of files.entries()) await maker.add(file, readFileSync(path.join(dist, file)), pages[at]);
						}
						await maker!.write(stored);
						writeFileSync(path.join(stored, 'done'), '');
						made = asWritten ? 'made while the pages were rendered' : 'made from the pages as written';
					}
				} finally {
					await pagefind.close();
				}
				cpSync(stored, path.join(dist, 'pagefind'), { recursive: true, filter: (source) => path.basename(source) !== 'done' });
				// Indexes no build will ask for again.
				for (const name of readdirSync(cache)) if (name !== digest) rmSync(path.join(cache, name), { recursive: true, force: true });
				logger.info(`Search index of ${files.length} pages: ${made}.`);
			},
		},
	};
}
