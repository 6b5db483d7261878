/**
 * Filtering the index: which rows match a state, and how many rows each facet option would give. Options of one
 * facet combine with OR and facets with AND, so an option's count is taken with every other facet applied and its
 * own facet set aside (the usual faceted-search rule). One pass over the rows; no DOM.
 */
import { FACETS, type Facet, type FilterState } from './state.ts';
import { foldText, initialsOf, isEmptyQuery, matchesTerms, queryTerms } from './search-text.ts';
import type { TimelineIndex } from './timeline-index.ts';

export interface FilterResult {
	/** Positions of the matching rows, in timeline order. */
	matches: number[];
	/** For each facet, the count per option id (only options that occur). */
	counts: Record<Facet, Map<string, number>>;
}

export interface Filter {
	/** The matching rows and the counts per option. */
	run(state: FilterState): FilterResult;
	/** Only the matching rows: a lighter pass, for when the counts can wait. */
	matches(state: FilterState): number[];
}

const ALL = 0b111111;
const bit: Record<Facet | 'rest', number> = { side: 1, actor: 2, kind: 4, topic: 8, government: 16, rest: 32 };

export function createFilter(index: TimelineIndex): Filter {
	const ids: Record<Facet, string[]> = {
		side: index.sides.map(({ id }) => id),
		actor: index.actors.map(({ id }) => id),
		kind: index.kinds.map(({ id }) => id),
		topic: index.topics.map(({ id }) => id),
		government: index.governments.map(({ id }) => id),
	};
	// Each row's options per facet, without repeats, read once: the run below is the hot loop of the filter.
	const rows = index.rows.map((row): Record<Facet, number[]> => ({
		side: [row.side],
		actor: [...new Set(row.actors)],
		kind: [row.kind],
		topic: [...new Set(row.topics)],
		government: row.governments,
	}));
	/** Everything a reader may look for in a row, in both languages: headline, summary, quotations, names. */
	const wordsOf = (row: TimelineIndex['rows'][number]) =>
		[
			row.title.en,
			row.title.ko ?? '',
			row.summary.en,
			row.summary.ko ?? '',
			row.quotes,
			...row.actors.map((actor) => {
				const { name, other } = index.actors[actor]!;
				return `${name.en} ${name.ko} ${other}`;
			}),
		].join(' ');
	let texts: string[] | undefined;
	const textOf = (position: number) => {
		texts ??= index.rows.map((row) => foldText(wordsOf(row)));
		return texts[position]!;
	};
	const initials = new Map<number, string>();
	const initialsAt = (position: number) => {
		let found = initials.get(position);
		if (found === undefined) initials.set(position, (found = initialsOf(wordsOf(index.rows[position]!))));
		return found;
	};
	const has = (wanted: Uint8Array | undefined, values: number[]) => {
		if (!wanted) return true;
		for (const value of values) if (wanted[value]) return true;
		return false;
	};

	/** What `state` asks of a row: the options wanted per facet, and whether the row passes the rest (years, text). */
	const prepare = (state: FilterState) => {
		const wanted = {} as Record<Facet, Uint8Array | undefined>;
		for (const facet of FACETS) {
			// A facet with values the index does not know matches nothing, as a link to a removed actor should.
			if (state[facet].length === 0) continue;
			const flags = new Uint8Array(ids[facet].length);
			for (const id of state[facet]) {
				const position = ids[facet].indexOf(id);
				if (position >= 0) flags[position] = 1;
			}
			wanted[facet] = flags;
		}
		const terms = queryTerms(state.q);
		const anyText = isEmptyQuery(terms);
		const rest = (position: number) => {
			const { year } = index.rows[position]!;
			return (
				(state.from === undefined || year >= state.from) &&
				(state.to === undefined || year <= state.to) &&
				(anyText || matchesTerms(textOf(position), () => initialsAt(position), terms))
			);
		};
		return { wanted, rest };
	};

	return {
		matches(state) {
			const { wanted, rest } = prepare(state);
			const matches: number[] = [];
			for (let position = 0; position < rows.length; position++) {
				const values = rows[position]!;
				if (FACETS.every((facet) => has(wanted[facet], values[facet])) && rest(position))
					matches.push(position);
			}
			return matches;
		},

		run(state) {
			const { wanted, rest } = prepare(state);
			const tallies = Object.fromEntries(
				FACETS.map((facet) => [facet, new Uint32Array(ids[facet].length)]),
			) as Record<Facet, Uint32Array>;
			const matches: number[] = [];
			for (let position = 0; position < rows.length; position++) {
				const values = rows[position]!;
				if (!rest(position)) continue;
				let mask = bit.rest;
				for (const facet of FACETS) if (has(wanted[facet], values[facet])) mask |= bit[facet];
				if (mask === ALL) matches.push(position);
				for (const facet of FACETS) {
					if ((mask | bit[facet]) !== ALL) continue;
					const tally = tallies[facet];
					for (const value of values[facet]) tally[value]!++;
				}
			}
			const counts = Object.fromEntries(
				FACETS.map((facet) => {
					const count = new Map<string, number>();
					tallies[facet].forEach((n, value) => {
						if (n > 0) count.set(ids[facet][value]!, n);
					});
					return [facet, count];
				}),
			) as FilterResult['counts'];
			return { matches, counts };
		},
	};
}
