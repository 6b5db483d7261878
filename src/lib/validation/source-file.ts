/**
 * Reading one Markdown or YAML file as an editor wrote it: a UTF-8 byte-order mark, CRLF line endings and
 * trailing spaces are accepted; YAML errors come back with a line and column; and any field can be traced back
 * to the place in the file where it is written, so a problem names its line.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

export interface Position {
	line: number;
	column: number;
}

export interface ParsedYaml {
	/** The parsed value (what `JSON` would give), or `undefined` when the YAML did not parse. */
	data: unknown;
	/** Syntax errors, each with the place it was found and a message for editors. */
	errors: { position: Position; message: string }[];
	/** Where the value at a path is written, or the nearest enclosing value that is written. */
	locate(path: readonly PropertyKey[]): Position;
	/** Where a key of the map at `path` is written (for an unknown field). */
	locateKey(path: readonly PropertyKey[], key: string): Position;
	/** The value at `path` as written, when it is a single value (`1e3`, which YAML reads as 1000). */
	written(path: readonly PropertyKey[]): string | undefined;
	/** The top-level map's entries with their keys as written (`007`, not 7), for registries. */
	entries(): { id: string; value: unknown; place: Position }[];
}

/**
 * Converts character offsets in a text into 1-based lines and columns. The lines are found on the first call, so
 * making one for a text that turns out to have nothing to place costs nothing.
 */
export function positionsOf(text: string): (offset: number) => Position {
	let starts: number[] | undefined;
	return (offset) => {
		if (!starts) {
			starts = [0];
			for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
		}
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - starts[low]! + 1 };
	};
}

const yamlMessages: Record<string, string> = {
	DUPLICATE_KEY: 'a field appears twice (keep one)',
	TAB_AS_INDENT: 'a tab is used to indent (indent with spaces)',
	BAD_INDENT: 'the indentation is off (line the field up with the others)',
	MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines, or a colon is missing after it',
	MISSING_CHAR: 'a closing quote or bracket is missing',
	BLOCK_AS_IMPLICIT_KEY: 'a line is indented under something that is not a list or a group of fields',
	BAD_SCALAR_START: 'a value starts with a character YAML reserves (put the value in quotes)',
	UNEXPECTED_TOKEN: 'something unexpected is here (a value with a colon or # may need quotes)',
	ALIAS_PROPS: 'an alias cannot carry a tag or anchor',
	BAD_ALIAS: 'an alias (*name) refers to nothing',
	RESOURCE_EXHAUSTION: 'aliases expand too much',
	MULTIPLE_DOCS: 'the file holds a second YAML document (a line --- or ... inside it starts one: remove that line)',
};

