/**
 * Validates a whole content folder (the registries, every entry and its Korean text) without building the site, and
 * never stops at the first problem. `npm run validate` prints the result; the site's content loader uses the same
 * function and refuses to build when it finds a problem, so the two always agree.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SiteLink } from '../lib/markdown/inspect.ts';
import {
	actorSchema,
	governmentSchema,
	topicSchema,
	type Actor,
	type EventData,
	type Government,
	type KoreanText,
	type Topic,
} from '../schema/index.ts';
import type { FileCheck } from '../lib/validation/check-entry.ts';
import type { Problem } from '../lib/validation/problems.ts';
import { governmentProblems } from '../lib/validation/governments.ts';
import { parseRegistry } from '../lib/validation/registry.ts';
import { buildTimeline } from '../lib/timeline/model.ts';
import { dataFiles, sitePages } from '../lib/timeline/site-paths.ts';
import {
	crossEntryProblems,
	koreanTextProblems,
	siteLinkProblems,
	type CheckedEntry,
	type LinkingText,
} from '../lib/validation/rules.ts';
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
	siteLinks: SiteLink[];
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
	/** Links and images in the text to paths of this site. */
	siteLinks: SiteLink[];
	/** The rendered text, when asked for (and not reused from a previous check). */
	rendered?: FileCheck['rendered'];
	/** The Korean text (`<id>.ko.md`), when there is one. */
	ko?: KoreanEntryText;
}

/** What a previous check of the same file text found, so it need not be checked (or rendered) again. */
export interface PreviousCheck {
	data: unknown;
	eventLinks: EventLink[];
	siteLinks: SiteLink[];
}

export interface ValidateOptions {
	/** Paths in messages are relative to it (default: the working directory). */
	cwd?: string;
	/** Render each text as well, for the build. */
	render?: boolean;
	/** A previous check of this very file text (for the loader's cache), if there is one. */
	previous?: (file: ContentFile) => PreviousCheck | undefined;
	/** The project, whose public/ holds the files texts may link to (default: the working directory). */
	root?: string;
}

export interface Corpus {
	entries: ValidEntry[];
	actors: Map<string, Actor>;
	topics: Map<string, Topic>;
	governments: Map<string, Government>;
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

/** Public files of the project, as site paths: `/favicon.svg`. */
function publicFiles(root: string): string[] {
	const dir = path.join(root, 'public');
	return existsSync(dir)
		? readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
		: [];
}

/**
 * Links and images in the published texts, held to the pages the site builds from them and to its files. Only
 * entries whose speakers and topics are known make the timeline; the others have problems of their own.
 */
function linkProblems(
	english: readonly (CheckedEntry & { siteLinks: SiteLink[] })[],
	texts: ReadonlyMap<string, { file: string; siteLinks: SiteLink[] }>,
	actors: ReadonlyMap<string, Actor>,
	topics: ReadonlyMap<string, Topic>,
	governments: ReadonlyMap<string, Government>,
	root: string,
): Problem[] {
	const published = english.filter(
		(entry) =>
			entry.complete &&
			entry.data.draft !== true &&
			entry.data.speakers!.every((speaker) => actors.has(speaker)) &&
			entry.data.topics!.every((topic) => topics.has(topic)),
	);
	const timeline = buildTimeline(
		published.map((entry) => ({ id: entry.id, data: entry.data as EventData, html: '' })),
		actors,
		topics,
		governments,
	);
	const linking: LinkingText[] = published.flatMap((entry) => [entry, ...(texts.has(entry.id) ? [texts.get(entry.id)!] : [])]);
	return siteLinkProblems(linking, sitePages(timeline), new Set([...dataFiles, ...publicFiles(root)]));
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
	const before = problems.length;
	const governments = registry(files.governments, 'government', governmentSchema);
	const governmentsWhole = files.governments !== undefined && problems.length === before;

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
			siteLinks: before?.siteLinks ?? check!.siteLinks,
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
		...governmentProblems(
			governments,
			actors,
			english,
			{ governments: files.governments?.shown ?? 'governments.yaml', actors: files.actors?.shown ?? 'actors.yaml' },
			governmentsWhole,
		),
	);
	const texts = new Map(korean.filter((text) => text.complete).map((text) => [text.id, text]));
	if (english.length > 0 && english.every((entry) => entry.data.draft === true))
		problems.push({
			file: files.events[0]!.shown.replace(/\/[^/]*$/, ''),
			message: 'holds only drafts: the site would have no entry to publish (set draft: false on the entries that are ready)',
		});
	problems.push(...linkProblems(english, texts, actors, topics, governments, options.root ?? cwd));
	return {
		entries: english
			.filter((entry) => entry.complete)
			.map(({ id, file, filePath, data, body, eventLinks, siteLinks, rendered }) => {
				const text = texts.get(id);
				return {
					id,
					file,
					filePath,
					data: data as EventData,
					body,
					eventLinks,
					siteLinks,
					rendered,
					ko: text && {
						file: text.file,
						data: text.data as unknown as KoreanText,
						body: text.body,
						eventLinks: text.eventLinks,
						siteLinks: text.siteLinks,
						rendered: text.rendered,
					},
				};
			}),
		actors,
		topics,
		governments,
		problems,
		checked: files.seen,
	};
}
