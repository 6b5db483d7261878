/**
 * What changed in the record: a corrected entry says so under its headline in both languages, is marked in the
 * timeline (as the server draws it and as the filter draws it), and carries the correction in its feed item and in
 * the open data; every entry page says when it was first published and last changed, from the repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/corpus/history.ts';
import { filterShown, timelinePageOf, useBrowser } from '../support/browser.ts';

const open = useBrowser();
const corrected = '2018-09-19-pyongyang-declaration-and-military-agreement';

describe('corrections', () => {
	it('are shown under the headline, dated, in the page’s language', async () => {
		const english = await open(`/events/${corrected}/`);
		const notice = english.locator('#corrections');
		expect(await notice.locator('h2').textContent()).toBe('Corrections');
		expect(await notice.locator('time').getAttribute('datetime')).toBe('2026-12-01');
		expect(await notice.locator('li').textContent()).toMatch(/^Corrected on 1 December 2026: The summary said/);
		const korean = await open(`/ko/events/${corrected}/`);
		expect(await korean.locator('#corrections li').textContent()).toMatch(/^2026년 12월 1일 정정: 요약에/);
	});

	it('mark the entry in the timeline, linking to them, whether the server or the filter drew it', async () => {
		const page = await open(timelinePageOf(corrected));
		const mark = page.locator(`li[id="${corrected}"] a.corrected`);
		expect(await mark.getAttribute('href')).toBe(`/events/${corrected}/#corrections`);
		expect(await page.locator('li.entry a.corrected').count()).toBeLessThan(10);
		const filtered = await open(`/ko/?q=${encodeURIComponent('군사합의서')}&from=2018&to=2018`);
		await filterShown(filtered);
		expect(await filtered.locator(`li[id="${corrected}"] a.corrected`).getAttribute('href')).toBe(
			`/ko/events/${corrected}/#corrections`,
		);
		// An entry without corrections drawn by the filter has no mark.
		const others = await filtered.locator(`li.entry:not([id="${corrected}"]) a.corrected`).count();
		expect(others).toBe(0);
	});

	it('travel with the entry: in the feed item and in events.json', () => {
		const data = JSON.parse(readFileSync('dist/events.json', 'utf8')) as {
			entries: { id: string; corrections: { date: string; note: string }[] }[];
		};
		const entry = data.entries.find((candidate) => candidate.id === corrected)!;
		expect(entry.corrections).toEqual([expect.objectContaining({ date: '2026-12-01' })]);
		expect(data.entries.filter((candidate) => candidate.corrections.length === 0).length).toBeGreaterThan(200);
		const feed = readFileSync('dist/feed.xml', 'utf8');
		const item = /<item>(?:(?!<\/item>).)*2025-07-09-seoul-repatriates-six-fishermen(?:(?!<\/item>).)*<\/item>/s.exec(feed)?.[0];
		expect(item).toMatch(/Corrected on 1 December 2026: The summary said North Korean patrol boats/);
	});
});

describe('the history of an entry', () => {
	it('says when it was first published and last changed, as the repository records it', async () => {
		const history = readHistory('content');
		const page = await open(`/events/${corrected}/`);
		const section = page.locator('section.history');
		expect(await section.locator('h2').textContent()).toBe('History of this entry');
		if (!history.available) {
			expect(await section.locator('p').textContent()).toMatch(/not shown/);
			return;
		}
		const dates = history.changes.get(corrected)!;
		expect(await section.locator('time').first().getAttribute('datetime')).toBe(dates.at(-1));
		if (dates.length > 1) expect(await section.locator('time').last().getAttribute('datetime')).toBe(dates[0]);
	});
});
