/**
 * Validates a whole content folder (the registries and every entry) without building the site, and never stops at
 * the first problem. `npm run validate` prints the result; the site's content loader uses the same function and
 * refuses to build when it finds a problem, so the two always agree.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
	actorSchema,
	eventSchema,
	topicSchema,
	type Actor,
	type EventData,
	type Topic,
} from '../../schema/index.ts';
import { inspectMarkdown } from '../markdown/inspect.ts';
import { fieldName, type Problem } from './problems.ts';
import { crossEntryProblems, type CheckedEntry } from './rules.ts';
import { parseYaml, readMarkdownFile, type ParsedYaml } from './source-file.ts';

/** Longest entry text, in characters: a few paragraphs, not an essay. */
export const BODY_MAX = 30_000;

/** What editors write where the scaffold (`npm run new`) leaves something for them to fill in. */
export const PLACEHOLDER = /\[\[TODO[^\]]*\]\]/;

export interface ValidEntry {
	id: string;
	/** The file as shown to editors, relative to the working directory. */
	file: string;
	/** Absolute path of the file. */
	filePath: string;
	data: EventData;
	/** The Markdown text after the front matter. */
	body: string;
	/** The file's full text, for change detection. */
	raw: string;
}

export interface Corpus {
	entries: ValidEntry[];
	actors: Map<string, Actor>;
	topics: Map<string, Topic>;
	problems: Problem[];
	/** How many files were read. */
	checked: number;
}

/** Where things live inside a content folder. */
export const layout = { actors: 'actors.yaml', topics: 'topics.yaml', events: 'events' } as const;

type Report = (problem: Omit<Problem, 'file'>) => void;

function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, file);
	return relative.startsWith('..') && relative.length > file.length
		? file
		: relative.split(path.sep).join('/');
}

/** Zod's issues as problems placed in the file. */
function issueProblems(
	issues: readonly z.core.$ZodIssue[],
	yaml: ParsedYaml,
	prefix: readonly PropertyKey[],
	report: Report,
): void {
	for (const issue of issues) {
		// A value still holding a scaffold placeholder is reported once, as a placeholder.
		if (typeof issue.input === 'string' && PLACEHOLDER.test(issue.input)) continue;
		const issuePath = [...prefix, ...issue.path];
		if (issue.code === 'unrecognized_keys') {
			const lines = issue.message.split('\n');
			issue.keys.forEach((key, index) =>
				report({
					...yaml.locateKey(issuePath, key),
					field: fieldName([...issuePath, key]),
					message: lines[index] ?? issue.message,
				}),
			);
		} else {
			report({ ...yaml.locate(issuePath), field: fieldName(issuePath) || undefined, message: issue.message });
		}
	}
}

/** A registry's entries; `usable` is false when the file is missing or is not YAML at all. */
async function readRegistry<T>(
	file: string,
	what: string,
	schema: z.ZodType<T>,
	report: Report,
): Promise<Map<string, T> & { usable?: boolean }> {
	const registry: Map<string, T> & { usable?: boolean } = new Map<string, T>();
	registry.usable = false;
	let text: string;
	try {
		text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
	} catch {
		report({
			message: `is missing (expected the ${what} registry: a YAML file of ids, each with its fields)`,
		});
		return registry;
	}
	const yaml = parseYaml(text, text, 0);
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
	const folded = new Map<string, string>();
	for (const [id, value] of Object.entries(yaml.data)) {
		const place = yaml.locateKey([], id);
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
			report({
				...place,
				field: id,
				message: `"${id}" is not an id (expected lowercase letters, digits and hyphens, e.g. kim-yo-jong)`,
			});
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
		else issueProblems(result.error.issues, yaml, [id], report);
	}
	return registry;
}

