/**
 * A page is rendered again exactly when its cache key (a digest of its props) or its code changes: so a page that
 * Astro may keep from one build to the next must show nothing but its props. Held by construction: the site's data
 * is read in src/site/paths.ts, and only pages Astro renders at every build (no getStaticPaths) read it themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(astro|ts)$/.test(name))
		.map((name) => path.join(dir, name));
const readsSiteData = (file: string) => /from ['"][./]*(?:\.\.\/)*site\/load\.ts['"]/.test(readFileSync(file, 'utf8'));

describe("the site's data", () => {
	it('is read by no component or layout', () => {
		expect([...files('src/components'), ...files('src/layouts')].filter(readsSiteData)).toEqual([]);
	});

	it('is read by no page Astro may keep: only by pages rendered at every build', () => {
		const keyed = files('src/pages').filter((file) => /getStaticPaths/.test(readFileSync(file, 'utf8')));
		expect(keyed.length).toBeGreaterThan(8);
		expect(keyed.filter(readsSiteData)).toEqual([]);
	});
});

describe("a page's code", () => {
	// Where a module names Vite's env object as a whole, Astro writes the build's environment into the module's code
	// (the shell's `$_`, which is /usr/bin/npm under `npm run build` and node's path when Astro is started directly),
	// so every page's code hash, and with it every page Astro could have kept, changes with how the build was started.
	it('reads the environment Vite gives it property by property', () => {
		const whole = /\bimport\.meta\.env\b(?!\.)/;
		expect(files('src').filter((file) => whole.test(readFileSync(file, 'utf8')))).toEqual([]);
	});
});
