/**
 * Calendar dates as readers see them (`15 August 2019`, `13–15 June`), the only module that imports date-fns.
 * Every Date made here is a `UTCDate`, whose getters read UTC, so no time zone of the build machine can shift a day.
 * Reading, checking and ordering dates is calendar.ts; it is re-exported here for pages and components.
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { calendarParts, remembered, type CalendarDate } from './calendar.ts';

export * from './calendar.ts';

function utc(date: CalendarDate): UTCDate {
	return new UTCDate(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** Reader-facing text of a date at its precision: `15 August 2019`, `August 2019`, `2019`. */
export const readableDate = remembered((text: string): string => {
	const date = calendarParts(text);
	if (date.precision === 'year') return String(date.year);
	if (date.precision === 'month') return format(utc(date), 'MMMM yyyy');
	return format(utc(date), 'd MMMM yyyy');
});

/** A short form for dense lists: `15 Aug 2019`, `Aug 2019`, `2019`. */
export const shortDate = remembered((text: string): string => {
	const date = calendarParts(text);
	if (date.precision === 'year') return String(date.year);
	if (date.precision === 'month') return format(utc(date), 'MMM yyyy');
	return format(utc(date), 'd MMM yyyy');
});

/** The date without its year, for lists grouped under year headings: `15 August`, `August`, or `` for a year. */
export const dayAndMonth = remembered((text: string): string => {
	const date = calendarParts(text);
	if (date.precision === 'year') return '';
	if (date.precision === 'month') return format(utc(date), 'MMMM');
	return format(utc(date), 'd MMMM');
});

/** The weekday of a day-precision date (`Thursday`), or `undefined` for a month or a year. */
export const weekdayOf = remembered((text: string): string | undefined => {
	const date = calendarParts(text);
	return date.precision === 'day' ? format(utc(date), 'EEEE') : undefined;
});

/**
 * Reader-facing text of a span of days, sharing what the two ends share:
 * `13–15 June 2000`, `30 June – 2 July 2019`, `28 December 2019 – 2 January 2020`.
 * Without an end, or with ends of another precision than the day, it joins the two readable dates.
 */
export function readableDateRange(start: string, end?: string): string {
	if (!end || end === start) return readableDate(start);
	const a = calendarParts(start);
	const b = calendarParts(end);
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
	return underYear(end && end !== start ? `${start}/${end}` : start);
}

const underYear = remembered((span: string): string => {
	const [start, end] = span.split('/') as [string, string | undefined];
	const a = calendarParts(start);
	if (end && end !== start) {
		const b = calendarParts(end);
		const range = readableDateRange(start, end);
		return a.year === b.year ? range.replace(/\s\d{4}$/, '') : range;
	}
	if (a.precision === 'day') return dayAndMonth(start);
	return a.precision === 'month'
		? `${dayAndMonth(start)} (day not known)`
		: 'During the year (month not known)';
});
