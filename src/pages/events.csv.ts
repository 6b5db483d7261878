/** `/events.csv`: every published entry, one row each (see src/lib/exports/csv.ts). */
import type { APIContext } from 'astro';
import { datasetCsv } from '../lib/exports/csv.ts';
import { buildDataset } from '../lib/exports/dataset.ts';
import { getTimeline } from '../lib/timeline/query.ts';

export async function GET({ site }: APIContext) {
	return new Response(datasetCsv(buildDataset(await getTimeline(), site!)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}
