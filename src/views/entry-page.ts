/**
 * Everything an entry's permanent page shows, in one language, as plain data: the headline and summary, the facts,
 * the quotations with their originals, the account, the connected statements, the thread, the sources, the way to
 * cite it and its neighbours. The page renders this and nothing else, so a digest of it is the page's cache key.
 */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { localUrl } from '../i18n/urls.ts';
import type { Quote, Source } from '../schema/index.ts';
import { earliestDay, precisionNote, readableDate, readableDateRange, shortDate, weekdayOf, yearOf } from '../lib/dates.ts';
import { isKoreanText } from '../lib/hangul.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';
import { quoteSpeaker, type Timeline, type TimelineEntry } from '../lib/timeline/model.ts';
import { threadOf } from '../lib/timeline/threads.ts';
import { entryWords, sideView, type SideView, type Words } from './cards.ts';
import { citationView, type CitationView } from './citation.ts';
import { actorName, actorNameLang, kindLabel, relationLabel, roleTitle, topicLabel } from '../i18n/labels.ts';

export interface LinkedEntry {
	url: string;
	title: Words;
	/** A short date: `15 Aug 2019`, `2019. 8. 15.` */
	date: string;
	side: SideView;
}

export interface QuotedPassage {
	text: string;
	lang: Lang;
	/** The number of its source in the entry's list, its publisher and address. */
	source: { n: number; publisher: Words; url?: string };
}

export interface QuoteView {
	/** Shown first: the original on /ko/, the English rendering on the English page. */
	first: QuotedPassage;
	/** The same passage in the other language, when the sources give both. */
	second?: QuotedPassage;
	speaker?: Words;
	/** Said when a quotation has one language only: an English report (on /ko/), a Korean original (in English). */
	note?: string;
}

export interface SourceView {
	n: number;
	publisher: string;
	title: string;
	/** A title in square brackets describes a page whose headline is not recorded: it is not a quotation. */
	described: boolean;
	date?: string;
	url: string;
	archive?: string;
}

export interface EntryPageView {
	lang: Lang;
	id: string;
	/** The page's site path, the same in both languages: `/events/<id>/`. */
	path: string;
	/** Its absolute address in this language, for citing and sharing. */
	permalink: string;
	title: Words;
	summary: Words;
	kicker: string;
	timelineUrl: string;
	facts: {
		date: string;
		isoDate: string;
		weekday?: string;
		precision?: string;
		year: { label: string; url: string };
		speakers: { name: string; lang?: Lang; otherScript?: string; url: string; side: SideView; role?: string }[];
		kind: { label: string; url: string };
		channel: Words;
		topics: { label: string; url: string }[];
	};
	quotes: QuoteView[];
	body: { html: string; lang: Lang; untranslated?: string };
	relations: { label: string; links: LinkedEntry[] }[];
	thread: (LinkedEntry & { current: boolean })[];
	sources: SourceView[];
	citation: CitationView;
	previous?: LinkedEntry;
	next?: LinkedEntry;
	/** For link previews, search engines and reference managers (EntryMeta.astro). */
	meta: {
		published: string;
		date: string;
		endDate?: string;
		speakers: { name: string; person: boolean; role?: string }[];
		topics: string[];
		sources: { title: string; url: string; publisher: string; date?: string }[];
	};
}

const linked = (entry: TimelineEntry, lang: Lang): LinkedEntry => ({
	url: localUrl(entry.url, lang),
	title: entryWords(entry, lang).title,
	date: shortDate(entry.data.date, lang),
	side: sideView(entry.side, lang),
});

function passage(text: string, n: number, sources: readonly Source[]): QuotedPassage {
	const source = sources[n - 1];
	return {
		text,
		lang: isKoreanText(text) ? 'ko' : 'en',
		source: { n, publisher: inOwnLanguage(source?.publisher ?? ''), url: source?.url },
	};
}

/** Words given in either language (a publisher, a speaker described in words): Korean if they hold Hangul. */
const inOwnLanguage = (text: string): Words => ({ text, lang: isKoreanText(text) ? 'ko' : 'en' });

