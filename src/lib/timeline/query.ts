/**
 * The timeline of the site being built: the three collections turned into the model once per build, with its pages
 * and facets. Drafts are included by `astro dev` only.
 */
import { getCollection } from 'astro:content';
import { facetValues, type FacetName, type FacetValue } from './facets.ts';
import { buildTimeline, type Timeline, type TimelineEntry } from './model.ts';
import { paginate, type Page } from './pages.ts';

export interface Site {
	timeline: Timeline;
	/** The timeline's pages: `/`, `/page/2/`, … */
	pages: Page<TimelineEntry>[];
	/** The timeline page each entry is on. */
	pageOf: Map<string, number>;
	facets: Record<FacetName, FacetValue[]>;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const [events, actors, topics] = await Promise.all([
		getCollection('events'),
		getCollection('actors'),
		getCollection('topics'),
	]);
	const published = events.filter((event) => import.meta.env.DEV || !event.data.draft);
	const timeline = buildTimeline(
		published.map((event) => ({ id: event.id, data: event.data, html: event.rendered?.html ?? '' })),
		new Map(actors.map((actor) => [actor.id, actor.data])),
		new Map(topics.map((topic) => [topic.id, topic.data])),
	);
	const pages = paginate(timeline.entries);
	const pageOf = new Map(
		pages.flatMap((page) => page.entries.map((entry) => [entry.id, page.number] as const)),
	);
	return { timeline, pages, pageOf, facets: facetValues(timeline) };
}

/** The site's data, built on first use and shared by every page of the build. */
export function getSite(): Promise<Site> {
	// In dev, content changes while the server runs: rebuild each time.
	if (import.meta.env.DEV) return load();
	site ??= load();
	return site;
}

/** The timeline alone. */
export async function getTimeline(): Promise<Timeline> {
	return (await getSite()).timeline;
}

/** Where an entry sits in the timeline: `/#<id>` on the first page, `/page/N/#<id>` further on. */
export function timelineAnchor(site: Site, id: string): string {
	const page = site.pageOf.get(id) ?? 1;
	return `${page > 1 ? `/page/${page}/` : '/'}#${id}`;
}
