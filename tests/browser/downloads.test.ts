/**
 * "Download these N entries" on the filtered timeline: each file holds exactly the entries the filter matches
 * (worked out here from /events.json), made in the browser from the filter's own index; a filter that is one facet
 * value gives the very bytes of that facet page's static file; and there is nothing to download unfiltered.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { filterShown, useBrowser } from '../support/browser.ts';

const open = useBrowser();

interface Record {
	id: string;
	url: string;
	urlKo: string;
	date: string;
	side: string;
	kind: string;
	speakers: string[];
	topics: string[];
}
const entries = (JSON.parse(readFileSync('dist/events.json', 'utf8')) as { entries: Record[] }).entries;

async function filtered(path: string) {
	const page = await open(path);
	await filterShown(page);
	return page;
}

/** Clicks a download button and returns the file's name and text. */
async function download(page: Page, label: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-filter-download] button', { hasText: new RegExp(`^${label}$`) }).click(),
	]);
	const stream = await file.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

describe('downloading the filtered timeline', () => {
	const year = (entry: Record) => Number(entry.date.slice(0, 4));
	const expected = entries.filter(
		(entry) => entry.side === 'north' && ['rejection', 'statement'].includes(entry.kind) && year(entry) >= 2019 && year(entry) <= 2021,
	);

	it('offers exactly the matching entries, as CSV, JSON, BibTeX, RIS and CSL-JSON', async () => {
		expect(expected.length).toBeGreaterThan(3);
		const page = await filtered('/?side=north&kind=rejection&kind=statement&from=2019&to=2021');
		expect(await page.locator('[data-filter-download] [data-download-label]').textContent()).toBe(
			`Download these ${expected.length} entries:`,
		);
		const ids = expected.map((entry) => entry.id);
		const urls = expected.map((entry) => entry.url);
		const csv = await download(page, 'CSV');
		expect(csv.name).toBe('entries.csv');
		expect(csv.text.split('\r\n').slice(1, -1).map((line) => line.split(',')[0])).toEqual(ids);
		const json = await download(page, 'JSON');
		expect(json.name).toBe('entries.json');
		const data = JSON.parse(json.text) as { filter: string; count: number; entries: { id: string; url: string }[] };
		expect(data.filter).toBe('side=north&kind=rejection&kind=statement&from=2019&to=2021');
		expect(data.count).toBe(expected.length);
		expect(data.entries.map((entry) => entry.url)).toEqual(urls);
		const bib = await download(page, 'BibTeX');
		expect([...bib.text.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1])).toEqual(ids);
		const ris = await download(page, 'RIS');
		expect([...ris.text.matchAll(/^UR {2}- (.+)\r$/gm)].map((match) => match[1])).toEqual(urls);
		const csl = await download(page, 'CSL-JSON');
		expect((JSON.parse(csl.text) as { URL: string }[]).map((item) => item.URL)).toEqual(urls);
		await page.context().close();
	});

	it('follows the filter as it changes, in the Korean edition too', async () => {
		const topic = entries.filter((entry) => entry.topics.includes('leaflets'));
		const page = await filtered('/ko/?topic=leaflets');
		const label = page.locator('[data-download-label]');
		expect(await label.textContent()).toBe(`이 항목 ${topic.length}건 내려받기:`);
		const ris = await download(page, 'RIS');
		expect(ris.name).toBe('entries-ko.ris');
		expect([...ris.text.matchAll(/^UR {2}- (.+)\r$/gm)].map((match) => match[1])).toEqual(topic.map((entry) => entry.urlKo));
		await page.locator('input[name="side"][value="south"]').check({ force: true });
		const both = topic.filter((entry) => entry.side === 'south');
		await expect.poll(() => label.textContent()).toBe(`이 항목 ${both.length}건 내려받기:`);
		const csv = await download(page, 'CSV');
		expect(csv.text.split('\r\n').slice(1, -1).map((line) => line.split(',')[1])).toEqual(both.map((entry) => entry.urlKo));
		await page.context().close();
	});

	it('gives a speaker’s filter the very bytes of the speaker’s page’s own files', async () => {
		const page = await filtered('/?actor=kim-yo-jong');
		for (const [label, format] of [
			['JSON', 'json'],
			['CSV', 'csv'],
		] as const)
			expect((await download(page, label)).text).toBe(readFileSync(`dist/actors/kim-yo-jong/entries.${format}`, 'utf8'));
		await page.context().close();
	});

	it('offers nothing unfiltered, nor when nothing matches, nor once the filter is cleared', async () => {
		const page = await open('/');
		await page.waitForFunction(() => customElements.get('timeline-filter') !== undefined);
		expect(await page.locator('[data-filter-download]').isVisible()).toBe(false);
		const none = await filtered('/?q=zzzzqqq');
		expect(await none.locator('[data-filter-download]').isVisible()).toBe(false);
		const cleared = await filtered('/?topic=leaflets');
		const offer = cleared.locator('[data-filter-download]');
		expect(await offer.isVisible()).toBe(true);
		await cleared.locator('button[type="reset"]').click();
		await expect.poll(() => offer.isVisible()).toBe(false);
	});
});
