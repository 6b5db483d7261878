import { describe, expect, it } from 'vitest';
import { timelinePageOf, timelinePages, useBrowser } from '../support/browser.ts';

const open = useBrowser();

const core = {
	moon: {
		id: '2019-08-15-moon-liberation-day-address',
		date: '2019-08-15',
		title: /Moon sets unification by 2045/,
	},
	cprk: {
		id: '2019-08-16-cprk-refuses-talks',
		date: '2019-08-16',
		title: /reunification committee says it has nothing more/,
	},
	kimYoJong: {
		id: '2025-07-28-kim-yo-jong-rebuffs-lee',
		date: '2025-07-28',
		title: /Kim Yo Jong rebuffs Lee/,
	},
};

describe('the timeline at /', () => {
	it('lists the three core statements in order, each an article in an ordered list with a dated <time>', async () => {
		const items = [];
		for (const path of timelinePages()) {
			const page = await open(path);
			items.push(
				...(await page.$$eval('ol > li > article', (articles) =>
					articles.map((article) => ({
						id: article.parentElement!.id,
						datetime: article.querySelector('time')?.getAttribute('datetime'),
						link: article.querySelector('h3 a')?.getAttribute('href'),
					})),
				)),
			);
		}
		const ids = items.map((item) => item.id);
		const positions = [core.moon, core.cprk, core.kimYoJong].map((entry) => ids.indexOf(entry.id));
		expect(positions.every((position) => position >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		for (const entry of Object.values(core)) {
			expect(items.find((item) => item.id === entry.id)).toMatchObject({
				datetime: entry.date,
				link: `/events/${entry.id}/`,
			});
		}
		const dates = items.map((item) => item.datetime!);
		expect([...dates].sort()).toEqual(dates);
	});

	it('groups entries under year headings and shows speakers with their side', async () => {
		const page = await open(timelinePageOf(core.cprk.id));
		expect(await page.locator('h2#year-2019').textContent()).toMatch(/^2019/);
		const cprk = page.locator(`li[id="${core.cprk.id}"]`);
		expect(await cprk.locator('.speakers').textContent()).toMatch(
			/Committee for the Peaceful Reunification of the Country\s*North Korea/,
		);
		expect(await cprk.locator('.kind').textContent()).toBe('Rejection');
		expect(await cprk.locator('.summary').textContent()).toMatch(/Liberation Day address/);
	});

	it('lands on an entry from /#<id>', async () => {
		const page = await open(`/#${core.kimYoJong.id}`, { viewport: { width: 1280, height: 700 } });
		const item = page.locator(`li[id="${core.kimYoJong.id}"]`);
		expect(await item.evaluate((element) => element.matches(':target'))).toBe(true);
		const box = (await item.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(700);
	});

	it('reads fine with JavaScript off: every entry and link is there', async () => {
		const path = timelinePageOf(core.cprk.id);
		const page = await open(path, { javaScriptEnabled: false });
		const count = await page.locator('ol > li > article').count();
		const withJs = await (await open(path)).locator('ol > li > article').count();
		expect(count).toBeGreaterThan(40);
		expect(count).toBe(withJs);
		await page.locator(`li[id="${core.cprk.id}"] h3 a`).click();
		await page.waitForURL(`**/events/${core.cprk.id}/`);
		expect(await page.locator('h1').textContent()).toMatch(core.cprk.title);
	});
});

describe('permanent pages at /events/<id>/', () => {
	for (const entry of Object.values(core)) {
		it(`opens ${entry.id} with its title, date and sources`, async () => {
			const page = await open(`/events/${entry.id}/`);
			expect(await page.locator('h1').textContent()).toMatch(entry.title);
			expect(await page.title()).toMatch(entry.title);
			expect(await page.locator('.facts time').first().getAttribute('datetime')).toBe(entry.date);
			const sources = page.locator('.sources li');
			expect(await sources.count()).toBeGreaterThan(0);
			expect(await sources.first().locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
		});
	}

	it('follows a relation both ways: rejects, and rejected by', async () => {
		const page = await open(`/events/${core.cprk.id}/`);
		const rejects = page.locator('.relations .group', { has: page.locator('dt', { hasText: /^Rejects$/ }) });
		await rejects.locator('a').first().click();
		await page.waitForURL(`**/events/${core.moon.id}/`);
		const rejectedBy = page.locator('.relations .group', {
			has: page.locator('dt', { hasText: /^Rejected by$/ }),
		});
		expect(await rejectedBy.locator('a').first().getAttribute('href')).toBe(`/events/${core.cprk.id}/`);
		await rejectedBy.locator('a').first().click();
		await page.waitForURL(`**/events/${core.cprk.id}/`);
	});

	it('attributes each quotation to its speaker and numbered source, and the Korean original to its own', async () => {
		const page = await open(`/events/${core.kimYoJong.id}/`);
		const [english, original] = [0, 1].map((n) => page.locator('.quotes figure').first().locator('.passage').nth(n));
		expect(await english!.locator('blockquote').textContent()).toMatch(
			/no interest in it and there is neither a reason to meet/,
		);
		expect(await english!.locator('.caption').textContent()).toMatch(
			/Kim Yo Jong, as reported by The Korea Herald \[1\]/,
		);
		expect(await english!.locator('.caption a').getAttribute('href')).toBe('#source-1');
		expect(await page.locator('#source-1').textContent()).toMatch(/The Korea Herald/);
		expect(await original!.locator('blockquote [lang="ko"]').textContent()).toMatch(/^우리는 서울에서 어떤 정책이/);
		const source = await original!.locator('.caption a').getAttribute('href');
		expect(source).not.toBe('#source-1');
		expect(await page.locator(source!).textContent()).toMatch(/Channel A/);
	});

	it('links to the entries before and after it in time', async () => {
		const page = await open(`/events/${core.moon.id}/`);
		expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(`/events/${core.cprk.id}/`);
	});
});

describe('the 404 page', () => {
	it('answers 404 and offers ways back', async () => {
		const page = await open('/');
		const response = await page.goto('/events/2019-08-16-no-such-entry/');
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toMatch(/not in the timeline/);
		expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
		expect(await page.locator('.latest li article').count()).toBeGreaterThan(0);
	});
});