/** A quotation with its original: the reader's language first; a note when only one language is cited. */
export function quoteView(
	quote: Quote,
	sources: readonly Source[],
	speaker: Words | undefined,
	lang: Lang,
): QuoteView {
	const words = t(lang).entry;
	const main = passage(quote.text, quote.source, sources);
	const original = quote.original && passage(quote.original.text, quote.original.source, sources);
	if (original) {
		const [first, second] = lang === 'ko' ? [original, main] : [main, original];
		return { first, second, speaker };
	}
	const note = main.lang === lang ? undefined : main.lang === 'en' ? words.englishOnly : words.koreanOnly;
	return { first: main, speaker, note };
}

export function entryPage(
	entry: TimelineEntry,
	timeline: Timeline,
	lang: Lang,
	site: { url: URL; timelinePath: string },
): EntryPageView {
	const { data } = entry;
	const words = t(lang);
	const ko = lang === 'ko' ? entry.ko : undefined;
	const path = entry.url;
	const permalink = new URL(localUrl(path, lang), site.url).href;
	const year = yearOf(data.date);
	const speakerName = (id: string | undefined) => {
		const who = quoteSpeaker(id, entry, timeline.actors);
		if (typeof who === 'string') return inOwnLanguage(who);
		return who && { text: actorName(who, lang), lang: actorNameLang(who, lang) ?? lang };
	};
	const groups = new Map<string, LinkedEntry[]>();
	for (const link of [...entry.outgoing, ...entry.incoming]) {
		const label = relationLabel(link.type, link.inverse, lang);
		groups.set(label, [...(groups.get(label) ?? []), linked(link.entry, lang)]);
	}
	const thread = threadOf(entry);
	return {
		lang,
		id: entry.id,
		path,
		permalink,
		...entryWords(entry, lang),
		kicker: `${kindLabel(data.kind, lang)} · ${readableDate(data.date, lang)}`,
		timelineUrl: localUrl(site.timelinePath, lang),
		facts: {
			date: readableDateRange(data.date, data.endDate, lang),
			isoDate: data.date,
			weekday: data.endDate ? undefined : weekdayOf(data.date, lang),
			precision: precisionNote(data.date, lang),
			year: { label: words.entry.allOf(year), url: localUrl(facetPath('year', year), lang) },
			speakers: entry.speakers.map(({ actor, role }) => ({
				name: actorName(actor, lang),
				lang: actorNameLang(actor, lang),
				// The other script beside the name: Hangul on the English page, the English name on /ko/.
				otherScript: lang === 'en' ? actor.hangul : actor.hangul ? actor.name : undefined,
				url: localUrl(facetPath('actor', actor.id), lang),
				side: sideView(actor.side, lang),
				role: role && roleTitle(role, lang),
			})),
			kind: { label: kindLabel(data.kind, lang), url: localUrl(facetPath('kind', data.kind), lang) },
			channel: ko?.channel ? { text: ko.channel, lang: 'ko' } : { text: data.channel, lang: 'en' },
			topics: entry.topics.map((topic) => ({
				label: topicLabel(topic, lang),
				url: localUrl(facetPath('topic', topic.id), lang),
			})),
		},
		quotes: data.quotes.map((quote) => quoteView(quote, data.sources, speakerName(quote.speaker), lang)),
		body:
			ko && ko.html
				? { html: ko.html, lang: 'ko' }
				: { html: entry.html, lang: 'en', untranslated: lang === 'ko' ? words.entry.untranslated : undefined },
		relations: [...groups].map(([label, links]) => ({ label, links })),
		thread:
			thread.length > 1 ? thread.map((item) => ({ ...linked(item, lang), current: item === entry })) : [],
		sources: data.sources.map((source, index) => ({
			n: index + 1,
			publisher: source.publisher,
			title: source.title,
			described: source.title.startsWith('[') && source.title.endsWith(']'),
			date: source.date && readableDate(source.date, lang),
			url: source.url,
			archive: source.archive,
		})),
		citation: citationView(entry, lang, site.url),
		previous: entry.previous && linked(entry.previous, lang),
		next: entry.next && linked(entry.next, lang),
		meta: {
			published: earliestDay(data.date),
			date: data.date,
			endDate: data.endDate,
			speakers: entry.speakers.map(({ actor, role }) => ({
				name: actorName(actor, lang),
				person: actor.type === 'person',
				role: role && roleTitle(role, lang),
			})),
			topics: entry.topics.map((topic) => topicLabel(topic, lang)),
			sources: data.sources.map(({ title, url, publisher, date }) => ({ title, url, publisher, date })),
		},
	};
}
