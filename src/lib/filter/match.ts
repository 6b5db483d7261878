/**
 * Filtering the index: which rows match a state, and how many rows each facet option would give. Options of one
 * facet combine with OR and facets with AND, so an option's count is taken with every other facet applied and its
 * own facet set aside (the usual faceted-search rule). One pass over the rows; no DOM.
 */
import { FACETS, type Facet, type FilterState } from './state.ts';
import { foldText, matchesTerms, queryTerms } from './search-text.ts';
import type { TimelineIndex } from './timeline-index.ts';

export interface FilterResult {
	/** Positions of the matching rows, in timeline order. */
	matches: number[];
	/** For each facet, the count per option id (only options that occur). */
	counts: Record<Facet, Map<string, number>>;
}

export interface Filter {
	run(state: FilterState): FilterResult;
}

const ALL = 0b11111;
const bit: Record<Facet | 'rest', number> = { side: 1, actor: 2, kind: 4, topic: 8, rest: 16 };

export function createFilter(index: TimelineIndex): Filter {
	const ids = {
		side: index.sides.map(([id]) => id),
		actor: index.actors.map(([id]) => id),
		kind: index.kinds.map(([id]) => id),
		topic: index.topics.map(([id]) => id),
	};
	const valuesOf = (row: TimelineIndex['rows'][number]): Record<Facet, number[]> => ({
		side: [row[4]],
		actor: row[6],
		kind: [row[5]],
		topic: row[7],
	});
	const rows = index.rows.map(valuesOf);
	let texts: string[] | undefined;
	const textOf = (position: number) => {
		texts ??= index.rows.map((row) =>
			foldText(
				[
					row[8],
					row[9],
					row[10],
					...row[6].map((actor) => `${index.actors[actor]![1]} ${index.actors[actor]![3]}`),
				].join(' '),
			),
		);
		return texts[position]!;
	};

	return {
		run(state) {
			const wanted = {} as Record<Facet, Set<number> | undefined>;
			for (const facet of FACETS) {
				const positions = state[facet]
					.map((id) => ids[facet].indexOf(id))
					.filter((position) => position >= 0);
				// A facet with values the index does not know matches nothing, as a link to a removed actor should.
				wanted[facet] = state[facet].length === 0 ? undefined : new Set(positions);
			}
			const terms = queryTerms(state.q);
			const counts = Object.fromEntries(
				FACETS.map((facet) => [facet, new Map<string, number>()]),
			) as FilterResult['counts'];
			const matches: number[] = [];
			index.rows.forEach((row, position) => {
				const values = rows[position]!;
				let mask = 0;
				for (const facet of FACETS) {
					const set = wanted[facet];
					if (!set || values[facet].some((value) => set.has(value))) mask |= bit[facet];
				}
				const year = row[3];
				if (
					(state.from === undefined || year >= state.from) &&
					(state.to === undefined || year <= state.to) &&
					(terms.length === 0 || matchesTerms(textOf(position), terms))
				) {
					mask |= bit.rest;
				}
				if (mask === ALL) matches.push(position);
				for (const facet of FACETS) {
					if ((mask | bit[facet]) !== ALL) continue;
					const count = counts[facet];
					for (const value of new Set(values[facet])) {
						const id = ids[facet][value]!;
						count.set(id, (count.get(id) ?? 0) + 1);
					}
				}
			});
			return { matches, counts };
		},
	};
}
