/**
 * The timeline of the site being built: the three collections turned into the model once per build. Drafts are
 * included by `astro dev` only.
 */
import { getCollection } from 'astro:content';
import { buildTimeline, type Timeline } from './model.ts';

let timeline: Promise<Timeline> | undefined;

async function load(): Promise<Timeline> {
	const [events, actors, topics] = await Promise.all([
		getCollection('events'),
		getCollection('actors'),
		getCollection('topics'),
	]);
	const published = events.filter((event) => import.meta.env.DEV || !event.data.draft);
	return buildTimeline(
		published.map((event) => ({ id: event.id, data: event.data, html: event.rendered?.html ?? '' })),
		new Map(actors.map((actor) => [actor.id, actor.data])),
		new Map(topics.map((topic) => [topic.id, topic.data])),
	);
}

/** The timeline, built on first use and shared by every page of the build. */
export function getTimeline(): Promise<Timeline> {
	// In dev, content changes while the server runs: rebuild each time.
	if (import.meta.env.DEV) return load();
	timeline ??= load();
	return timeline;
}
