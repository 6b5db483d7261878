import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const open = useBrowser();

describe('facet pages', () => {
	it('an actor page lists that speaker’s entries in order, with titles over time and a link to the filtered timeline', async () => {
		const page = await open('/actors/kim-yo-jong/');
		expect(await page.locator('h1').textContent()).toMatch(/Kim Yo Jong/);
		const dates = await page.$$eval('li.entry time', (times) =>
			times.map((time) => time.getAttribute('datetime')!),
		);
		expect(dates.length).toBeGreaterThan(5);
		expect([...dates].sort()).toEqual(dates);
		const speakers = await page.$$eval('li.entry', (items) =>
			items.map((item) => [...item.querySelectorAll('.speaker')].map((a) => a.getAttribute('href'))),
		);
		expect(speakers.every((list) => list.includes('/actors/kim-yo-jong/'))).toBe(true);
		const roles = await page.locator('.roles li').allTextContents();
		expect(roles.some((role) => role.includes('First vice department director'))).toBe(true);
		expect(roles.some((role) => role.includes('Vice department director, WPK Central Committee'))).toBe(true);
		expect(await page.locator('a[href="/?actor=kim-yo-jong"]').count()).toBe(1);
	});

	it('the committee’s page says when it was dissolved', async () => {
		const page = await open('/actors/cprk/');
		expect(await page.locator('.dissolved').textContent()).toMatch(/15 January 2024/);
	});

	it('topic, kind, side and year pages list the right entries', async () => {
		const topic = await open('/topics/loudspeakers/');
		expect(await topic.locator('li[id="2025-06-11-seoul-halts-loudspeakers"]').count()).toBe(1);
		const kind = await open('/kinds/summit/');
		expect(
			await kind.$$eval('li.entry .kind', (links) =>
				links.every((a) => a.getAttribute('href') === '/kinds/summit/'),
			),
		).toBe(true);
		const side = await open('/sides/joint/');
		expect(
			await side.$$eval('li.entry', (items) => items.every((item) => item.classList.contains('entry-joint'))),
		).toBe(true);
		const year = await open('/years/2019/');
		const dates = await year.$$eval('li.entry time', (times) =>
			times.map((time) => time.getAttribute('datetime')!),
		);
		expect(dates.length).toBeGreaterThan(3);
		expect(dates.every((date) => date.startsWith('2019'))).toBe(true);
		expect(await year.locator('a[href="/?from=2019&to=2019"]').count()).toBe(1);
	});

	it('every label on a list links to its page: speakers, sides, kinds and years', async () => {
		const page = await open('/');
		const first = page.locator('li.entry').first();
		expect(await first.locator('.speaker').first().getAttribute('href')).toMatch(/^\/actors\/[a-z0-9-]+\/$/);
		expect(await first.locator('.speakers .side').first().getAttribute('href')).toMatch(
			/^\/sides\/[a-z-]+\/$/,
		);
		expect(await first.locator('.kind').getAttribute('href')).toMatch(/^\/kinds\/[a-z]+\/$/);
		expect(await page.locator('h2#year-1972 a').getAttribute('href')).toBe('/years/1972/');
		const event = await open('/events/2025-07-28-kim-yo-jong-rebuffs-lee/');
		expect(await event.locator('.topics a').first().getAttribute('href')).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
		for (const href of await page.$$eval('li.entry a', (links) =>
			links.map((a) => a.getAttribute('href')!),
		)) {
			const response = await page.request.get(href);
			expect(response.status(), href).toBe(200);
		}
	});

	it('each facet has an index of its values', async () => {
		for (const folder of ['sides', 'actors', 'kinds', 'topics', 'years']) {
			const page = await open(`/${folder}/`);
			const links = await page.$$eval('.facet-index a', (list) => list.map((a) => a.getAttribute('href')!));
			expect(links.length, folder).toBeGreaterThan(2);
			expect(
				links.every((href) => href.startsWith(`/${folder}/`)),
				folder,
			).toBe(true);
		}
	});
});
