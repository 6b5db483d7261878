/** `/events.json`: every published entry as open data (see src/lib/exports/dataset.ts). */
import type { APIContext } from 'astro';
import { buildDataset } from '../lib/exports/dataset.ts';
import { getTimeline } from '../lib/timeline/query.ts';

export async function GET({ site }: APIContext) {
	const dataset = buildDataset(await getTimeline(), site!);
	return new Response(`${JSON.stringify(dataset, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
