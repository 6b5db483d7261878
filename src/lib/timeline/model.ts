/**
 * The timeline as pages render it: entries in chronological order with their speakers (and roles at the date),
 * side, topics, the governments in office on their date, relations in both directions and neighbours in time. Built once from the three collections;
 * pure, so it is unit-tested without Astro.
 */
import type {
	Actor,
	ActorSide,
	EntrySide,
	EventData,
	Government,
	KoreanText,
	RelationType,
	Topic,
} from '../../schema/index.ts';
import { compareDates, earliestDay, latestDay, yearOf } from '../calendar.ts';
import { governmentRecords, governmentsAt, type GovernmentRecord, type GovernmentsAt } from './governments.ts';

export interface ActorRecord extends Actor {
	id: string;
}

export interface TopicRecord extends Topic {
	id: string;
}

export interface Speaker {
	actor: ActorRecord;
	/** The role the actor held on the entry's date, when the registry knows it. */
	role?: Actor['roles'][number];
}

export interface RelationLink {
	type: RelationType;
	/** Whether the relation is seen from the earlier entry (`Rejected by`) rather than the later (`Rejects`). */
	inverse: boolean;
	entry: TimelineEntry;
}

/** An entry's Korean text, with its account rendered (empty while the account is not translated). */
export interface KoreanEntry extends KoreanText {
	html: string;
}

export interface TimelineEntry {
	id: string;
	/** The entry's permanent page. */
	url: string;
	data: EventData;
	/** The body rendered from Markdown. */
	html: string;
	/** The Korean text, when there is one. */
	ko?: KoreanEntry;
	side: EntrySide;
	year: number;
	speakers: Speaker[];
	topics: TopicRecord[];
	/** The South Korean and North Korean governments in office on the entry's date (governments.ts). */
	governments: GovernmentsAt;
	/** Relations this entry declares, to earlier entries. */
	outgoing: RelationLink[];
	/** Relations later entries declare to this one. */
	incoming: RelationLink[];
	previous?: TimelineEntry;
	next?: TimelineEntry;
}

export interface Timeline {
	/** Every entry, oldest first. */
	entries: TimelineEntry[];
	byId: Map<string, TimelineEntry>;
	actors: Map<string, ActorRecord>;
	topics: Map<string, TopicRecord>;
	/** The governments of the two Koreas, South first, each side in order of time. */
	governments: Map<string, GovernmentRecord>;
}

export interface EntryInput {
	id: string;
	data: EventData;
	html: string;
	ko?: KoreanEntry;
}

/** The permanent address of an entry, as a site path (see src/i18n/urls.ts for the address in a language). */
export const entryUrl = (id: string) => `/events/${id}/`;

/** The side of an entry: the one side all its speakers share, or `joint` when they come from more than one. */
export function entrySide(sides: readonly ActorSide[]): EntrySide {
	const distinct = new Set(sides);
	if (distinct.size === 1) return [...distinct][0]!;
	return distinct.size === 0 ? 'other' : 'joint';
}

/**
 * The role an actor held on a date: the role whose span (from … to, inclusive, open where not given) covers the
 * whole date; when several do, the one that began last.
 */
export function roleAt(actor: Actor, date: string): Actor['roles'][number] | undefined {
	const start = earliestDay(date);
	const end = latestDay(date);
	const covering = actor.roles.filter(
		(role) =>
			(role.from === undefined || earliestDay(role.from) <= start) &&
			(role.to === undefined || latestDay(role.to) >= end),
	);
	covering.sort((a, b) => (a.from && b.from ? compareDates(a.from, b.from) : a.from ? 1 : b.from ? -1 : 0));
	return covering.at(-1);
}

/** Chronological order: by date (see `compareDates`), then by id so the order never depends on reading order. */
export function compareEntries(
	a: { id: string; data: { date: string } },
	b: { id: string; data: { date: string } },
): number {
	return compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id);
}

export function buildTimeline(
	inputs: readonly EntryInput[],
	actors: ReadonlyMap<string, Actor>,
	topics: ReadonlyMap<string, Topic>,
	governments: ReadonlyMap<string, Government> = new Map(),
): Timeline {
	const actorRecords = new Map([...actors].map(([id, actor]) => [id, { id, ...actor }]));
	const topicRecords = new Map([...topics].map(([id, topic]) => [id, { id, ...topic }]));
	const governmentList = governmentRecords(governments);
	const entries: TimelineEntry[] = [...inputs].sort(compareEntries).map(({ id, data, html, ko }) => {
		const speakers = data.speakers.map((speaker) => {
			const actor = actorRecords.get(speaker);
			if (!actor) throw new Error(`${id}: unknown actor "${speaker}"`);
			return { actor, role: roleAt(actor, data.date) };
		});
		return {
			id,
			url: entryUrl(id),
			data,
			html,
			ko,
			side: entrySide(speakers.map((speaker) => speaker.actor.side)),
			year: yearOf(data.date),
			speakers,
			topics: data.topics.map((topic) => {
				const record = topicRecords.get(topic);
				if (!record) throw new Error(`${id}: unknown topic "${topic}"`);
				return record;
			}),
			governments: governmentsAt(governmentList, data.date),
			outgoing: [],
			incoming: [],
		};
	});
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	entries.forEach((entry, index) => {
		entry.previous = entries[index - 1];
		entry.next = entries[index + 1];
		for (const relation of entry.data.relations) {
			const target = byId.get(relation.event);
			// A relation to an entry that is not published (a draft, in dev) has no page to link to.
			if (!target) continue;
			entry.outgoing.push({ type: relation.type, inverse: false, entry: target });
			target.incoming.push({ type: relation.type, inverse: true, entry });
		}
	});
	for (const entry of entries) entry.incoming.sort((a, b) => compareEntries(a.entry, b.entry));
	return {
		entries,
		byId,
		actors: actorRecords,
		topics: topicRecords,
		governments: new Map(governmentList.map((government) => [government.id, government])),
	};
}

/** Entries grouped under their year, oldest year first. */
export function groupByYear<T extends { year: number }>(
	entries: readonly T[],
): { year: number; entries: T[] }[] {
	const groups: { year: number; entries: T[] }[] = [];
	for (const entry of entries) {
		const last = groups.at(-1);
		if (last?.year === entry.year) last.entries.push(entry);
		else groups.push({ year: entry.year, entries: [entry] });
	}
	return groups;
}

/**
 * Who said a quote: the named speaker (an actor, or a name as written), else the entry's only speaker; `undefined`
 * when it cannot be told.
 */
export function quoteSpeaker(
	quoteSpeakerField: string | undefined,
	entry: Pick<TimelineEntry, 'speakers'>,
	actors: ReadonlyMap<string, ActorRecord>,
): ActorRecord | string | undefined {
	if (quoteSpeakerField !== undefined) return actors.get(quoteSpeakerField) ?? quoteSpeakerField;
	return entry.speakers.length === 1 ? entry.speakers[0]!.actor : undefined;
}
