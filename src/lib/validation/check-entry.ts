/**
 * Checking one entry file on its own: its shape, YAML, schema, Markdown safety and placeholders; and, for the build,
 * rendering its Markdown. The result is plain data, so files can be checked in worker threads (pool.ts).
 *
 * Speed: most files are fine, and for them positions are never needed. So the front matter is first read with a
 * fast YAML parser (js-yaml, core schema); only when something is wrong is it read again with `yaml`, which keeps
 * every line and column for the messages.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import jsyaml from 'js-yaml';
import { eventSchema, koreanTextSchema, type EventData } from '../../schema/index.ts';
import { controlCharacter, controlMessage, directionControl, showsNothing } from '../../schema/fields.ts';
import { inspectMarkdown, nothingFound, placeInText, tooDeep, type SiteLink } from '../markdown/inspect.ts';
import { eventIdOfPath } from '../markdown/url-policy.ts';
import type { createEntryRenderer } from '../markdown/processor.ts';
import { fieldName, type Problem } from './problems.ts';
import { parseYaml, positionsOf, splitMarkdownFile, yamlTooDeep, type ParsedYaml, type Position } from './source-file.ts';

/** Longest entry text, in characters: a few paragraphs, not an essay. */
export const BODY_MAX = 30_000;

/**
 * What editors write where the scaffold (`npm run new`) leaves something for them to fill in. Bounded, so that a text
 * of unclosed `[[TODO` does not make each of them read on to the end of the file (1 MB of them took over a minute).
 */
export const PLACEHOLDER = /\[\[TODO[^\]]{0,500}\]\]/;

/** The ids a text's headings and footnotes take on its page (`#section-background`, `#user-content-fn-1`). */
const PLACE_IN_TEXT = /^(?:section-|footnote-label$|user-content-fn)/;

/** The site's Markdown renderer (src/lib/markdown/processor.ts). */
export type EntryRenderer = Awaited<ReturnType<typeof createEntryRenderer>>;

export interface FileCheck {
	id: string;
	/** `en` for an entry (`<id>.md`), `ko` for its Korean text (`<id>.ko.md`). */
	lang: 'en' | 'ko';
	/** The file as shown to editors, relative to the working directory. */
	file: string;
	filePath: string;
	/** The Markdown after the front matter. */
	body: string;
	problems: Problem[];
	/** Every field that passed the schema (all of them when `complete`). */
	data: Partial<EventData>;
	complete: boolean;
	/** Links in the text to `/events/<id>/`, placed in the file, and to its sources (`#source-2`, with `source`). */
	eventLinks: EventLink[];
	/** Every link and image in the text to a path of this site, placed in the file. */
	siteLinks: SiteLink[];
	/** The rendered text, when asked for and the file has no problem of its own. */
	rendered?: { html: string; metadata: Record<string, unknown> };
}

type Report = (problem: Omit<Problem, 'file'>) => void;

/** A link to an entry's page, or to one of its sources: `/events/<id>/#source-2`, or `#source-2` on its own page. */
export interface EventLink {
	id: string;
	/** The source's number, for a link to `#source-<n>`. */
	source?: number;
	/** A heading or footnote of the entry's text the link leads to (`section-background`), on another entry's page. */
	fragment?: string;
	line: number;
	column: number;
}

/** Zod's issues as problems placed in the file. */
export function issueProblems(
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
			// A number written otherwise (`1e3`, `0x1F`, `1.10`) is shown as read, so the message says how it was read.
			const written = typeof issue.input === 'number' ? yaml.written(issuePath) : undefined;
			const read =
				written !== undefined && written !== String(issue.input)
					? ` (YAML reads ${written} as the number ${issue.input})`
					: '';
			report({ ...yaml.locate(issuePath), field: fieldName(issuePath) || undefined, message: issue.message + read });
		}
	}
}

/** A fragment as the browser matches it against ids (`#section-%EA%B9%80` is `#section-김`). */
function decoded(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}

/** The fields of an entry that pass the schema on their own, for the rules to check when others do not. */
function passingFields(data: Record<string, unknown>, shape: Record<string, unknown>): Partial<EventData> {
	const partial: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(shape)) {
		const result = (schema as z.ZodType).safeParse(data[key]);
		if (result.success && result.data !== undefined) partial[key] = result.data;
	}
	return partial as Partial<EventData>;
}

/** Anchors, aliases, tags, merge keys, complex keys, directives, and numbers the two readers see differently
 * (0b101, +5): YAML the fast reader is not trusted with. */
