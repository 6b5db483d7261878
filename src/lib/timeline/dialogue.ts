/**
 * Who answered whom, and how fast: the record's overtures and their answers, counted from the typed relations for
 * each side and each government. Pure, computed at build time, never typed by hand.
 *
 * - An overture is an entry whose kind the vocabulary marks as an overture (`tone: 'overture'`: proposals,
 *   agreements, summits).
 * - An answer to it is a later entry from another side (a joint entry answers either Korea, not another joint one)
 *   that declares `responds-to`, `accepts` or `rejects` it. A `follows-up` continues rather than answers.
 * - Accepted and rejected follow the relation each answer declares; an overture may be both, by different answers.
 * - An overture counts under its side's government on its date; a joint overture (or one by others) under the pair
 *   of both Koreas' governments of the day.
 * - Days are calendar days from the overture's date to its first answer's, when both are known to the day. An answer
 *   dated only to the month or year is counted as an answer, but its days are not known: medians and ranges leave it
 *   out and count it apart (`untimed`).
 */
import { kinds, type EntrySide, type RelationType } from '../../schema/vocabularies.ts';
import { calendarParts, dayNumber } from '../calendar.ts';
import { GOVERNMENT_SIDES, type GovernmentRecord } from './governments.ts';
import { compareEntries, type Timeline, type TimelineEntry } from './model.ts';

/** The relations that answer; `follows-up` is not one of them. */
export const ANSWER_TYPES = ['responds-to', 'accepts', 'rejects'] as const satisfies readonly RelationType[];
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Sides in the order the figures list them: the two Koreas, then joint, then the others. */
export const DIALOGUE_SIDES = ['south', 'north', 'joint', 'united-states', 'other'] as const satisfies readonly EntrySide[];

export const isOverture = (entry: Pick<TimelineEntry, 'data'>) => kinds[entry.data.kind].tone === 'overture';

/** Whether `later` declaring `type` towards `earlier` answers it: an answer type, from another side, to an overture. */
export function isAnswer(
	later: Pick<TimelineEntry, 'side'>,
	type: RelationType,
	earlier: Pick<TimelineEntry, 'side' | 'data'>,
): boolean {
	return (ANSWER_TYPES as readonly string[]).includes(type) && later.side !== earlier.side && isOverture(earlier);
}

/** Calendar days from `earlier` to `later`, when both are known to the day; otherwise `undefined`. */
export function daysBetween(earlier: string, later: string): number | undefined {
	if (calendarParts(earlier).precision !== 'day' || calendarParts(later).precision !== 'day') return undefined;
	return dayNumber(later) - dayNumber(earlier);
}

export interface Answer {
	overture: TimelineEntry;
	answer: TimelineEntry;
	type: AnswerType;
	/** Calendar days from the overture to the answer; `undefined` when a date is not known to the day. */
	days?: number;
}

export interface Overture {
	entry: TimelineEntry;
	/** The governments it counts under: its side's, or both Koreas' for a joint overture or one by others. */
	governments: GovernmentRecord[];
	/** Its answers, oldest first. */
	answers: Answer[];
	accepted: boolean;
	rejected: boolean;
}

export interface Figures {
	overtures: number;
	answered: number;
	accepted: number;
	rejected: number;
	unanswered: number;
	/** First answers whose days are known, and those whose are not. */
	timed: number;
	untimed: number;
	/** Of the days to the first answer, over the timed ones. */
	median?: number;
	fastest?: number;
	slowest?: number;
}

export interface DialogueRow {
	side: EntrySide;
	governments: GovernmentRecord[];
	overtures: Overture[];
	figures: Figures;
}

export interface Dialogue {
	/** The whole record: entries, the relations between them, and how many of those relations are answers. */
	entries: number;
	relations: number;
	answers: number;
	overtures: Overture[];
	/** One per side and government with overtures, sides in DIALOGUE_SIDES order, governments in order of time. */
	rows: DialogueRow[];
	/** One per side, all governments together. */
	sides: { side: EntrySide; figures: Figures }[];
	all: Figures;
	/** Overtures without an answer, oldest first. */
	unanswered: Overture[];
	/** First answers with known days, fastest first (ties: older first), and slowest first. */
	fastest: Answer[];
	slowest: Answer[];
}

