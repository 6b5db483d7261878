/** `/feed.xml`, `/ko/feed.xml`: the newest entries first, as RSS, in each language. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { languages, type Lang } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { localUrl } from '../../i18n/urls.ts';
import { earliestDay } from '../../lib/calendar.ts';
import { entryWords } from '../../lib/views/cards.ts';
import { topicLabel } from '../../lib/views/labels.ts';
import { getSite } from '../../site/load.ts';
import { languagePaths } from '../../site/paths.ts';

/** How many of the newest entries the feed carries. */
const FEED_SIZE = 50;

export const getStaticPaths = () => languagePaths(() => ({}));

export async function GET({ site, props }: APIContext<{ lang: Lang }>) {
	const { lang } = props;
	const words = t(lang);
	const { timeline } = await getSite();
	return rss({
		title: words.siteName,
		description: words.description,
		site: new URL(localUrl('/', lang), site),
		items: [...timeline.entries]
			.reverse()
			.slice(0, FEED_SIZE)
			.map((entry) => {
				const { title, summary } = entryWords(entry, lang);
				return {
					title: title.text,
					link: new URL(localUrl(entry.url, lang), site).href,
					description: summary.text,
					// A calendar date: midnight UTC of its first day, so no time zone shifts it.
					pubDate: new Date(`${earliestDay(entry.data.date)}T00:00:00Z`),
					categories: entry.topics.map((topic) => topicLabel(topic, lang)),
				};
			}),
		customData: `<language>${languages[lang].htmlLang}</language>`,
	});
}
