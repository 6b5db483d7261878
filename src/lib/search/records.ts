/**
 * The full-text search index's records: one per published entry, holding the words a reader would look for (title,
 * summary, speakers, channel, topics, quotes, the text, the sources) and nothing of the page around them.
 */
import { kinds } from '../../schema/index.ts';
import { readableDate } from '../dates.ts';
import { quoteSpeaker, type Timeline, type TimelineEntry } from '../timeline/model.ts';

export interface SearchRecord {
	/** The entry's permanent page. */
	url: string;
	content: string;
	language: string;
	meta: { title: string; date: string };
}

/** Records for `entries` of `timeline`; `text(id)` gives an entry's text without Markdown (see markdown/text.ts). */
export function searchRecords(
	timeline: Timeline,
	entries: readonly TimelineEntry[],
	text: (id: string) => string,
): SearchRecord[] {
	return entries.map((entry) => {
		const { data } = entry;
		const speakers = entry.speakers.map(({ actor, role }) =>
			[actor.name, actor.hangul, ...actor.aliases, role].filter(Boolean).join(', '),
		);
		const quotes = data.quotes.map((quote) => {
			const speaker = quoteSpeaker(quote.speaker, entry, timeline.actors);
			return speaker ? `“${quote.text}” (${speaker})` : `“${quote.text}”`;
		});
		const sources = data.sources.map((source) => `${source.publisher}: ${source.title}`);
		const content = [
			data.title,
			data.summary,
			`${kinds[data.kind].label} by ${speakers.join('; ')}, ${readableDate(data.date)}. ${data.channel}.`,
			entry.topics.map((topic) => topic.label).join(', '),
			...quotes,
			text(entry.id),
			...sources,
		].join('\n');
		return {
			url: entry.url,
			content,
			language: 'en',
			meta: { title: data.title, date: readableDate(data.date) },
		};
	});
}
