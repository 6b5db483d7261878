/** Wires the four collections to the content folder (`content/`, or TIMELINE_CONTENT_DIR). */
import { defineCollection } from 'astro:content';
import { actorsLoader, eventsLoader, governmentsLoader, topicsLoader } from './corpus/loader.ts';

export const collections = {
	events: defineCollection({ loader: eventsLoader() }),
	actors: defineCollection({ loader: actorsLoader() }),
	topics: defineCollection({ loader: topicsLoader() }),
	governments: defineCollection({ loader: governmentsLoader() }),
};
