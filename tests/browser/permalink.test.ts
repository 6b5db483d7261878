import { describe, expect, it } from 'vitest';
import { shiftAsScriptsStart, useBrowser } from '../support/browser.ts';

const open = useBrowser();
const id = '2019-08-16-cprk-refuses-talks';

describe('a citable permanent page', () => {
	it('declares its canonical address, Open Graph and Twitter cards', async () => {
		const page = await open(`/events/${id}/`);
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toMatch(new RegExp(`^https?://[^/]+/events/${id}/$`));
		expect(await meta('meta[property="og:url"]')).toBe(canonical);
		expect(await meta('meta[property="og:title"]')).toMatch(
			/reunification committee says it has nothing more/,
		);
		expect(await meta('meta[property="og:description"]')).toBe(
			await page.locator('header .summary').textContent(),
		);
		expect(await meta('meta[property="og:type"]')).toBe('article');
		expect(await meta('meta[property="article:published_time"]')).toBe('2019-08-16');
		expect(await meta('meta[name="twitter:card"]')).toBe('summary');
		expect(await meta('meta[name="twitter:title"]')).toBe(await meta('meta[property="og:title"]'));
	});

	it('carries schema.org JSON-LD that parses and names the speakers and sources', async () => {
		const page = await open(`/events/${id}/`);
		const raw = await page.locator('script[type="application/ld+json"]').textContent();
		expect(raw).not.toMatch(/</);
		const data = JSON.parse(raw!);
		expect(data['@type']).toBe('Article');
		expect(data.about.startDate).toBe('2019-08-16');
		expect(data.mentions[0].name).toBe('Committee for the Peaceful Reunification of the Country');
		expect(data.citation.length).toBe(await page.locator('.sources li').count());
	});

	it('shows its Copy link and Embed buttons from the first paint: nothing below them jumps as their script starts', async () => {
		expect(await shiftAsScriptsStart(await open(`/events/${id}/`), 'copy-button')).toBeLessThan(0.001);
	});

	it('copies its link with one click', async () => {
		const page = await open(`/events/${id}/`);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.locator('copy-button button', { hasText: 'Copy link' }).click();
		await expect
			.poll(() =>
				page.locator('copy-button', { hasText: 'Copy link' }).locator('[role="status"]').textContent(),
			)
			.toBe('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await page.locator('link[rel="canonical"]').getAttribute('href'),
		);
	});

	it('shows the thread of the dialogue in order', async () => {
		const page = await open(`/events/${id}/`);
		const thread = await page.$$eval('.thread li', (items) =>
			items.map((item) => ({
				current: item.getAttribute('aria-current'),
				link: item.querySelector('a')?.getAttribute('href'),
			})),
		);
		expect(thread.length).toBeGreaterThanOrEqual(2);
		expect(
			thread.findIndex((item) => item.link === '/events/2019-08-15-moon-liberation-day-address/'),
		).toBeLessThan(thread.findIndex((item) => item.current === 'true'));
	});

	it('links back to its place in the timeline', async () => {
		const page = await open(`/events/${id}/`);
		await page.locator('.back a').click();
		await page.waitForURL(`**/#${id}`);
		expect(await page.locator(`li[id="${id}"]`).evaluate((li) => li.matches(':target'))).toBe(true);
	});
});
