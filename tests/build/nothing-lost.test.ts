/**
 * Nothing lost: for a valid corpus, every entry in the content folder is on the timeline, has its page, and is in
 * every export. The corpus is larger than a timeline page, so the later pages are covered too.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/timeline/pages.ts';
import { buildSite } from '../support/build.ts';
import { listedEntries } from '../support/counts.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { generatedCorpus } from '../support/generated.ts';
import { startPreview } from '../support/preview-server.ts';

const COUNT = PAGE_SIZE + 37;
const { dir, ids } = generatedCorpus(COUNT);
const out = mkdtempSync(path.join(tmpdir(), 'nothing-lost-'));
let preview: Awaited<ReturnType<typeof startPreview>>;
let browser: Browser;

beforeAll(async () => {
	const result = buildSite(dir, out, { search: true });
	if (result.status !== 0) throw new Error(result.output);
	preview = await startPreview(out);
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
}, 120_000);

afterAll(async () => {
	preview?.stop();
	await browser?.close();
});

describe('nothing lost', () => {
	it.each(['en', 'ko'] as const)(
		`keeps all ${COUNT} entries in the %s edition: content = timeline = event pages = JSON = CSV = sitemap = index`,
		(lang) => {
			const files = readdirSync(path.join(dir, 'events'), { recursive: true, encoding: 'utf8' }).filter(
				(name) => name.endsWith('.md') && !name.endsWith('.ko.md'),
			);
			expect(files.length).toBe(COUNT);
			const listed = listedEntries(out, lang);
			const sorted = [...ids].sort();
			expect(listed.timelinePages).toBe(2);
			expect(new Set(listed.timeline).size).toBe(COUNT);
			expect([...listed.timeline].sort()).toEqual(sorted);
			expect([...listed.pages].sort()).toEqual(sorted);
			expect(listed.json).toEqual(ids);
			expect(listed.jsonCount).toBe(COUNT);
			expect(listed.csv).toEqual(ids);
			expect([...listed.sitemap].sort()).toEqual(sorted);
			expect([...listed.index].sort()).toEqual(sorted);
		},
	);

	it('sends /#<id> for an entry on a later page to that page', async () => {
		const page = await browser.newPage();
		const late = ids.at(-1)!;
		await page.goto(`${preview.baseUrl}/#${late}`);
		await page.waitForURL(`**/page/2/#${late}`);
		expect(await page.locator(`li[id="${late}"]`).evaluate((li) => li.matches(':target'))).toBe(true);
		await page.close();
	});

	it('indexes every entry for full-text search, in both languages', async () => {
		const index = JSON.parse(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		for (const lang of ['en', 'ko']) expect(index.languages[lang].page_count).toBe(COUNT);
		const page = await browser.newPage();
		await page.goto(`${preview.baseUrl}/search/?q=${COUNT - 1}`);
		await page.locator('[data-search-results] li a').first().waitFor();
		const found = await page.locator('[data-search-results] li a').evaluateAll((links) =>
			links.map((link) => link.getAttribute('href')),
		);
		expect(found).toContain(`/events/${ids.at(-1)}/`);
		await page.close();
	});

	it('links an entry on a later page back to its place', () => {
		const late = ids.at(-1)!;
		const html = readFileSync(path.join(out, 'events', late, 'index.html'), 'utf8');
		expect(html).toContain(`href="/page/2/#${late}"`);
	});
});
