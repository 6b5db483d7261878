/** The feeds' items: the newest entries first, in a language, as @astrojs/rss takes them. */
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import { earliestDay } from '../lib/calendar.ts';
import type { Timeline } from '../lib/timeline/model.ts';
import { entryWords } from './cards.ts';
import { topicLabel } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';
import { readableDate } from '../lib/dates.ts';

/** How many of the newest entries a feed carries. */
export const FEED_SIZE = 50;

export function feedItems(timeline: Timeline, lang: Lang, site: URL) {
	return [...timeline.entries]
		.reverse()
		.slice(0, FEED_SIZE)
		.map((entry) => {
			const { title, summary } = entryWords(entry, lang);
			// A correction reaches those who read the entry in their feed reader too.
			const corrections = entry.data.corrections.map(
				(correction) =>
					`${t(lang).entry.correctedOn(readableDate(correction.date, lang))} ${lang === 'ko' && correction.noteKo ? correction.noteKo : correction.note}`,
			);
			return {
				title: title.text,
				link: new URL(localUrl(entry.url, lang), site).href,
				description: [summary.text, ...corrections].join(' '),
				// A calendar date: midnight UTC of its first day, so no time zone shifts it.
				pubDate: `${earliestDay(entry.data.date)}T00:00:00Z`,
				categories: entry.topics.map((topic) => topicLabel(topic, lang)),
			};
		});
}
