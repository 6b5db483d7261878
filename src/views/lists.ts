/**
 * The list pages in one language, as plain data: the timeline's pages (with the filter's options), each facet value's
 * pages (a speaker, a topic, a year…), each facet's index, and the ways in that need no JavaScript.
 */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { localUrl } from '../i18n/urls.ts';
import { actorTypes, type EntrySide } from '../schema/index.ts';
import { readableDate, shortDate } from '../lib/dates.ts';
import { FACET_NAMES, FEED_FACETS, facetFolders, facetPath, filterQuery, type FacetName } from '../lib/timeline/facet-paths.ts';
import type { FacetValue } from '../lib/timeline/facets.ts';
import type { ActorRecord, Timeline, TimelineEntry } from '../lib/timeline/model.ts';
import { tenure, type GovernmentRecord } from '../lib/timeline/governments.ts';
import { pageUrl, yearSpan, type Page } from '../lib/timeline/pages.ts';
import { entryCard, sideView, yearGroups, type SideView, type YearGroup } from './cards.ts';
import { chartView, type ChartView } from './chart.ts';
import type { FileLink } from './files.ts';
import {
	actorDescription,
	actorName,
	actorNameLang,
	governmentName,
	kindPlural,
	roleTitle,
	sideLabel,
	topicDescription,
	topicLabel,
} from '../i18n/labels.ts';
import { governmentFacts, governmentSummary, type GovernmentFacts } from './government.ts';
import { governmentDialogue, type GovernmentDialogueView } from './dialogue.ts';

export interface PaginationView {
	label: string;
	where: string;
	earlier?: { url: string; label: string };
	later?: { url: string; label: string };
}

export function paginationView(base: string, page: Page<unknown>, pages: Page<unknown>[], lang: Lang): PaginationView | undefined {
	if (pages.length < 2) return undefined;
	const words = t(lang).pagination;
	const previous = pages[page.number - 2];
	const next = pages[page.number];
	return {
		label: words.label,
		where: words.where(page.number, pages.length),
		earlier: previous && { url: localUrl(pageUrl(base, previous.number), lang), label: words.earlier(yearSpan(previous)) },
		later: next && { url: localUrl(pageUrl(base, next.number), lang), label: words.later(yearSpan(next)) },
	};
}

/** A facet value's label in `lang`: `North Korea`, `김여정`, `Rejections`, `대화`, `2019`. */
export function valueLabel(value: Pick<FacetValue, 'facet' | 'id'>, timeline: Timeline, lang: Lang): string {
	switch (value.facet) {
		case 'side':
			return sideLabel(value.id as EntrySide, lang);
		case 'actor':
			return actorName(timeline.actors.get(value.id)!, lang);
		case 'kind':
			return kindPlural(value.id as never, lang);
		case 'topic':
			return topicLabel(timeline.topics.get(value.id)!, lang);
		case 'year':
			return readableDate(value.id, lang);
		case 'government':
			return governmentName(timeline.governments.get(value.id)!, lang);
	}
}

/** A facet page's description for search engines and its feed: what the value is, or which entries it holds. */
export const facetDescription = (value: FacetValue, timeline: Timeline, lang: Lang) =>
	valueDescription(value, timeline, lang) ?? t(lang).facetPage.description(valueLabel(value, timeline, lang));

function valueDescription(value: FacetValue, timeline: Timeline, lang: Lang): string | undefined {
	switch (value.facet) {
		case 'side':
		case 'kind':
			return undefined;
		case 'actor':
			return actorDescription(timeline.actors.get(value.id)!, lang);
		case 'topic':
			return topicDescription(timeline.topics.get(value.id)!, lang);
		case 'year':
			return undefined;
		case 'government':
			return governmentSummary(timeline.governments.get(value.id)!, lang);
	}
}

export interface FacetOption {
	id: string;
	label: string;
	/** The label's language where it is not the page's (a speaker with no Hangul name yet on /ko/). */
	lang?: Lang;
	url: string;
	count: number;
	description?: string;
	side?: SideView;
}

/** The values of a facet in `lang`, in their reading order: speakers by number of entries or by name. */
export function facetOptions(
	facet: FacetName,
	values: readonly FacetValue[],
	timeline: Timeline,
	lang: Lang,
	order: 'vocabulary' | 'count' | 'name' = 'vocabulary',
): FacetOption[] {
	const options = values.map((value) => ({
		id: value.id,
		label: valueLabel(value, timeline, lang),
		lang: facet === 'actor' ? actorNameLang(timeline.actors.get(value.id)!, lang) : undefined,
		url: localUrl(facetPath(facet, value.id), lang),
		count: value.entries.length,
		description: valueDescription(value, timeline, lang),
		side: facet === 'side' ? sideView(value.id as EntrySide, lang) : undefined,
	}));
	const byName = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, lang);
	if (order === 'count') return options.sort((a, b) => b.count - a.count || byName(a, b));
	if (order === 'name') return options.sort(byName);
	return options;
}