/** The offset of the first quote that no quote closes on its line, if any (where a missing closing quote began). */
function unclosedQuote(yamlText: string): number | undefined {
	let offset = 0;
	for (const line of yamlText.split('\n')) {
		const value = /:\s+(["'])/.exec(line) ?? /^\s*-\s+(["'])/.exec(line);
		if (value) {
			const quote = value[1]!;
			const start = value.index + value[0].length - 1;
			const rest = line.slice(start + 1).replace(quote === '"' ? /\\./g : /''/g, '');
			if (!rest.includes(quote)) return offset + start;
		}
		offset += line.length + 1;
	}
	return undefined;
}

/** How deep a YAML text's brackets and indentation may go: an entry's front matter goes three or four levels. */
const YAML_DEPTH_MAX = 64;
const tooDeepMessage = `brackets or indentation nest more than ${YAML_DEPTH_MAX} levels deep (write the value as a plain list or text)`;

/**
 * Where a YAML text's brackets or indentation first go deeper than YAML_DEPTH_MAX, read without parsing, or
 * `undefined`. A line's indentation and its leading dashes (`- - - a`, lists within lists) count as levels, and so
 * does each open bracket; brackets in quoted values and comments do not. The parsers recurse for every level: a
 * thousand levels exhaust the stack, at a depth that differs from one thread to another, so the limit is set here.
 */
export function yamlTooDeep(yamlText: string): number | undefined {
	let depth = 0;
	let offset = 0;
	for (const line of yamlText.split('\n')) {
		const [lead, indent, dashes] = /^( *)((?:[-?](?: +|$))*)/.exec(line)!;
		if (indent!.length + dashes!.replace(/ /g, '').length > YAML_DEPTH_MAX) return offset;
		let quote = '';
		// A quote opens a value only where a value can start: after a bracket, comma, colon, dash or the indentation.
		let valueMayStart = true;
		for (let i = lead.length; i < line.length; i++) {
			const char = line[i]!;
			if (quote) {
				if (quote === '"' && char === '\\') i++;
				else if (char === quote && quote === "'" && line[i + 1] === "'") i++;
				else if (char === quote) quote = '';
				continue;
			}
			if (char === ' ') continue;
			if (char === '#' && (i === 0 || line[i - 1] === ' ')) break;
			if ((char === '"' || char === "'") && valueMayStart) quote = char;
			else if (char === '[' || char === '{') {
				if (++depth > YAML_DEPTH_MAX) return offset + i;
			} else if ((char === ']' || char === '}') && depth > 0) depth--;
			valueMayStart = '[{,:-?'.includes(char);
		}
		offset += line.length + 1;
	}
	return undefined;
}

/**
 * Parses YAML found at `offset` in `fileText`, reporting places in the file. `fileText` is the whole file, so
 * lines and columns count from its first line.
 */
export function parseYaml(yamlText: string, fileText: string, offset: number): ParsedYaml {
	const at = positionsOf(fileText);
	const deep = yamlTooDeep(yamlText);
	const doc: Document.Parsed = parseDocument(deep === undefined ? yamlText : '', {
		prettyErrors: false,
		uniqueKeys: true,
		schema: 'core',
		strict: true,
	});
	const errors = doc.errors.map((error) => {
		const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		// What the depth check above does not see still exhausts the stack, which the parser calls resource exhaustion.
		const deep = error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(detail);
		const friendly = deep ? tooDeepMessage : yamlMessages[error.code];
		// The parser's own words follow, but not its stack overflow or its advice to programmers (`please use
		// YAML.parseAllDocuments()`).
		const tail = friendly && !deep && error.code !== 'MULTIPLE_DOCS' ? ` (${detail})` : '';
		// YAML notices a missing closing quote only where the text ends; point at the line that opened it.
		const place = error.code === 'MISSING_CHAR' ? (unclosedQuote(yamlText) ?? error.pos[0]) : error.pos[0];
		return {
			position: at(offset + place),
			message: `YAML syntax: ${friendly ?? detail}${tail}`,
		};
	});
	if (deep !== undefined)
		errors.push({
			position: at(offset + deep),
			message: `YAML syntax: ${tooDeepMessage}`,
		});
	let data: unknown;
	if (errors.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: 100 });
		} catch (error) {
			const message = (error as Error).message;
			errors.push({
				position: at(offset),
				message: `YAML syntax: ${/alias/i.test(message) ? 'aliases (*name) expand far too much (write the values out plainly)' : message}`,
			});
		}
	}
	const start = at(offset);

	const nodeAt = (path: readonly PropertyKey[]): Node | undefined => {
		let node: unknown = doc.contents;
		for (const key of path) {
			if (isMap(node)) node = node.get(key, true);
			else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
			else return undefined;
			if (node === undefined || node === null) return undefined;
		}
		return node as Node;
	};

	const locate = (path: readonly PropertyKey[]): Position => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = nodeAt(path.slice(0, depth));
			if (node?.range) return at(offset + node.range[0]);
		}
		return start;
	};

	const locateKey = (path: readonly PropertyKey[], key: string): Position => {
		const map = nodeAt(path);
		if (isMap(map)) {
			const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
			if (pair && isScalar(pair.key) && pair.key.range) return at(offset + pair.key.range[0]);
		}
		return locate(path);
	};

	const written = (path: readonly PropertyKey[]) => {
		const node = nodeAt(path);
		return isScalar(node) ? node.source : undefined;
	};

	const entries = () => {
		const map = doc.contents;
		if (!isMap(map)) return [];
		return map.items.flatMap((pair) => {
			if (!isScalar(pair.key)) return [];
			const id = String(pair.key.source ?? pair.key.value);
			const value = pair.value ? (pair.value as Node).toJS(doc, { maxAliasCount: 100 }) : null;
			return [{ id, value, place: pair.key.range ? at(offset + pair.key.range[0]) : start }];
		});
	};

	return { data, errors, locate, locateKey, written, entries };
}

