/**
 * The headers Netlify and Cloudflare Pages send, from the `_headers` file the build writes (src/integrations/
 * host-headers.ts): every page's Content Security Policy is its meta tag's, with `frame-ancestors`, which only a header
 * can carry (embed cards may be framed by anyone, nothing else by anybody); every file gets the common security
 * headers; Astro's hashed bundles are cached for good; and no header comes from two rules, which hosts would join.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf, builtFiles } from '../support/gates/site-files.ts';
import { matches, parseHeadersFile } from '../support/headers-file.ts';

const dist = 'dist';
const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
const headersOf = (address: string) =>
	rules.filter((rule) => matches(rule.pattern, address)).flatMap((rule) => Object.entries(rule.headers));
const metaPolicy = (file: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
		readFileSync(path.join(dist, file), 'utf8'),
	)?.[1];
const isEmbed = (address: string) => /^(?:\/ko)?\/events\/[^/]+\/embed\/$/.test(address);

describe("the hosts' headers (dist/_headers)", () => {
	it("give every page its meta tag's policy with frame-ancestors, and refuse framing to all but embed cards", () => {
		const problems: string[] = [];
		let embeds = 0;
		for (const file of builtFiles(dist, '.html')) {
			const address = addressOf(file);
			const headers = Object.fromEntries(headersOf(address));
			const embed = isEmbed(address);
			if (embed) embeds++;
			const expected = `${metaPolicy(file)}; frame-ancestors ${embed ? '*' : "'none'"}`;
			if (headers['Content-Security-Policy'] !== expected)
				problems.push(`${address}: ${headers['Content-Security-Policy'] ?? 'no policy'}`);
			if (headers['X-Frame-Options'] !== (embed ? undefined : 'DENY'))
				problems.push(`${address}: X-Frame-Options ${headers['X-Frame-Options']}`);
		}
		expect(problems).toEqual([]);
		const entries = JSON.parse(readFileSync(path.join(dist, 'events.json'), 'utf8')).count;
		expect(embeds).toBe(2 * entries);
	});

	it('send the common security headers with every file, and cache only the hashed bundles for good', () => {
		for (const file of builtFiles(dist).filter((file) => file !== '_headers')) {
			const headers = Object.fromEntries(headersOf(addressOf(file)));
			expect(headers, file).toMatchObject({
				'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{8}/),
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'same-origin',
				'Permissions-Policy': expect.stringContaining('camera=()'),
			});
			expect(headers['Cache-Control'], file).toBe(
				file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : undefined,
			);
		}
	});

	it("give the search index's files the search page's policy: Pagefind's worker compiles WebAssembly under it", () => {
		const worker = builtFiles(dist).find((file) => /^pagefind\/pagefind-worker\.js$/.test(file))!;
		const search = Object.fromEntries(headersOf('/search/'))['Content-Security-Policy'];
		expect(Object.fromEntries(headersOf(addressOf(worker)))['Content-Security-Policy']).toBe(search);
		expect(search).toContain("'wasm-unsafe-eval'");
	});

	it('never give a file the same header from two rules (hosts join the values: two policies, both enforced)', () => {
		const twice = builtFiles(dist).flatMap((file) => {
			const names = headersOf(addressOf(file)).map(([name]) => name);
			return names.filter((name, index) => names.indexOf(name) !== index).map((name) => `${file}: ${name}`);
		});
		expect(twice).toEqual([]);
	});
});
