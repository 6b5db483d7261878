/**
 * The addresses of the facets (side, speaker, kind, topic, year, government): each value's page and the timeline filtered to it.
 * A module of its own, with no data, because the filter script builds these addresses in the browser too.
 */
export type FacetName = 'side' | 'actor' | 'kind' | 'topic' | 'year' | 'government';
export const FACET_NAMES = [
	'side',
	'actor',
	'kind',
	'topic',
	'year',
	'government',
] as const satisfies readonly FacetName[];

/** The facets a reader can follow in a feed (`/actors/kim-yo-jong/feed.xml`): a year's would never change. */
export const FEED_FACETS = ['actor', 'topic', 'kind', 'side'] as const satisfies readonly FacetName[];

/** The folder of each facet's pages: `/actors/kim-yo-jong/`. */
export const facetFolders = {
	side: 'sides',
	actor: 'actors',
	kind: 'kinds',
	topic: 'topics',
	year: 'years',
	government: 'governments',
} as const satisfies Record<FacetName, string>;

/** The page of one facet value, as a site path: `/actors/kim-yo-jong/`, `/years/2019/`. */
export const facetPath = (facet: FacetName, id: string | number) => `/${facetFolders[facet]}/${id}/`;

/** The query of the timeline filtered to one facet value: `?actor=kim-yo-jong`, `?from=2019&to=2019`. */
export function filterQuery(facet: FacetName, id: string | number): string {
	return facet === 'year' ? `?from=${id}&to=${id}` : `?${facet}=${encodeURIComponent(String(id))}`;
}

