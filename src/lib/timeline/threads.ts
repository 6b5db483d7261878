/**
 * Threads: the dialogue an entry belongs to. Backwards, what it answered, what that answered, and so on; forwards,
 * what answered it, and what answered those; each up to `depth` steps, in time order. Siblings (other answers to
 * the same earlier statement) are left out, so a thread reads as one exchange rather than everything connected.
 */
import { compareEntries, type TimelineEntry } from './model.ts';

function reach(
	start: TimelineEntry,
	next: (entry: TimelineEntry) => TimelineEntry[],
	depth: number,
): Set<TimelineEntry> {
	const found = new Set<TimelineEntry>();
	let frontier = [start];
	for (let step = 0; step < depth && frontier.length > 0; step++) {
		frontier = frontier.flatMap(next).filter((entry) => entry !== start && !found.has(entry));
		for (const entry of frontier) found.add(entry);
	}
	return found;
}

export function threadOf(entry: TimelineEntry, depth = 3): TimelineEntry[] {
	const earlier = reach(entry, (e) => e.outgoing.map((link) => link.entry), depth);
	const later = reach(entry, (e) => e.incoming.map((link) => link.entry), depth);
	return [...earlier, entry, ...later].sort(compareEntries);
}
