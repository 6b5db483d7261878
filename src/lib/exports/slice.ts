/**
 * A slice of the timeline to take away as CSV or JSON: the entries of one facet value (its page links them as static
 * files) or of the timeline's current filter (made in the browser, from the index the filter has loaded). Both are
 * made here from the same index rows, so a facet's files and the filtered download of the same entries are the same
 * bytes, written as /events.csv is (csv.ts), with what the index carries: the full record is /events.json.
 */
import type { Lang } from '../../i18n/languages.ts';
import { localUrl } from '../../i18n/urls.ts';
import type { TimelineIndex } from '../filter/timeline-index.ts';
import { csvTable, join } from './csv.ts';

export interface SliceEntry {
	id: string;
	/** The entry's permanent page in the slice's language. */
	url: string;
	/** The date as the content writes it, or the first day of an event spanning several. */
	date: string;
	title: string;
	side: string;
	kind: string;
	speakers: string[];
	speakerNames: string[];
	topics: string[];
	summary: string;
}

/** The rows at `positions` of the index, in `lang` (an entry without its Korean text keeps its English words). */
export function sliceEntries(index: TimelineIndex, positions: readonly number[], lang: Lang, site: string): SliceEntry[] {
	return positions.map((position) => {
		const row = index.rows[position]!;
		return {
			id: row.id,
			url: new URL(localUrl(`/events/${row.id}/`, lang), site).href,
			date: row.date,
			title: row.title[lang] ?? row.title.en,
			side: index.sides[row.side]!.id,
			kind: index.kinds[row.kind]!.id,
			speakers: row.actors.map((actor) => index.actors[actor]!.id),
			speakerNames: row.actors.map((actor) => {
				const { name } = index.actors[actor]!;
				return name[lang] ?? name.en;
			}),
			topics: row.topics.map((topic) => index.topics[topic]!.id),
			summary: row.summary[lang] ?? row.summary.en,
		};
	});
}

/** The JSON file: the filter that chose the entries (as the timeline's address writes it), their count, the entries. */
export const sliceJson = (filter: string, entries: SliceEntry[]) =>
	`${JSON.stringify({ filter, count: entries.length, entries }, null, '\t')}\n`;

export const sliceColumns = ['id', 'url', 'date', 'title', 'side', 'kind', 'speakers', 'speaker_names', 'topics', 'summary'];

export function sliceCsv(entries: SliceEntry[]): string {
	return csvTable([
		sliceColumns,
		...entries.map((entry) => [
			entry.id,
			entry.url,
			entry.date,
			entry.title,
			entry.side,
			entry.kind,
			join(entry.speakers),
			join(entry.speakerNames),
			join(entry.topics),
			entry.summary,
		]),
	]);
}
