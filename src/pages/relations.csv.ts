/** `/relations.csv`: every relation between entries, one row each (src/lib/exports/relations.ts). */
import type { APIContext } from 'astro';
import { buildDataset } from '../lib/exports/dataset.ts';
import { buildRelations, relationsCsv } from '../lib/exports/relations.ts';
import { getSite } from '../site/load.ts';

export async function GET({ site }: APIContext) {
	const { timeline } = await getSite();
	return new Response(relationsCsv(buildRelations(timeline, buildDataset(timeline, site!).version)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}
