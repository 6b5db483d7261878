/** `/relations.schema.json`: the JSON Schema of /relations.json, generated from its zod schema. */
import type { APIContext } from 'astro';
import { relationsJsonSchema } from '../lib/exports/relations.ts';

export function GET({ site }: APIContext) {
	return new Response(`${JSON.stringify(relationsJsonSchema(site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
}
