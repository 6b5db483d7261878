/**
 * Field builders shared by the schemas. Each one normalises what a reasonable editor writes and, when the value
 * cannot be used, says what was found and what was expected, with an example, in words an editor can act on.
 */
import { domainToUnicode } from 'node:url';
import { z } from 'astro/zod';
import { calendarDayOf, isCalendarDate, todayInSeoul } from '../lib/calendar.ts';
import { hasHangul } from '../lib/hangul.ts';
import { didYouMean } from '../lib/suggest.ts';

/** A value as an editor would recognise it in their file, a text cut short after `max` characters. */
export function show(value: unknown, max = 60): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (typeof value === 'string') return JSON.stringify(value.length > max ? `${value.slice(0, max - 3)}…` : value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : calendarDayOf(value);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	return String(value);
}

const expecting = (what: string, example: string) => `expected ${what}, e.g. ${example}`;

/** Control characters (but tab and line breaks): invisible, and they break XML (the feeds) and terminals. */
export const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/**
 * Characters that show nothing: those Unicode says to ignore in display (zero-width spaces and joiners, direction
 * marks and overrides, soft hyphens, variation selectors, tags, the Hangul fillers), and the Braille blank.
 */
const invisible = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;
/** Whether text shows nothing at all: empty, spaces, or only invisible characters. */
export const showsNothing = (value: string) => value.replace(invisible, '').trim() === '';
/** Direction overrides, embeddings and isolates: text with one shows in another order than it is stored and searched. */
export const directionControl = /[\u202A-\u202E\u2066-\u2069]/;
/** The start of an HTML tag or comment: plain text never needs one. */
const markup = /<\s*[a-z!/?]/i;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What to tell an editor of a control character or direction control `char` in their text, found `where` (` after
 * "…"` in a field; nothing in an entry's text, whose line and column place it).
 */
export function controlMessage(char: string, where = ''): string {
	return directionControl.test(char)
		? `holds a direction control (${codePoint(char)})${where}, which shows the words in another order than they are stored and searched (delete it)`
		: `holds an invisible control character (${codePoint(char)})${where} (delete it: it often comes with text pasted from a PDF or a terminal)`;
}

/** Required text, trimmed, not empty, at most `max` characters, plain and on one line: no markup, no control character. */
export function text(what: string, example: string, max: number) {
	const hint = expecting(what, example);
	return z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `missing (${hint})`
					: `${show(issue.input)} is not text (${hint}${typeof issue.input === 'number' || typeof issue.input === 'boolean' ? '; put it in quotes' : ''})`,
		})
		.trim()
		.min(1, { error: `is empty (${hint})` })
		.max(max, {
			error: (issue) =>
				`is ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters long (expected at most ${max}: ${what})`,
		})
		.superRefine((value, context) => {
			const control = controlCharacter.exec(value);
			const direction = directionControl.exec(value);
			const lineBreak = /[\n\r\u2028\u2029]/.exec(value);
			if (lineBreak && !control)
				// One line: a title, a name or a sentence never needs a second, and the records for reference managers
				// (RIS, BibTeX) and the feeds read a line break as the end of a field.
				context.addIssue({
					code: 'custom',
					input: value,
					message: `holds a line break after ${show(value.slice(0, lineBreak.index))} (${hint}, on one line: join the lines)`,
				});
			else if (control)
				context.addIssue({
					code: 'custom',
					input: value,
					message: controlMessage(control[0], ` after ${show(value.slice(0, control.index))}`),
				});
			else if (value !== '' && showsNothing(value))
				context.addIssue({ code: 'custom', input: value, message: `shows nothing: it holds only invisible characters (${hint})` });
			else if (direction)
				context.addIssue({
					code: 'custom',
					input: value,
					message: controlMessage(direction[0], ` after ${show(value.slice(0, direction.index))}`),
				});
			else if (markup.test(value))
				context.addIssue({
					code: 'custom',
					input: value,
					message: `${show(value)} holds markup (expected plain text: write the words, without tags)`,
				});
		});
}

