/**
 * The output folder is emptied by moving its contents aside (src/integrations/output-folder.ts), and only a folder
 * Astro itself would empty: never one that holds the project or the cache, which Astro refuses only after the hook.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outputFolder } from '../../src/integrations/output-folder.ts';

const folderUrl = (folder: string) => pathToFileURL(`${folder}/`);

/** A project with a last build in `out` (relative to it), as the build's first hooks see it. */
function startBuild(out: string, vite: object = {}) {
	const root = mkdtempSync(path.join(tmpdir(), 'output-folder-'));
	for (const file of ['astro.config.mjs', 'content/a.md', `${out}/index.html`, `${out}/events/x/index.html`]) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), file);
	}
	const cacheDir = path.join(root, 'node_modules/.astro');
	const hooks = outputFolder().hooks as Record<string, (options: object) => void>;
	const config = { root: folderUrl(root), outDir: folderUrl(path.join(root, out)), cacheDir: folderUrl(cacheDir), vite };
	hooks['astro:config:done']!({ config });
	hooks['astro:build:start']!({});
	return { root, aside: path.join(cacheDir, 'old-output') };
}

describe('the output folder', () => {
	it('is emptied, and what it held is deleted in the background', async () => {
		const { root, aside } = startBuild('dist');
		expect(readdirSync(path.join(root, 'dist'))).toEqual([]);
		expect(existsSync(path.join(root, 'content/a.md'))).toBe(true);
		for (let wait = 0; readdirSync(aside).length > 0 && wait < 100; wait++) await new Promise((done) => setTimeout(done, 100));
		expect(readdirSync(aside)).toEqual([]);
	});

	it('is left alone when it holds the project or the cache, or when emptying it is turned off', () => {
		for (const [out, vite] of [['.', {}], ['dist', { build: { emptyOutDir: false } }]] as const) {
			const { root, aside } = startBuild(out, vite);
			expect(readdirSync(path.join(root, out)).length, `outDir "${out}"`).toBeGreaterThan(0);
			expect(existsSync(path.join(root, 'content/a.md'))).toBe(true);
			expect(existsSync(aside)).toBe(false);
		}
	});
});
