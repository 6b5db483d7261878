import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { filterShown, layoutShift, timelinePageOf, useBrowser } from '../support/browser.ts';

const open = useBrowser();

/** The entries shown on the timeline, with what a reader sees of each. */
async function shown(page: Page) {
	return page.$$eval('[data-entry-list] li.entry', (items) =>
		items.map((item) => ({
			id: item.id,
			side: [...item.classList].find((name) => name.startsWith('entry-'))!.slice('entry-'.length),
			date: item.querySelector('time')!.getAttribute('datetime')!,
			kind: item.querySelector('.kind')!.getAttribute('href'),
			speakers: [...item.querySelectorAll('.speaker')].map((link) => link.getAttribute('href')),
			sides: [...item.querySelectorAll('.speakers .side')].map((link) => link.getAttribute('href')),
			text: item.textContent!.toLowerCase(),
		})),
	);
}

const status = (page: Page) => page.locator('[data-filter-status]').textContent();
const total = async (page: Page) => Number((await status(page))!.match(/of (\d+)/)![1]);
/** How many entries the filter says match (0 when none is active). */
const matching = async (page: Page) => Number((await status(page))!.match(/^(\d+) of/)?.[1] ?? 0);

async function ready(path: string) {
	const page = await open(path);
	await page.waitForFunction(() => customElements.get('timeline-filter') !== undefined);
	return page;
}

async function filtered(path: string) {
	const page = await ready(path);
	await filterShown(page);
	return page;
}

