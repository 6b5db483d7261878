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

export function createFilter(index: TimelineIndex): Filter {
	const ids: Record<Facet, string[]> = {
		side: index.sides.map(({ id }) => id),
		actor: index.actors.map(({ id }) => id),
		kind: index.kinds.map(({ id }) => id),
		topic: index.topics.map(({ id }) => id),
		government: index.governments.map(({ id }) => id),
	};
	const optionsOf: Record<Facet, (row: TimelineIndex['rows'][number]) => number[]> = {
		side: (row) => [row.side],
		actor: (row) => row.actors,
		kind: (row) => [row.kind],
		topic: (row) => row.topics,
		government: (row) => row.governments,
	};
	// The rows' options, one column per facet in FACETS' order, without repeats and flat: row r's options of facet f
	// are options[start[r]] up to options[start[r + 1]] of column f (positions in 16 bits: up to 65,536 options a
	// facet). The loops over them are the filter's hot path.
	const columns = FACETS.map((facet) => {
		const lists = index.rows.map((row) => [...new Set(optionsOf[facet](row))]);
		const start = new Uint32Array(lists.length + 1);
		lists.forEach((list, r) => (start[r + 1] = start[r]! + list.length));
		return { start, options: Uint16Array.from(lists.flat()) };
	});
	/** Bit f of a row's mask: the row has an option wanted in facet f; the last bit: it passes the rest. */
	const REST = 1 << FACETS.length;
	const ALL = (REST << 1) - 1;
	/** Whether row `r` has an option `wanted` in facet `f` (any, when the facet wants none). */
	const has = (wanted: Uint8Array | undefined, f: number, r: number) => {
		if (!wanted) return true;
		const { start, options } = columns[f]!;
		for (let i = start[r]!; i < start[r + 1]!; i++) if (wanted[options[i]!]) return true;
		return false;
	};
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
				return `${name.en} ${name.ko ?? ''} ${other}`;
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
	/** What `state` asks of a row: the options wanted per facet, and whether the row passes the rest (years, text). */
	const prepare = (state: FilterState) => {
		// Per facet, the options wanted; a facet with values the index does not know matches nothing, as a link to a
		// removed actor should.
		const wanted = FACETS.map((facet) => {
			if (state[facet].length === 0) return undefined;
			const flags = new Uint8Array(ids[facet].length);
			for (const id of state[facet]) {
				const position = ids[facet].indexOf(id);
				if (position >= 0) flags[position] = 1;
			}
			return flags;
		});
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
			rows: for (let r = 0; r < index.rows.length; r++) {
				for (let f = 0; f < FACETS.length; f++) if (!has(wanted[f], f, r)) continue rows;
				if (rest(r)) matches.push(r);
			}
			return matches;
		},

		run(state) {
			const { wanted, rest } = prepare(state);
			const tallies = FACETS.map((facet) => new Uint32Array(ids[facet].length));
			const matches: number[] = [];
			for (let r = 0; r < index.rows.length; r++) {
				if (!rest(r)) continue;
				let mask = REST;
				for (let f = 0; f < FACETS.length; f++) if (has(wanted[f], f, r)) mask |= 1 << f;
				if (mask === ALL) matches.push(r);
				for (let f = 0; f < FACETS.length; f++) {
					if ((mask | (1 << f)) !== ALL) continue;
					const { start, options } = columns[f]!;
					for (let i = start[r]!; i < start[r + 1]!; i++) tallies[f]![options[i]!]!++;
				}
			}
			const counts = Object.fromEntries(
				FACETS.map((facet, f) => {
					const count = new Map<string, number>();
					tallies[f]!.forEach((n, value) => {
						if (n > 0) count.set(ids[facet][value]!, n);
					});
					return [facet, count];
				}),
			) as FilterResult['counts'];
			return { matches, counts };
		},
	};
}
