/** `/events.schema.json`: the JSON Schema of /events.json, generated from its zod schema. */
import type { APIContext } from 'astro';
import { datasetSchema } from '../lib/exports/dataset.ts';
import { publishedSchema } from '../lib/exports/published-schema.ts';

export function GET({ site }: APIContext) {
	const schema = publishedSchema(datasetSchema, '/events.schema.json', site!);
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
}
