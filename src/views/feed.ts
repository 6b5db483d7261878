/**
 * The feeds: the site's (every entry) and each speaker's, topic's, kind's and side's (its entries), as @astrojs/rss
 * takes them: the channel in a language and its newest entries first.
 */
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import { earliestDay } from '../lib/calendar.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';
import type { FacetValue } from '../lib/timeline/facets.ts';
import type { Timeline, TimelineEntry } from '../lib/timeline/model.ts';
import { facetDescription, valueLabel } from './lists.ts';
import { entryWords } from './cards.ts';
import { topicLabel } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';
import { readableDate } from '../lib/dates.ts';

/** How many of the newest entries a feed carries. */
export const FEED_SIZE = 50;

export interface FeedView {
	lang: Lang;
	title: string;
	description: string;
	/** The page the feed follows (absolute). */
	link: string;
	items: ReturnType<typeof feedItems>;
}

/** The newest of `entries` (in timeline order) first, at most FEED_SIZE. */
export function feedItems(entries: readonly TimelineEntry[], lang: Lang, site: URL) {
	return [...entries]
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

export function siteFeed(timeline: Timeline, lang: Lang, site: URL): FeedView {
	const words = t(lang);
	return {
		lang,
		title: words.siteName,
		description: words.description,
		link: new URL(localUrl('/', lang), site).href,
		items: feedItems(timeline.entries, lang, site),
	};
}

/** The feed of one facet value (`/actors/kim-yo-jong/feed.xml`): its entries, newest first. */
export function facetFeed(value: FacetValue, timeline: Timeline, lang: Lang, site: URL): FeedView {
	const label = valueLabel(value, timeline, lang);
	return {
		lang,
		title: t(lang).facetPage.feedTitle(label),
		description: facetDescription(value, timeline, lang),
		link: new URL(localUrl(facetPath(value.facet, value.id), lang), site).href,
		items: feedItems(value.entries, lang, site),
	};
}
