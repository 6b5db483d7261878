/**
 * The rules of the government registry (content/governments.yaml) across files: a government's leader is an actor
 * of its side, one government of a side holds office at a time (acting presidents apart), and every entry falls in
 * one South Korean and one North Korean government by its date (the site derives them, src/lib/timeline/governments.ts,
 * so a date no government covers would leave an entry out of the facet and of the dialogue figures without a word).
 */
import type { Actor, Government, GovernmentSide } from '../../schema/index.ts';
import { isCalendarDate } from '../calendar.ts';
import { didYouMean } from '../suggest.ts';
import { GOVERNMENT_SIDES, governmentAt, governmentRecords, tenure } from '../timeline/governments.ts';
import type { Problem } from './problems.ts';
import type { Registry } from './registry.ts';
import type { CheckedEntry } from './rules.ts';

const sideWords: Record<GovernmentSide, string> = { south: 'South Korean', north: 'North Korean' };

export function governmentProblems(
	governments: Registry<Government>,
	actors: Registry<Actor>,
	entries: readonly CheckedEntry[],
	files: { governments: string; actors: string },
	/** Whether the registry was read without a problem: only then can a date in no government be told apart from a government left out by its own problem. */
	whole: boolean,
): Problem[] {
	const problems: Problem[] = [];
	const place = (path: PropertyKey[]) => governments.locate?.(path) ?? {};
	for (const [id, government] of governments) {
		if (government.leader === undefined || actors.usable === false || actors.refused?.has(government.leader))
			continue;
		const actor = actors.get(government.leader);
		const hint = didYouMean(government.leader, actors.keys());
		if (!actor)
			problems.push({
				file: files.governments,
				...place([id, 'leader']),
				field: `${id}.leader`,
				message: `unknown actor "${government.leader}" (${hint ? `${hint} ` : ''}actors are listed in ${files.actors}; leave leader out when the leader is not there)`,
			});
		else if (actor.side !== government.side)
			problems.push({
				file: files.governments,
				...place([id, 'leader']),
				field: `${id}.leader`,
				message: `"${government.leader}" is on the side ${actor.side}, not ${government.side} (expected the actor who led this government)`,
			});
	}
	if (!whole || governments.usable === false) return problems;
	const records = governmentRecords(governments);
	// One government of a side at a time: the next takes office when the last leaves it (on the same day at the
	// latest, as power changes hands). Acting presidents hold office within a president's term, and are left out.
	for (const side of GOVERNMENT_SIDES) {
		const terms = records.filter((record) => record.side === side && !record.acting);
		terms.slice(1).forEach((next, index) => {
			const last = terms[index]!;
			const { to } = tenure(last);
			if (to !== undefined && tenure(next).from >= to) return;
			problems.push({
				file: files.governments,
				...place([next.id, 'from']),
				field: `${next.id}.from`,
				message:
					to === undefined
						? `"${next.from}" begins while ${last.id} (from ${last.from}) is still in office: it has no to (expected the day ${last.id} left office as its to, or acting: true for an acting president)`
						: `"${next.from}" begins before ${last.id} left office on ${last.to} (expected a day from ${last.to} on, or acting: true for an acting president)`,
			});
		});
	}
	for (const entry of entries) {
		const date = entry.data.date;
		if (date === undefined || !isCalendarDate(date)) continue;
		for (const side of GOVERNMENT_SIDES) {
			if (governmentAt(records, side, date)) continue;
			problems.push({
				file: entry.file,
				...entry.locate(['date']),
				field: 'date',
				message: `"${date}" falls in no ${sideWords[side]} government of ${files.governments} (every entry falls in one government of each Korea: add the one in office on that day)`,
			});
		}
	}
	return problems;
}