/** The middle value of sorted numbers (the mean of the two middle ones for an even count). */
export function median(sorted: readonly number[]): number | undefined {
	if (sorted.length === 0) return undefined;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function figuresOf(overtures: readonly Overture[]): Figures {
	const answered = overtures.filter((overture) => overture.answers.length > 0);
	const days = answered
		.map((overture) => overture.answers[0]!.days)
		.filter((value): value is number => value !== undefined)
		.sort((a, b) => a - b);
	return {
		overtures: overtures.length,
		answered: answered.length,
		accepted: overtures.filter((overture) => overture.accepted).length,
		rejected: overtures.filter((overture) => overture.rejected).length,
		unanswered: overtures.length - answered.length,
		timed: days.length,
		untimed: answered.length - days.length,
		median: median(days),
		fastest: days[0],
		slowest: days.at(-1),
	};
}

/** The governments an entry's overture counts under. */
function governmentsOf(entry: TimelineEntry): GovernmentRecord[] {
	if (entry.side === 'south' || entry.side === 'north') {
		const own = entry.governments[entry.side];
		return own ? [own] : [];
	}
	return GOVERNMENT_SIDES.flatMap((side) => (entry.governments[side] ? [entry.governments[side]!] : []));
}

/** The figures of a timeline, and the overtures and answers behind them. */
export function dialogueOf(timeline: Timeline, listed = 5): Dialogue {
	const overtures: Overture[] = timeline.entries.filter(isOverture).map((entry) => {
		// One answer per answering entry: one that both responds to and rejects an overture rejects it.
		const byEntry = new Map<TimelineEntry, AnswerType>();
		for (const link of entry.incoming)
			if (isAnswer(link.entry, link.type, entry) && byEntry.get(link.entry) !== 'accepts' && byEntry.get(link.entry) !== 'rejects')
				byEntry.set(link.entry, link.type as AnswerType);
		const answers: Answer[] = [...byEntry]
			.map(([answer, type]) => ({ overture: entry, answer, type, days: daysBetween(entry.data.date, answer.data.date) }))
			.sort((a, b) => compareEntries(a.answer, b.answer));
		return {
			entry,
			governments: governmentsOf(entry),
			answers,
			accepted: answers.some((answer) => answer.type === 'accepts'),
			rejected: answers.some((answer) => answer.type === 'rejects'),
		};
	});

	const rows: DialogueRow[] = [];
	for (const side of DIALOGUE_SIDES) {
		const groups = new Map<string, Overture[]>();
		for (const overture of overtures.filter((candidate) => candidate.entry.side === side)) {
			const key = overture.governments.map((government) => government.id).join(' ');
			groups.set(key, [...(groups.get(key) ?? []), overture]);
		}
		// Overtures are in timeline order, so the groups are in the order of their governments' days.
		for (const group of groups.values())
			rows.push({ side, governments: group[0]!.governments, overtures: group, figures: figuresOf(group) });
	}

	const first = overtures.flatMap((overture) =>
		overture.answers[0]?.days === undefined ? [] : [overture.answers[0]],
	);
	const byDays = (a: Answer, b: Answer) => a.days! - b.days! || compareEntries(a.overture, b.overture);
	return {
		entries: timeline.entries.length,
		relations: timeline.entries.reduce((sum, entry) => sum + entry.outgoing.length, 0),
		answers: overtures.reduce((sum, overture) => sum + overture.answers.length, 0),
		overtures,
		rows,
		sides: DIALOGUE_SIDES.flatMap((side) => {
			const own = overtures.filter((overture) => overture.entry.side === side);
			return own.length > 0 ? [{ side, figures: figuresOf(own) }] : [];
		}),
		all: figuresOf(overtures),
		unanswered: overtures.filter((overture) => overture.answers.length === 0),
		fastest: [...first].sort(byDays).slice(0, listed),
		slowest: [...first].sort((a, b) => b.days! - a.days! || compareEntries(a.overture, b.overture)).slice(0, listed),
	};
}
