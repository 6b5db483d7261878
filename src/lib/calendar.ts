/**
 * Calendar dates as entries carry them: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only the month or the year is
 * known. Reading, checking and ordering them needs no date library and no time zone: it is all done on the text
 * and its numbers, so no machine's clock or zone can shift a day. (Formatting them for readers is dates.ts.)
 */

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
	year: number;
	/** 1–12, absent when only the year is known. */
	month?: number;
	/** 1–31, absent when only the month or year is known. */
	day?: number;
	precision: Precision;
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
	return month === 2
		? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
			? 29
			: 28
		: [4, 6, 9, 11].includes(month)
			? 30
			: 31;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A function of a date's text, remembered for each text: a build reads, compares and formats the same few thousand
 * dates again and again on every page.
 */
export function remembered<R>(compute: (text: string) => R): (text: string) => R {
	const known = new Map<string, R>();
	return (text) => {
		if (known.has(text)) return known.get(text)!;
		const value = compute(text);
		known.set(text, value);
		return value;
	};
}

/** The parts of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when it names a real calendar date, otherwise `undefined`. */
export const parseCalendarDate = remembered((text: string): Readonly<CalendarDate> | undefined => {
	const date = readCalendarDate(text);
	return date && Object.freeze(date);
});

function readCalendarDate(text: string): CalendarDate | undefined {
	const match = pattern.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	if (year < 1) return undefined;
	if (match[2] === undefined) return { year, precision: 'year' };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return undefined;
	if (match[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return undefined;
	return { year, month, day, precision: 'day' };
}

/** Whether the text is a calendar date in one of the three accepted forms. */
export function isCalendarDate(text: string): boolean {
	return parseCalendarDate(text) !== undefined;
}

/** The parts of a date known to be valid (it throws otherwise). */
export function calendarParts(text: string): Readonly<CalendarDate> {
	const date = parseCalendarDate(text);
	if (!date) throw new RangeError(`"${text}" is not a calendar date`);
	return date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a date can stand for: `2019-08` → `2019-08-01`, `2019` → `2019-01-01`. */
export const earliestDay = remembered((text: string): string => {
	const { year, month = 1, day = 1 } = calendarParts(text);
	return `${year}-${pad(month)}-${pad(day)}`;
});

/** The last day a date can stand for: `2019-08` → `2019-08-31`, `2019` → `2019-12-31`. */
export const latestDay = remembered((text: string): string => {
	const { year, month, day } = calendarParts(text);
	if (month === undefined) return `${year}-12-31`;
	if (day === undefined) return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
	return `${year}-${pad(month)}-${pad(day)}`;
});

/**
 * The first day a date can stand for as a count of days since 1970-01-01 (`2019-08` counts from `2019-08-01`), so
 * days between dates are a subtraction.
 */
export function dayNumber(text: string): number {
	const { year, month = 1, day = 1 } = calendarParts(text);
	return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The year of a date as a number. */
export function yearOf(text: string): number {
	return calendarParts(text).year;
}

/** The precision a date is written with. */
export function precisionOf(text: string): Precision {
	return calendarParts(text).precision;
}

/**
 * Chronological order of two dates: by their first possible day, and a less precise date (a month, a year)
 * before the days it contains. Returns a negative number, zero or a positive number.
 */
export function compareDates(a: string, b: string): number {
	const byDay = earliestDay(a).localeCompare(earliestDay(b));
	if (byDay !== 0) return byDay;
	return a.length - b.length;
}

const seoulDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Seoul',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});
let today: { until: number; value: string } | undefined;

/** Today's calendar date in Seoul (`YYYY-MM-DD`), the reference for "not in the future". */
export function todayInSeoul(now?: Date): string {
	if (now) return seoulDayOf(now);
	// Asked once per entry field when validating thousands of entries: read the clock once a minute.
	const time = Date.now();
	if (!today || time >= today.until) today = { until: time + 60_000, value: seoulDayOf(new Date(time)) };
	return today.value;
}

function seoulDayOf(date: Date): string {
	const parts = seoulDay.formatToParts(date);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A YAML timestamp or other `Date` read as the calendar day it names in UTC, as YAML writes date-only values. */
export function calendarDayOf(date: Date): string {
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