async function listFiles(dir: string): Promise<string[]> {
	let names;
	try {
		names = await readdir(dir, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	return names
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

type FileEntry = CheckedEntry & { filePath: string; body: string; raw: string };

interface EntryCheck {
	/** The entry with every field that passed the schema, when the front matter could be read at all. */
	entry?: FileEntry;
	problems: Problem[];
}

/** The fields of an entry that pass the schema on their own, for the rules to check when others do not. */
function passingFields(data: Record<string, unknown>): Partial<EventData> {
	const partial: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(eventSchema.shape)) {
		const result = (schema as z.ZodType).safeParse(data[key]);
		if (result.success && result.data !== undefined) partial[key] = result.data;
	}
	return partial as Partial<EventData>;
}

/** Checks one entry file on its own: shape, YAML, schema, Markdown safety, placeholders. */
export function checkEntryFile(raw: string, filePath: string, file: string): EntryCheck {
	const problems: Problem[] = [];
	const report: Report = (problem) => problems.push({ file, ...problem });
	const id = path.basename(filePath, '.md');
	const parsed = readMarkdownFile(raw);
	if (parsed.shapeProblem) {
		report({ ...parsed.shapeProblem.position, message: parsed.shapeProblem.message });
		return { problems };
	}
	const yaml = parsed.frontMatter!;
	for (const error of yaml.errors) report({ ...error.position, message: error.message });
	if (yaml.errors.length > 0) return { problems };

	for (const placeholder of parsed.text.matchAll(new RegExp(PLACEHOLDER, 'g'))) {
		const before = parsed.text.slice(0, placeholder.index).split('\n');
		report({
			line: before.length,
			column: before.at(-1)!.length + 1,
			message: `still has a placeholder to fill in: ${placeholder[0]} (replace it with the real value or text)`,
		});
	}

	const inspection = inspectMarkdown(parsed.body);
	const inBody = (line: number, column: number) => ({ line: parsed.bodyLine + line - 1, column });
	for (const finding of inspection.problems)
		report({ ...inBody(finding.line, finding.column), message: finding.message });
	if (parsed.body.trim() === '') {
		report({
			line: parsed.bodyLine,
			column: 1,
			message:
				'the entry has no text after the front matter (expected a few paragraphs: the setting, what was said, why it mattered, what came next)',
		});
	} else if (parsed.body.length > BODY_MAX) {
		report({
			line: parsed.bodyLine,
			column: 1,
			message: `the text is ${parsed.body.length} characters long (expected at most ${BODY_MAX}: a few paragraphs)`,
		});
	}

	if (yaml.data === null || yaml.data === undefined) {
		report({
			line: 2,
			column: 1,
			message:
				'the front matter is empty (expected title, date, speakers, kind, channel, topics, summary and sources)',
		});
		return { problems };
	}
	if (typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
		report({
			line: 2,
			column: 1,
			message: 'the front matter is not a set of fields (expected lines such as "title: …" and "date: …")',
		});
		return { problems };
	}
	const result = eventSchema.safeParse(yaml.data, { reportInput: true });
	if (!result.success) issueProblems(result.error.issues, yaml, [], report);
	const eventLinks = inspection.eventLinks.map((link) => ({
		id: link.id,
		...inBody(link.line, link.column),
	}));
	return {
		problems,
		entry: {
			id,
			file,
			filePath,
			data: result.success ? result.data : passingFields(yaml.data as Record<string, unknown>),
			complete: result.success,
			locate: yaml.locate,
			eventLinks,
			body: parsed.body,
			raw,
		},
	};
}

/** Reads and checks the content folder `dir`: registries, every entry, and the rules across them. */
export async function validateCorpus(dir: string, cwd: string = process.cwd()): Promise<Corpus> {
	const problems: Problem[] = [];
	const show = (file: string) => displayPath(file, cwd);
	const reporterFor =
		(file: string): Report =>
		(problem) =>
			problems.push({ file: show(file), ...problem });

	const actorsFile = path.join(dir, layout.actors);
	const topicsFile = path.join(dir, layout.topics);
	const [actors, topics] = await Promise.all([
		readRegistry(actorsFile, 'actor', actorSchema, reporterFor(actorsFile)),
		readRegistry(topicsFile, 'topic', topicSchema, reporterFor(topicsFile)),
	]);

	const eventsDir = path.join(dir, layout.events);
	const files = await listFiles(eventsDir);
	const checked: FileEntry[] = [];
	await Promise.all(
		files.map(async (filePath) => {
			const name = path.basename(filePath);
			if (name.startsWith('.')) return;
			if (!name.endsWith('.md')) {
				problems.push({
					file: show(filePath),
					message: `is not read: only .md files in ${show(eventsDir)} are entries (rename it to .md, or move it out of the folder)`,
				});
				return;
			}
			const raw = await readFile(filePath, 'utf8');
			const result = checkEntryFile(raw, filePath, show(filePath));
			problems.push(...result.problems);
			checked.push(
				result.entry ?? {
					id: path.basename(filePath, '.md'),
					file: show(filePath),
					filePath,
					data: {},
					complete: false,
					locate: () => ({ line: 1, column: 1 }),
					eventLinks: [],
					body: '',
					raw,
				},
			);
		}),
	);
	if (files.length === 0) {
		problems.push({
			file: show(eventsDir),
			message: 'has no entries (expected .md files such as 2019-08-16-cprk-refuses-talks.md)',
		});
	}
	checked.sort((a, b) => a.filePath.localeCompare(b.filePath));
	problems.push(
		...crossEntryProblems(checked, actors, topics, {
			actors: show(actorsFile),
			topics: show(topicsFile),
			usable: { actors: actors.usable !== false, topics: topics.usable !== false },
		}),
	);
	return {
		entries: checked
			.filter((entry) => entry.complete)
			.map(({ id, file, filePath, data, body, raw }) => ({
				id,
				file,
				filePath,
				data: data as EventData,
				body,
				raw,
			})),
		actors,
		topics,
		problems,
		checked: files.length + 2,
	};
}
