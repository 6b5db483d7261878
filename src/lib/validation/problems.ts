/** A problem found in the content, and the one line an editor reads about it. */

export interface Problem {
	/** The file, as a path relative to the working directory (`content/events/2019-08-16-….md`). */
	file: string;
	/** 1-based line and column in the file, when the problem has a place. */
	line?: number;
	column?: number;
	/** The field, as `sources[0].url`, when the problem is in one. */
	field?: string;
	/** What is wrong and what was expected, written for the editor. */
	message: string;
}

/** `file:line:col field: message`, the format of `npm run validate` and of a failed build. */
export function formatProblem(problem: Problem): string {
	const place =
		problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
	// A field name or a value quoted in a message is the editor's own text: a terminal escape or a line break in it
	// must not colour, clear or split the report.
	return visible(`${place} ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
}

/** Problems in file order, then by position, so a report reads top to bottom (stable: ties keep their order). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
	);
}

/** The whole report: one line per problem, then the count. */
export function formatReport(problems: readonly Problem[], checked: number): string {
	const lines = sortProblems(problems).map(formatProblem);
	const files = new Set(problems.map((p) => p.file)).size;
	const count =
		problems.length === 0
			? `No problems in ${checked} file${checked === 1 ? '' : 's'}.`
			: `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${checked} checked).`;
	return [...lines, count].join('\n');
}

/** `sources[0].url` from `['sources', 0, 'url']`. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(name, key) =>
			typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
		'',
	);
}

/**
 * Text for a message with control characters and invisible formatting (direction marks, zero-width spaces, soft
 * hyphens, Hangul fillers) made visible (`\u001b`), never raw.
 */
export function visible(text: string): string {
	return text.replace(
		/[\u0000-\u001F\u007F-\u009F\u00AD\u115F\u1160\u200B-\u200F\u2028-\u202E\u2060-\u2069\u3164\uFEFF\uFFA0]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
