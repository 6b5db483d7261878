/**
 * /events.csv: one row per entry, multi-valued fields joined with "; ", quoted as RFC 4180 says (fields with a
 * comma, quote or line break are quoted, quotes doubled, lines ended with CRLF), UTF-8 with Hangul as it is.
 */
import type { Dataset } from './dataset.ts';

/** One field, quoted when it has to be. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvTable(rows: string[][]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const join = (values: string[]) => values.join('; ');

export const csvColumns = [
	'id',
	'url',
	'date',
	'end_date',
	'title',
	'side',
	'kind',
	'speakers',
	'speaker_names',
	'channel',
	'topics',
	'summary',
	'quotes',
	'source_urls',
	'source_publishers',
	'relations',
] as const;

export function datasetCsv(dataset: Dataset): string {
	return csvTable([
		[...csvColumns],
		...dataset.entries.map((entry) => [
			entry.id,
			entry.url,
			entry.date,
			entry.endDate ?? '',
			entry.title,
			entry.side,
			entry.kind,
			join(entry.speakers),
			join(entry.speakerNames),
			entry.channel,
			join(entry.topics),
			entry.summary,
			join(entry.quotes.map((quote) => quote.text)),
			join(entry.sources.map((source) => source.url)),
			join(entry.sources.map((source) => source.publisher)),
			join(entry.relations.map((relation) => `${relation.type} ${relation.event}`)),
		]),
	]);
}
