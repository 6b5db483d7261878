/**
 * What a reader's browser does with a built site, in headless Chromium: the timeline's first load (bytes by kind,
 * raw and gzipped, and elements in the page), filtering (a facet ticked or unticked until the new list is painted,
 * and a text query), and full-text search in /search/'s form. Timings are taken inside the page with performance.now().
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../support/chromium.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface Timings {
	count: number;
	median: number;
	p95: number;
	max: number;
}

export interface BrowserFigures {
	firstLoad: { html: Bytes; css: Bytes; js: Bytes; total: Bytes; elements: number; other: string[] };
	/** The first change also fetches the filter's index (timeline-index.json). */
	firstFacetChange: { ms: number; indexBytes: Bytes };
	facetChange: { work: Timings; frame: Timings };
	textQuery: { work: Timings; frame: Timings };
	fullText: { firstQuery: number; query: Timings };
}

export function timings(values: number[]): Timings {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
	return { count: values.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const bytesOf = (body: Buffer): Bytes => ({ raw: body.length, gzip: gzipSync(body).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none = (): Bytes => ({ raw: 0, gzip: 0 });

async function firstLoad(page: Page, baseUrl: string): Promise<BrowserFigures['firstLoad']> {
	const load: BrowserFigures['firstLoad'] = {
		html: none(),
		css: none(),
		js: none(),
		total: none(),
		elements: 0,
		other: [],
	};
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const type = response.request().resourceType();
				const kind =
					type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
				if (!kind) {
					load.other.push(response.url().replace(baseUrl, ''));
					return;
				}
				const body = bytesOf(await response.body());
				load[kind] = add(load[kind], body);
				load.total = add(load.total, body);
			})(),
		);
	});
	await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
	await Promise.all(pending);
	page.removeAllListeners('response');
	load.elements = await page.evaluate(() => document.querySelectorAll('*').length);
	return load;
}

/**
 * In the page: performs `act` and resolves with two timings in milliseconds. `work`: the script until the filter has
 * shown the result, plus the browser's rendering of the next frame (style, layout, paint: from that frame's
 * animation callbacks to the task after it), that is everything but the idle wait for the display's next frame.
 * `frame`: from `act` to the end of that frame, wait included. `act` waits until what the previous change left for
 * after its frame (the rest of a batch, the counts, the address) is drawn: a reader does not click within 5 ms.
 */
const measureInPage = `
const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
window.__measure = (act) => settled().then(() => new Promise((resolve) => {
	const filter = document.querySelector('timeline-filter');
	const started = performance.now();
	filter.addEventListener('timeline-filter:shown', () => {
		const shown = performance.now();
		requestAnimationFrame(() => {
			const frame = performance.now();
			setTimeout(() => {
				const end = performance.now();
				resolve({ work: shown - started + (end - frame), frame: end - started });
			}, 0);
		});
	}, { once: true });
	act();
}));`;

type Measured = { work: number; frame: number };
type Measure = { __measure(act: () => void): Promise<Measured> };
const both = (list: Measured[]) => ({
	work: timings(list.map((measured) => measured.work)),
	frame: timings(list.map((measured) => measured.frame)),
});

