/** `npm run schema`: writes the editors' JSON Schemas (see src/schema/json-schema.ts) to .vscode/schemas/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { editorSchemas } from '../schema/json-schema.ts';

export const schemaDir = path.resolve('.vscode', 'schemas');

mkdirSync(schemaDir, { recursive: true });
for (const [name, schema] of Object.entries(editorSchemas())) {
	writeFileSync(path.join(schemaDir, name), `${JSON.stringify(schema, null, '\t')}\n`);
	console.log(`Wrote ${path.relative(process.cwd(), path.join(schemaDir, name))}`);
}
