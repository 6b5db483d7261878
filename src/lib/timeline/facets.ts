/**
 * The ways into the timeline besides reading it in order: by side, speaker, kind, topic, year and government (the
 * South Korean or North Korean one in office on the entry's date). Each value has a
 * static page listing its entries (what readers without JavaScript and search engines use) and a matching filtered
 * view of the timeline (`/?actor=kim-yo-jong`). The values and their entries are the same in both languages; their
 * labels are words (src/i18n/labels.ts).
 */
import { entrySides, idsOf, kinds } from '../../schema/vocabularies.ts';
import type { FacetName } from './facet-paths.ts';
import type { Timeline, TimelineEntry } from './model.ts';

export interface FacetValue {
	facet: FacetName;
	id: string;
	/** Its entries, in timeline order. */
	entries: TimelineEntry[];
}

/** Every value of every facet that has at least one entry, each with its entries in timeline order. */
export function facetValues(timeline: Timeline): Record<FacetName, FacetValue[]> {
	const { entries } = timeline;
	const value = (facet: FacetName, id: string, matches: (entry: TimelineEntry) => boolean): FacetValue => ({
		facet,
		id,
		entries: entries.filter(matches),
	});
	const heard = (item: FacetValue) => item.entries.length > 0;
	return {
		side: idsOf(entrySides)
			.map((id) => value('side', id, (entry) => entry.side === id))
			.filter(heard),
		actor: [...timeline.actors.keys()]
			.map((id) => value('actor', id, (entry) => entry.speakers.some((speaker) => speaker.actor.id === id)))
			.filter(heard),
		kind: idsOf(kinds).map((id) => value('kind', id, (entry) => entry.data.kind === id)).filter(heard),
		topic: [...timeline.topics.keys()]
			.map((id) => value('topic', id, (entry) => entry.topics.some((topic) => topic.id === id)))
			.filter(heard),
		year: [...new Set(entries.map((entry) => entry.year))].map((year) =>
			value('year', String(year), (entry) => entry.year === year),
		),
		government: [...timeline.governments.values()]
			.map((government) =>
				value('government', government.id, (entry) => entry.governments[government.side] === government),
			)
			.filter(heard),
	};
}