const unusualYaml = /(^|[\s[{,:-])[&*!][^\s,[\]{}]|<<|^\s*[?%]|(^|[\s[{,:-])[+-]?0b|(^|[\s[{,:-])\+/m;

/** The front matter read fast, or `undefined` when it needs the careful reader. */
function readFast(yamlText: string): unknown {
	if (unusualYaml.test(yamlText) || yamlTooDeep(yamlText) !== undefined) return undefined;
	try {
		const data = jsyaml.load(yamlText, { schema: jsyaml.CORE_SCHEMA });
		return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Checks one entry file on its own: shape, YAML, schema, Markdown safety, placeholders. With a renderer, the text is
 * rendered too, from the same parse as its inspection, and kept when the file has no problem.
 */
export async function checkEntryFile(
	raw: string,
	filePath: string,
	file: string,
	renderer?: EntryRenderer,
): Promise<FileCheck> {
	try {
		return await check(raw, filePath, file, renderer);
	} catch (error) {
		// Whatever breaks on a strange file (text nested thousands of levels deep, say) is that file's problem.
		return {
			...emptyCheck(filePath, file),
			problems: [
				{
					file,
					message: `could not be checked: ${(error as Error).message} (is the text unusually deeply nested or very long?)`,
				},
			],
		};
	}
}

function emptyCheck(filePath: string, file: string): FileCheck {
	return {
		id: path.basename(filePath).replace(/(\.ko)?\.md$/, ''),
		lang: filePath.endsWith('.ko.md') ? 'ko' : 'en',
		file,
		filePath,
		body: '',
		problems: [],
		data: {},
		complete: false,
		eventLinks: [],
		siteLinks: [],
	};
}

async function check(raw: string, filePath: string, file: string, renderer?: EntryRenderer): Promise<FileCheck> {
	const problems: Problem[] = [];
	const report: Report = (problem) => problems.push({ file, ...problem });
	const result: FileCheck = { ...emptyCheck(filePath, file), problems };
	const { lang } = result;
	const schema = lang === 'ko' ? koreanTextSchema : eventSchema;

	const parts = splitMarkdownFile(raw);
	if (parts.shapeProblem) {
		report({ ...parts.shapeProblem.position, message: parts.shapeProblem.message });
		return result;
	}
	const { text, body, bodyLine } = parts;
	/** A place in the body (line and column within it) as a place in the file. */
	const inBody = ({ line, column }: Position) => ({ line: bodyLine + line - 1, column });
	const bodyAt = positionsOf(body);
	// In the text (the front matter's fields say so themselves): control characters are invisible and would land raw
	// in the pages; direction controls show the words in another order than they are stored and searched.
	for (const found of body.matchAll(new RegExp(`${controlCharacter.source}|${directionControl.source}`, 'g'))) {
		report({ ...inBody(bodyAt(found.index)), message: controlMessage(found[0]) });
		if (problems.length >= 5) break;
	}
	const yamlAt = parts.frontMatterAt!;
	const yamlText = text.slice(yamlAt.start, yamlAt.end);
	const fast = readFast(yamlText);
	let careful = fast === undefined ? parseYaml(yamlText, text, yamlAt.start) : undefined;
	for (const error of careful?.errors ?? []) report({ ...error.position, message: error.message });
	if (careful && careful.errors.length > 0) return result;
	result.body = body;

	const textAt = positionsOf(text);
	for (const placeholder of text.matchAll(new RegExp(PLACEHOLDER, 'g'))) {
		if (problems.length >= 20) break;
		report({
			...textAt(placeholder.index),
			message: `still has a placeholder to fill in: ${placeholder[0]} (replace it with the real value or text)`,
		});
	}

	// A text far too long is reported before it is parsed: it is not worth the time, and may be built to waste it.
	const tooLong = body.length > BODY_MAX;
	// Nor is a text nested thousands of levels deep: its depth is measured without parsing it.
	const deep = tooLong ? undefined : tooDeep(body);
	let rendered: Awaited<ReturnType<EntryRenderer['render']>> | undefined;
	let renderError: Error | undefined;
	if (renderer && !tooLong && !deep && body.trim() !== '')
		rendered = await renderer.render(body, lang).catch((error: Error) => void (renderError = error));
	// Without a render (or when it failed), the text is inspected on its own: the same findings as npm run validate.
	const inspection = tooLong ? nothingFound : (rendered?.inspection ?? inspectMarkdown(body));
	if (renderError && inspection.problems.length === 0)
		report({ line: bodyLine, column: 1, message: `the text could not be rendered: ${renderError.message}` });
	for (const finding of inspection.problems) report({ ...inBody(finding), message: finding.message });
	// Character references count as what they show (`&#x3164;` is a Hangul filler), and a text of named ones alone
	// (`&nbsp;`, `&ZeroWidthSpace;`) says nothing either.
	const shown = body
		.replace(/&#(x[0-9a-f]+|\d+);/gi, (reference, code: string) => {
			const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code);
			return point <= 0x10ffff ? String.fromCodePoint(point) : reference;
		})
		.replace(/&[a-z][a-z0-9]*;/gi, '');
	if (showsNothing(shown) && lang === 'en') {
		report({
			line: bodyLine,
			column: 1,
			message:
				'the entry has no text after the front matter (expected a few paragraphs: the setting, what was said, why it mattered, what came next)',
		});
	} else if (tooLong) {
		report({
			line: bodyLine,
			column: 1,
			message: `the text is ${body.length} characters long (expected at most ${BODY_MAX}: a few paragraphs)`,
		});
	}
	result.siteLinks = inspection.siteLinks.map((link) => ({ ...link, ...inBody(link) }));
	result.eventLinks = result.siteLinks.flatMap((link) => {
		if (link.image) return [];
		const place = { line: link.line, column: link.column };
		const fragment = decoded(/#(.*)$/.exec(link.path)?.[1] ?? '');
		// The ids of sources, headings and footnotes are in small letters, and a browser matches them letter for letter.
		const lower = fragment.toLowerCase();
		if (lower !== fragment && (lower.startsWith('source-') || PLACE_IN_TEXT.test(lower)))
			report({
				...place,
				message: `a link to ${JSON.stringify(link.path)} has capitals where the place it names has none, so it leads nowhere (write #${lower})`,
			});
		const source = Number(/^source-([1-9]\d*)$/.exec(fragment)?.[1]) || undefined;
		if (fragment.startsWith('source-') && !source)
			report({
				...place,
				message: `a link to ${JSON.stringify(link.path)} names no source (expected #source-1, #source-2…: a source's number in sources)`,
			});
		if (link.path.startsWith('#')) {
			// On the entry's own page: a source (counted across files), or a heading or footnote of the text. The page's
			// other ids (#main…) are left to the built site's link check.
			if (source) return [{ id: result.id, source, ...place }];
			if (PLACE_IN_TEXT.test(fragment) && !placeInText(inspection, fragment))
				report({
					...place,
					message: `a link to ${JSON.stringify(link.path)} leads to no heading or footnote of this text (${
						inspection.headings.length > 0
							? `its headings are ${inspection.headings.map((id) => `#${id}`).join(', ')}`
							: 'it has no heading'
					})`,
				});
			return [];
		}
		const id = eventIdOfPath(link.path);
		const inText = PLACE_IN_TEXT.test(fragment) ? { fragment } : {};
		return id ? [{ id, ...(source ? { source } : {}), ...inText, ...place }] : [];
	});

	const data = fast ?? careful!.data;
	if (data === null || data === undefined) {
		report({
			line: 2,
			column: 1,
			message:
				lang === 'ko'
					? 'the front matter is empty (expected the Korean title and summary)'
					: 'the front matter is empty (expected title, date, speakers, kind, channel, topics, summary and sources)',
		});
		return result;
	}
	if (typeof data !== 'object' || Array.isArray(data)) {
		report({
			line: 2,
			column: 1,
			message: 'the front matter is not a set of fields (expected lines such as "title: …" and "date: …")',
		});
		return result;
	}
	let checked = schema.safeParse(data);
	if (!checked.success) {
		// Something is wrong: read the front matter again, keeping positions, and say where.
		careful ??= parseYaml(yamlText, text, yamlAt.start);
		checked = schema.safeParse(careful.data, { reportInput: true });
		if (!checked.success) issueProblems(checked.error.issues, careful, [], report);
	}
	result.complete = checked.success;
	result.data = (
		checked.success
			? checked.data
			: passingFields((careful?.data ?? data) as Record<string, unknown>, schema.shape)
	) as Partial<EventData>;
	if (rendered && checked.success && problems.length === 0)
		result.rendered = { html: rendered.html, metadata: rendered.metadata };
	return result;
}
