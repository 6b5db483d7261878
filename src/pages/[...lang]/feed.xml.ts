/** `/feed.xml`, `/ko/feed.xml`: the newest entries first, as RSS, in each language. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { languages, type Lang } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { localUrl } from '../../i18n/urls.ts';
import type { feedItems } from '../../views/feed.ts';
import { feedPaths } from '../../site/paths.ts';

export const getStaticPaths = feedPaths;

export function GET({ site, props }: APIContext<{ lang: Lang; items: ReturnType<typeof feedItems> }>) {
	const words = t(props.lang);
	return rss({
		title: words.siteName,
		description: words.description,
		site: new URL(localUrl('/', props.lang), site),
		items: props.items.map((item) => ({ ...item, pubDate: new Date(item.pubDate) })),
		customData: `<language>${languages[props.lang].htmlLang}</language>`,
	});
}
