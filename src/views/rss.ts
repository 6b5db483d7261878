/** A feed (src/views/feed.ts) as the RSS 2.0 document its route serves: the site's and each facet value's. */
import rss from '@astrojs/rss';
import type { FeedView } from './feed.ts';

export function rssResponse(feed: FeedView): Promise<Response> {
	return rss({
		title: feed.title,
		description: feed.description,
		site: feed.link,
		items: feed.items.map((item) => ({ ...item, pubDate: new Date(item.pubDate) })),
		customData: `<language>${feed.lang}</language>`,
	});
}
