/**
 * The compact index the timeline's filter loads (`/timeline-index.json`): vocabularies once, then one row per
 * entry with numbers pointing into them. Built at build time from the timeline model; read in the browser.
 */
import { dateUnderYear } from '../dates.ts';
import type { Timeline, TimelineEntry } from '../timeline/model.ts';
import { entrySides, kinds } from '../../schema/index.ts';

export const INDEX_VERSION = 1;

/** One entry: position-coded to keep the file small. */
export type IndexRow = [
	id: string,
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string,
	/** The date as shown under its year heading: `15 August`, `13–15 June`, `August (day not known)`. */
	dateLabel: string,
	year: number,
	/** Position in `sides`. */
	side: number,
	/** Position in `kinds`. */
	kind: number,
	/** Positions in `actors`. */
	actors: number[],
	/** Positions in `topics`. */
	topics: number[],
	title: string,
	summary: string,
	/** The quotations' words, for text search. */
	quotes: string,
	/** The page of the timeline the entry is on (1-based). */
	page: number,
];

export interface TimelineIndex {
	v: number;
	/** `[id, label]` */
	sides: [string, string][];
	kinds: [string, string][];
	topics: [string, string][];
	/** `[id, name, side id, other names joined by " · "]` */
	actors: [string, string, string, string][];
	rows: IndexRow[];
}

export function buildTimelineIndex(
	timeline: Timeline,
	pageOf: (entry: TimelineEntry) => number,
): TimelineIndex {
	const sides = Object.entries(entrySides).map(([id, side]) => [id, side.label] as [string, string]);
	const kindList = Object.entries(kinds).map(([id, kind]) => [id, kind.label] as [string, string]);
	const topics = [...timeline.topics.values()].map((topic) => [topic.id, topic.label] as [string, string]);
	const actors = [...timeline.actors.values()].map(
		(actor) =>
			[actor.id, actor.name, actor.side, [actor.hangul, ...actor.aliases].filter(Boolean).join(' · ')] as [
				string,
				string,
				string,
				string,
			],
	);
	const position = (list: [string, ...unknown[]][]) => new Map(list.map(([id], index) => [id, index]));
	const sideAt = position(sides);
	const kindAt = position(kindList);
	const topicAt = position(topics);
	const actorAt = position(actors);
	return {
		v: INDEX_VERSION,
		sides,
		kinds: kindList,
		topics,
		actors,
		rows: timeline.entries.map((entry) => [
			entry.id,
			entry.data.date,
			dateUnderYear(entry.data.date, entry.data.endDate),
			entry.year,
			sideAt.get(entry.side)!,
			kindAt.get(entry.data.kind)!,
			entry.speakers.map((speaker) => actorAt.get(speaker.actor.id)!),
			entry.topics.map((topic) => topicAt.get(topic.id)!),
			entry.data.title,
			entry.data.summary,
			entry.data.quotes.map((quote) => quote.text).join(' '),
			pageOf(entry),
		]),
	};
}
