/**
 * The timeline of the site being built: the four collections turned into the model once per build, with its pages
 * and facets. Drafts are included by `astro dev` only. The only module that reads `astro:content`.
 */
import { getCollection } from 'astro:content';
import { contentDir } from '../corpus/content-dir.ts';
import { readHistory, type History } from '../corpus/history.ts';
import type { FacetName } from '../lib/timeline/facet-paths.ts';
import { facetValues, type FacetValue } from '../lib/timeline/facets.ts';
import { buildTimeline, type Timeline, type TimelineEntry } from '../lib/timeline/model.ts';
import { paginate, type Page } from '../lib/timeline/pages.ts';

export interface Site {
	timeline: Timeline;
	/** The timeline's pages: `/`, `/page/2/`, … */
	pages: Page<TimelineEntry>[];
	/** The timeline page each entry is on. */
	pageOf: Map<string, number>;
	facets: Record<FacetName, FacetValue[]>;
	/** When each entry was first published and last changed, from the repository. */
	history: History;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const [events, actors, topics, governments] = await Promise.all([
		getCollection('events'),
		getCollection('actors'),
		getCollection('topics'),
		getCollection('governments'),
	]);
	const published = events.filter((event) => import.meta.env.DEV || !event.data.draft);
	const timeline = buildTimeline(
		published.map(({ id, data: { ko, ...data }, rendered }) => ({ id, data, html: rendered?.html ?? '', ko })),
		new Map(actors.map((actor) => [actor.id, actor.data])),
		new Map(topics.map((topic) => [topic.id, topic.data])),
		new Map(governments.map((government) => [government.id, government.data])),
	);
	const pages = paginate(timeline.entries);
	const pageOf = new Map(pages.flatMap((page) => page.entries.map((entry) => [entry.id, page.number] as const)));
	return { timeline, pages, pageOf, facets: facetValues(timeline), history: readHistory(contentDir()) };
}

/** The site's data, built on first use and shared by every page of the build (in dev, anew for each request). */
export function getSite(): Promise<Site> {
	if (import.meta.env.DEV) return load();
	site ??= load();
	return site;
}

/** Where an entry sits in the timeline, as a site path: `/#<id>` on the first page, `/page/N/#<id>` further on. */
export function timelineAnchor(site: Site, id: string): string {
	const page = site.pageOf.get(id) ?? 1;
	return `${page > 1 ? `/page/${page}/` : '/'}#${id}`;
}
