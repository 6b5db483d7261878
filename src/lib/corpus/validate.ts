/**
 * Validates a whole content folder (the registries and every entry) without building the site, and never stops at
 * the first problem. `npm run validate` prints the result; the site's content loader uses the same function and
 * refuses to build when it finds a problem, so the two always agree.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
	actorSchema,
	topicSchema,
	type Actor,
	type EventData,
	type KoreanText,
	type Topic,
} from '../../schema/index.ts';
import type { FileCheck } from './check-entry.ts';
import { checkEntries, type PoolOptions } from './pool.ts';
import type { Problem } from './problems.ts';
import { readRegistry } from './registry.ts';
import { didYouMean } from '../suggest.ts';
import { crossEntryProblems, type CheckedEntry } from './rules.ts';
import { readMarkdownFile, splitMarkdownFile } from './source-file.ts';

type EventLink = CheckedEntry['eventLinks'][number];

export interface ValidEntry {
	id: string;
	/** The file as shown to editors, relative to the working directory. */
	file: string;
	/** Absolute path of the file. */
	filePath: string;
	data: EventData;
	/** The Markdown text after the front matter. */
	body: string;
	/** Links in the text to other entries. */
	eventLinks: EventLink[];
	/** The rendered text, when asked for (and not reused from a previous check). */
	rendered?: FileCheck['rendered'];
	/** The Korean text (`<id>.ko.md`), when there is one. */
	ko?: {
		file: string;
		data: KoreanText;
		body: string;
		rendered?: FileCheck['rendered'];
	};
}

/** What a previous check of the same file text found, so it need not be checked (or rendered) again. */
export interface PreviousCheck {
	data: EventData;
	eventLinks: EventLink[];
}

export interface ValidateOptions {
	/** Paths in messages are relative to it (default: the working directory). */
	cwd?: string;
	/** Render each entry's text as well, for the build. */
	render?: boolean;
	/** A previous check of this very file text, if there is one. */
	previous?: (id: string, raw: string) => PreviousCheck | undefined;
	/** Where files are checked (see pool.ts). */
	workers?: PoolOptions['workers'];
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

const hinted = (hint: string) => (hint ? `${hint} ` : '');

function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, file);
	return relative.startsWith('..') && relative.length > file.length
		? file
		: relative.split(path.sep).join('/');
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

/** Where a field of the file's front matter is written: read again, with positions, only when a rule needs it. */
function locator(raw: string): CheckedEntry['locate'] {
	let locate: CheckedEntry['locate'] | undefined;
	return (fieldPath) => {
		locate ??= readMarkdownFile(raw).frontMatter?.locate ?? (() => ({ line: 1, column: 1 }));
		return locate(fieldPath);
	};
}

/** Reads and checks the content folder `dir`: registries, every entry, and the rules across them. */
export async function validateCorpus(dir: string, options: ValidateOptions = {}): Promise<Corpus> {
	const cwd = options.cwd ?? process.cwd();
	const problems: Problem[] = [];
	const show = (file: string) => displayPath(file, cwd);
	const reporterFor =
		(file: string): Report =>
		(problem) =>
			problems.push({ file: show(file), ...problem });

	const actorsFile = path.join(dir, layout.actors);
	const topicsFile = path.join(dir, layout.topics);
	const eventsDir = path.join(dir, layout.events);
	const [actors, topics, files] = await Promise.all([
		readRegistry(actorsFile, 'actor', actorSchema, reporterFor(actorsFile)),
		readRegistry(topicsFile, 'topic', topicSchema, reporterFor(topicsFile)),
		listFiles(eventsDir),
	]);

	const entryFiles: string[] = [];
	for (const filePath of files) {
		const name = path.basename(filePath);
		if (name.startsWith('.')) continue;
		if (name.endsWith('.md')) entryFiles.push(filePath);
		else
			problems.push({
				file: show(filePath),
				message: `is not read: only .md files in ${show(eventsDir)} are entries (rename it to .md, or move it out of the folder)`,
			});
	}
	if (files.length === 0) {
		problems.push({
			file: show(eventsDir),
			message: 'has no entries (expected .md files such as 2019-08-16-cprk-refuses-talks.md)',
		});
	}

	// Read one after the other: for thousands of small files, far faster than as many promises.
	const raws = entryFiles.map((filePath) => readFileSync(filePath, 'utf8'));
	const ids = entryFiles.map((filePath) => path.basename(filePath).replace(/(\.ko)?\.md$/, ''));
	const previous = raws.map((raw, index) => options.previous?.(ids[index]!, raw));
	const fresh = entryFiles.flatMap((filePath, index) =>
		previous[index]
			? []
			: [{ raw: raws[index]!, filePath, file: show(filePath), render: options.render === true }],
	);
	const checks = await checkEntries(fresh, { workers: options.workers });

	let nextCheck = 0;
	const all = entryFiles.map((filePath, index) => {
		const raw = raws[index]!;
		const before = previous[index];
		const check = before ? undefined : checks[nextCheck++]!;
		problems.push(...(check?.problems ?? []));
		return {
			id: ids[index]!,
			file: show(filePath),
			filePath,
			body: check ? check.body : splitMarkdownFile(raw).body,
			data: before?.data ?? check!.data,
			complete: before !== undefined || check!.complete,
			eventLinks: before?.eventLinks ?? check!.eventLinks,
			rendered: check?.rendered,
			locate: locator(raw),
			korean: filePath.endsWith('.ko.md'),
		};
	});
	const checked = all.filter((entry) => !entry.korean);
	const korean = all.filter((entry) => entry.korean);
	const texts = new Map<string, (typeof korean)[number]>();
	const english = new Map(checked.map((entry) => [entry.id, entry]));
	for (const text of korean) {
		const entry = english.get(text.id);
		if (!entry) {
			problems.push({
				file: text.file,
				message: `is a Korean text for "${text.id}", but there is no entry ${text.id}.md beside it (name it after the English entry's file: <id>.ko.md)`,
			});
			continue;
		}
		texts.set(text.id, text);
		for (const link of text.eventLinks) {
			const target = english.get(link.id);
			const place = { file: text.file, line: link.line, column: link.column };
			if (!target)
				problems.push({
					...place,
					message: `a link to /events/${link.id}/ points to no entry (${hinted(didYouMean(link.id, english.keys()))}expected the id of an entry)`,
				});
			else if (entry.data.draft === false && target.data.draft === true)
				problems.push({
					...place,
					message: `a link to /events/${link.id}/ points to a draft, which is not published`,
				});
		}
	}
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
			.map(({ id, file, filePath, data, body, eventLinks, rendered }) => {
				const text = texts.get(id);
				return {
					id,
					file,
					filePath,
					data: data as EventData,
					body,
					eventLinks,
					rendered,
					ko:
						text?.complete === true
							? {
									file: text.file,
									data: text.data as unknown as KoreanText,
									body: text.body,
									rendered: text.rendered,
								}
							: undefined,
				};
			}),
		actors,
		topics,
		problems,
		checked: files.length + 2,
	};
}
