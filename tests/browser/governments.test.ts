/**
 * Governments as a facet, in the built site: the filter's `?government=` (a public URL contract), each government's
 * page with its figures and its entries, and the index, in both languages.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { filterShown, useBrowser } from '../support/browser.ts';

const open = useBrowser();

const index = JSON.parse(readFileSync('dist/timeline-index.json', 'utf8')) as {
	governments: { id: string; side: string }[];
	rows: { id: string; date: string; governments: number[] }[];
};
/** The entries of the record that fall in a government, by the build's own index. */
const entriesOf = (id: string) => {
	const position = index.governments.findIndex((government) => government.id === id);
	return index.rows.filter((row) => row.governments.includes(position)).map((row) => row.id);
};

async function filtered(path: string) {
	const page = await open(path);
	await page.waitForFunction(() => customElements.get('timeline-filter') !== undefined);
	await filterShown(page);
	return page;
}

const listed = (page: Page) =>
	page.$$eval('li.entry', (items) =>
		items.map((item) => ({ id: item.id, date: item.querySelector('time')!.getAttribute('datetime')! })),
	);

describe('the government facet', () => {
	it('filters the timeline to the entries of a government’s days with ?government=', async () => {
		const page = await filtered('/?government=moon-jae-in');
		const expected = entriesOf('moon-jae-in');
		expect(expected.length).toBeGreaterThan(20);
		expect(await page.locator('[data-filter-status]').textContent()).toMatch(
			new RegExp(`^${expected.length} of \\d+ entries match\\.$`),
		);
		const shown = await listed(page);
		expect(shown.map((entry) => entry.id)).toEqual(expected.slice(0, 100));
		expect(shown.every((entry) => entry.date >= '2017-05-10' && entry.date <= '2022-05-09')).toBe(true);
		expect(await page.locator('input[name="government"][value="moon-jae-in"]').isChecked()).toBe(true);
	});

	it('combines a South Korean and a North Korean government, and writes the choice to the address', async () => {
		const page = await filtered('/?government=lee-jae-myung&side=north');
		const shown = await listed(page);
		expect(shown.length).toBeGreaterThan(3);
		expect(shown.every((entry) => entry.date >= '2025-06-04')).toBe(true);
		await page.locator('input[name="government"][value="yoon-suk-yeol"]').check();
		await page.waitForURL(
			(url) => url.searchParams.getAll('government').sort().join() === 'lee-jae-myung,yoon-suk-yeol',
		);
		await expect
			.poll(async () => (await listed(page)).length)
			.toBeGreaterThan(shown.length);
	});

	it('filters the Korean edition the same way, with the governments in Korean', async () => {
		const page = await filtered('/ko/?government=kim-jong-il');
		expect(await page.locator('[data-filter-status]').textContent()).toMatch(
			new RegExp(`중 ${entriesOf('kim-jong-il').length}건`),
		);
		expect(await page.locator('input[name="government"][value="kim-jong-il"]').locator('..').textContent()).toContain(
			'김정일',
		);
	});

	it('gives each government a page: its office and days, a chart with its figures, and its entries in order', async () => {
		const page = await open('/governments/moon-jae-in/');
		expect(await page.locator('h1').textContent()).toMatch(/Moon Jae-in\s*문재인/);
		expect(await page.locator('.government-facts').textContent()).toMatch(
			/South Korea\s*·\s*President of South Korea\s*·\s*10 May 2017 to 9 May 2022/,
		);
		expect(await page.locator('.government-facts a[href="/actors/moon-jae-in/"]').count()).toBe(1);
		expect(await page.locator('figure[data-overview] svg').count()).toBe(1);
		expect(await page.locator('figure[data-overview] table tbody tr').count()).toBeGreaterThan(3);
		// The chart spans the tenure, not the whole record: its caption counts his entries from 2017 to 2022.
		expect(await page.locator('figure[data-overview] .in-words').textContent()).toMatch(
			new RegExp(`^${entriesOf('moon-jae-in').length} entries from 2017 to 2022\\b`),
		);
		expect(await page.locator('figure[data-overview] svg text.year').allTextContents()).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
		const ids = (await listed(page)).map((entry) => entry.id);
		expect(ids).toEqual(entriesOf('moon-jae-in').slice(0, ids.length));
		expect(await page.locator('a[href="/?government=moon-jae-in"]').count()).toBe(1);
	});

	it('gives a government’s page the dialogue figures that count it, the same as /dialogue/ gives', async () => {
		const rowsOf = (page: Page) =>
			page.$$eval('table[data-dialogue-figures] tbody tr', (rows) =>
				rows.map((row) => [row.getAttribute('data-side'), row.getAttribute('data-governments'), row.textContent!.trim()]),
			);
		for (const [id, prefix] of [
			['moon-jae-in', ''],
			['kim-jong-un', '/ko'],
		] as const) {
			const [own, all] = await Promise.all([open(`${prefix}/governments/${id}/`), open(`${prefix}/dialogue/`)]);
			const expected = (await rowsOf(all)).filter((row) => row[1]!.split(' ').includes(id));
			expect(expected.length, id).toBeGreaterThan(0);
			expect(await rowsOf(own), id).toEqual(expected);
			expect(await own.locator(`#figures-heading ~ p a[href="${prefix}/dialogue/"]`).count(), id).toBe(1);
		}
		// Seoul's own row comes first on a South Korean president's page: the question of the issue, on his page.
		expect((await rowsOf(await open('/governments/lee-jae-myung/')))[0]!.slice(0, 2)).toEqual(['south', 'lee-jae-myung']);
	});

	it('lists on a government’s page every overture its figures count, each with its first answer, linked', async () => {
		for (const [id, prefix] of [
			['moon-jae-in', ''],
			['kim-jong-un', '/ko'],
		] as const) {
			const page = await open(`${prefix}/governments/${id}/`);
			const sum = async (cell: string) =>
				(await page.locator(`table[data-dialogue-figures] td[data-cell="${cell}"]`).allTextContents()).reduce(
					(total, text) => total + Number(text),
					0,
				);
			const rows = await page.$$eval('table[data-dialogue-every] tbody tr', (trs) =>
				trs.map((tr) => ({
					date: tr.querySelector('time')!.getAttribute('datetime')!,
					overture: tr.querySelector('th a')!.getAttribute('href')!,
					answer: tr.querySelector('td:nth-of-type(3) a')?.getAttribute('href'),
				})),
			);
			expect(rows.length, id).toBe(await sum('overtures'));
			expect(rows.filter((row) => row.answer === undefined).length, id).toBe(await sum('unanswered'));
			expect(rows.map((row) => row.date), id).toEqual(rows.map((row) => row.date).sort());
			for (const row of rows) {
				expect(row.overture).toMatch(new RegExp(`^${prefix}/events/[^/]+/$`));
				if (row.answer) expect(row.answer).toMatch(new RegExp(`^${prefix}/events/[^/]+/$`));
			}
		}
		// The dialogue page points there instead of listing them all again.
		expect(await (await open('/dialogue/')).locator('table[data-dialogue-every]').count()).toBe(0);
	});

	it('names the acting presidents who held the powers in a term, and links an acting president to that term', async () => {
		const yoon = await open('/governments/yoon-suk-yeol/');
		expect(await yoon.locator('.government-facts li').allTextContents()).toEqual([
			expect.stringMatching(/^\s*Han Duck-soo \(acting\)\s+14 December 2024 to 27 December 2024\s*$/),
			expect.stringMatching(/^\s*Choi Sang-mok \(acting\)\s+27 December 2024 to 24 March 2025\s*$/),
			expect.stringMatching(/^\s*Han Duck-soo \(acting\)\s+24 March 2025 to 1 May 2025\s*$/),
		]);
		const hwang = await open('/governments/hwang-kyo-ahn-acting/');
		expect(await hwang.locator('.acting-for a').getAttribute('href')).toBe('/governments/park-geun-hye/');
	});

	it('reads in Korean on /ko/, with the English name marked as English', async () => {
		const page = await open('/ko/governments/kim-dae-jung/');
		expect(await page.locator('h1').textContent()).toMatch(/김대중/);
		expect(await page.locator('h1 [lang="en"]').textContent()).toBe('Kim Dae-jung');
		const facts = await page.locator('.government-facts').textContent();
		expect(facts).toMatch(/대한민국 대통령\s*·\s*1998년 2월 25일~2003년 2월 24일/);
		expect(facts).toContain('국민의 정부');
		expect(await page.locator('a[href="/ko/?government=kim-dae-jung"]').count()).toBe(1);
	});

	it('lists every government with entries on /governments/, South Korea’s first, in both editions', async () => {
		for (const prefix of ['', '/ko']) {
			const page = await open(`${prefix}/governments/`);
			const links = await page.$$eval('.facet-index a', (anchors) => anchors.map((a) => a.getAttribute('href')!));
			const withEntries = index.governments.filter((government) => entriesOf(government.id).length > 0);
			expect(links).toEqual(withEntries.map((government) => `${prefix}/governments/${government.id}/`));
			expect(withEntries[0]!.side).toBe('south');
			expect(withEntries.at(-1)!.side).toBe('north');
		}
	});
});
