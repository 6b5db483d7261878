/**
 * The governments of the two Koreas over time (content/governments.yaml) and the one in office on a date. Entries
 * never name a government: each falls in one South Korean and one North Korean government by its date, under one
 * rule, the same for the facet pages, the filter, the open data and the dialogue figures:
 *
 * - A date stands for its earliest possible day (`2019-08` for 1 August 2019, `2019` for 1 January).
 * - The government in office on that day is the one whose tenure (from … to, both days included, open while `to` is
 *   absent) covers it. Where two tenures cover it, the one that began later counts: on the day power changed hands,
 *   the new government (10 May 2017 is Moon Jae-in's, 8 July 1994 Kim Jong Il's); within a president's term, the
 *   acting president who held the powers then (Goh Kun from 12 March 2004).
 */
import type { Government, GovernmentSide } from '../../schema/index.ts';
import { governmentSides, idsOf } from '../../schema/vocabularies.ts';
import { earliestDay, latestDay } from '../calendar.ts';

export interface GovernmentRecord extends Government {
	id: string;
}

/** One government per side, where the registry has one for the date. */
export type GovernmentsAt = Partial<Record<GovernmentSide, GovernmentRecord>>;

/** The sides with governments, as the vocabulary lists them (South first): the order of every list of governments. */
export const GOVERNMENT_SIDES = idsOf(governmentSides);

/** The first and last day of a tenure (`to` undefined while in office). */
export function tenure(government: Pick<Government, 'from' | 'to'>): { from: string; to?: string } {
	return { from: earliestDay(government.from), to: government.to === undefined ? undefined : latestDay(government.to) };
}

/** Whether a government's tenure covers a calendar day (`YYYY-MM-DD`). */
export function inOffice(government: Pick<Government, 'from' | 'to'>, day: string): boolean {
	const { from, to } = tenure(government);
	return from <= day && (to === undefined || day <= to);
}

/** Governments in the order lists show them: by side (South, North), then by first day, then by id. */
export function compareGovernments(a: GovernmentRecord, b: GovernmentRecord): number {
	return (
		GOVERNMENT_SIDES.indexOf(a.side) - GOVERNMENT_SIDES.indexOf(b.side) ||
		tenure(a).from.localeCompare(tenure(b).from) ||
		a.id.localeCompare(b.id)
	);
}

/** The registry as records in list order. */
export function governmentRecords(governments: ReadonlyMap<string, Government>): GovernmentRecord[] {
	return [...governments].map(([id, government]) => ({ id, ...government })).sort(compareGovernments);
}

/** The government of `side` in office on `date` (any precision), by the rule above. */
export function governmentAt(
	records: readonly GovernmentRecord[],
	side: GovernmentSide,
	date: string,
): GovernmentRecord | undefined {
	const day = earliestDay(date);
	let found: GovernmentRecord | undefined;
	// Records are in list order, by first day: the last one in office began latest.
	for (const record of records) if (record.side === side && inOffice(record, day)) found = record;
	return found;
}

/** The governments in office on `date`, one per side where there is one. */
export function governmentsAt(records: readonly GovernmentRecord[], date: string): GovernmentsAt {
	const found: GovernmentsAt = {};
	for (const side of GOVERNMENT_SIDES) {
		const government = governmentAt(records, side, date);
		if (government) found[side] = government;
	}
	return found;
}

/**
 * The acting governments that took over during this one's tenure: the acting presidents who held the powers while
 * the president's were suspended or after the office fell vacant. Their days count for them, not for the president.
 */
export function actingWithin(government: GovernmentRecord, records: readonly GovernmentRecord[]): GovernmentRecord[] {
	if (government.acting) return [];
	const outer = tenure(government);
	return records.filter((other) => {
		if (!other.acting || other.side !== government.side) return false;
		const { from } = tenure(other);
		return from > outer.from && (outer.to === undefined || from <= outer.to);
	});
}

/** For an acting government, the president in whose term it took over, if any. */
export function actingFor(government: GovernmentRecord, records: readonly GovernmentRecord[]): GovernmentRecord | undefined {
	return records.findLast((other) => actingWithin(other, records).includes(government));
}
