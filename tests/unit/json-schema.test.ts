import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchemas } from '../../src/schema/json-schema.ts';
import { kinds } from '../../src/schema/index.ts';

describe("the editors' JSON Schemas", () => {
	const schemas = editorSchemas();

	it('are in step with the zod schemas (run npm run schema after changing a schema)', () => {
		for (const [name, schema] of Object.entries(schemas)) {
			const onDisk = JSON.parse(readFileSync(path.join('.vscode', 'schemas', name), 'utf8'));
			expect(onDisk, name).toEqual(JSON.parse(JSON.stringify(schema)));
		}
	});

	it('describe every field of an entry, require the right ones and refuse unknown ones', () => {
		const entry = schemas['entry.schema.json'] as {
			properties: Record<string, { description?: string }>;
			required: string[];
			additionalProperties: boolean;
		};
		for (const [field, schema] of Object.entries(entry.properties))
			expect(schema.description, field).toBeTruthy();
		expect(entry.required).toEqual([
			'title',
			'date',
			'speakers',
			'kind',
			'channel',
			'topics',
			'summary',
			'sources',
		]);
		expect(entry.additionalProperties).toBe(false);
		expect((entry.properties.kind as { enum: string[] }).enum).toEqual(Object.keys(kinds));
	});

	it('accept what editors may write: one speaker or a list, a date as text or a bare year', () => {
		const entry = schemas['entry.schema.json'] as {
			properties: Record<string, { anyOf?: { type: string }[]; type?: string[] }>;
		};
		expect(entry.properties.speakers!.anyOf!.map((option) => option.type)).toEqual(['string', 'array']);
		expect(entry.properties.sources!.anyOf!.map((option) => option.type)).toEqual(['object', 'array']);
		expect(entry.properties.date!.type).toEqual(['string', 'integer']);
	});

	it('map registries of ids to actors and topics', () => {
		const actors = schemas['actors.schema.json'] as {
			additionalProperties: { required: string[] };
			propertyNames: { pattern: string };
		};
		expect(actors.additionalProperties.required).toEqual(['name', 'side', 'type']);
		expect(new RegExp(actors.propertyNames.pattern).test('kim-yo-jong')).toBe(true);
		expect(new RegExp(actors.propertyNames.pattern).test('Kim Yo Jong')).toBe(false);
	});
});
