/**
 * One digest of everything, besides the content, that can change what the build makes: every file under src/,
 * astro.config.mjs, the lockfile (so every installed package), the Node.js version and the settings read from the
 * environment. Whatever is kept from one build to the next is keyed on it (with the content it was made from), so a
 * change to any of these makes it again: there is no list of the files a cache depends on to keep up to date.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The environment settings that change the output (see README: SITE_URL, BASE_PATH). */
export const OUTPUT_SETTINGS = ['SITE_URL', 'BASE_PATH'] as const;

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

/**
 * The digest of what, outside src/, can change every page: the configuration, the lockfile (so every installed
 * package), the Node.js version and the settings. Astro's incremental build hashes each page's own code, not these, so
 * every page's cache key holds this digest too (src/site/paths.ts).
 */
export function settingsDigest(root: string): string {
	const hash = createHash('sha256');
	for (const file of ['astro.config.mjs', 'package-lock.json'].map((name) => path.join(root, name)).filter(existsSync))
		hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
	hash.update(`node ${process.version}\0`);
	for (const name of OUTPUT_SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\0`);
	return hash.digest('hex');
}

/** The digest for the project at `root` (the folder holding src/ and astro.config.mjs): all of src/, and the above. */
export function projectDigest(root: string): string {
	const hash = createHash('sha256');
	for (const file of filesUnder(path.join(root, 'src')))
		hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
	return hash.update(settingsDigest(root)).digest('hex');
}

/** A digest of `parts`, in order. */
export function digestOf(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}
