/**
 * A registry (content/actors.yaml or content/topics.yaml): a YAML map of ids, each checked against its schema, with
 * every problem placed in the file. Ids are read as written: `007:` is the id "007", not the number 7.
 */
import type { z } from 'astro/zod';
import { issueProblems } from './check-entry.ts';
import type { Problem } from './problems.ts';
import { parseYaml, type Position } from './source-file.ts';

type Report = (problem: Omit<Problem, 'file'>) => void;

/**
 * `usable`: whether the text was a YAML map at all; `locate`: where a field is written, for rules across files;
 * `refused`: ids written in the file but left out for a problem reported there, so that the entries naming one are
 * not also told it is unknown.
 */
export type Registry<T> = Map<string, T> & {
	usable?: boolean;
	locate?: (path: readonly PropertyKey[]) => Position;
	refused?: ReadonlySet<string>;
};

/** Lowercase words and digits joined by hyphens, with a letter: a number (`007`) is not an id. */
const idPattern = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A registry's entries from its text; `usable` is false when the text is not a YAML map at all. */
export function parseRegistry<T>(
	text: string,
	what: string,
	schema: z.ZodType<T>,
	report: Report,
): Registry<T> {
	const registry: Registry<T> = new Map<string, T>();
	registry.usable = false;
	const body = text.replace(/^\uFEFF/, '');
	const yaml = parseYaml(body, body, 0);
	for (const error of yaml.errors) report({ ...error.position, message: error.message });
	if (yaml.errors.length > 0) return registry;
	if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
		report({
			line: 1,
			column: 1,
			message: `is not a set of ids (expected "some-id:" lines, each followed by the ${what}'s fields)`,
		});
		return registry;
	}
	registry.usable = true;
	registry.locate = yaml.locate;
	const refused = new Set<string>();
	registry.refused = refused;
	const folded = new Map<string, string>();
	for (const { id, value, place } of yaml.entries()) {
		if (!idPattern.test(id)) {
			report({
				...place,
				field: id,
				message: /^[\d.e+-]+$/i.test(id)
					? `"${id}" is a number, not an id (YAML would read it as ${Number(id)}: expected lowercase words, e.g. kim-yo-jong)`
					: `"${id}" is not an id (expected lowercase letters, digits and hyphens, with a letter, e.g. kim-yo-jong)`,
			});
			refused.add(id);
			continue;
		}
		const twin = folded.get(id.toLowerCase());
		if (twin)
			report({
				...place,
				field: id,
				message: `"${id}" is also written as "${twin}" (ids must be unique, ignoring case)`,
			});
		folded.set(id.toLowerCase(), id);
		const result = schema.safeParse(value, { reportInput: true });
		if (result.success) registry.set(id, result.data);
		else {
			refused.add(id);
			issueProblems(result.error.issues, yaml, [id], report);
		}
	}
	return registry;
}
