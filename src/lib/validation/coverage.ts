/**
 * How much of the record each language covers, for `npm run validate`: Korean titles, summaries and accounts, and the
 * quotations that carry their Korean original (or are Korean themselves). A missing translation is listed, not an
 * error: the Korean edition shows the English text, marked as such, until it is written.
 */
import { isKoreanText } from '../hangul.ts';
import type { EventData, KoreanText } from '../../schema/index.ts';

export interface CoverageEntry {
	file: string;
	data: EventData;
	ko?: { data: KoreanText; body: string };
}

export interface Coverage {
	entries: number;
	titles: number;
	summaries: number;
	bodies: number;
	quotes: number;
	originals: number;
	/** Entries without a Korean text, and those whose Korean account is still empty. */
	missing: { text: string[]; body: string[] };
}

export function coverage(entries: readonly CoverageEntry[]): Coverage {
	const quotes = entries.flatMap((entry) => entry.data.quotes);
	return {
		entries: entries.length,
		titles: entries.filter((entry) => entry.ko?.data.title).length,
		summaries: entries.filter((entry) => entry.ko?.data.summary).length,
		bodies: entries.filter((entry) => entry.ko?.body.trim()).length,
		quotes: quotes.length,
		originals: quotes.filter((quote) => quote.original || isKoreanText(quote.text)).length,
		missing: {
			text: entries.filter((entry) => !entry.ko).map((entry) => entry.file),
			body: entries.filter((entry) => entry.ko && !entry.ko.body.trim()).map((entry) => entry.file),
		},
	};
}

const share = (part: number, whole: number) =>
	`${part}/${whole} (${whole === 0 ? 100 : Math.floor((100 * part) / whole)}%)`;

/** The coverage in a few lines, with the files still missing a Korean text. */
export function formatCoverage(figures: Coverage): string {
	const lines = [
		`English: ${figures.entries === 1 ? '1 entry, with' : `${figures.entries} entries, all with`} title, summary and text (the English entry holds the facts).`,
		`Korean: titles ${share(figures.titles, figures.entries)}, summaries ${share(figures.summaries, figures.entries)}, texts ${share(figures.bodies, figures.entries)}.`,
		`Quotations with their Korean original (or Korean themselves): ${share(figures.originals, figures.quotes)}.`,
	];
	if (figures.missing.text.length > 0)
		lines.push(`No Korean text yet (add <id>.ko.md beside the entry):`, ...figures.missing.text.map((file) => `  ${file}`));
	if (figures.missing.body.length > 0)
		lines.push(`Korean account not written yet:`, ...figures.missing.body.map((file) => `  ${file}`));
	return lines.join('\n');
}
