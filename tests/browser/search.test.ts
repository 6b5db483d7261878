import { describe, expect, it } from 'vitest';
import { layoutShift, shiftAsScriptsStart, useBrowser } from '../support/browser.ts';

const open = useBrowser();

describe('full-text search', () => {
	it('finds a phrase that occurs only in the text of an entry', async () => {
		// "Hoguk exercise" appears only in the account of the Yeonpyeong shelling, not in any title or summary.
		const page = await open('/search/?q=Hoguk%20exercise');
		const results = page.locator('[data-search-results] li');
		await results.first().waitFor();
		expect(await results.first().locator('a').getAttribute('href')).toBe(
			'/events/2010-11-23-north-shells-yeonpyeong/',
		);
		expect(await results.first().locator('mark').first().textContent()).toMatch(/hoguk/i);
		// The words around and between the highlights keep their spaces.
		expect(await results.first().locator('p').textContent()).toMatch(/\bHoguk exercise\b/i);
		expect(await page.locator('[data-search-status]').textContent()).toMatch(
			/^\d+ (entry|entries) found for “Hoguk exercise”/,
		);
	});

	it('opened with a query, shows the results where room was kept for them: nothing below jumps', async () => {
		for (const address of ['/search/?q=talks', `/ko/search/?q=${encodeURIComponent('김여정')}`]) {
			const page = await open(address, { viewport: { width: 390, height: 800 } });
			await page.locator('[data-search-results] li').first().waitFor();
			expect(await layoutShift(page), address).toBeLessThan(0.1);
			await page.context().close();
		}
	});

	it('opened without a query, has nothing for its script to take away: nothing jumps on a slow phone', async () => {
		expect(await shiftAsScriptsStart(await open('/search/'), 'site-search')).toBeLessThan(0.001);
	});

	it('finds Korean text in both editions, and ignores accents', async () => {
		const korean = await open(`/ko/search/?q=${encodeURIComponent('기본합의서')}`);
		await korean.locator('[data-search-results] li').first().waitFor();
		const found = await korean
			.locator('[data-search-results] li a')
			.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
		expect(found).toContain('/ko/events/1991-12-13-basic-agreement-signed/');
		// The English edition sends Korean words to the Korean edition's search.
		const english = await open(`/search/?q=${encodeURIComponent('기본합의서')}`);
		const other = english.locator('a[data-search-korean]');
		await other.waitFor();
		expect(await other.getAttribute('href')).toBe(`/ko/search/?q=${encodeURIComponent('기본합의서')}`);
		const accents = await open('/search/?q=korber');
		await accents.locator('[data-search-results] li').first().waitFor();
		expect(await accents.locator('[data-search-results] li a').first().getAttribute('href')).toBe(
			'/events/2017-07-06-moon-berlin-initiative/',
		);
	});

	it('is reachable from every page and works from the keyboard', async () => {
		const page = await open('/events/2019-08-16-cprk-refuses-talks/');
		await page.locator('#site-search-q').fill('loudspeakers');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/search/?q=loudspeakers');
		const first = page.locator('[data-search-results] li a').first();
		await first.waitFor();
		await page.locator('#search-q').focus();
		await page.keyboard.press('ArrowDown');
		expect(await first.evaluate((link) => link === document.activeElement)).toBe(true);
	});

	it('loads the index when the reader comes to the search box, not with the page', async () => {
		const page = await open('/search/');
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.waitForTimeout(300);
		expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		const loaded = page.waitForRequest(
			(request) => new URL(request.url()).pathname === '/pagefind/pagefind.js',
		);
		await page.locator('#search-q').focus();
		await loaded;
		// By the first word, the results come from an index already there.
		await page.locator('#search-q').pressSequentially('Hoguk');
		await page.locator('[data-search-results] li').first().waitFor();
		expect(fetched.filter((path) => path === '/pagefind/pagefind.js')).toHaveLength(1);
	});

	it('shows the first screenful of results without waiting for the excerpts of the others', async () => {
		const page = await open('/search/');
		// Each result's excerpt is a file of its own: the first five come, the others are held back.
		const held: (() => Promise<void>)[] = [];
		let passed = 0;
		let holding = true;
		await page.route('**/pagefind/fragment/**', (route) =>
			!holding || passed++ < 5 ? route.continue() : void held.push(() => route.continue()),
		);
		await page.locator('#search-q').fill('talks');
		await page.keyboard.press('Enter');
		const results = page.locator('[data-search-results] li');
		// The first query loads Pagefind too: up to Playwright's wait, not the poll's second.
		await results.nth(4).waitFor();
		await expect.poll(() => results.count()).toBe(5);
		expect(held.length).toBeGreaterThan(0);
		holding = false;
		await Promise.all(held.map((release) => release()));
		await expect.poll(() => results.count()).toBe(30);
	});

	it('says so when results could not be loaded, and loads them when the reader searches again', async () => {
		const page = await open('/search/');
		const results = page.locator('[data-search-results] li');
		const status = page.locator('[data-search-status]');
		// The excerpts of all but the first five fail to come.
		let passed = 0;
		await page.route('**/pagefind/fragment/**', (route) => (passed++ < 5 ? route.continue() : route.abort()));
		await page.locator('#search-q').fill('talks');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => status.textContent(), { timeout: 10_000 })
			.toMatch(/only 5 could be loaded: search again/);
		expect(await results.count()).toBe(5);
		// Searching again for the same words fetches what failed.
		await page.unroute('**/pagefind/fragment/**');
		await page.keyboard.press('Enter');
		await expect.poll(() => results.count()).toBe(30);
		expect(await status.textContent()).toMatch(/the first 30 are shown/);
		// When not even the first excerpts come, the last results do not stay under the new words.
		await page.route('**/pagefind/fragment/**', (route) => route.abort());
		await page.locator('#search-q').fill('loudspeakers');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => status.textContent())
			.toBe('The results for “loudspeakers” could not be loaded: search again.');
		expect(await results.count()).toBe(0);
	});

	it('without JavaScript says so and offers the facet pages', async () => {
		const page = await open('/search/?q=talks', { javaScriptEnabled: false });
		expect(await page.locator('.search').innerText()).toMatch(/runs in your browser with JavaScript/);
		expect(await page.locator('.browse a[href="/sides/north/"]').count()).toBe(1);
	});
});
