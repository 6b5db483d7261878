/**
 * The Content Security Policy of built pages: every page declares one; scripts and styles only from the site or
 * by hash (never 'unsafe-inline' or 'unsafe-eval'); every inline script is allowed by one of the page's hashes;
 * only the pages named in `wasm` may compile WebAssembly.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtFiles } from './site-files.ts';

export function cspProblems(dist: string, wasm: readonly string[] = []): string[] {
	const problems: string[] = [];
	for (const page of builtFiles(dist, '.html')) {
		const html = readFileSync(path.join(dist, page), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
		if (!policy) {
			problems.push(`${page}: no Content Security Policy`);
			continue;
		}
		const directives = new Map(
			policy
				.split(';')
				.map((part) => part.trim().split(/\s+/))
				.filter((words) => words[0])
				.map(([name, ...values]) => [name!, values]),
		);
		for (const name of ['default-src', 'script-src', 'style-src', 'object-src']) {
			if (!directives.has(name)) problems.push(`${page}: the policy has no ${name}`);
		}
		for (const [name, values] of directives) {
			if (values.includes("'unsafe-inline'") || values.includes("'unsafe-eval'"))
				problems.push(`${page}: ${name} allows ${values.join(' ')}`);
			if (values.includes("'wasm-unsafe-eval'") && !wasm.includes(page))
				problems.push(`${page}: ${name} allows 'wasm-unsafe-eval'`);
		}
		const allowed = new Set(
			(directives.get('script-src') ?? [])
				.filter((value) => value.startsWith("'sha"))
				.map((value) => value.slice(1, -1)),
		);
		for (const match of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
			if (/type="application\/(ld\+)?json"/.test(match[1]!)) continue;
			const hash = `sha256-${createHash('sha256').update(match[2]!).digest('base64')}`;
			if (!allowed.has(hash))
				problems.push(`${page}: an inline script is not allowed by the policy (${hash})`);
		}
		if (/\sstyle="/.test(html)) problems.push(`${page}: an inline style attribute`);
	}
	return problems;
}
