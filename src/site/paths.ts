/**
 * The pages of the site, in both languages: each route's `getStaticPaths`, giving every page its props (a view: plain
 * data holding everything the page shows, src/views/) and a cache key that is a digest of those props and of the
 * build's settings. With Astro's incremental builds (which also hash each page's code), a page is rendered again
 * exactly when what it shows, the code that shows it or the settings it is built with changed. Pages read the site's
 * data only through here (a test holds them to it): what a page shows is what its key was made from.
 */
import { createHash } from 'node:crypto';
import { LANGS, type Lang } from '../i18n/languages.ts';
import { FACET_NAMES, FEED_FACETS, facetFolders, filterQuery, type FacetName } from '../lib/timeline/facet-paths.ts';
import { paginate } from '../lib/timeline/pages.ts';
import type { TimelineEntry } from '../lib/timeline/model.ts';
import { embedCard, embedCode, oembedResponse } from '../views/embed.ts';
import { entryPage, type EntryPageView } from '../views/entry-page.ts';
import { recordView } from '../views/entry-record.ts';
import { facetIndexPage, facetPage, timelinePage } from '../views/lists.ts';
import { readableDate } from '../lib/dates.ts';
import { buildDataset } from '../lib/exports/dataset.ts';
import { facetFeed, siteFeed } from '../views/feed.ts';
import { buildTimelineIndex } from '../lib/filter/timeline-index.ts';
import { sliceEntries } from '../lib/exports/slice.ts';
import { entryItem } from '../views/citation.ts';
import { browseView } from '../views/lists.ts';
import { dialoguePage } from '../views/dialogue.ts';
import { settingsDigest } from '../corpus/digest.ts';
import { getSite, timelineAnchor, type Site } from './load.ts';

/** The `lang` route parameter: nothing for English (no prefix), `ko` for Korean. */
export const langParam = (lang: Lang) => (lang === 'en' ? undefined : lang);

/** What every page is made with besides its own code and props: the configuration, the packages, Node.js. */
let settings: string | undefined;

/**
 * A page's props and its cache key: a digest of everything it shows, and of the settings every page is made with
 * (src/corpus/digest.ts; the build runs at the project's root), which Astro's hash of the page's code leaves out.
 * `props` makes them: a build makes every page's at once, to key it; `astro dev`, which lists a route's paths again
 * after each edit, makes only those of the page asked for, and no key.
 */
export function keyed<P extends object>(params: Record<string, string | undefined>, props: () => P) {
	if (import.meta.env.DEV) return { params, props: onDemand(props) };
	settings ??= settingsDigest(process.cwd());
	const made = props();
	return {
		params,
		props: made,
		cacheKey: createHash('sha256').update(settings).update(JSON.stringify(made)).digest('base64url'),
	};
}

/** Props that are made when Astro first reads them (it copies the matching path's props for the page), then kept. */
function onDemand<P extends object>(make: () => P): P {
	let made: P | undefined;
	const props = () => (made ??= make());
	return new Proxy({} as P, {
		get: (_, key) => Reflect.get(props(), key),
		has: (_, key) => Reflect.has(props(), key),
		ownKeys: () => Reflect.ownKeys(props()),
		getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(props(), key),
	});
}

const siteUrl = () => new URL(import.meta.env.SITE ?? 'http://localhost:4321');

/** `/`, `/ko/`: the first page of the timeline. */
export async function timelineFirstPaths() {
	const site = await getSite();
	return LANGS.map((lang) =>
		keyed({ lang: langParam(lang) }, () => ({
			view: timelinePage(site.timeline, site.facets, site.pages, site.pages[0]!, lang),
		})),
	);
}

/** `/page/<n>/`: the timeline's later pages. */
export async function timelinePagePaths() {
	const site = await getSite();
	return LANGS.flatMap((lang) =>
		site.pages
			.slice(1)
			.map((page) =>
				keyed(
					{ lang: langParam(lang), page: String(page.number) },
					() => ({ view: timelinePage(site.timeline, site.facets, site.pages, page, lang) }),
				),
			),
	);
}

interface EntryView {
	entry: TimelineEntry;
	lang: Lang;
	/** The entry's page view in this language, made when first asked for. */
	view: () => EntryPageView;
}
const views = new WeakMap<Site, EntryView[]>();

/** Every entry's page, an entry's two languages one after the other: each view made once for the three routes that show it. */
async function entryViews() {
	const site = await getSite();
	if (!views.has(site)) {
		const url = siteUrl();
		views.set(
			site,
			site.timeline.entries.flatMap((entry) =>
				LANGS.map((lang) => {
					let view: EntryPageView | undefined;
					const timelinePath = timelineAnchor(site, entry.id);
					return { entry, lang, view: () => (view ??= entryPage(entry, site.timeline, lang, { url, timelinePath })) };
				}),
			),
		);
	}
	return views.get(site)!;
}

/** The route parameters of an entry's page in one language. */
const entryParams = ({ entry, lang }: EntryView) => ({ lang: langParam(lang), id: entry.id });

/** `/events/<id>/`: every entry's permanent page, with the code that embeds its card. */
export async function entryPaths() {
	const { history } = await getSite();
	return (await entryViews()).map((entryView) =>
		keyed(entryParams(entryView), () => ({
			view: entryView.view(),
			embed: embedCode(embedCard(entryView.view())),
			record: recordView(entryView.entry, history, entryView.lang),
		})),
	);
}

/** `/events/<id>/embed/`: every entry's card, for other sites' pages. */
export async function embedPaths() {
	return (await entryViews()).map((entryView) => keyed(entryParams(entryView), () => ({ card: embedCard(entryView.view()) })));
}

