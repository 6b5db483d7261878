/** `/events.schema.json`: the JSON Schema of /events.json, generated from its zod schema. */
import type { APIContext } from 'astro';
import { datasetJsonSchema } from '../lib/exports/dataset.ts';

export function GET({ site }: APIContext) {
	return new Response(`${JSON.stringify(datasetJsonSchema(site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
}
