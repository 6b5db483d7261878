/**
 * What pages show of an entry in a list, in one language: the card (date, kind, speakers with sides, headline,
 * summary) and the entries grouped under their years. Plain data with every word and address worked out, so the
 * components only lay it out, and a page's cache key can be a digest of exactly what it shows.
 */
import { t } from '../i18n/ui.ts';
import { localUrl } from '../i18n/urls.ts';
import type { Lang } from '../i18n/languages.ts';
import type { ActorSide, EntrySide, Kind } from '../schema/index.ts';
import { dateUnderYear, readableDate, readableDateRange, shortDate } from '../lib/dates.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';
import { groupByYear, type TimelineEntry } from '../lib/timeline/model.ts';
import { actorName, actorNameLang, kindLabel, sideLabel } from '../i18n/labels.ts';

/** Words of an entry and the language they are in (English on /ko/ while the entry is not translated). */
export interface Words {
	text: string;
	lang: Lang;
}

export interface SideView {
	id: EntrySide | ActorSide;
	label: string;
	url: string;
}

export interface SpeakerView {
	id: string;
	name: string;
	/** The name's language where it is not the page's (a name with no Hangul yet on /ko/). */
	lang?: Lang;
	url: string;
	side: SideView;
}

export interface EntryCard {
	id: string;
	url: string;
	year: number;
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, for `<time datetime>`. */
	date: string;
	/** The date under its year heading: `15 August`, `8월 15일`, `August (day not known)`. */
	dateUnderYear: string;
	/** The date with its year, for lists without year headings. */
	dateWithYear: string;
	side: EntrySide;
	kind: { id: Kind; label: string; url: string };
	speakers: SpeakerView[];
	title: Words;
	summary: Words;
	/** A mark linking to the entry's corrections, when it has any. */
	corrected?: { label: string; url: string };
}

export const sideView = (side: EntrySide | ActorSide, lang: Lang): SideView => ({
	id: side,
	label: sideLabel(side, lang),
	url: localUrl(facetPath('side', side), lang),
});

/** An entry's title and summary in `lang`: the Korean text on /ko/ when there is one. */
export function entryWords(entry: TimelineEntry, lang: Lang): { title: Words; summary: Words } {
	const ko = lang === 'ko' ? entry.ko : undefined;
	return ko
		? { title: { text: ko.title, lang: 'ko' }, summary: { text: ko.summary, lang: 'ko' } }
		: { title: { text: entry.data.title, lang: 'en' }, summary: { text: entry.data.summary, lang: 'en' } };
}

export function entryCard(entry: TimelineEntry, lang: Lang): EntryCard {
	const { data } = entry;
	return {
		id: entry.id,
		url: localUrl(entry.url, lang),
		year: entry.year,
		date: data.date,
		dateUnderYear: dateUnderYear(data.date, data.endDate, lang),
		dateWithYear: data.endDate ? readableDateRange(data.date, data.endDate, lang) : shortDate(data.date, lang),
		side: entry.side,
		kind: { id: data.kind, label: kindLabel(data.kind, lang), url: localUrl(facetPath('kind', data.kind), lang) },
		speakers: entry.speakers.map(({ actor }) => ({
			id: actor.id,
			name: actorName(actor, lang),
			lang: actorNameLang(actor, lang),
			url: localUrl(facetPath('actor', actor.id), lang),
			side: sideView(actor.side, lang),
		})),
		...entryWords(entry, lang),
		...(data.corrections.length > 0 ? { corrected: correctedMark(entry.url, lang) } : {}),
	};
}

/** The mark of a corrected entry: a link to its corrections. */
export const correctedMark = (url: string, lang: Lang) => ({
	label: t(lang).entry.corrected,
	url: `${localUrl(url, lang)}#corrections`,
});

export interface YearGroup {
	year: number;
	/** `2019`, `2019년`. */
	label: string;
	/** The year's page, unless the list is on it. */
	url?: string;
	cards: EntryCard[];
}

/** Cards under their years; `linkYears` links each heading to its year's page. */
export function yearGroups(entries: readonly TimelineEntry[], lang: Lang, linkYears = true): YearGroup[] {
	return groupByYear(entries).map(({ year, entries: inYear }) => ({
		year,
		label: readableDate(String(year), lang),
		url: linkYears ? localUrl(facetPath('year', year), lang) : undefined,
		cards: inYear.map((entry) => entryCard(entry, lang)),
	}));
}
