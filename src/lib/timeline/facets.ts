/**
 * The ways into the timeline besides reading it in order: by side, speaker, kind, topic and year. Each value has a
 * static page listing its entries (what readers without JavaScript and search engines use) and a matching filtered
 * view of the timeline (`/?actor=kim-yo-jong`).
 */
import { entrySides, kinds } from '../../schema/index.ts';
import type { Timeline, TimelineEntry } from './model.ts';

export type FacetName = 'side' | 'actor' | 'kind' | 'topic' | 'year';

/** Each facet: its URL folder, how readers name it, and the query parameter of the filtered timeline. */
export const facetInfo = {
	side: { folder: 'sides', singular: 'Side', plural: 'Sides' },
	actor: { folder: 'actors', singular: 'Speaker', plural: 'Speakers' },
	kind: { folder: 'kinds', singular: 'Kind', plural: 'Kinds' },
	topic: { folder: 'topics', singular: 'Topic', plural: 'Topics' },
	year: { folder: 'years', singular: 'Year', plural: 'Years' },
} as const satisfies Record<FacetName, { folder: string; singular: string; plural: string }>;

export interface FacetValue {
	facet: FacetName;
	id: string;
	label: string;
	description?: string;
	/** The value's own page. */
	url: string;
	/** The timeline filtered to this value. */
	filterUrl: string;
	entries: TimelineEntry[];
}

/** The page of one facet value: `/actors/kim-yo-jong/`, `/years/2019/`. */
export const facetUrl = (facet: FacetName, id: string | number) => `/${facetInfo[facet].folder}/${id}/`;

/** The timeline filtered to one facet value. */
export function filterUrl(facet: FacetName, id: string | number): string {
	return facet === 'year' ? `/?from=${id}&to=${id}` : `/?${facet}=${encodeURIComponent(String(id))}`;
}

function value(
	facet: FacetName,
	id: string,
	label: string,
	entries: TimelineEntry[],
	description?: string,
): FacetValue {
	return {
		facet,
		id,
		label,
		description,
		url: facetUrl(facet, id),
		filterUrl: filterUrl(facet, id),
		entries,
	};
}

/** Every value of every facet that has at least one entry, each with its entries in timeline order. */
export function facetValues(timeline: Timeline): Record<FacetName, FacetValue[]> {
	const { entries } = timeline;
	const heard = (item: FacetValue) => item.entries.length > 0;
	const years = [...new Set(entries.map((entry) => entry.year))];
	return {
		side: Object.entries(entrySides)
			.map(([id, side]) =>
				value(
					'side',
					id,
					side.label,
					entries.filter((entry) => entry.side === id),
					side.description,
				),
			)
			.filter(heard),
		actor: [...timeline.actors.values()]
			.map((actor) =>
				value(
					'actor',
					actor.id,
					actor.name,
					entries.filter((entry) => entry.speakers.some((speaker) => speaker.actor.id === actor.id)),
					actor.description,
				),
			)
			.filter(heard)
			.sort((a, b) => a.label.localeCompare(b.label)),
		kind: Object.entries(kinds)
			.map(([id, kind]) =>
				value(
					'kind',
					id,
					kind.plural,
					entries.filter((entry) => entry.data.kind === id),
					kind.description,
				),
			)
			.filter(heard),
		topic: [...timeline.topics.values()]
			.map((topic) =>
				value(
					'topic',
					topic.id,
					topic.label,
					entries.filter((entry) => entry.topics.some((t) => t.id === topic.id)),
					topic.description,
				),
			)
			.filter(heard),
		year: years.map((year) =>
			value(
				'year',
				String(year),
				String(year),
				entries.filter((entry) => entry.year === year),
			),
		),
	};
}
