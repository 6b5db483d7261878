/**
 * Calendar dates as readers see them, in English (`15 August 2019`, `13–15 June`) and Korean (`2019년 8월 15일`,
 * `6월 13~15일`): the only module that imports date-fns. Every Date made here is a `UTCDate`, whose getters read
 * UTC, so no time zone of the build machine can shift a day. Reading, checking and ordering dates is calendar.ts;
 * it is re-exported here for pages and components.
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { ko } from 'date-fns/locale/ko';
import type { Lang } from '../i18n/languages.ts';
import { calendarParts, remembered, type CalendarDate } from './calendar.ts';

export * from './calendar.ts';

function utc(date: CalendarDate): UTCDate {
	return new UTCDate(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The date-fns patterns of each language, by what is shown. */
const patterns = {
	en: { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy', shortDay: 'd MMM yyyy', shortMonth: 'MMM yyyy', dayMonth: 'd MMMM', monthOnly: 'MMMM', weekday: 'EEEE' },
	ko: { day: 'yyyy년 M월 d일', month: 'yyyy년 M월', year: "yyyy'년'", shortDay: 'yyyy. M. d.', shortMonth: 'yyyy. M.', dayMonth: 'M월 d일', monthOnly: 'M월', weekday: 'EEEEE' },
} as const;

const fmt = (date: CalendarDate, lang: Lang, pattern: keyof (typeof patterns)['en']) =>
	format(utc(date), patterns[lang][pattern], lang === 'ko' ? { locale: ko } : undefined);

const byLang = <R>(compute: (text: string, lang: Lang) => R) => {
	const en = remembered((text) => compute(text, 'en'));
	const ko = remembered((text) => compute(text, 'ko'));
	return (text: string, lang: Lang = 'en'): R => (lang === 'ko' ? ko(text) : en(text));
};

/** A date at its precision: `15 August 2019`, `August 2019`, `2019`; `2019년 8월 15일`, `2019년 8월`, `2019년`. */
export const readableDate = byLang((text, lang) => {
	const date = calendarParts(text);
	return fmt(date, lang, date.precision);
});

/** A short form for dense lists: `15 Aug 2019`, `Aug 2019`, `2019`; `2019. 8. 15.`, `2019. 8.`, `2019년`. */
export const shortDate = byLang((text, lang) => {
	const date = calendarParts(text);
	if (date.precision === 'year') return fmt(date, lang, 'year');
	return fmt(date, lang, date.precision === 'month' ? 'shortMonth' : 'shortDay');
});

/** The date without its year, for lists under year headings: `15 August`, `August`, `8월 15일`; '' for a year. */
export const dayAndMonth = byLang((text, lang) => {
	const date = calendarParts(text);
	if (date.precision === 'year') return '';
	return fmt(date, lang, date.precision === 'month' ? 'monthOnly' : 'dayMonth');
});

/** The weekday of a day-precision date (`Thursday`, `목`), or `undefined` for a month or a year. */
export const weekdayOf = byLang((text, lang) => {
	const date = calendarParts(text);
	return date.precision === 'day' ? fmt(date, lang, 'weekday') : undefined;
});

/**
 * A span of days, sharing what the two ends share: `13–15 June 2000`, `30 June – 2 July 2019`; `2000년 6월 13~15일`,
 * `2019년 6월 30일~7월 2일`. Without an end, or with ends of another precision than the day, it joins two dates.
 */
export function readableDateRange(start: string, end: string | undefined, lang: Lang = 'en'): string {
	if (!end || end === start) return readableDate(start, lang);
	const a = calendarParts(start);
	const b = calendarParts(end);
	const dash = lang === 'ko' ? '~' : ' – ';
	if (a.precision !== 'day' || b.precision !== 'day' || a.year !== b.year)
		return `${readableDate(start, lang)}${dash}${readableDate(end, lang)}`;
	if (lang === 'ko')
		return a.month === b.month
			? `${fmt(a, lang, 'month')} ${a.day}~${b.day}일`
			: `${readableDate(start, lang)}~${fmt(b, lang, 'dayMonth')}`;
	if (a.month !== b.month) return `${fmt(a, lang, 'dayMonth')} – ${readableDate(end, lang)}`;
	return `${a.day}–${readableDate(end, lang)}`;
}

/** What is shown when the day or month is not known, under a year heading. */
const unknown = {
	en: { day: 'day not known', month: 'month not known', during: 'During the year' },
	ko: { day: '날짜 미상', month: '월 미상', during: '연중' },
} as const;

/** `(day not known)` for a month, `(month not known)` for a year; nothing for a day. */
export function precisionNote(text: string, lang: Lang = 'en'): string | undefined {
	const { precision } = calendarParts(text);
	return precision === 'day' ? undefined : unknown[lang][precision === 'month' ? 'day' : 'month'];
}

/**
 * The date as shown under its year heading, saying plainly what is not known: `15 August`, `13–15 June`,
 * `August (day not known)`, `During the year (month not known)`; `8월 15일`, `8월 (날짜 미상)`. A span reaching into
 * another year keeps its years.
 */
export function dateUnderYear(start: string, end: string | undefined, lang: Lang = 'en'): string {
	return underYear(end && end !== start ? `${start}/${end}` : start, lang);
}

/** dateUnderYear, remembered for each span (`start` or `start/end`) in each language. */
const underYear = byLang((span, lang): string => {
	const [start, end] = span.split('/') as [string, string | undefined];
	const a = calendarParts(start);
	if (end && end !== start) {
		const b = calendarParts(end);
		const range = readableDateRange(start, end, lang);
		return a.year === b.year ? range.replace(lang === 'ko' ? /^\d{4}년 / : /\s\d{4}$/, '') : range;
	}
	if (a.precision === 'day') return dayAndMonth(start, lang);
	return a.precision === 'month'
		? `${dayAndMonth(start, lang)} (${unknown[lang].day})`
		: `${unknown[lang].during} (${unknown[lang].month})`;
});
