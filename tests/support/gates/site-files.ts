/** The files of a built site, and the address each one is served at. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file (not folder) under `dist`, as a path relative to it with forward slashes. */
export function builtFiles(dist: string, extension?: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && (!extension || entry.name.endsWith(extension)))
		.map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** `events/x/index.html` → `/events/x/`, `404.html` → `/404.html`. */
export function addressOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The address the site is built for (astro.config.mjs): absolute links to it are the site's own. */
export const siteOrigin = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;
