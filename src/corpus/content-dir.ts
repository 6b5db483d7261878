/** The content folder: `content/` at the project root, or the folder named by TIMELINE_CONTENT_DIR. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { OUTPUT_SETTINGS } from './digest.ts';

export function contentDir(root: string = process.cwd()): string {
	const configured = process.env.TIMELINE_CONTENT_DIR?.trim();
	return path.resolve(root, configured || 'content');
}

/**
 * Astro's cache folder for a content folder other than `content/` (tests, benchmarks), or for a build with address
 * settings (SITE_URL, BASE_PATH), so builds of different corpora or addresses never share a cache: Astro's
 * incremental build keeps a page whose props and code are unchanged, and a page without props (the 404 page,
 * /events.json) reads the base path from the configuration, not from its props. `undefined` for the project's own
 * content at the default address (Astro's default folder).
 */
export function cacheDirFor(
	configured: string | undefined = process.env.TIMELINE_CONTENT_DIR?.trim(),
	settings: (string | undefined)[] = OUTPUT_SETTINGS.map((name) => process.env[name]?.trim()),
): string | undefined {
	if (!configured && !settings.some(Boolean)) return undefined;
	const key = [configured ?? '', ...settings.map((value) => value ?? '')].join('\0');
	return `./node_modules/.astro/corpus-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}
