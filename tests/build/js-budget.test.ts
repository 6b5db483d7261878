/** The timeline's JavaScript budget: at most 5 KB gzipped on the first load of /. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET = 5 * 1024;

describe('the JavaScript the timeline loads', () => {
	it(`stays within ${BUDGET} bytes gzipped`, () => {
		const html = readFileSync('dist/index.html', 'utf8');
		const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
		const inline = [
			...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
		].map((match) => match[1]!);
		expect(scripts.length).toBeGreaterThan(0);
		const bytes =
			scripts.reduce((sum, src) => sum + gzipSync(readFileSync(`dist${src}`), { level: 9 }).length, 0) +
			inline.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
		expect(bytes).toBeLessThanOrEqual(BUDGET);
	});
});
