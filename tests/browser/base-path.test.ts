/**
 * A project site on a code host, served under `/<repo>/`: the real content built with BASE_PATH=/timeline/ and the
 * host's address (SITE_URL), then served under /timeline/ by nginx with the configuration the project generates.
 * Every link, asset and anchor resolves under the base path; the feeds, the sitemap, the data and the oEmbed
 * responses name addresses under it; and a reader can walk it: the timeline and its filter, a linked entry on a later
 * page, an entry with the links editors wrote from the root, full-text search, the theme and the Korean edition.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { brokenLinks } from '../support/gates/links.ts';
import { parseHeadersFile } from '../support/headers-file.ts';
import { startNginx, type Served } from '../support/nginx.ts';
import { filterShown } from '../support/browser.ts';

const base = '/timeline';
const site = 'https://example.github.io';
let root = '';
let dist = '';
let nginx: Served;
let browser: Browser;

beforeAll(async () => {
	root = mkdtempSync(path.join(tmpdir(), 'base-path-'));
	dist = path.join(root, 'timeline');
	const result = buildSite(path.resolve('content'), dist, {
		search: true,
		env: { BASE_PATH: `${base}/`, SITE_URL: site },
	});
	if (result.status !== 0) throw new Error(result.output);
	nginx = await startNginx(root, base);
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
}, 300_000);

afterAll(async () => {
	nginx?.stop();
	await browser?.close();
	if (root) rmSync(root, { recursive: true, force: true });
});

/** A page of the site under the base path, with every response that failed on the way. */
async function open(address: string, options: { javaScript?: boolean } = {}) {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
	const page = await context.newPage();
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	// A request cut short because the page moved on (the timeline sending /#<id> to its page) is no failure.
	page.on('requestfailed', (request) => {
		const error = request.failure()?.errorText;
		if (error !== 'net::ERR_ABORTED') failed.push(`${error} ${request.url()}`);
	});
	await page.goto(`${nginx.origin}${base}${address}`);
	return { page, failed };
}

const hrefs = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

