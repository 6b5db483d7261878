/** `/timeline-index.json`: the index the timeline's filter loads, for both editions. */
import { buildTimelineIndex } from '../lib/filter/timeline-index.ts';
import { getSite } from '../site/load.ts';

export async function GET() {
	const site = await getSite();
	const index = buildTimelineIndex(site.timeline, (entry) => site.pageOf.get(entry.id) ?? 1);
	return new Response(JSON.stringify(index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
