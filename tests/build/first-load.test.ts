/**
 * The timeline's first load, as a reader's browser fetches it: the page, its stylesheets and its scripts, each
 * gzipped as a server sends it. At most 30 KB in all for the first page of either edition, of which at most 5 KB of
 * JavaScript (the filter's index and the search come later, on first use).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const FIRST_LOAD = 30 * 1024;
const SCRIPTS = 5 * 1024;

const gzipped = (bytes: string | Buffer) => gzipSync(bytes, { level: 9 }).length;
const file = (src: string) => readFileSync(`dist${src}`);

function firstLoad(page: string) {
	const html = readFileSync(`dist${page}index.html`, 'utf8');
	const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
	const inline = [
		...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
	].map((match) => match[1]!);
	const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
	const js =
		scripts.reduce((sum, src) => sum + gzipped(file(src)), 0) + inline.reduce((sum, code) => sum + gzipped(code), 0);
	const css = styles.reduce((sum, href) => sum + gzipped(file(href)), 0);
	return { scripts: scripts.length, styles: styles.length, js, total: gzipped(html) + css + js };
}

describe('the timeline’s first load', () => {
	for (const page of ['/', '/ko/']) {
		it(`${page}: at most ${FIRST_LOAD} bytes gzipped in all, ${SCRIPTS} of them JavaScript`, () => {
			const load = firstLoad(page);
			expect(load.scripts).toBeGreaterThan(0);
			expect(load.styles).toBeGreaterThan(0);
			expect(load.js).toBeLessThanOrEqual(SCRIPTS);
			expect(load.total).toBeLessThanOrEqual(FIRST_LOAD);
		});
	}
});
