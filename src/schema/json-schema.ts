/**
 * JSON Schemas for editors' tools, generated from the zod schemas: one for an entry's front matter and one for each
 * registry (a map of ids to actors, topics or governments). `npm run schema` writes them to .vscode/schemas/, where the editor
 * settings map them onto the files; a test keeps them in step with the zod schemas.
 */
import { z } from 'astro/zod';
import { actorSchema } from './actor.ts';
import { eventSchema } from './event.ts';
import { governmentSchema } from './government.ts';
import { topicSchema } from './topic.ts';

const draft = 'https://json-schema.org/draft/2020-12/schema';
const inputOf = (schema: z.ZodType) => {
	const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
		string,
		unknown
	>;
	return json;
};

const registry = (item: z.ZodType, title: string, description: string) => ({
	$schema: draft,
	title,
	description,
	type: 'object',
	propertyNames: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
	additionalProperties: inputOf(item),
});

/** File name → schema. */
export function editorSchemas(): Record<string, object> {
	return {
		'entry.schema.json': {
			$schema: draft,
			title: 'Entry front matter (content/events/*.md)',
			description: 'The fields between the --- lines at the top of an entry. See content/README.md.',
			...inputOf(eventSchema),
		},
		'actors.schema.json': registry(
			actorSchema,
			'Actor registry (content/actors.yaml)',
			'Everyone an entry names as a speaker, keyed by id.',
		),
		'topics.schema.json': registry(
			topicSchema,
			'Topic registry (content/topics.yaml)',
			'The topics entries are tagged with, keyed by id.',
		),
		'governments.schema.json': registry(
			governmentSchema,
			'Government registry (content/governments.yaml)',
			'The governments of the two Koreas over time, keyed by id; entries fall in them by date.',
		),
	};
}
