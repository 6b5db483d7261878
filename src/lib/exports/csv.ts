/**
 * /events.csv: one row per entry, multi-valued fields joined with "; ", written by csv-stringify: quoted as RFC 4180
 * says, lines ended with CRLF, UTF-8 with Hangul as it is, and every field a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) escaped with a leading apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import type { Dataset } from './dataset.ts';

export function csvTable(rows: string[][]): string {
	// A line break of either kind inside a field is quoted too, not only the CRLF that ends records.
	return stringify(rows, { escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

const join = (values: string[]) => values.join('; ');

export const csvColumns = [
	'id',
	'url',
	'url_ko',
	'date',
	'end_date',
	'title',
	'title_ko',
	'side',
	'kind',
	'speakers',
	'speaker_names',
	'speaker_names_ko',
	'channel',
	'channel_ko',
	'topics',
	'summary',
	'summary_ko',
	'quotes',
	'quotes_original',
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
			entry.urlKo,
			entry.date,
			entry.endDate ?? '',
			entry.title,
			entry.ko?.title ?? '',
			entry.side,
			entry.kind,
			join(entry.speakers),
			join(entry.speakerNames),
			join(entry.speakerNamesKo),
			entry.channel,
			entry.ko?.channel ?? '',
			join(entry.topics),
			entry.summary,
			entry.ko?.summary ?? '',
			join(entry.quotes.map((quote) => quote.text)),
			join(entry.quotes.flatMap((quote) => (quote.original ? [quote.original.text] : []))),
			join(entry.sources.map((source) => source.url)),
			join(entry.sources.map((source) => source.publisher)),
			join(entry.relations.map((relation) => `${relation.type} ${relation.event}`)),
		]),
	]);
}