describe('filtering the timeline from a cold URL', () => {
	it('side: only entries of that side', async () => {
		const page = await filtered('/?side=north');
		expect(await status(page)).toMatch(/^\d+ of \d+ entries match\.$/);
		const count = await matching(page);
		// A hundred at a time: "Show more" draws the rest.
		await expect.poll(async () => (await shown(page)).length).toBe(Math.min(count, 100));
		if (count > 100) {
			await page.locator('button[data-show-more]').click();
			await expect.poll(async () => (await shown(page)).length).toBe(Math.min(count, 200));
		}
		const entries = await shown(page);
		expect(entries.length).toBeGreaterThan(5);
		expect(entries.every((entry) => entry.side === 'north')).toBe(true);
	});

	it('hides what belongs to the unfiltered page while a filter is on: its years, its page links and the overview', async () => {
		// The list holds every match of the record, so "Page 3 of 6" and its links (which know no filter) would mislead.
		const page = await filtered('/page/3/?side=north&kind=rejection');
		const parts = ['nav.pagination', '.intro .span', '.intro .extent', 'figure.overview'];
		for (const part of parts.slice(0, 3)) expect(await page.locator(part).isHidden(), part).toBe(true);
		await page.locator('button[data-clear]').click();
		await expect.poll(() => page.locator('nav.pagination').isVisible()).toBe(true);
		expect(await page.locator('.intro .span').isVisible()).toBe(true);
		const home = await filtered('/?government=moon-jae-in');
		expect(await home.locator('figure.overview').isHidden()).toBe(true);
		expect(await home.locator('nav.pagination').isHidden()).toBe(true);
	});

	it('opens a shared link with a filter without the page jumping, narrow or wide', async () => {
		// What only the whole page shows is gone, and the form there, from the first paint, not moved when the script runs.
		for (const width of [390, 1280])
			for (const address of ['/?side=north&kind=rejection', '/ko/?government=moon-jae-in']) {
				const page = await open(address, { viewport: { width, height: 900 } });
				await filterShown(page);
				expect(await layoutShift(page), `${address} at ${width} px`).toBeLessThan(0.1);
				await page.context().close();
			}
	});

	it('actor: only entries where that speaker speaks, several with OR', async () => {
		const page = await filtered('/?actor=kim-yo-jong');
		const kimYoJong = await shown(page);
		expect(kimYoJong.every((entry) => entry.speakers.includes('/actors/kim-yo-jong/'))).toBe(true);
		const both = await shown(await filtered('/?actor=kim-yo-jong&actor=lee-jae-myung'));
		expect(both.length).toBeGreaterThan(kimYoJong.length);
		expect(
			both.every((entry) =>
				entry.speakers.some((s) => s === '/actors/kim-yo-jong/' || s === '/actors/lee-jae-myung/'),
			),
		).toBe(true);
	});

	it('kind and topic', async () => {
		const rejections = await shown(await filtered('/?kind=rejection'));
		expect(rejections.length).toBeGreaterThan(5);
		expect(rejections.every((entry) => entry.kind === '/kinds/rejection/')).toBe(true);
		const page = await filtered('/?topic=loudspeakers');
		const loudspeakers = await shown(page);
		expect(loudspeakers.map((entry) => entry.id)).toContain('2025-06-11-seoul-halts-loudspeakers');
		expect(loudspeakers.map((entry) => entry.id)).not.toContain('1972-07-04-july-4-joint-communique');
	});

	it('years, inclusive', async () => {
		const entries = await shown(await filtered('/?from=2019&to=2020'));
		expect(entries.length).toBeGreaterThan(3);
		expect(entries.every((entry) => entry.date >= '2019' && entry.date < '2021')).toBe(true);
		expect(entries.some((entry) => entry.date.startsWith('2019'))).toBe(true);
		expect(entries.some((entry) => entry.date.startsWith('2020'))).toBe(true);
	});

	it('text, case-insensitively, in titles, summaries, quotations and speaker names', async () => {
		const entries = await shown(await filtered('/?q=LOUDSPEAKER'));
		expect(entries.length).toBeGreaterThan(2);
		expect(entries.every((entry) => entry.text.includes('loudspeaker'))).toBe(true);
		// "senseless lingering attachment" is only in a quotation of the CPRK entry.
		expect((await shown(await filtered('/?q=senseless%20lingering'))).map((entry) => entry.id)).toEqual([
			'2019-08-16-cprk-refuses-talks',
		]);
		// A speaker's alias: "Kim Yo-jong".
		const byAlias = await shown(await filtered('/?q=yo-jong'));
		expect(byAlias.some((entry) => entry.speakers.includes('/actors/kim-yo-jong/'))).toBe(true);
	});

	it('the full contract at once: facets combine with AND', async () => {
		const page = await filtered(
			'/?side=north&actor=kim-yo-jong&kind=rejection&topic=dialogue&from=2019&to=2025&q=interest',
		);
		const entries = await shown(page);
		expect(entries.map((entry) => entry.id)).toContain('2025-07-28-kim-yo-jong-rebuffs-lee');
		for (const entry of entries) {
			expect(entry.side).toBe('north');
			expect(entry.kind).toBe('/kinds/rejection/');
			expect(entry.date >= '2019').toBe(true);
		}
		expect(await page.locator('input[name="actor"][value="kim-yo-jong"]').isChecked()).toBe(true);
		expect(await page.locator('#filter-q').inputValue()).toBe('interest');
	});

	it('shows how many entries each option would give', async () => {
		const page = await filtered('/?side=north');
		const label = page.locator('[data-facet="kind"] label', {
			has: page.locator('input[value="rejection"]'),
		});
		const rejections = (await shown(await filtered('/?side=north&kind=rejection'))).length;
		expect(await label.getAttribute('data-n')).toBe(String(rejections));
		// Shown after the option's name, and read with it.
		expect(await label.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(
			`"${rejections}"`,
		);
	});
});

/** The count beside every option of the filter, as the reader sees it (an option's label and its count). */
const counts = (page: Page) =>
	page.$$eval('[data-facet] label', (labels) =>
		labels.map(
			(label) =>
				`${label.textContent!.trim()} ${label.dataset.n}${label.classList.contains('is-empty') ? ' (none)' : ''}`,
		),
	);

/**
 * Performs `act` and, at the moment the filter says the change is shown (before it is painted), notes which entries
 * are in the list; then, once everything is drawn, which of the entries are on the screen.
 */
function firstFrame(page: Page, act: string) {
	return page.evaluate(
		(act) =>
			new Promise<{ atFirst: string[]; onScreen: string[]; inTheEnd: string[] }>((resolve) => {
				const ids = () => [...document.querySelectorAll('[data-entry-list] li.entry')].map((item) => item.id);
				document.querySelector('timeline-filter')!.addEventListener(
					'timeline-filter:shown',
					() => {
						const atFirst = ids();
						setTimeout(() => {
							const onScreen = [...document.querySelectorAll('[data-entry-list] li.entry')]
								.filter((item) => item.getBoundingClientRect().top < innerHeight)
								.map((item) => item.id);
							resolve({ atFirst, onScreen, inTheEnd: ids() });
						}, 300);
					},
					{ once: true },
				);
				(document.querySelector(act) as HTMLElement).click();
			}),
		act,
	);
}

describe('changing the filter', () => {
	it('draws the entries on the screen at once and the others after the paint, and gives the page and its counts back as they came', async () => {
		const page = await ready('/');
		const served = await page.locator('[data-entry-list]').innerHTML();
		const servedCounts = await counts(page);
		const south = await firstFrame(page, 'input[name="side"][value="south"]');
		expect(south.inTheEnd.length).toBeGreaterThan(south.atFirst.length);
		expect(south.atFirst).toEqual(south.inTheEnd.slice(0, south.atFirst.length));
		expect(south.onScreen.length).toBeGreaterThan(0);
		expect(south.atFirst).toEqual(expect.arrayContaining(south.onScreen));
		// Back to the whole timeline: the server's own entries, put back at once as they were.
		const back = await firstFrame(page, 'input[name="side"][value="south"]');
		expect(back.inTheEnd).toEqual(back.atFirst);
		expect(await page.locator('[data-entry-list]').innerHTML()).toBe(served);
		// And the counts beside the options are the whole timeline's again.
		expect(await counts(page)).toEqual(servedCounts);
	});

	it('a change made before the last one has finished drawing leaves nothing of it behind', async () => {
		const page = await ready('/');
		const [served, servedCounts] = [await page.locator('[data-entry-list]').innerHTML(), await counts(page)];
		// South is ticked and, as soon as that is shown (before its paint and the work after it), unticked again.
		await page.evaluate(() => {
			const south = document.querySelector<HTMLElement>('input[name="side"][value="south"]')!;
			document
				.querySelector('timeline-filter')!
				.addEventListener('timeline-filter:shown', () => south.click(), { once: true });
			south.click();
		});
		await page.waitForTimeout(500);
		expect(await page.locator('[data-entry-list]').innerHTML()).toBe(served);
		expect(await counts(page)).toEqual(servedCounts);
		// The same while the first change still waits for the filter's index: undone at once, it is never shown.
		const fresh = await ready('/');
		await fresh.evaluate(() => {
			const south = document.querySelector<HTMLElement>('input[name="side"][value="south"]')!;
			south.click();
			south.click();
		});
		await fresh.waitForTimeout(1000);
		expect(new URL(fresh.url()).search).toBe('');
		expect(await fresh.locator('[data-entry-list]').innerHTML()).toBe(served);
		expect(await fresh.locator('[data-filter-status]').textContent()).toBe('');
	});

	it('updates the URL, and back and forward restore each view', async () => {
		const page = await ready('/');
		const all = await page.$$eval('[data-entry-list] li.entry', (items) => items.map((item) => item.id));
		await page.locator('input[name="side"][value="south"]').check();
		await page.waitForURL(/\?side=south$/);
		await expect.poll(() => matching(page)).toBeGreaterThan(0);
		const south = await matching(page);
		expect(south).toBeLessThan(await total(page));
		await page.locator('input[name="kind"][value="proposal"]').check();
		await page.waitForURL(/\?side=south&kind=proposal$/);
		await expect.poll(() => matching(page)).toBeLessThan(south);
		const proposals = await matching(page);
		expect(proposals).toBeGreaterThan(0);
		expect((await shown(page)).every((entry) => entry.kind === '/kinds/proposal/')).toBe(true);
		await page.goBack();
		await page.waitForURL(/\?side=south$/);
		await expect.poll(() => matching(page)).toBe(south);
		expect(await page.locator('input[name="kind"][value="proposal"]').isChecked()).toBe(false);
		await page.goBack();
		await expect.poll(async () => (await shown(page)).map((entry) => entry.id)).toEqual(all);
		await page.goForward();
		await expect.poll(() => matching(page)).toBe(south);
	});

	it('announces the count to screen readers, says when nothing matches, and clears in one click', async () => {
		const page = await ready('/');
		const live = page.locator('[role="status"][data-filter-status]');
		expect(await live.count()).toBe(1);
		await page.locator('#filter-q').fill('zzzz no such words');
		await expect.poll(() => live.textContent()).toBe('No entries match these filters.');
		await page.locator('[data-entry-list] button[data-clear-all]').click();
		await expect.poll(() => live.textContent()).toBe('');
		// The address and the entries below the screen follow the paint.
		await expect.poll(() => page.url()).not.toContain('?');
		expect(await page.locator('#filter-q').inputValue()).toBe('');
		await expect.poll(async () => (await shown(page)).length).toBeGreaterThan(40);
	});

	it('draws filtered entries exactly as the server does, in both editions', async () => {
		// On /ko/ the first speaker has no Hangul name yet (marked English) and the second has one.
		const cases = [
			{ id: '2019-08-16-cprk-refuses-talks', prefix: '', query: '/?actor=cprk' },
			{
				id: '1983-10-09-seoul-blames-north-for-rangoon-bombing',
				prefix: '/ko',
				query: '/ko/?actor=chun-doo-hwan',
			},
		] as const;
		for (const { id, prefix, query } of cases) {
			const server = await ready(timelinePageOf(id, prefix));
			const html = (page: Page) =>
				page
					.locator(`li[id="${id}"]`)
					.evaluate((li) => li.outerHTML.replace(/\s+/g, ' ').replace(/> </g, '><'));
			const client = await filtered(query);
			expect(await html(client)).toBe(await html(server));
			if (prefix === '/ko') expect(await html(client)).toContain('lang="en">Lee Jin Hie</a>');
		}
	});
});

describe('links to one entry', () => {
	it('/#<id> lands on and highlights the entry', async () => {
		const page = await ready('/#2025-06-11-seoul-halts-loudspeakers');
		const item = page.locator('li[id="2025-06-11-seoul-halts-loudspeakers"]');
		expect(await item.evaluate((li) => li.matches(':target'))).toBe(true);
		const box = (await item.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(page.viewportSize()!.height);
	});

	it('on a phone, in either edition, the linked entry starts below its year heading, not under it', async () => {
		for (const [id, prefix] of [
			['2019-08-16-cprk-refuses-talks', ''],
			['2025-07-28-kim-yo-jong-rebuffs-lee', '/ko'],
		] as const) {
			const path = `${timelinePageOf(id, prefix)}#${id}`;
			const page = await open(path, { viewport: { width: 390, height: 800 } });
			const place = await page.evaluate((id) => {
				const entry = document.getElementById(id)!;
				const heading = entry.closest('.year')!.querySelector('.year-heading')!.getBoundingClientRect();
				return {
					entry: entry.getBoundingClientRect().top,
					heading: { top: heading.top, bottom: heading.bottom },
				};
			}, id);
			expect(place.heading.top, path).toBe(0);
			expect(place.entry, path).toBeGreaterThanOrEqual(place.heading.bottom);
			expect(place.entry, path).toBeLessThan(place.heading.bottom + 40);
		}
	});

	it('the filter yields to the anchor: a linked entry the filter would hide is shown and highlighted', async () => {
		const id = '2019-08-16-cprk-refuses-talks';
		const page = await filtered(`/?side=south#${id}`);
		const item = page.locator(`li[id="${id}"]`);
		await item.waitFor();
		expect(await item.evaluate((li) => li.classList.contains('is-target'))).toBe(true);
		expect(await status(page)).toMatch(/the entry you linked to is shown as well/);
		const box = (await item.boundingBox())!;
		expect(box.y).toBeLessThan(page.viewportSize()!.height);
		expect(await total(page)).toBeGreaterThan(50);
	});
});

describe('without JavaScript', () => {
	it('shows the whole list, says why, and gives the facet links instead of the form', async () => {
		const page = await open('/?side=north', { javaScriptEnabled: false });
		expect(await page.locator('[data-filter-form]').isVisible()).toBe(false);
		expect(await page.locator('.browse-links').innerText()).toContain(
			'a link with a filter shows the whole timeline',
		);
		// With scripts, the note is not there.
		expect(await (await open('/')).locator('.browse-links').innerText()).not.toContain('JavaScript');
		const entries = await shown(page);
		expect(entries.some((entry) => entry.side === 'south')).toBe(true);
		await page.locator('.browse-links a', { hasText: 'sides' }).click();
		await page.waitForURL('**/sides/');
		await page.locator('main a[href="/sides/north/"]').click();
		await page.waitForURL('**/sides/north/');
		const north = await shown(page);
		expect(north.length).toBeGreaterThan(5);
		expect(north.every((entry) => entry.side === 'north')).toBe(true);
	});
});
