/** `/events.json`: every published entry as open data, in both languages (see src/lib/exports/dataset.ts). */
import type { APIContext } from 'astro';
import { buildDataset } from '../lib/exports/dataset.ts';
import { getSite } from '../site/load.ts';

export async function GET({ site }: APIContext) {
	const dataset = buildDataset((await getSite()).timeline, site!);
	return new Response(`${JSON.stringify(dataset, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
