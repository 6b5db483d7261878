/** `/feed.xml`: the newest entries first, as RSS. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { earliestDay } from '../lib/calendar.ts';
import { site as siteInfo } from '../lib/site.ts';
import { getTimeline } from '../lib/timeline/query.ts';

/** How many of the newest entries the feed carries. */
const FEED_SIZE = 50;

export async function GET({ site }: APIContext) {
	const { entries } = await getTimeline();
	return rss({
		title: siteInfo.name,
		description: siteInfo.description,
		site: site!,
		items: [...entries]
			.reverse()
			.slice(0, FEED_SIZE)
			.map((entry) => ({
				title: entry.data.title,
				link: entry.url,
				description: entry.data.summary,
				// A calendar date: midnight UTC of its first day, so no time zone shifts it.
				pubDate: new Date(`${earliestDay(entry.data.date)}T00:00:00Z`),
				categories: entry.topics.map((topic) => topic.label),
			})),
		customData: '<language>en</language>',
	});
}
