/** What a build wrote: the number of pages, the total size, the largest page, and the search index's size. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputSize {
	pages: number;
	files: number;
	bytes: number;
	largestPage: { path: string; bytes: number; gzip: number };
	searchIndex: { files: number; bytes: number };
}

export function outputSize(dir: string): OutputSize {
	const size: OutputSize = {
		pages: 0,
		files: 0,
		bytes: 0,
		largestPage: { path: '', bytes: 0, gzip: 0 },
		searchIndex: { files: 0, bytes: 0 },
	};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		const relative = path.relative(dir, file).split(path.sep).join('/');
		const bytes = statSync(file).size;
		size.files++;
		size.bytes += bytes;
		if (relative.startsWith('pagefind/')) {
			size.searchIndex.files++;
			size.searchIndex.bytes += bytes;
		}
		if (relative.endsWith('.html')) {
			size.pages++;
			if (bytes > size.largestPage.bytes)
				size.largestPage = { path: `/${relative.replace(/index\.html$/, '')}`, bytes, gzip: 0 };
		}
	}
	const largest = path.join(
		dir,
		size.largestPage.path,
		size.largestPage.path.endsWith('/') ? 'index.html' : '',
	);
	size.largestPage.gzip = gzipSync(readFileSync(largest)).length;
	return size;
}