/** The number of one of an entry's sources (1 for the first), saying what was copied from it. */
export function sourceNumber(copied: string) {
	return z
		.int({
			error: (issue) =>
				`${issue.input === undefined ? 'missing' : `${JSON.stringify(issue.input)} is not a source number`} (expected the number of the source ${copied}: 1 for the first in sources, 2 for the second)`,
		})
		.min(1, { error: 'must be 1 or more (1 is the first source in sources)' })
		.describe(`Which of the entry’s sources ${copied}: 1 for the first source, 2 for the second.`);
}

/** Required text that holds Hangul (a Korean name, title or sentence). */
export function koreanText(what: string, example: string, max: number) {
	return text(what, example, max).refine((value) => hasHangul(value), {
		error: (issue) => `${show(issue.input)} has no Hangul (expected ${what}, e.g. ${example})`,
	});
}

/** Lowercase words and digits joined by hyphens, with at least one letter: `007` would be read as a number. */
const idPattern = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: lowercase ASCII letters and digits in words joined by hyphens, like `kim-yo-jong`. */
export function id(what: string, example: string) {
	return z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `missing (expected ${what}, e.g. ${example})`
					: `${show(issue.input)} is not an id (expected ${what}, e.g. ${example})`,
		})
		.trim()
		.regex(idPattern, {
			error: (issue) =>
				`${show(issue.input)} is not an id (expected ${what}: lowercase letters, digits and hyphens, e.g. ${example})`,
		});
}

/** One value of a fixed vocabulary, with a suggestion when the value is a near miss. */
export function oneOf<const V extends Record<string, unknown>>(vocabulary: V, what: string) {
	const ids = Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
	return z.enum(ids, {
		error: (issue) => {
			if (issue.input === undefined) return `missing (expected ${what}: one of ${ids.join(', ')})`;
			const hint = typeof issue.input === 'string' ? didYouMean(issue.input, ids) : '';
			return `${show(issue.input)} is not ${what} (${hint ? `${hint} ` : ''}expected one of ${ids.join(', ')})`;
		},
	});
}

/** The JSON Schema of what an editor may write for `schema` (for editors' completion and hover help). */
function inputJsonSchema(schema: z.ZodType): Record<string, unknown> {
	const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
		string,
		unknown
	>;
	return json;
}

/**
 * One value or a list of them, always read as a list. Its JSON Schema says both forms are fine, which the
 * normalisation alone could not tell editors' tools.
 */
export function listOf<T extends z.ZodType>(item: T, what: string, example: string, max = 50) {
	const itemJson = inputJsonSchema(item);
	return z
		.preprocess(
			(value) => (value === undefined || value === null || Array.isArray(value) ? value : [value]),
			z
				.array(item, {
					error: (issue) =>
						issue.input === undefined || issue.input === null
							? `missing (expected ${what}, e.g. ${example})`
							: `${show(issue.input)} is not a list (expected ${what}, e.g. ${example})`,
				})
				.min(1, { error: `is an empty list (expected at least one: ${what}, e.g. ${example})` })
				.max(max, { error: `has more than ${max} items (expected ${what})` }),
		)
		.meta({
			type: undefined,
			items: undefined,
			minItems: undefined,
			maxItems: undefined,
			anyOf: [itemJson, { type: 'array', minItems: 1, maxItems: max, items: itemJson }],
		});
}

const dateHint = 'expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2019-08-16';

/**
 * A calendar date as written in Korea: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, quoted or not (an unquoted YAML date or
 * year is read back into the same text), a real date, and not after today in Seoul.
 */
export function calendarDate() {
	return z
		.preprocess(
			(value) => {
				if (value instanceof Date && !Number.isNaN(value.getTime())) return calendarDayOf(value);
				if (typeof value === 'number' && Number.isInteger(value)) return String(value);
				return typeof value === 'string' ? value.trim() : value;
			},
			z
				.string({
					error: (issue) =>
						issue.input === undefined
							? `missing (${dateHint})`
							: `${show(issue.input)} is not a date (${dateHint})`,
				})
				// Not a date: no later check has anything to say about it.
				.refine(isCalendarDate, {
					error: (issue) => `${show(issue.input)} is not a calendar date (${dateHint})`,
					abort: true,
				})
				.refine((date) => date >= '1900', {
					error: (issue) =>
						`${show(issue.input)} is before 1900: is the year mistyped? (${dateHint})`,
				})
				.refine((date) => date.slice(0, 10) <= todayInSeoul().slice(0, date.length), {
					error: (issue) =>
						`${show(issue.input)} is in the future (today in Seoul is ${todayInSeoul()}; the timeline records what has happened)`,
				}),
		)
		.meta({
			type: ['string', 'integer'],
			pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
			examples: ['2019-08-16', '2019-08', '2019'],
		});
}

