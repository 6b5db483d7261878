/**
 * The dialogue page of the built site (/dialogue/, /ko/dialogue/): its figures agree with the open data they are
 * drawn from (/relations.csv, and the filter's index for each entry's kind, side and governments), its picture shows
 * every overture and answer, its lists link to the entries, and it says what the figures rest on.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/lib/calendar.ts';
import { kinds } from '../../src/schema/index.ts';
import { useBrowser } from '../support/browser.ts';
import { parseCsv } from '../support/csv.ts';

const open = useBrowser();

const index = JSON.parse(readFileSync('dist/timeline-index.json', 'utf8')) as {
	sides: { id: string }[];
	kinds: { id: string }[];
	governments: { id: string; side: string }[];
	rows: { id: string; date: string; side: number; kind: number; governments: number[] }[];
};
const [header, ...relationRows] = parseCsv(readFileSync('dist/relations.csv', 'utf8'));
const relations = relationRows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));

/**
 * The figures worked out again from the data files alone, for each side and government as the page groups them:
 * a side's own government, or both Koreas' for the others.
 */
function figuresFromData() {
	const overtures = index.rows.filter((row) => kinds[index.kinds[row.kind]!.id as keyof typeof kinds].tone === 'overture');
	const groups = new Map<string, { overtures: number; answered: number; accepted: number; rejected: number; days: number[]; untimed: number }>();
	for (const row of overtures) {
		const side = index.sides[row.side]!.id;
		const governments = row.governments.map((position) => index.governments[position]!);
		const own = side === 'south' || side === 'north' ? governments.filter((g) => g.side === side) : governments;
		for (const key of [`${side}|${own.map((g) => g.id).join(' ')}`, `${side}|all`]) {
			const group = groups.get(key) ?? { overtures: 0, answered: 0, accepted: 0, rejected: 0, days: [], untimed: 0 };
			groups.set(key, group);
			group.overtures++;
			const answers = relations.filter((relation) => relation.to === row.id && relation.answer === 'true');
			if (answers.length === 0) continue;
			group.answered++;
			if (answers.some((answer) => answer.type === 'accepts')) group.accepted++;
			if (answers.some((answer) => answer.type === 'rejects')) group.rejected++;
			const first = [...answers].sort((a, b) => compareDates(a.from_date!, b.from_date!) || a.from!.localeCompare(b.from!))[0]!;
			if (first.days === '') group.untimed++;
			else group.days.push(Number(first.days));
		}
	}
	return groups;
}

const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));

async function tableRows(page: Page) {
	return page.$$eval('table[data-dialogue-figures] tbody tr', (rows) =>
		rows.map((row) => ({
			key: `${row.getAttribute('data-side')}|${row.getAttribute('data-governments')}`,
			cells: Object.fromEntries(
				[...row.querySelectorAll('[data-cell]')].map((cell) => [cell.getAttribute('data-cell'), cell.textContent!.trim()]),
			),
		})),
	);
}

