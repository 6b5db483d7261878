/**
 * Citing an entry: a reference manager captures the page in one click (read here as Zotero's translators read it),
 * the page's references in each style are the CSL library's rendering of the page's own CSL-JSON, and the files to
 * download hold the same reference.
 */
import { describe, expect, it } from 'vitest';
import { references, STYLES } from '../../src/lib/citation/format.ts';
import type { CslItem } from '../../src/lib/citation/item.ts';
import { useBrowser } from '../support/browser.ts';
import { coins, embeddedMetadata, type CapturedItem } from '../support/zotero.ts';

const open = useBrowser();
const id = '2019-08-16-cprk-refuses-talks';

const pages = [
	{ lang: 'en', path: `/events/${id}/`, website: 'Inter-Korean Statements' },
	{ lang: 'ko', path: `/ko/events/${id}/`, website: '남북 발언 기록' },
] as const;

describe('capturing an entry with a reference manager', () => {
	for (const { lang, path, website } of pages)
		it(`gives a web page with its title, date, address, language and site (${lang})`, async () => {
			const page = await open(path, { javaScriptEnabled: false });
			const expected: CapturedItem = {
				itemType: 'webpage',
				title: (await page.locator('h1').textContent())!.trim(),
				date: '2019-08-16',
				url: (await page.locator('link[rel="canonical"]').getAttribute('href'))!,
				language: lang,
				website,
				creators: [],
			};
			expect(new URL(expected.url).pathname).toBe(path);
			// Both translators that read any page find the same item.
			expect(await page.evaluate(embeddedMetadata)).toEqual(expected);
			expect(await page.evaluate(coins)).toEqual(expected);
			await page.context().close();
		});
});

describe('an entry’s references', () => {
	for (const { lang, path } of pages)
		it(`are the CSL styles’ rendering of the page’s own CSL-JSON, and its files hold the same (${lang})`, async () => {
			const page = await open(path);
			const fetchText = (file: string) => page.evaluate((url) => fetch(url).then((response) => response.text()), file);
			const [item] = JSON.parse(await fetchText(`${path}cite.csl.json`)) as CslItem[];
			expect(item!.URL).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
			const expected = references(item!, lang);
			for (const style of STYLES) {
				const shown = page.locator(`.cite [data-style="${style}"]`);
				expect(await shown.locator('.text').innerHTML()).toBe(expected[style].html);
				expect(await shown.locator('copy-button').getAttribute('data-text')).toBe(expected[style].text);
			}
			const key = lang === 'en' ? id : `${id}-ko`;
			const links = await page.$$eval('.cite .files a', (anchors) =>
				anchors.map((a) => ({ href: a.getAttribute('href'), download: a.getAttribute('download'), text: a.textContent })),
			);
			expect(links).toEqual([
				{ href: `${path}cite.bib`, download: `${key}.bib`, text: 'BibTeX' },
				{ href: `${path}cite.ris`, download: `${key}.ris`, text: 'RIS' },
				{ href: `${path}cite.csl.json`, download: `${key}.csl.json`, text: 'CSL-JSON' },
			]);
			const bibtex = await fetchText(`${path}cite.bib`);
			expect(bibtex).toContain(`@misc{${key},`);
			// BibTeX keeps capitals by bracing the words that have them.
			expect(bibtex.replace(/[{}]/g, '')).toContain(`title = ${item!.title},`);
			expect(bibtex).toContain(`url = {${item!.URL}}`);
			expect((await page.locator('.cite pre').textContent())!.trim()).toBe(bibtex.trim());
			const ris = (await fetchText(`${path}cite.ris`)).split('\r\n');
			expect(ris).toContain(`TI  - ${item!.title}`);
			expect(ris).toContain(`UR  - ${item!.URL}`);
			expect(ris).toContain(`LA  - ${lang}`);
			await page.context().close();
		});

	it('copies a reference with one click', async () => {
		const page = await open(`/events/${id}/`);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		const apa = page.locator('.cite [data-style="apa"]');
		await apa.locator('copy-button button').click();
		await expect.poll(() => apa.locator('[role="status"]').textContent()).toBe('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await apa.locator('copy-button').getAttribute('data-text'),
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/^North Korea’s reunification committee .*\. \(2019, August 16\)\. Inter-Korean Statements\. http/,
		);
	});

	it('are all on the page without JavaScript, with no dead buttons', async () => {
		const page = await open(`/ko/events/${id}/`, { javaScriptEnabled: false });
		expect(await page.locator('.cite [data-style] .text').count()).toBe(3);
		expect(await page.locator('.cite [data-style="mla"] .text').textContent()).toContain('남북 발언 기록, 2019년 8월 16일,');
		expect(await page.locator('.cite copy-button').first().isVisible()).toBe(false);
	});
});