/** A web address the site may link to: `http:` or `https:`, absolute. */
export function webAddress(what: string) {
	return z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `missing (expected ${what}, e.g. https://en.yna.co.kr/view/AEN20190816000452325)`
					: `${show(issue.input)} is not a web address (expected ${what} starting with https://)`,
		})
		.trim()
		.refine(
			(value) => {
				try {
					const url = new URL(value);
					return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
				} catch {
					return false;
				}
			},
			{
				error: (issue) =>
					`${show(issue.input)} is not a web address (expected ${what} starting with https:// or http://)`,
			},
		)
		.superRefine((value, context) => {
			const problem = deceptiveAddress(value);
			if (problem) context.addIssue({ code: 'custom', input: value, message: `${show(value)} ${problem}` });
		});
}

/** A strict object: a field it does not know is an error that names the nearest known field. */
export function fields<S extends z.ZodRawShape>(shape: S, what: string) {
	const known = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys') {
				// One line per unknown key, in the order of `issue.keys`; the validator splits them.
				return issue.keys
					.map((key) => {
						const hint = didYouMean(key, known);
						return `unknown field ${JSON.stringify(key)} (${hint || `expected one of ${known.join(', ')}`})`;
					})
					.join('\n');
			}
			return issue.input === undefined ? `missing (expected ${what})` : `${show(issue.input)} is not ${what}`;
		},
	});
}

/**
 * What makes an address show one thing and lead to another, in words for its editor, or `undefined`: a user name
 * before the host (`https://yna.co.kr@evil.example/` goes to evil.example), a host written with letters of another
 * alphabet (a Cyrillic letter for a Latin one: the browser goes to an `xn--` host), or invisible characters.
 */
export function deceptiveAddress(value: string): string | undefined {
	if (/[\s\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/.test(value.trim()))
		return 'holds spaces or invisible characters (copy the address again from the browser)';
	try {
		const url = new URL(value);
		if (privateHost(url.hostname))
			return `leads to ${url.hostname}, an address inside the reader's own computer or network, not to a page on the web (write the address the page has on the web)`;
		if (url.username || url.password)
			return `has a user name before its host, so it leads to ${url.hostname}, not to the site it seems to name (write the page's own address)`;
		// A host with a letter from another alphabet among Latin ones shows one site and leads to another, however it is
		// written (as the letter, percent-encoded, or already as xn--). A name all in Hangul (통일부.한국) is no disguise.
		const disguised = url.hostname
			.split('.')
			.some((label) => label.startsWith('xn--') && !/^[\p{Script=Hangul}\d-]+$/u.test(domainToUnicode(label)));
		if (disguised)
			return `has letters outside the Latin alphabet in its host, so it may look like another site's and leads to ${url.hostname} (copy the address again from the browser's address bar)`;
	} catch {
		return undefined;
	}
	return undefined;
}

/**
 * Whether a host is the reader's own computer or network: loopback, private, link-local or unspecified addresses, however
 * written (the URL parser reads `https://2130706433/` and `http://0x7f.1/` as 127.0.0.1), and `localhost`.
 */
function privateHost(hostname: string): boolean {
	if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
	const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(hostname);
	if (v4) {
		const [a, b] = [Number(v4[1]), Number(v4[2])];
		return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
	}
	// IPv6: unspecified, loopback, unique local (fc00::/7), link-local (fe80::/10), and IPv4 written as IPv6.
	return /^\[(?:::1?|f[cd][0-9a-f]*:.*|fe[89ab][0-9a-f]*:.*|::ffff:.*)\]$/i.test(hostname);
}
