/**
 * Design: the theme chooser (under the Content Security Policy, remembered), the print stylesheet (emulated print
 * media), the overview of the decades, Korean marked as Korean, and phones: nothing wider than 320 px, controls at
 * least 44 px tall, filters that fold away without covering the results.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const open = useBrowser();
const event = '/events/2025-07-28-kim-yo-jong-rebuffs-lee/';
const background = (page: import('playwright-core').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the theme', () => {
	it('follows the system until the reader chooses, remembers the choice, and runs under the CSP', async () => {
		const page = await open('/', { colorScheme: 'light' });
		const refused: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
		});
		const light = await background(page);
		const chooser = page.locator('[data-theme-choice]');
		expect(await chooser.inputValue()).toBe('');
		await chooser.selectOption('dark');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		const dark = await background(page);
		expect(dark).not.toBe(light);

		await page.goto(event);
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await background(page)).toBe(dark);
		expect(await page.locator('[data-theme-choice]').inputValue()).toBe('dark');

		await page.locator('[data-theme-choice]').selectOption('');
		expect(await page.getAttribute('html', 'data-theme')).toBeNull();
		expect(await background(page)).toBe(light);
		await page.reload();
		expect(await background(page)).toBe(light);
		expect(refused).toEqual([]);
	});

	it('is not offered without JavaScript, and the page follows the system', async () => {
		const page = await open('/', { colorScheme: 'dark', javaScriptEnabled: false });
		expect(await page.locator('[data-theme-choice]').isVisible()).toBe(false);
		const dark = await background(page);
		const light = await (
			await open('/', { colorScheme: 'light', javaScriptEnabled: false })
		).evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(dark).not.toBe(light);
	});
});

describe('on paper', () => {
	const controls = '.site-header, .site-footer, form, button, .pagination, .browse-links, .pager';

	it('prints the timeline as a chronology: no navigation or controls, each entry with its address', async () => {
		const page = await open('/', { colorScheme: 'dark' });
		await page.emulateMedia({ media: 'print' });
		const shown = await page.$$eval(controls, (elements) =>
			elements
				.filter((element) => (element as HTMLElement).offsetParent !== null)
				.map((element) => element.className),
		);
		expect(shown).toEqual([]);
		expect(await background(page)).toBe('rgb(255, 255, 255)');
		const first = page.locator('ol li.entry').first();
		expect(await first.isVisible()).toBe(true);
		expect(await first.locator('time').isVisible()).toBe(true);
		expect(await first.locator('.speakers').isVisible()).toBe(true);
		const address = await first.locator('h3 a').evaluate((link) => getComputedStyle(link, '::after').content);
		expect(address).toMatch(/\/events\/[^/]+\//);
	});

	it('prints a filtered view under its own address, filter included', async () => {
		const page = await open('/?side=north&kind=rejection');
		await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent);
		await page.emulateMedia({ media: 'print' });
		const heading = page.locator('[data-print-address]');
		expect(await heading.isVisible()).toBe(true);
		expect(await heading.innerText()).toMatch(
			/^Inter-Korean Statements: https?:\/\/\S+\/\?side=north&kind=rejection$/,
		);
		expect(await page.locator('[data-filter-status]').isVisible()).toBe(true);
	});

	it('prints an entry with its quotations and the full address of every source', async () => {
		const page = await open(event);
		await page.emulateMedia({ media: 'print' });
		const hidden = await page.$$eval(controls, (elements) =>
			elements.every((element) => (element as HTMLElement).offsetParent === null),
		);
		expect(hidden).toBe(true);
		expect(await page.locator('.quotes blockquote, .quotes li').first().isVisible()).toBe(true);
		const sources = await page.locator('.sources li').all();
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) {
			const url = await source.locator('a.url').getAttribute('href');
			expect(await source.innerText()).toContain(url);
		}
	});
});

describe('the overview of the decades', () => {
	it('sits at the top of the timeline: a column per year, each with entries linking to its year page', async () => {
		const page = await open('/');
		const overview = page.locator('figure.overview');
		expect(await overview.isVisible()).toBe(true);
		const said = await overview.locator('figcaption').innerText();
		const [, from, to] = /from (\d{4}) to (\d{4})/.exec(said)!;
		expect(await overview.locator('.columns > *').count()).toBe(Number(to) - Number(from) + 1);
		const links = await page.$$eval('.columns a', (all) =>
			all.map((link) => ({ href: link.getAttribute('href')!, name: link.getAttribute('aria-label')! })),
		);
		for (const link of links) expect(link.href).toBe(`/years/${link.name.slice(0, 4)}/`);
		// The columns' figures add up to the whole timeline, and the words say so.
		const total = (JSON.parse(readFileSync('dist/timeline-index.json', 'utf8')) as { rows: unknown[] }).rows.length;
		expect(links.reduce((n, link) => n + Number(/: (\d+) entr/.exec(link.name)![1]), 0)).toBe(total);
		expect(said).toContain(`${total} entries`);
	});

	it('gives way to the entries in a filtered view, and comes back when the filter is cleared', async () => {
		const page = await open('/?side=north');
		await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent);
		expect(await page.locator('figure.overview').isVisible()).toBe(false);
		await page.locator('[data-clear]').click();
		await page.waitForFunction(() => !document.querySelector('[data-filter-status]')?.textContent);
		expect(await page.locator('figure.overview').isVisible()).toBe(true);
	});

	it('sits at the top of a speaker’s page, with the same figures year by year in a table', async () => {
		const page = await open('/actors/kim-yo-jong/');
		const overview = page.locator('figure.overview');
		await overview.locator('summary').click();
		const rows = await overview.locator('tbody tr').all();
		let sum = 0;
		for (const row of rows) sum += Number(await row.locator('td').first().innerText());
		expect(sum).toBe(await page.locator('ol li.entry').count());
		await overview.locator('tbody a').first().click();
		await page.waitForURL(/\/years\/\d{4}\/$/);
	});
});

describe('Korean text', () => {
	it('is marked lang="ko" wherever it appears', async () => {
		const page = await open('/events/1991-12-13-basic-agreement-signed/');
		// Its text (read whole: the sources are laid out only as they come near the view).
		expect(await page.locator('.sources [lang="ko"]').first().textContent()).toBe(
			'남북한 관계의 기본합의서를 체결하다',
		);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
	});
});

describe('on a phone', () => {
	it('fits 320 px without sideways scrolling, with every fold opened (the BibTeX record, the embed code)', async () => {
		for (const path of ['/', event, '/actors/kim-yo-jong/', '/years/', '/search/', '/about/', '/dialogue/']) {
			const page = await open(path, { viewport: { width: 320, height: 640 } });
			await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(`${path}: ${width}`).toBe(`${path}: 320`);
		}
	});

	it('gives every control a target at least 44 px tall', async () => {
		const page = await open('/', { viewport: { width: 390, height: 844 } });
		const small = await page.$$eval(
			'.site-header a, .site-header input, .site-header button, .filter-toggle, [data-theme-choice], .pagination a, .site-footer nav a',
			(elements) =>
				elements
					.filter((element) => (element as HTMLElement).offsetParent !== null)
					.map((element) => ({
						text: element.textContent?.trim(),
						height: element.getBoundingClientRect().height,
					}))
					.filter(({ height }) => height < 44),
		);
		expect(small).toEqual([]);
	});

	it('folds the filters into a panel that opens above the results without covering them', async () => {
		const page = await open('/', { viewport: { width: 390, height: 844 } });
		const toggle = page.locator('[data-filter-toggle]');
		expect(await page.locator('[data-filter-form]').isVisible()).toBe(false);
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		const form = await page.locator('[data-filter-form]').boundingBox();
		const firstEntry = await page.locator('ol li.entry').first().boundingBox();
		expect(form!.y + form!.height).toBeLessThanOrEqual(firstEntry!.y);
	});
});