export interface TimelinePageView {
	lang: Lang;
	path: string;
	number: number;
	title?: string;
	headingSpan?: string;
	extent?: string;
	chart?: ChartView;
	filter: {
		indexUrl: string;
		/** `more`: the options after the first few, folded away (the speakers, of whom there are many). */
		groups: { facet: FacetName; legend: string; options: FacetOption[]; more: FacetOption[] }[];
		firstYear: number;
		lastYear: number;
	};
	browse: { label: string; url: string }[];
	groups: YearGroup[];
	pagination?: PaginationView;
}

/** How many speakers (the most frequent) the filter shows before the others, which are one click away. */
const SPEAKERS_SHOWN = 12;

export function timelinePage(
	timeline: Timeline,
	facets: Record<FacetName, FacetValue[]>,
	pages: Page<TimelineEntry>[],
	page: Page<TimelineEntry>,
	lang: Lang,
): TimelinePageView {
	const words = t(lang);
	const { entries } = timeline;
	const first = entries[0];
	const last = entries.at(-1);
	const span = { from: first?.year ?? 0, to: last?.year ?? 0 };
	const option = (facet: Exclude<FacetName, 'year'>, order?: 'count') => {
		const options = facetOptions(facet, facets[facet], timeline, lang, order);
		const shown = facet === 'actor' ? SPEAKERS_SHOWN : options.length;
		return { facet, legend: words.facets[facet].singular, options: options.slice(0, shown), more: options.slice(shown) };
	};
	return {
		lang,
		path: pageUrl('/', page.number),
		number: page.number,
		title: page.number > 1 ? words.timeline.pageTitle(yearSpan(page)) : undefined,
		headingSpan: page.number > 1 ? yearSpan(page) : undefined,
		extent:
			first && last
				? words.timeline.extent(entries.length, shortDate(first.data.date, lang), shortDate(last.data.date, lang), pages.length)
				: undefined,
		chart: page.number === 1 && first ? chartView(entries, span, lang) : undefined,
		filter: {
			indexUrl: localUrl('/timeline-index.json', 'en'),
			groups: [option('side'), option('kind'), option('topic'), option('actor', 'count'), option('government')],
			firstYear: span.from,
			lastYear: span.to,
		},
		browse: FACET_NAMES.map((facet) => ({
			label: words.facets[facet].plural,
			url: localUrl(`/${facetFolders[facet]}/`, lang),
		})),
		groups: yearGroups(page.entries, lang),
		pagination: paginationView('/', page, pages, lang),
	};
}

export interface FacetPageView {
	lang: Lang;
	path: string;
	facet: FacetName;
	title: string;
	description: string;
	kicker: { label: string; url: string };
	label: string;
	/** The label's language where it is not the page's (a speaker with no Hangul name yet on /ko/). */
	labelLang?: Lang;
	/** The name in the other script: Hangul on the English page, the English name on /ko/. */
	otherScript?: string;
	actor?: {
		side: SideView;
		type: string;
		aliases: string[];
		hanja?: string;
		northSpelling?: string;
		roles: { title: string; span: string }[];
		dissolved?: { date: string; label: string };
	};
	/** For a government: its office, its days, who held the powers within it, its leader's speaker page. */
	government?: GovernmentFacts;
	/** For a government, on its first page: its rows of the dialogue figures. */
	dialogue?: GovernmentDialogueView;
	about?: string;
	count: string;
	filterUrl: string;
	/** The value's feed (not for a year) and its entries as files: `feed.xml`, `entries.csv`, `entries.json`. */
	takeAway: {
		feed?: { url: string; title: string };
		download: string;
		files: FileLink[];
	};
	chart?: ChartView;
	groups: YearGroup[];
	pagination?: PaginationView;
}

function actorFacts(actor: ActorRecord, lang: Lang): FacetPageView['actor'] {
	const words = t(lang).facetPage;
	return {
		side: sideView(actor.side, lang),
		type: actorTypes[actor.type][lang].label,
		aliases: actor.aliases,
		hanja: actor.hanja,
		northSpelling: actor.hangulNorth,
		roles: actor.roles.map((role) => ({
			title: roleTitle(role, lang),
			span: words.roleSpan(role.from && readableDate(role.from, lang), role.to && readableDate(role.to, lang)),
		})),
		dissolved: actor.dissolved ? { date: actor.dissolved, label: readableDate(actor.dissolved, lang) } : undefined,
	};
}

/**
 * The years a speaker's or a government's chart spans: a government's years in office within the record's years (so
 * its chart and caption speak of its tenure, not of decades before or after it); a speaker's, the whole record, so
 * speakers' charts compare.
 */
function chartSpan(government: GovernmentRecord | undefined, timeline: Timeline): { from: number; to: number } {
	const record = { from: timeline.entries[0]!.year, to: timeline.entries.at(-1)!.year };
	if (!government) return record;
	const { from, to } = tenure(government);
	const year = (day: string) => Number(day.split('-')[0]);
	return { from: Math.max(record.from, year(from)), to: to ? Math.min(record.to, year(to)) : record.to };
}

