/** The content folder: `content/` at the project root, or the folder named by TIMELINE_CONTENT_DIR. */
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
	const configured = process.env.TIMELINE_CONTENT_DIR?.trim();
	return path.resolve(root, configured || 'content');
}
