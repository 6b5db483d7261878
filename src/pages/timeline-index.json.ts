/** `/timeline-index.json`: the compact index the timeline's filter loads. */
import { buildTimelineIndex } from '../lib/filter/timeline-index.ts';
import { getSite } from '../lib/timeline/query.ts';

export async function GET() {
	const site = await getSite();
	const index = buildTimelineIndex(site.timeline, (entry) => site.pageOf.get(entry.id) ?? 1);
	return new Response(JSON.stringify(index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