export function facetPage(
	value: FacetValue,
	page: Page<TimelineEntry>,
	pages: Page<TimelineEntry>[],
	timeline: Timeline,
	lang: Lang,
): FacetPageView {
	const words = t(lang);
	const label = valueLabel(value, timeline, lang);
	const base = facetPath(value.facet, value.id);
	const actor = value.facet === 'actor' ? timeline.actors.get(value.id) : undefined;
	const government = value.facet === 'government' ? timeline.governments.get(value.id) : undefined;
	const first = value.entries[0]!.year;
	const last = value.entries.at(-1)!.year;
	return {
		lang,
		path: pageUrl(base, page.number),
		facet: value.facet,
		title: pages.length > 1 ? `${label}, ${yearSpan(page)}` : label,
		description: facetDescription(value, timeline, lang),
		kicker: { label: words.facets[value.facet].plural, url: localUrl(`/${facetFolders[value.facet]}/`, lang) },
		label,
		labelLang: actor && actorNameLang(actor, lang),
		otherScript:
			(actor && (lang === 'en' ? actor.hangul : actor.hangul ? actor.name : undefined)) ??
			(government && (lang === 'en' ? government.hangul : government.name)),
		actor: actor && actorFacts(actor, lang),
		government: government && governmentFacts(government, timeline, lang),
		dialogue:
			government && page.number === 1
				? governmentDialogue(government, timeline, lang)
				: undefined,
		about: government ? undefined : valueDescription(value, timeline, lang),
		count: words.facetPage.count(value.entries.length, first === last ? String(first) : `${first}–${last}`),
		filterUrl: localUrl(`/${filterQuery(value.facet, value.id)}`, lang),
		takeAway: {
			feed: (FEED_FACETS as readonly FacetName[]).includes(value.facet)
				? { url: localUrl(`${base}feed.xml`, lang), title: words.facetPage.feedTitle(label) }
				: undefined,
			download: words.downloads.label(value.entries.length),
			files: (['csv', 'json'] as const).map((format) => ({
				label: format.toUpperCase(),
				url: localUrl(`${base}entries.${format}`, lang),
				name: `${value.id}${lang === 'en' ? '' : `-${lang}`}.${format}`,
				type: format === 'csv' ? 'text/csv' : 'application/json',
			})),
		},
		chart:
			(actor || government) && page.number === 1
				? chartView(value.entries, chartSpan(government, timeline), lang, {
						heading: [
							{ text: label, lang: actor && actorNameLang(actor, lang) },
							{ text: words.facetPage.yearByYear },
						],
						table: true,
					})
				: undefined,
		groups: yearGroups(page.entries, lang, value.facet !== 'year'),
		pagination: paginationView(base, page, pages, lang),
	};
}

export interface FacetIndexView {
	lang: Lang;
	path: string;
	facet: FacetName;
	title: string;
	description: string;
	intro: string;
	values: FacetOption[];
	chart?: ChartView;
}

export function facetIndexPage(
	facet: FacetName,
	facets: Record<FacetName, FacetValue[]>,
	timeline: Timeline,
	lang: Lang,
): FacetIndexView {
	const words = t(lang);
	const { entries } = timeline;
	return {
		lang,
		path: `/${facetFolders[facet]}/`,
		facet,
		title: words.facets[facet].plural,
		description: words.facetIndex.description(words.facets[facet].singular),
		intro: words.facetIndex.intro(words.facets[facet].singular),
		values: facetOptions(facet, facets[facet], timeline, lang, facet === 'actor' ? 'name' : 'vocabulary'),
		chart:
			facet === 'year' && entries.length > 0
				? chartView(entries, { from: entries[0]!.year, to: entries.at(-1)!.year }, lang, {
						heading: [{ text: words.facetPage.everyYear }],
						table: true,
					})
				: undefined,
	};
}

export interface BrowseView {
	heading: string;
	groups: { facet: FacetName; heading: string; url: string; values: FacetOption[]; more?: string }[];
}

/** Ways into the record that need no JavaScript: every side, kind, topic and year, and the busiest speakers. */
export function browseView(
	facets: Record<FacetName, FacetValue[]>,
	timeline: Timeline,
	lang: Lang,
	speakers = 12,
): BrowseView {
	const words = t(lang);
	return {
		heading: words.search.browse,
		groups: FACET_NAMES.map((facet) => {
			const all = facetOptions(facet, facets[facet], timeline, lang, facet === 'actor' ? 'count' : 'vocabulary');
			const values = facet === 'actor' ? all.slice(0, speakers) : all;
			return {
				facet,
				heading: words.facets[facet].plural,
				url: localUrl(`/${facetFolders[facet]}/`, lang),
				values,
				more: values.length < all.length ? words.search.allOf(words.facets[facet].plural) : undefined,
			};
		}),
	};
}

/** What the page for an address that leads nowhere offers: the newest entries, and every year. */
export function notFoundView(timeline: Timeline, lang: Lang) {
	return {
		latest: timeline.entries.slice(-5).reverse().map((entry) => entryCard(entry, lang)),
		years: [...new Set(timeline.entries.map((entry) => entry.year))].map((year) => ({
			label: readableDate(String(year), lang),
			url: localUrl(facetPath('year', year), lang),
		})),
	};
}
