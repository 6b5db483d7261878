/** `/events.csv`: every published entry, one row each (see src/lib/exports/csv.ts). */
import type { APIContext } from 'astro';
import { datasetCsv } from '../lib/exports/csv.ts';
import { buildDataset } from '../lib/exports/dataset.ts';
import { getSite } from '../site/load.ts';

export async function GET({ site }: APIContext) {
	return new Response(datasetCsv(buildDataset((await getSite()).timeline, site!)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}
