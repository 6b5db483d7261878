/**
 * Validates a whole content folder (the registries, every entry and its Korean text) without building the site, and
 * never stops at the first problem. `npm run validate` prints the result; the site's content loader uses the same
 * function and refuses to build when it finds a problem, so the two always agree.
 */
import path from 'node:path';
import {
	actorSchema,
	topicSchema,
	type Actor,
	type EventData,
	type KoreanText,
	type Topic,
} from '../schema/index.ts';
import type { FileCheck } from '../lib/validation/check-entry.ts';
import type { Problem } from '../lib/validation/problems.ts';
import { parseRegistry } from '../lib/validation/registry.ts';
import { crossEntryProblems, koreanTextProblems, type CheckedEntry } from '../lib/validation/rules.ts';
import { readMarkdownFile, splitMarkdownFile } from '../lib/validation/source-file.ts';
import { readContentFolder, type ContentFile } from './files.ts';
import { checkEntries } from './pool.ts';

type EventLink = CheckedEntry['eventLinks'][number];

export interface KoreanEntryText {
	/** The file as shown to editors. */
	file: string;
	data: KoreanText;
	/** The Markdown text after the front matter (may be empty: the account is not translated yet). */
	body: string;
	eventLinks: EventLink[];
	rendered?: FileCheck['rendered'];
}

export interface ValidEntry {
	id: string;
	/** The file as shown to editors. */
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
	ko?: KoreanEntryText;
}

/** What a previous check of the same file text found, so it need not be checked (or rendered) again. */
export interface PreviousCheck {
	data: unknown;
	eventLinks: EventLink[];
}

export interface ValidateOptions {
	/** Paths in messages are relative to it (default: the working directory). */
	cwd?: string;
	/** Render each text as well, for the build. */
	render?: boolean;
	/** A previous check of this very file text (for the loader's cache), if there is one. */
	previous?: (file: ContentFile) => PreviousCheck | undefined;
}

export interface Corpus {
	entries: ValidEntry[];
	actors: Map<string, Actor>;
	topics: Map<string, Topic>;
	problems: Problem[];
	/** How many files were looked at. */
	checked: number;
}

/** Where a field of the file's front matter is written: read again, with positions, only when a rule needs it. */
function locator(raw: string): CheckedEntry['locate'] {
	let locate: CheckedEntry['locate'] | undefined;
	return (fieldPath) => {
		locate ??= readMarkdownFile(raw).frontMatter?.locate ?? (() => ({ line: 1, column: 1 }));
		return locate(fieldPath);
	};
}

/** Reads and checks the content folder `dir`: registries, every entry and Korean text, and the rules across them. */
export async function validateCorpus(dir: string, options: ValidateOptions = {}): Promise<Corpus> {
	const cwd = options.cwd ?? process.cwd();
	const files = readContentFolder(dir, cwd);
	const problems = [...files.problems];
	const registry = <T>(file: ContentFile | undefined, what: string, schema: Parameters<typeof parseRegistry<T>>[2]) =>
		file
			? parseRegistry(file.text, what, schema, (problem) => problems.push({ file: file.shown, ...problem }))
			: Object.assign(new Map<string, T>(), { usable: false });
	const actors = registry(files.actors, 'actor', actorSchema);
	const topics = registry(files.topics, 'topic', topicSchema);

	const previous = files.events.map((file) => options.previous?.(file));
	const checks = await checkEntries(
		files.events.flatMap((file, index) =>
			previous[index] ? [] : [{ raw: file.text, filePath: file.path, file: file.shown, render: options.render === true }],
		),
	);
	let nextCheck = 0;
	const all = files.events.map((file, index) => {
		const before = previous[index];
		const check = before ? undefined : checks[nextCheck++]!;
		problems.push(...(check?.problems ?? []));
		return {
			id: path.basename(file.path).replace(/(\.ko)?\.md$/, ''),
			file: file.shown,
			filePath: file.path,
			korean: file.path.endsWith('.ko.md'),
			body: check ? check.body : splitMarkdownFile(file.text).body,
			data: (before?.data ?? check!.data) as Partial<EventData>,
			complete: before !== undefined || check!.complete,
			eventLinks: before?.eventLinks ?? check!.eventLinks,
			rendered: check?.rendered,
			locate: locator(file.text),
		};
	});
	const english = all.filter((entry) => !entry.korean);
	const korean = all.filter((entry) => entry.korean);
	problems.push(
		...crossEntryProblems(english, actors, topics, {
			actors: files.actors?.shown ?? 'actors.yaml',
			topics: files.topics?.shown ?? 'topics.yaml',
			usable: { actors: actors.usable !== false, topics: topics.usable !== false },
		}),
		...koreanTextProblems(korean, english),
	);
	const texts = new Map(korean.filter((text) => text.complete).map((text) => [text.id, text]));
	return {
		entries: english
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
					ko: text && {
						file: text.file,
						data: text.data as unknown as KoreanText,
						body: text.body,
						eventLinks: text.eventLinks,
						rendered: text.rendered,
					},
				};
			}),
		actors,
		topics,
		problems,
		checked: files.seen,
	};
}
