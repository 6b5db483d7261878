/** `/relations.schema.json`: the JSON Schema of /relations.json, generated from its zod schema. */
import type { APIContext } from 'astro';
import { publishedSchema } from '../lib/exports/published-schema.ts';
import { relationsSchema } from '../lib/exports/relations.ts';

export function GET({ site }: APIContext) {
	const schema = publishedSchema(relationsSchema, '/relations.schema.json', site!);
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
}
