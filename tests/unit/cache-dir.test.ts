/**
 * Astro's cache folder: a build for another address (SITE_URL, BASE_PATH) or of another content folder never reuses
 * the pages of another's, which would keep links without the base path (Astro's incremental build keeps a page whose
 * props and code are unchanged, and the 404 page or /events.json has no props that name the base).
 */
import { describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/corpus/content-dir.ts';

describe("Astro's cache folder", () => {
	it("is Astro's own for the project's content at the default address", () => {
		expect(cacheDirFor(undefined, [undefined, undefined])).toBeUndefined();
	});

	it('is another for each content folder, address and base path', () => {
		const folders = [
			cacheDirFor('/tmp/corpus', [undefined, undefined]),
			cacheDirFor('/tmp/other', [undefined, undefined]),
			cacheDirFor(undefined, ['https://example.github.io', undefined]),
			cacheDirFor(undefined, ['https://example.github.io', '/timeline/']),
			cacheDirFor(undefined, ['https://example.github.io', '/archive/']),
			cacheDirFor('/tmp/corpus', ['https://example.github.io', '/timeline/']),
		];
		expect(folders.every((folder) => folder?.startsWith('./node_modules/.astro/'))).toBe(true);
		expect(new Set(folders).size).toBe(folders.length);
	});

	it('is the same for the same settings, so a rebuild reuses it', () => {
		expect(cacheDirFor('/tmp/corpus', [undefined, '/timeline/'])).toBe(
			cacheDirFor('/tmp/corpus', [undefined, '/timeline/']),
		);
	});
});
