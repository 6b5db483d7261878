/**
 * The site's CSV, for /events.csv, /relations.csv and every slice of the timeline (made in the browser too, so it
 * needs no library): RFC 4180 with CRLF, UTF-8 with Hangul as it is, a field holding a comma, a quotation mark or a
 * line break quoted (its quotation marks doubled), and every field a spreadsheet would take for a formula (starting
 * with =, +, -, @, their fullwidth forms, a tab or a carriage return) escaped with a leading apostrophe.
 */
import type { Dataset } from './dataset.ts';

export function csvTable(rows: string[][]): string {
	const field = (value: string) => {
		const safe = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
		return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

export const join = (values: string[]) => values.join('; ');

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
