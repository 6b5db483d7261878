/**
 * When each entry was first published and last changed: read from the repository's history at build time, in one
 * `git log` over the content folder. An entry's history is that of its two files (`<id>.md`, `<id>.ko.md`), renames
 * followed. Dates are the commits' own calendar dates (`%cs`), so the same commit builds the same pages whatever the
 * machine's time zone. A shallow clone, or a content folder outside a repository, has no trustworthy history: the
 * pages then say so rather than show wrong dates.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export type History =
	/** For each entry id, the calendar dates (YYYY-MM-DD) of the commits that changed it, newest first, once each. */
	| { available: true; changes: ReadonlyMap<string, string[]> }
	| { available: false; reason: 'shallow' | 'no-repository' };

const git = (cwd: string, args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });

/** The entry id a content file belongs to: `2019-08-16-cprk-refuses-talks` for its `.md` and its `.ko.md`. */
const entryOf = (file: string) => (file.endsWith('.md') ? path.posix.basename(file).replace(/(\.ko)?\.md$/, '') : undefined);

/**
 * The changes of every entry, newest first, from `git log --name-status` output (each commit's record starts with
 * U+001E and its date). Walking from the newest commit back, a rename `old → new` makes the older commits of `old` count for the
 * entry now called `new`.
 */
export function parseLog(log: string): Map<string, string[]> {
	const changes = new Map<string, string[]>();
	const now = new Map<string, string>();
	const current = (id: string) => now.get(id) ?? id;
	for (const record of log.split('\u001e').slice(1)) {
		const [header = '', ...lines] = record.split('\n');
		const date = header.trim();
		const touched = new Set<string>();
		for (const line of lines) {
			const [status = '', ...paths] = line.split('\t');
			if (!status) continue;
			const [from, to] = status.startsWith('R') ? [entryOf(paths[0]!), entryOf(paths[1]!)] : [entryOf(paths[0]!), entryOf(paths[0]!)];
			if (!to) continue;
			const id = current(to);
			touched.add(id);
			if (from && from !== to) now.set(from, id);
		}
		for (const id of touched) {
			const dates = changes.get(id) ?? [];
			if (dates.at(-1) !== date) changes.set(id, [...dates, date]);
		}
	}
	return changes;
}

/** The history of the entries in `contentDir`, or why there is none. */
export function readHistory(contentDir: string): History {
	const shallow = git(contentDir, ['rev-parse', '--is-shallow-repository']);
	if (shallow.status !== 0) return { available: false, reason: 'no-repository' };
	if (shallow.stdout.trim() === 'true') return { available: false, reason: 'shallow' };
	const log = git(contentDir, ['log', '-M', '--name-status', '--format=%x1e%cs', '--', '.']);
	if (log.status !== 0) return { available: false, reason: 'no-repository' };
	return { available: true, changes: parseLog(log.stdout) };
}