describe('the dialogue page', () => {
	it('shows, for each side and government, the counts /relations.csv gives', async () => {
		const page = await open('/dialogue/');
		const rows = await tableRows(page);
		const expected = figuresFromData();
		expect(rows.map((row) => row.key).sort()).toEqual([...expected.keys()].sort());
		for (const row of rows) {
			const figures = expected.get(row.key)!;
			const days = [...figures.days].sort((a, b) => a - b);
			const middle = Math.floor(days.length / 2);
			const median = days.length === 0 ? undefined : days.length % 2 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2;
			expect(
				{
					overtures: number(row.cells.overtures!),
					answered: number(row.cells.answered!),
					accepted: number(row.cells.accepted!),
					rejected: number(row.cells.rejected!),
					unanswered: number(row.cells.unanswered!),
					untimed: number(row.cells.untimed!),
					median: row.cells.median === '—' ? undefined : number(row.cells.median!),
					range: row.cells.range === '—' ? undefined : row.cells.range!.split('–').map(number),
				},
				row.key,
			).toEqual({
				overtures: figures.overtures,
				answered: figures.answered,
				accepted: figures.accepted,
				rejected: figures.rejected,
				unanswered: figures.overtures - figures.answered,
				untimed: figures.untimed,
				median,
				range: days.length === 0 ? undefined : days[0] === days.at(-1) ? [days[0]] : [days[0], days.at(-1)],
			});
		}
		// The question of the issue, answered on the page: Seoul's overtures under Moon, under Yoon, under Lee.
		for (const government of ['moon-jae-in', 'yoon-suk-yeol', 'lee-jae-myung'])
			expect(rows.some((row) => row.key === `south|${government}`), government).toBe(true);
	});

	it('says what the figures rest on, and that an absent answer is not proof of silence', async () => {
		const page = await open('/dialogue/');
		const framing = await page.locator('[data-framing]').textContent();
		expect(framing).toContain(`They rest on ${index.rows.length} entries and the ${relations.length} relations`);
		expect(framing).toContain('curated selection');
		expect(await page.locator('.dialogue-head').textContent()).toContain(
			'an absent answer in the record is not proof that none was given',
		);
	});

	it('draws every overture and every answer, told apart by shape and line as well as colour, with the figures in words', async () => {
		const page = await open('/dialogue/');
		const total = (await tableRows(page))
			.filter((row) => row.key.endsWith('|all'))
			.reduce((sum, row) => sum + number(row.cells.overtures!), 0);
		const chart = page.locator('figure[data-dialogue-chart]');
		// Shapes of one look are drawn as one path: each shape in it starts with M.
		const shapes = (selector: string) =>
			chart.locator(selector).evaluateAll((paths) => paths.map((path) => path.getAttribute('d')!.split('M').length - 1).reduce((a, b) => a + b, 0));
		expect(await shapes('svg[aria-hidden="true"] path.mark')).toBe(total);
		const answerPairs = new Set(relations.filter((r) => r.answer === 'true').map((r) => `${r.from} ${r.to}`));
		expect(await shapes('svg g.lane path.arc')).toBe(answerPairs.size);
		expect(await shapes('path.mark.unanswered')).toBe(await page.locator('[data-unanswered] li').count());
		const dashes = await chart.evaluate((figure) =>
			['accepts', 'rejects', 'responds-to'].map((type) => getComputedStyle(figure.querySelector(`path.arc.${type}`)!).strokeDasharray),
		);
		expect(new Set(dashes).size).toBe(3);
		expect(await chart.locator('figcaption').textContent()).toContain(`${total} overtures`);
		expect(await chart.locator('.legend li').count()).toBe(5);
	});

	it('lists the unanswered overtures and the fastest and slowest answers, each linking to its entry', async () => {
		const page = await open('/dialogue/');
		const links = await page.$$eval('[data-unanswered] li a, [data-answers] li a', (anchors) =>
			anchors.map((a) => a.getAttribute('href')!),
		);
		expect(links.length).toBeGreaterThan(10);
		for (const href of new Set(links)) {
			expect(href).toMatch(/^\/events\/[a-z0-9-]+\/$/);
			expect((await page.request.get(href)).status(), href).toBe(200);
		}
		const days = (list: string) =>
			page.$$eval(`[data-answers="${list}"] li`, (items) => items.map((item) => Number(item.getAttribute('data-days'))));
		const fastest = await days('fastest');
		const slowest = await days('slowest');
		expect(fastest).toEqual([...fastest].sort((a, b) => a - b));
		expect(slowest).toEqual([...slowest].sort((a, b) => b - a));
		expect(slowest[0]).toBeGreaterThan(fastest[0]!);
	});

	it('reads in Korean on /ko/dialogue/, with the same figures', async () => {
		const [en, ko] = await Promise.all([open('/dialogue/'), open('/ko/dialogue/')]);
		expect(await ko.locator('h1').textContent()).toBe('누가 누구에게, 얼마나 빨리 답했나');
		expect(await ko.locator('[data-framing]').textContent()).toContain(`관계 ${relations.length}건`);
		const figures = async (page: Page) => (await tableRows(page)).map((row) => [row.key, row.cells.overtures, row.cells.answered]);
		expect(await figures(ko)).toEqual(await figures(en));
		expect(await ko.locator('table[data-dialogue-figures] tbody tr th a').first().getAttribute('href')).toMatch(
			/^\/ko\/governments\//,
		);
	});

	it('is linked from every page’s footer and from the about page, in both languages', async () => {
		for (const [path, dialogue] of [
			['/about/', '/dialogue/'],
			['/ko/about/', '/ko/dialogue/'],
		]) {
			const page = await open(path!);
			expect(await page.locator(`footer a[href="${dialogue}"]`).count(), path).toBe(1);
			expect(await page.locator(`main a[href="${dialogue}"]`).count(), path).toBe(1);
		}
	});
});
