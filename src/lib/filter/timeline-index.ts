/**
 * The index the timeline's filter loads (`/timeline-index.json`), one for both editions: the vocabularies once, with
 * their words in both languages, then one row per entry with named fields, pointing into them by position. Built at
 * build time from the timeline model; read in the browser, where the rows drawn are filled into the server's own
 * entry markup (TimelineItem.astro, cloned).
 */
import type { Lang } from '../../i18n/languages.ts';
import { LANGS } from '../../i18n/languages.ts';
import { entrySides, idsOf, kinds, type EntrySide, type GovernmentSide } from '../../schema/index.ts';
import { dateUnderYear } from '../dates.ts';
import type { Timeline, TimelineEntry } from '../timeline/model.ts';
import { governmentName, kindLabel, sideLabel, topicLabel } from '../../i18n/labels.ts';
import { GOVERNMENT_SIDES } from '../timeline/governments.ts';

export const INDEX_VERSION = 4;

/** Words in each language. */
export type InBoth = Record<Lang, string>;

export interface IndexRow {
	id: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string;
	year: number;
	/** The page of the timeline the entry is on (1-based). */
	page: number;
	/** Positions in `sides`, `kinds`, `actors`, `topics`, `governments` (the South's and the North's in office). */
	side: number;
	kind: number;
	actors: number[];
	topics: number[];
	governments: number[];
	/** The date as shown under its year heading: `15 August`, `8월 15일`. */
	when: InBoth;
	/** Headline and summary; Korean only when the entry has its Korean text. */
	title: { en: string; ko?: string };
	summary: { en: string; ko?: string };
	/** The quotations' words, originals included, for the text filter. */
	quotes: string;
	/** Present when the entry has been corrected since it was published. */
	corrected?: true;
}

export interface TimelineIndex {
	v: number;
	sides: { id: EntrySide; label: InBoth }[];
	kinds: { id: string; label: InBoth }[];
	topics: { id: string; label: InBoth }[];
	/** Every actor: the name, in Hangul too where the registry has it, side, and the other names readers may type. */
	actors: { id: string; name: { en: string; ko?: string }; side: EntrySide; other: string }[];
	/** Every government of the two Koreas, South first, in order of time. */
	governments: { id: string; label: InBoth; side: GovernmentSide }[];
	rows: IndexRow[];
}

const both = (words: (lang: Lang) => string): InBoth =>
	Object.fromEntries(LANGS.map((lang) => [lang, words(lang)])) as InBoth;

export function buildTimelineIndex(timeline: Timeline, pageOf: (entry: TimelineEntry) => number): TimelineIndex {
	const sides = idsOf(entrySides).map((id) => ({ id, label: both((lang) => sideLabel(id, lang)) }));
	const kindList = idsOf(kinds).map((id) => ({
		id,
		label: both((lang) => kindLabel(id, lang)),
	}));
	const topics = [...timeline.topics.values()].map((topic) => ({
		id: topic.id,
		label: both((lang) => topicLabel(topic, lang)),
	}));
	const actors = [...timeline.actors.values()].map((actor) => ({
		id: actor.id,
		name: { en: actor.name, ...(actor.hangul ? { ko: actor.hangul } : {}) },
		side: actor.side,
		other: [actor.hanja, actor.hangulNorth, ...actor.aliases].filter(Boolean).join(' · '),
	}));
	const governments = [...timeline.governments.values()].map((government) => ({
		id: government.id,
		label: both((lang) => governmentName(government, lang)),
		side: government.side,
	}));
	const position = (list: { id: string }[]) => new Map(list.map(({ id }, index) => [id, index]));
	const sideAt = position(sides);
	const kindAt = position(kindList);
	const topicAt = position(topics);
	const actorAt = position(actors);
	const governmentAt = position(governments);
	return {
		v: INDEX_VERSION,
		sides,
		kinds: kindList,
		topics,
		actors,
		governments,
		rows: timeline.entries.map((entry) => ({
			id: entry.id,
			date: entry.data.date,
			year: entry.year,
			page: pageOf(entry),
			side: sideAt.get(entry.side)!,
			kind: kindAt.get(entry.data.kind)!,
			actors: entry.speakers.map((speaker) => actorAt.get(speaker.actor.id)!),
			topics: entry.topics.map((topic) => topicAt.get(topic.id)!),
			governments: GOVERNMENT_SIDES.flatMap((side) => {
				const government = entry.governments[side];
				return government ? [governmentAt.get(government.id)!] : [];
			}),
			when: both((lang) => dateUnderYear(entry.data.date, entry.data.endDate, lang)),
			title: { en: entry.data.title, ...(entry.ko ? { ko: entry.ko.title } : {}) },
			summary: { en: entry.data.summary, ...(entry.ko ? { ko: entry.ko.summary } : {}) },
			quotes: entry.data.quotes
				.flatMap((quote) => [quote.text, ...(quote.original ? [quote.original.text] : [])])
				.join(' '),
			...(entry.data.corrections.length > 0 ? { corrected: true as const } : {}),
		})),
	};
}
