/**
 * The filter state and its public URL contract, which links in the wild rely on:
 * `?side=north&actor=kim-yo-jong&kind=rejection&topic=dialogue&government=moon-jae-in&from=2019&to=2025&q=talks`.
 * A facet may repeat (`?actor=a&actor=b`): values of one facet combine with OR, facets with AND. `from` and `to`
 * are years, inclusive. DOM-free, so it is unit-tested and shared by the page script.
 */

/** The facets with a list of values, in the order the URL writes them. */
export const FACETS = ['side', 'actor', 'kind', 'topic', 'government'] as const;
export type Facet = (typeof FACETS)[number];

export interface FilterState {
	side: string[];
	actor: string[];
	kind: string[];
	topic: string[];
	/** Governments (content/governments.yaml) in office on the entry's date, of either Korea. */
	government: string[];
	/** First and last year, inclusive. */
	from?: number;
	to?: number;
	/** Free text, matched against titles, summaries, quotations and speaker names. */
	q: string;
}

export const emptyState = (): FilterState => ({ side: [], actor: [], kind: [], topic: [], government: [], q: '' });

const year = (value: string | null): number | undefined => {
	if (value === null || !/^\s*\d{1,4}\s*$/.test(value)) return undefined;
	return Number(value);
};

/** Reads a query string (`?side=north&…`) into a state; unknown parameters are ignored, duplicates dropped. */
export function parseQuery(query: string | URLSearchParams): FilterState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state = emptyState();
	for (const facet of FACETS) {
		state[facet] = [
			...new Set(
				params
					.getAll(facet)
					.map((value) => value.trim())
					.filter(Boolean),
			),
		];
	}
	state.from = year(params.get('from'));
	state.to = year(params.get('to'));
	state.q = (params.get('q') ?? '').trim();
	return state;
}

/** The query string of a state, in a fixed order, empty for the empty state (no leading `?`). */
export function toQuery(state: FilterState): string {
	const params = new URLSearchParams();
	for (const facet of FACETS) for (const value of state[facet]) params.append(facet, value);
	if (state.from !== undefined) params.set('from', String(state.from));
	if (state.to !== undefined) params.set('to', String(state.to));
	if (state.q) params.set('q', state.q);
	return params.toString();
}

/** Whether the state filters nothing. */
export function isEmpty(state: FilterState): boolean {
	return (
		FACETS.every((facet) => state[facet].length === 0) &&
		state.from === undefined &&
		state.to === undefined &&
		!state.q
	);
}

/** How many filters a state applies: each facet value, the words, and the years (one, however set). */
export function activeCount(state: FilterState): number {
	return (
		FACETS.reduce((n, facet) => n + state[facet].length, 0) +
		(state.q ? 1 : 0) +
		(state.from !== undefined || state.to !== undefined ? 1 : 0)
	);
}
