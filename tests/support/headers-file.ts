/**
 * Reading a `_headers` file (Netlify, Cloudflare Pages) back: its rules, and the headers each rule gives a path, with
 * Netlify's matching (its headers parser: `:name` is one segment, `*` anything, a trailing slash optional).
 */
export interface HeaderRule {
	pattern: string;
	headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
			if (!name || !rules.length) throw new Error(`Not a header line: ${line}`);
			rules.at(-1)!.headers[name] = value!;
		}
	}
	return rules;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `pattern` matches `path`, as Netlify matches it. */
export function matches(pattern: string, path: string): boolean {
	const parts = pattern
		.split('/')
		.filter(Boolean)
		.map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : escape(part)));
	return new RegExp(`^/${parts.join('/')}/?$`, 'iu').test(path);
}