export interface MarkdownParts {
	/** Where the front matter's YAML is in `text`, when the file has front matter. */
	frontMatterAt?: { start: number; end: number };
	/** What is wrong with the file's shape itself (empty, no front matter, front matter not closed). */
	shapeProblem?: { position: Position; message: string };
	/** The Markdown after the front matter. */
	body: string;
	/** The line of the file on which the body starts. */
	bodyLine: number;
	/** The whole file, without a byte-order mark. */
	text: string;
}

export interface MarkdownFile extends MarkdownParts {
	/** The front matter, parsed, when the file has one. */
	frontMatter?: ParsedYaml;
}

/** A file whose shape is wrong, with the problem placed on the line at `at` (the first, unless given). */
const shapeProblem = (text: string, body: string, message: string, at = 0): MarkdownParts => ({
	text,
	body,
	bodyLine: 1,
	shapeProblem: { position: { line: text.slice(0, at).split('\n').length, column: 1 }, message },
});

/** A line that reads as a field of the front matter (`title: …`, `- title: …`). */
const fieldLine = /^(?:- )?[a-z][A-Za-z_]*:(?=[ \t]|\r?$).*/m;

/** Finds a Markdown file's YAML front matter and its body, without parsing either. */
export function splitMarkdownFile(raw: string): MarkdownParts {
	const text = raw.replace(/^\uFEFF/, '');
	if (text.trim() === '') {
		return shapeProblem(
			text,
			'',
			'the file is empty (expected front matter between two --- lines, then the text of the entry)',
		);
	}
	const open = /^---[ \t]*\r?\n/.exec(text);
	if (!open) {
		return shapeProblem(
			text,
			text,
			'the file has no front matter (expected it to start with a line ---, then the fields, then --- again)',
		);
	}
	const close = /^---[ \t]*\r?$/m.exec(text.slice(open[0].length));
	if (!close)
		return shapeProblem(text, '', 'the front matter is not closed (expected a line --- after the fields)');
	const start = open[0].length;
	const end = start + close.index;
	const afterClose = end + close[0].length;
	const bodyStart = text.startsWith('\r\n', afterClose)
		? afterClose + 2
		: text.startsWith('\n', afterClose)
			? afterClose + 1
			: afterClose;
	const early = /^\.\.\.[ \t]*\r?$/m.exec(text.slice(start, end));
	if (early)
		return shapeProblem(
			text,
			'',
			'a line ... inside the front matter would end it early, and the fields after it would be lost (remove the line)',
			start + early.index,
		);
	// Fields after the closing line: a --- among the fields closed the front matter before them. They are where the
	// text starts, or anywhere before a later line --- (the one meant to close it).
	const body = text.slice(bodyStart);
	const meantEnd = /^---[ \t]*\r?$/m.exec(body);
	const span = meantEnd ? body.slice(0, meantEnd.index).trimStart() : body.trimStart().split('\n')[0]!;
	const field = fieldLine.exec(span)?.[0];
	if (field)
		return shapeProblem(
			text,
			'',
			`a line --- here ends the front matter, but fields follow it (${JSON.stringify(field.trimEnd().slice(0, 40))}) and would be published as the entry's text (keep one --- before all the fields and one after them)`,
			end,
		);
	return { text, frontMatterAt: { start, end }, body, bodyLine: text.slice(0, bodyStart).split('\n').length };
}

/** Splits a Markdown file into its YAML front matter, parsed with every position kept, and its body. */
export function readMarkdownFile(raw: string): MarkdownFile {
	const parts = splitMarkdownFile(raw);
	const at = parts.frontMatterAt;
	return at
		? { ...parts, frontMatter: parseYaml(parts.text.slice(at.start, at.end), parts.text, at.start) }
		: parts;
}
