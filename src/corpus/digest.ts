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

/** The digest for the project at `root` (the folder holding src/ and astro.config.mjs). */
export function projectDigest(root: string): string {
	const hash = createHash('sha256');
	const files = [
		...filesUnder(path.join(root, 'src')),
		...['astro.config.mjs', 'package-lock.json'].map((file) => path.join(root, file)).filter(existsSync),
	];
	for (const file of files) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
	hash.update(`node ${process.version}\0`);
	for (const name of OUTPUT_SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\0`);
	return hash.digest('hex');
}

/** A digest of `parts`, in order. */
export function digestOf(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}
