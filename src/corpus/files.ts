/**
 * Reading the content folder from disk, refusing what would otherwise be lost or garbled without a word: every file
 * in `events/` is either read as an entry (`<id>.md`) or its Korean text (`<id>.ko.md`), or named in a problem; a
 * symbolic link, a hidden file, a file that is not UTF-8 text, a very large file, or a folder where a registry should
 * be, each gets a message saying what to do. Paths in messages are printed with control characters made visible.
 */
import { lstatSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { visible, type Problem } from '../lib/validation/problems.ts';

/** Where things live inside a content folder. */
export const layout = {
	actors: 'actors.yaml',
	topics: 'topics.yaml',
	governments: 'governments.yaml',
	events: 'events',
} as const;

/** The largest file read, in bytes: an entry is a few kilobytes, a registry a few dozen. */
export const FILE_MAX = 1_000_000;

export interface ContentFile {
	/** Absolute path. */
	path: string;
	/** The path as shown to editors. */
	shown: string;
	text: string;
}

export interface ContentFiles {
	actors?: ContentFile;
	topics?: ContentFile;
	governments?: ContentFile;
	/** Entry files and Korean texts, in path order. */
	events: ContentFile[];
	problems: Problem[];
	/** How many files were looked at. */
	seen: number;
}

/** A path for a message: relative to `cwd` when inside it, with control characters and the like escaped. */
export function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, file);
	const shown =
		relative.startsWith('..') && relative.length > file.length ? file : relative.split(path.sep).join('/');
	return visible(shown);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where the first byte is that cannot start or continue a UTF-8 character (one pass, for the message). */
function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const byte = bytes[i]!;
		const follow = byte < 0x80 ? 0 : byte >= 0xc2 && byte < 0xe0 ? 1 : byte >= 0xe0 && byte < 0xf0 ? 2 : byte >= 0xf0 && byte < 0xf5 ? 3 : -1;
		if (follow < 0) return i;
		for (let k = 1; k <= follow; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += follow + 1;
	}
	return bytes.length;
}

/** The text of a file, or what is wrong with it (encoding, size, line endings), in words for its editor. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string; line?: number } {
	if (bytes.length > FILE_MAX)
		return {
			problem: `is ${(bytes.length / 1e6).toFixed(1)} MB (expected a text file of at most ${FILE_MAX / 1e6} MB: is it the right file?)`,
		};
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { problem: 'is saved as UTF-16 (save it as UTF-8: in most editors, "Save with encoding" → UTF-8)' };
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const bad = firstInvalidByte(bytes);
		let line = 1;
		for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
		return {
			problem: `is not UTF-8 text: line ${line} has a byte that UTF-8 does not allow (is it saved as Latin-1 or Windows-1252? save it as UTF-8)`,
			line,
		};
	}
	if (text.includes('\u0000')) return { problem: 'holds NUL characters: it is not a text file' };
	if (/\r(?!\n)/.test(text.replace(/\r\n/g, '')))
		return {
			problem:
				'ends its lines with a lone carriage return, as old Mac editors did (save it with Unix (LF) or Windows (CRLF) line endings)',
		};
	return { text };
}

function readOne(file: string, shown: string, problems: Problem[]): ContentFile | undefined {
	const decoded = decodeText(readFileSync(file));
	if ('problem' in decoded) {
		problems.push({ file: shown, line: decoded.line, message: decoded.problem });
		return undefined;
	}
	return { path: file, shown, text: decoded.text };
}

/** A registry file: missing, a folder, a link or unreadable is a problem. */
function readRegistryFile(file: string, shown: string, what: string, problems: Problem[]): ContentFile | undefined {
	let stat;
	try {
		stat = lstatSync(file);
	} catch {
		problems.push({ file: shown, message: `is missing (expected the ${what} registry: a YAML file of ids, each with its fields)` });
		return undefined;
	}
	if (stat.isSymbolicLink()) {
		problems.push({ file: shown, message: 'is a symbolic link, which is not read (put the file itself here)' });
		return undefined;
	}
	if (!stat.isFile()) {
		problems.push({
			file: shown,
			message: `is ${stat.isDirectory() ? 'a folder' : 'a special file (a pipe, socket or device)'}, not a file (expected the ${what} registry: a YAML file of ids, each with its fields)`,
		});
		return undefined;
	}
	return readOne(file, shown, problems);
}

/** Every file under `dir`, without following links; links and hidden names are reported, not read. */
function walk(dir: string, show: (file: string) => string, problems: Problem[]): string[] {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	const files: string[] = [];
	for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		const full = path.join(dir, entry.name);
		if (entry.isSymbolicLink()) {
			problems.push({
				file: show(full),
				message: 'is a symbolic link, which is not read (move the file or folder itself here)',
			});
		} else if (entry.name.startsWith('.')) {
			problems.push({
				file: show(full),
				message: 'has a name starting with a dot, which hides it: it is not read (rename it, or move it out of the folder)',
			});
		} else if (entry.isDirectory()) {
			files.push(...walk(full, show, problems));
		} else if (entry.isFile()) {
			files.push(full);
		} else {
			problems.push({ file: show(full), message: 'is not a regular file, and is not read' });
		}
	}
	return files;
}

/** Reads the content folder `dir`. */
export function readContentFolder(dir: string, cwd: string = process.cwd()): ContentFiles {
	const problems: Problem[] = [];
	const show = (file: string) => displayPath(file, cwd);
	const actorsFile = path.join(dir, layout.actors);
	const topicsFile = path.join(dir, layout.topics);
	const governmentsFile = path.join(dir, layout.governments);
	const eventsDir = path.join(dir, layout.events);
	const actors = readRegistryFile(actorsFile, show(actorsFile), 'actor', problems);
	const topics = readRegistryFile(topicsFile, show(topicsFile), 'topic', problems);
	const governments = readRegistryFile(governmentsFile, show(governmentsFile), 'government', problems);
	const files = walk(eventsDir, show, problems);
	const events: ContentFile[] = [];
	for (const file of files) {
		if (!file.endsWith('.md')) {
			problems.push({
				file: show(file),
				message: `is not read: only .md files in ${show(eventsDir)} are entries (rename it to .md, or move it out of the folder)`,
			});
			continue;
		}
		const read = readOne(file, show(file), problems);
		if (read) events.push(read);
	}
	if (files.length === 0)
		problems.push({
			file: show(eventsDir),
			message: 'has no entries (expected .md files such as 2019-08-16-cprk-refuses-talks.md)',
		});
	return { actors, topics, governments, events, problems, seen: files.length + 3 };
}
