import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
	compareDates,
	dateUnderYear,
	dayAndMonth,
	earliestDay,
	isCalendarDate,
	latestDay,
	parseCalendarDate,
	readableDate,
	readableDateRange,
	shortDate,
	todayInSeoul,
	weekdayOf,
} from '../../src/lib/dates.ts';

describe('calendar dates', () => {
	it('accepts the three precisions and refuses what is not a real date', () => {
		expect(parseCalendarDate('2019-08-16')).toEqual({ year: 2019, month: 8, day: 16, precision: 'day' });
		expect(parseCalendarDate('2019-08')).toEqual({ year: 2019, month: 8, precision: 'month' });
		expect(parseCalendarDate('2019')).toEqual({ year: 2019, precision: 'year' });
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2000-02-29')).toBe(true);
		expect(isCalendarDate('2019-12-31')).toBe(true);
		for (const bad of [
			'1900-02-29',
			'2019-06-31',
			'2019-09-31',
			'2019-11-31',
			'2019-02-30',
			'2023-02-29',
			'2019-13',
			'2019-00-10',
			'2019-04-31',
			'0000',
			'19-08-16',
			'2019-8-16',
			'2019/08/16',
			'2019-08-16T00:00',
			' 2019',
		]) {
			expect(isCalendarDate(bad), bad).toBe(false);
		}
	});

	it('reads dates the way a reader writes them, at their precision', () => {
		expect(readableDate('2019-08-16')).toBe('16 August 2019');
		expect(readableDate('2019-08')).toBe('August 2019');
		expect(readableDate('2019')).toBe('2019');
		expect(shortDate('2025-07-28')).toBe('28 Jul 2025');
		expect(dayAndMonth('2025-07-28')).toBe('28 July');
		expect(dayAndMonth('2025')).toBe('');
		expect(weekdayOf('2025-07-28')).toBe('Monday');
		expect(weekdayOf('2025-08')).toBeUndefined();
	});

	it('writes spans of days sharing what the ends share', () => {
		expect(readableDateRange('2000-06-13', '2000-06-15')).toBe('13–15 June 2000');
		expect(readableDateRange('2019-06-30', '2019-07-02')).toBe('30 June – 2 July 2019');
		expect(readableDateRange('2019-12-28', '2020-01-02')).toBe('28 December 2019 – 2 January 2020');
		expect(readableDateRange('2019-08-15', undefined)).toBe('15 August 2019');
	});

	it('writes dates as Korean readers do', () => {
		expect(readableDate('2019-08-15', 'ko')).toBe('2019년 8월 15일');
		expect(readableDate('2019-08', 'ko')).toBe('2019년 8월');
		expect(readableDate('1994', 'ko')).toBe('1994년');
		expect(weekdayOf('2019-08-15', 'ko')).toBe('목');
		expect(shortDate('2025-07-28', 'ko')).toBe('2025. 7. 28.');
		expect(dayAndMonth('2025-07-28', 'ko')).toBe('7월 28일');
		expect(readableDateRange('2000-06-13', '2000-06-15', 'ko')).toBe('2000년 6월 13~15일');
		expect(readableDateRange('2019-06-30', '2019-07-02', 'ko')).toBe('2019년 6월 30일~7월 2일');
		expect(dateUnderYear('2000-06-13', '2000-06-15', 'ko')).toBe('6월 13~15일');
		expect(dateUnderYear('2019-08', undefined, 'ko')).toBe('8월 (날짜 미상)');
		expect(dateUnderYear('2019', undefined, 'ko')).toBe('연중 (월 미상)');
		expect(dateUnderYear('2019-08', undefined, 'en')).toBe('August (day not known)');
	});

	it('knows the first and last day a partial date can stand for', () => {
		expect(earliestDay('2019-08')).toBe('2019-08-01');
		expect(latestDay('2019-08')).toBe('2019-08-31');
		expect(latestDay('2024-02')).toBe('2024-02-29');
		expect(latestDay('2019')).toBe('2019-12-31');
	});

	it('orders by first day, a month before the days in it', () => {
		const dates = ['2019-08-16', '2019-08', '2019', '2018-12-31', '2019-08-15'];
		expect([...dates].sort(compareDates)).toEqual([
			'2018-12-31',
			'2019',
			'2019-08',
			'2019-08-15',
			'2019-08-16',
		]);
	});

	it("takes today's date in Seoul, whatever the machine's zone", () => {
		expect(todayInSeoul(new Date('2026-11-21T14:59:59Z'))).toBe('2026-11-21');
		expect(todayInSeoul(new Date('2026-11-21T15:00:00Z'))).toBe('2026-11-22');
	});

	it('formats identically under TZ=America/Los_Angeles, TZ=Asia/Seoul and UTC', () => {
		const script = `
			import { readableDate, readableDateRange, weekdayOf, latestDay } from './src/lib/dates.ts';
			const dates = ['1972-07-04', '2000-06-13', '2019-08-15', '2019-08-16', '2025-07-28', '2024-02', '2019', '2016-03-13', '2016-11-06'];
			console.log(JSON.stringify(dates.map((d) => [readableDate(d), weekdayOf(d), latestDay(d), readableDate(d, 'ko'), weekdayOf(d, 'ko')]).concat([readableDateRange('2000-06-13', '2000-06-15')])));
		`;
		const run = (tz: string) =>
			execFileSync(process.execPath, ['--input-type=module', '-e', script], {
				env: { ...process.env, TZ: tz },
				encoding: 'utf8',
			});
		const seoul = run('Asia/Seoul');
		expect(JSON.parse(seoul)[0]).toEqual(['4 July 1972', 'Tuesday', '1972-07-04', '1972년 7월 4일', '화']);
		expect(run('America/Los_Angeles')).toBe(seoul);
		expect(run('UTC')).toBe(seoul);
		expect(run('Pacific/Kiritimati')).toBe(seoul);
	});
});
