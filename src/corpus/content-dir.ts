/** The content folder: `content/` at the project root, or the folder named by TIMELINE_CONTENT_DIR. */
import { createHash } from 'node:crypto';
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
	const configured = process.env.TIMELINE_CONTENT_DIR?.trim();
	return path.resolve(root, configured || 'content');
}

/**
 * Astro's cache folder for a content folder other than `content/` (tests, benchmarks), so builds of different
 * corpora never share a cache; `undefined` for the project's own content (Astro's default).
 */
export function cacheDirFor(
	configured: string | undefined = process.env.TIMELINE_CONTENT_DIR?.trim(),
): string | undefined {
	if (!configured) return undefined;
	return `./node_modules/.astro/corpus-${createHash('sha256').update(configured).digest('hex').slice(0, 12)}`;
}
