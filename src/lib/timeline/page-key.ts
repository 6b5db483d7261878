/**
 * Cache keys for incremental builds: a digest of everything an entry's page shows, so Astro renders the page again
 * exactly when something on it would change, and reuses last build's page otherwise (experimental.incrementalBuild
 * in astro.config.mjs; the code of the page is tracked by Astro itself).
 *
 * An entry's page shows the entry (its data, text, speakers with their roles, topics, quoted speakers), its
 * neighbours in time, the entries it relates to in both directions, its thread, and where it sits in the timeline.
 * The key takes all of it, and the whole data of every entry it shows, which is more than the page uses: at worst
 * a page is rendered when it need not be, never kept when it should change.
 */
import { createHash } from 'node:crypto';
import type { Site } from './query.ts';
import type { TimelineEntry } from './model.ts';
import { threadOf } from './threads.ts';

const people = (entry: TimelineEntry) => entry.speakers.map(({ actor, role }) => ({ actor, role }));

export function entryPageKey(entry: TimelineEntry, site: Site): string {
	const thread = threadOf(entry);
	const shown = new Set<TimelineEntry>(
		[
			entry.previous,
			entry.next,
			...entry.outgoing.map((link) => link.entry),
			...entry.incoming.map((link) => link.entry),
			...thread,
		].filter((other): other is TimelineEntry => other !== undefined && other !== entry),
	);
	const quoted = entry.data.quotes.map((quote) =>
		quote.speaker ? site.timeline.actors.get(quote.speaker) : undefined,
	);
	const inputs = {
		entry: {
			id: entry.id,
			data: entry.data,
			html: entry.html,
			side: entry.side,
			speakers: people(entry),
			topics: entry.topics,
			quoted,
		},
		page: site.pageOf.get(entry.id),
		previous: entry.previous?.id,
		next: entry.next?.id,
		outgoing: entry.outgoing.map((link) => [link.type, link.entry.id]),
		incoming: entry.incoming.map((link) => [link.type, link.entry.id]),
		thread: thread.map((other) => other.id),
		others: [...shown]
			.map((other) => ({ id: other.id, data: other.data, side: other.side, speakers: people(other) }))
			.sort((a, b) => a.id.localeCompare(b.id)),
	};
	return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}
