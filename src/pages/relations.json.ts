/** `/relations.json`: every relation between entries, with dates, days, sides and governments (src/lib/exports/relations.ts). */
import type { APIContext } from 'astro';
import { buildDataset } from '../lib/exports/dataset.ts';
import { buildRelations } from '../lib/exports/relations.ts';
import { getSite } from '../site/load.ts';

export async function GET({ site }: APIContext) {
	const { timeline } = await getSite();
	const relations = buildRelations(timeline, buildDataset(timeline, site!).version);
	return new Response(`${JSON.stringify(relations, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
