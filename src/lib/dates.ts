/**
 * Calendar dates, the only module that imports date-fns.
 *
 * Entries carry calendar dates as written in Korea: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only the month or
 * the year is known. They are never instants: every Date made here is a `UTCDate`, whose getters read UTC, so no
 * time zone of the build machine can shift a day.
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
	year: number;
	/** 1–12, absent when only the year is known. */
	month?: number;
	/** 1–31, absent when only the month or year is known. */
	day?: number;
	precision: Precision;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when it names a real calendar date, otherwise `undefined`. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
	const match = pattern.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	if (year < 1) return undefined;
	if (match[2] === undefined) return { year, precision: 'year' };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return undefined;
	if (match[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(match[3]);
	if (day < 1 || day > getDaysInMonth(new UTCDate(year, month - 1, 1))) return undefined;
	return { year, month, day, precision: 'day' };
}

/** Whether the text is a calendar date in one of the three accepted forms. */
export function isCalendarDate(text: string): boolean {
	return parseCalendarDate(text) !== undefined;
}

function parsed(text: string): CalendarDate {
	const date = parseCalendarDate(text);
	if (!date) throw new RangeError(`"${text}" is not a calendar date`);
	return date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a date can stand for: `2019-08` → `2019-08-01`, `2019` → `2019-01-01`. */
export function earliestDay(text: string): string {
	const { year, month = 1, day = 1 } = parsed(text);
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** The last day a date can stand for: `2019-08` → `2019-08-31`, `2019` → `2019-12-31`. */
export function latestDay(text: string): string {
	const { year, month, day } = parsed(text);
	if (month === undefined) return `${year}-12-31`;
	if (day === undefined)
		return `${year}-${pad(month)}-${pad(getDaysInMonth(new UTCDate(year, month - 1, 1)))}`;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year of a date as a number. */
export function yearOf(text: string): number {
	return parsed(text).year;
}

/** The precision a date is written with. */
export function precisionOf(text: string): Precision {
	return parsed(text).precision;
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

function utc(date: CalendarDate): UTCDate {
	return new UTCDate(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** Reader-facing text of a date at its precision: `15 August 2019`, `August 2019`, `2019`. */
export function readableDate(text: string): string {
	const date = parsed(text);
	if (date.precision === 'year') return String(date.year);
	if (date.precision === 'month') return format(utc(date), 'MMMM yyyy');
	return format(utc(date), 'd MMMM yyyy');
}

/** A short form for dense lists: `15 Aug 2019`, `Aug 2019`, `2019`. */
export function shortDate(text: string): string {
	const date = parsed(text);
	if (date.precision === 'year') return String(date.year);
	if (date.precision === 'month') return format(utc(date), 'MMM yyyy');
	return format(utc(date), 'd MMM yyyy');
}

/** The date without its year, for lists grouped under year headings: `15 August`, `August`, or `` for a year. */
export function dayAndMonth(text: string): string {
	const date = parsed(text);
	if (date.precision === 'year') return '';
	if (date.precision === 'month') return format(utc(date), 'MMMM');
	return format(utc(date), 'd MMMM');
}

/** The weekday of a day-precision date (`Thursday`), or `undefined` for a month or a year. */
export function weekdayOf(text: string): string | undefined {
	const date = parsed(text);
	return date.precision === 'day' ? format(utc(date), 'EEEE') : undefined;
}

/**
 * Reader-facing text of a span of days, sharing what the two ends share:
 * `13–15 June 2000`, `30 June – 2 July 2019`, `28 December 2019 – 2 January 2020`.
 * Without an end, or with ends of another precision than the day, it joins the two readable dates.
 */
export function readableDateRange(start: string, end?: string): string {
	if (!end || end === start) return readableDate(start);
	const a = parsed(start);
	const b = parsed(end);
	if (a.precision !== 'day' || b.precision !== 'day') return `${readableDate(start)} – ${readableDate(end)}`;
	if (a.year !== b.year) return `${readableDate(start)} – ${readableDate(end)}`;
	if (a.month !== b.month) return `${format(utc(a), 'd MMMM')} – ${readableDate(end)}`;
	return `${a.day}–${readableDate(end)}`;
}

/**
 * The date as shown under its year heading, saying plainly what is not known: `15 August`, `13–15 June`,
 * `August (day not known)`, `During the year (month not known)`. A span reaching into another year keeps its years.
 */
export function dateUnderYear(start: string, end?: string): string {
	const a = parsed(start);
	if (end && end !== start) {
		const b = parsed(end);
		const range = readableDateRange(start, end);
		return a.year === b.year ? range.replace(/\s\d{4}$/, '') : range;
	}
	if (a.precision === 'day') return dayAndMonth(start);
	return a.precision === 'month'
		? `${dayAndMonth(start)} (day not known)`
		: 'During the year (month not known)';
}

/** Today's calendar date in Seoul (`YYYY-MM-DD`), the reference for "not in the future". */
export function todayInSeoul(now: Date = new Date()): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Asia/Seoul',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).formatToParts(now);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A YAML timestamp or other `Date` read as the calendar day it names in UTC, as YAML writes date-only values. */
export function calendarDayOf(date: Date): string {
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