/** `/events/<id>/oembed.json`: how oEmbed consumers embed the card. */
export async function oembedPaths() {
	return (await entryViews()).map((entryView) =>
		keyed(entryParams(entryView), () => {
			const card = embedCard(entryView.view());
			return { oembed: oembedResponse(card, embedCode(card), siteUrl()) };
		}),
	);
}

/** `/sides/`, `/actors/`, …: every value of a facet. */
export async function facetIndexPaths() {
	const site = await getSite();
	return LANGS.flatMap((lang) =>
		FACET_NAMES.map((facet: FacetName) =>
			keyed(
				{ lang: langParam(lang), facet: facetFolders[facet] },
				() => ({ view: facetIndexPage(facet, site.facets, site.timeline, lang) }),
			),
		),
	);
}

/** `/actors/<id>/`, `/years/<yyyy>/`, … and their later pages (`…/page/2/`). */
export async function facetValuePaths() {
	const site = await getSite();
	return LANGS.flatMap((lang) =>
		FACET_NAMES.flatMap((facet) =>
			site.facets[facet].flatMap((value) => {
				const pages = paginate(value.entries);
				return pages.map((page) =>
					keyed(
						{
							lang: langParam(lang),
							facet: facetFolders[facet],
							id: value.id,
							page: page.number > 1 ? `page/${page.number}` : undefined,
						},
						() => ({ view: facetPage(value, page, pages, site.timeline, lang) }),
					),
				);
			}),
		),
	);
}

/** A page in each language, keyed on `props`, which must hold everything it shows. */
function languagePaths<P extends object>(props: (lang: Lang) => P) {
	return LANGS.map((lang) => keyed({ lang: langParam(lang) }, () => ({ lang, ...props(lang) })));
}

/** `/search/`: the search form, and the ways in without JavaScript. */
export async function searchPaths() {
	const site = await getSite();
	return languagePaths((lang) => ({ browse: browseView(site.facets, site.timeline, lang) }));
}

/** `/about/`: how the timeline is made, with how much it holds. */
export async function aboutPaths() {
	const { timeline } = await getSite();
	const { entries } = timeline;
	const figures = {
		entries: entries.length,
		speakers: new Set(entries.flatMap((entry) => entry.speakers.map((speaker) => speaker.actor.id))).size,
		topics: timeline.topics.size,
		// Pages, not citations: a page several entries cite counts once.
		sources: new Set(entries.flatMap((entry) => entry.data.sources.map((source) => source.url))).size,
		quotes: entries.reduce((sum, entry) => sum + entry.data.quotes.length, 0),
	};
	return languagePaths(() => ({ figures }));
}

/** `/data/`: the open data, with the version of the record it holds. */
export async function dataPaths() {
	const dataset = buildDataset((await getSite()).timeline, siteUrl());
	return languagePaths((lang) => ({
		count: dataset.count,
		version: dataset.version,
		latest: dataset.generated ? readableDate(dataset.generated, lang) : '',
	}));
}

/** `/feed.xml`: the newest entries, as RSS, in each language. */
export async function feedPaths() {
	const { timeline } = await getSite();
	return languagePaths((lang) => ({ feed: siteFeed(timeline, lang, siteUrl()) }));
}

/** `/actors/<id>/feed.xml` and the same for topics, kinds and sides: a value's newest entries, in each language. */
export async function facetFeedPaths() {
	const { timeline, facets } = await getSite();
	return LANGS.flatMap((lang) =>
		FEED_FACETS.flatMap((facet) =>
			facets[facet].map((value) =>
				keyed(
					{ lang: langParam(lang), facet: facetFolders[facet], id: value.id },
					() => ({ feed: facetFeed(value, timeline, lang, siteUrl()) }),
				),
			),
		),
	);
}

/**
 * `/actors/<id>/entries.csv`, `entries.json`, for every facet value: its entries, made from the filter's index as the
 * timeline's "download these entries" makes them in the browser.
 */
export async function facetSlicePaths() {
	const site = await getSite();
	const index = buildTimelineIndex(site.timeline, (entry) => site.pageOf.get(entry.id) ?? 1);
	const position = new Map(index.rows.map((row, at) => [row.id, at]));
	return LANGS.flatMap((lang) =>
		FACET_NAMES.flatMap((facet) =>
			site.facets[facet].map((value) =>
				keyed(
					{ lang: langParam(lang), facet: facetFolders[facet], id: value.id },
					() => ({
						filter: filterQuery(facet, value.id).slice(1),
						entries: sliceEntries(index, value.entries.map((entry) => position.get(entry.id)!), lang, siteUrl().href),
					}),
				),
			),
		),
	);
}

/**
 * `/events/<id>/cite.bib`, `.ris`, `.csl.json`: one entry's reference as a file, for each page (English, Korean), as
 * `npm run dev` serves them. A build cuts them from the whole record's files instead (src/integrations/citation-files.ts):
 * the same bytes, without a route for each.
 */
export async function entryCitePaths() {
	if (!import.meta.env.DEV) return [];
	const site = await getSite();
	const url = siteUrl();
	return site.timeline.entries.flatMap((entry) =>
		LANGS.map((lang) => keyed({ lang: langParam(lang), id: entry.id }, () => ({ items: [entryItem(entry, lang, url)] }))),
	);
}

/** `/events.bib`, `/events.ris`, `/events.csl.json`: every entry's reference, for each edition. */
export async function recordCitePaths() {
	const { timeline } = await getSite();
	return languagePaths((lang) => ({ items: timeline.entries.map((entry) => entryItem(entry, lang, siteUrl())) }));
}

/** `/dialogue/`: who answered whom, how fast, under which government, computed from the relations. */
export async function dialoguePaths() {
	const { timeline } = await getSite();
	return LANGS.map((lang) => keyed({ lang: langParam(lang) }, () => ({ view: dialoguePage(timeline, lang) })));
}