describe('a site built for a sub-path', () => {
	it('has every internal link, asset and anchor under the base path, and resolving', () => {
		expect(brokenLinks(dist, { basePath: base, origin: site })).toEqual([]);
	});

	it('names addresses under the base path in its feeds, sitemap, robots.txt, data and oEmbed responses', () => {
		const files = [
			'feed.xml',
			'ko/feed.xml',
			'robots.txt',
			'events.json',
			'events.csv',
			'events/2019-08-16-cprk-refuses-talks/oembed.json',
			'ko/events/2019-08-16-cprk-refuses-talks/oembed.json',
			...readdirSync(dist).filter((file) => /^sitemap-.*\.xml$/.test(file)),
		];
		const wrong: string[] = [];
		let named = 0;
		for (const file of files) {
			for (const [url] of readFileSync(path.join(dist, file), 'utf8').matchAll(
				/https:\/\/example\.github\.io[^\s"<>,;)]*/g,
			)) {
				named++;
				const pathname = new URL(url.replace(/&amp;/g, '&')).pathname;
				const target = path.join(dist, pathname.slice(base.length));
				if (!pathname.startsWith(`${base}/`)) wrong.push(`${file}: ${url} is outside ${base}/`);
				else if (!readdirSafe(target) && !fileExists(target)) wrong.push(`${file}: ${url} leads nowhere`);
			}
		}
		expect(wrong).toEqual([]);
		expect(named).toBeGreaterThan(2000);
	});

	it('writes its hosts’ header rules under the base path', () => {
		const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
		expect(rules.filter((rule) => !rule.pattern.startsWith(`${base}/`))).toEqual([]);
		expect(rules.map((rule) => rule.pattern)).toContain(`${base}/events/:id/embed/`);
	});
});

describe('a reader under /timeline/', () => {
	it('reads the timeline, with its styles, scripts and links under the base path, and keeps the theme chosen', async () => {
		const { page, failed } = await open('/');
		expect(await page.locator('li.entry').count()).toBeGreaterThan(40);
		const links = await hrefs(page, 'a[href^="/"]');
		expect(links.filter((href) => !href.startsWith(`${base}/`))).toEqual([]);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
			'rgba(0, 0, 0, 0)',
		);
		await page.locator('select[data-theme-choice]').selectOption('dark');
		await page.locator('li.entry h3 a').first().click();
		await page.waitForURL(`**${base}/events/**`);
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(failed).toEqual([]);
		await page.context().close();
	});

	it('filters the timeline: the index loads, the address keeps the state under the base path, cards link there', async () => {
		const { page, failed } = await open('/');
		await page.waitForFunction(() => customElements.get('timeline-filter') !== undefined);
		await page.locator('input[name="side"][value="north"]').check();
		await filterShown(page);
		await expect
			.poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
			.toBe(`${base}/?side=north`);
		const cards = await hrefs(page, '[data-entry-list] li.entry h3 a');
		expect(cards.length).toBeGreaterThan(20);
		expect(cards.filter((href) => !href.startsWith(`${base}/events/`))).toEqual([]);
		await page.locator('[data-entry-list] li.entry h3 a').first().click();
		await page.waitForURL(`**${base}/events/**`);
		expect(await page.locator('h1').count()).toBe(1);
		expect(failed).toEqual([]);
		await page.context().close();
	});

	it('follows /#<id> to the page of the timeline that holds the entry', async () => {
		const rows = JSON.parse(readFileSync(path.join(dist, 'timeline-index.json'), 'utf8')).rows as {
			id: string;
			page: number;
		}[];
		const later = rows.find((row) => row.page > 1)!;
		const { page, failed } = await open(`/#${later.id}`);
		await page.waitForURL(`**${base}/page/${later.page}/#${later.id}`);
		expect(await page.locator(`li.entry[id="${later.id}"]`).count()).toBe(1);
		expect(failed).toEqual([]);
		await page.context().close();
	});

	it('reads an entry whose text links other entries from the root, in both editions', async () => {
		for (const [prefix, lang] of [
			['', 'en'],
			['/ko', 'ko'],
		] as const) {
			const { page, failed } = await open(`${prefix}/events/1972-07-04-july-4-joint-communique/`);
			const body = await hrefs(page, '.body a[href^="/"]');
			expect(body, lang).toContain(`${base}${prefix}/events/1991-12-13-basic-agreement-signed/`);
			expect(
				body.filter((href) => !href.startsWith(`${base}${prefix}/events/`)),
				lang,
			).toEqual([]);
			await page
				.locator(`.body a[href="${base}${prefix}/events/1991-12-13-basic-agreement-signed/"]`)
				.click();
			await page.waitForURL(`**${base}${prefix}/events/1991-12-13-basic-agreement-signed/`);
			await page.locator('.back a').click();
			await page.waitForURL(`**${base}${prefix}/**#1991-12-13-basic-agreement-signed`);
			expect(failed, lang).toEqual([]);
			await page.context().close();
		}
	});

	it('searches the full text in both editions, the index and its results under the base path', async () => {
		for (const [address, query] of [
			['/search/', 'loudspeakers'],
			['/ko/search/', '확성기'],
		] as const) {
			const { page, failed } = await open(`${address}?q=${encodeURIComponent(query)}`);
			await page.locator('[data-search-results] li a').first().waitFor();
			const results = await hrefs(page, '[data-search-results] li a');
			const edition = address.startsWith('/ko') ? `${base}/ko/events/` : `${base}/events/`;
			expect(
				results.filter((href) => !href.startsWith(edition)),
				address,
			).toEqual([]);
			await page.locator('[data-search-results] li a').first().click();
			await page.waitForURL(`**${edition}**`);
			expect(failed, address).toEqual([]);
			await page.context().close();
		}
	});

	it('switches to the Korean edition and back, and answers a missing Korean address with the Korean 404 page', async () => {
		const { page, failed } = await open('/about/');
		await page.locator('a.language').click();
		await page.waitForURL(`**${base}/ko/about/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('ko');
		await page.locator('a.language').click();
		await page.waitForURL(`**${base}/about/`);
		expect(failed).toEqual([]);
		const missing = await page.goto(`${nginx.origin}${base}/ko/no-such-page/`);
		expect(missing?.status()).toBe(404);
		expect(await page.title()).toMatch(/^페이지를 찾을 수 없습니다/);
		// Its ways back in stay in the Korean edition; the one link out is to the English edition, under the base.
		expect(await hrefs(page, 'main a[href^="/"]:not([hreflang])')).not.toContainEqual(
			expect.not.stringMatching(`^${base}/ko/`),
		);
		expect(await hrefs(page, 'main a[hreflang="en"]')).toEqual([`${base}/`]);
		await page.context().close();
	});
});

function readdirSafe(folder: string): boolean {
	try {
		return readdirSync(folder).includes('index.html');
	} catch {
		return false;
	}
}

function fileExists(file: string): boolean {
	try {
		readFileSync(file);
		return true;
	} catch {
		return false;
	}
}