async function filtering(
	page: Page,
): Promise<Pick<BrowserFigures, 'firstFacetChange' | 'facetChange' | 'textQuery'>> {
	let indexBytes = none();
	page.on('response', async (response) => {
		if (response.url().endsWith('/timeline-index.json')) indexBytes = bytesOf(await response.body());
	});
	await page.evaluate(measureInPage);
	// Facet options of every facet, in turn: sides, kinds, topics, speakers, years…
	const options: string[] = await page.evaluate(() => {
		const byFacet = [...document.querySelectorAll<HTMLFieldSetElement>('[data-facet]')].map((fieldset) =>
			[...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map(
				(input) => `${input.name}=${input.value}`,
			),
		);
		const mixed: string[] = [];
		for (let i = 0; mixed.length < 200 && byFacet.some((list) => i < list.length); i++)
			for (const list of byFacet) if (list[i]) mixed.push(list[i]!);
		return mixed;
	});
	const click = (option: string) => {
		const [name, value] = option.split('=');
		return page.evaluate(
			([name, value]) =>
				(window as unknown as Measure).__measure(() =>
					document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click(),
				),
			[name!, value!] as const,
		);
	};
	const first = await click(options[0]!);
	await click(options[0]!);
	// Pairs from different facets: tick one, tick another, untick the first, untick the second.
	const changes: Measured[] = [];
	for (let i = 0; changes.length < 60; i += 2) {
		const a = options[i % options.length]!;
		const b = options[(i + 1) % options.length]!;
		for (const option of [a, b, a, b]) changes.push(await click(option));
	}
	// Text queries: words taken from the titles on the page, submitted as a reader pressing Enter.
	const words: string[] = await page.evaluate(() => {
		const seen = new Set<string>();
		for (const title of document.querySelectorAll('[data-entry-list] h3'))
			for (const word of title.textContent!.toLowerCase().match(/\p{L}{5,}/gu) ?? []) seen.add(word);
		return [...seen].slice(0, 20);
	});
	const queries: Measured[] = [];
	for (const word of [...words, '']) {
		queries.push(
			await page.evaluate(
				(word) =>
					(window as unknown as Measure).__measure(() => {
						const form = document.querySelector<HTMLFormElement>('[data-filter-form]')!;
						form.querySelector<HTMLInputElement>('input[name="q"]')!.value = word;
						form.requestSubmit();
					}),
				word,
			),
		);
	}
	return {
		firstFacetChange: { ms: first.frame, indexBytes },
		facetChange: both(changes),
		textQuery: both(queries),
	};
}

/** Words of the real and the synthetic corpus alike, and one in Hangul. */
const searchWords = [
	'talks',
	'agreement',
	'reunification',
	'summit',
	'border',
	'nuclear',
	'statement',
	'family',
	'peace',
	'military',
	'loudspeakers',
	'leaflets',
	'hotline',
	'railway',
	'sanctions',
	'exchange',
	'delegation',
	'envoy',
	'declaration',
	'warning',
	'통일',
];

/**
 * Full-text search as a reader meets it on /search/: each word submitted in the search form, timed from the submit to
 * the frame that shows its results (the page's status, which it writes once the first results are drawn, names the
 * word). The first query, on a page that has loaded nothing yet, includes loading Pagefind.
 */
async function fullText(page: Page, baseUrl: string): Promise<BrowserFigures['fullText']> {
	await page.goto(`${baseUrl}/search/`, { waitUntil: 'load' });
	const times: number[] = [];
	for (const word of searchWords) {
		// A reader reads the results before the next word: what the page does after showing them is done by then.
		if (times.length > 0) await page.waitForTimeout(500);
		times.push(
			await page.evaluate(
				(word) =>
					new Promise<number>((resolve) => {
						const search = document.querySelector('site-search')!;
						const status = search.querySelector('[data-search-status]')!;
						const input = search.querySelector<HTMLInputElement>('input[name="q"]')!;
						const started = performance.now();
						const observer = new MutationObserver(() => {
							if (!status.textContent!.includes(word)) return;
							observer.disconnect();
							requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
						});
						observer.observe(status, { childList: true, characterData: true, subtree: true });
						input.value = word;
						input.form!.requestSubmit();
					}),
				word,
			),
		);
	}
	return { firstQuery: times[0]!, query: timings(times.slice(1)) };
}

export async function measureBrowser(baseUrl: string): Promise<BrowserFigures> {
	const browser = await chromium.launch({
		executablePath: ensureChromium(),
		args: chromiumArgs,
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const load = await firstLoad(page, baseUrl);
		const filter = await filtering(page);
		const search = await fullText(page, baseUrl);
		return { firstLoad: load, ...filter, fullText: search };
	} finally {
		await browser.close();
	}
}
