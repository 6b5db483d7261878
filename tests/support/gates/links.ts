/**
 * Internal links of a built site: every href and src that stays on the site must reach a file, and a #fragment
 * an element with that id. Links to other sites, mailto: and the like are not followed. A site built for a base path
 * (BASE_PATH=/timeline/) is served under it, so every link must carry it: one that does not leads out of the site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { addressOf, builtFiles, siteOrigin } from './site-files.ts';

export interface BrokenLink {
	page: string;
	link: string;
	reason: string;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		const html = readFileSync(file, 'utf8');
		ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((match) => decodeHtml(match[1]!)));
		idsCache.set(file, ids);
	}
	return ids;
}

const decodeHtml = (text: string) =>
	text
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

/** The file a path under the base path is served from, if any. */
function fileFor(dist: string, pathname: string, base: string): string | undefined {
	if (base && !pathname.startsWith(`${base}/`)) return undefined;
	const direct = path.join(dist, decodeURIComponent(pathname.slice(base.length)));
	if (existsSync(direct) && statSync(direct).isFile()) return direct;
	const index = path.join(direct, 'index.html');
	return existsSync(index) ? index : undefined;
}

/**
 * The broken links of the site built into `dist`, for a base path ('' at the root, '/timeline' under a sub-path) and
 * the origin of its address (SITE_URL: absolute links to it are the site's own).
 */
export function brokenLinks(dist: string, { basePath = '', origin = siteOrigin } = {}): BrokenLink[] {
	idsCache.clear();
	const broken: BrokenLink[] = [];
	for (const page of builtFiles(dist, '.html')) {
		const html = readFileSync(path.join(dist, page), 'utf8');
		const base = new URL(`${basePath}${addressOf(page)}`, 'http://site.invalid');
		for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const link = decodeHtml(match[1]!);
			const absolute = new URL(link, base);
			// The site's own absolute address (a permalink) counts as internal.
			const url =
				absolute.origin === origin ? new URL(absolute.pathname + absolute.hash, base) : absolute;
			if (url.origin !== base.origin) continue;
			const target = fileFor(dist, url.pathname, basePath);
			if (!target) {
				const outside = basePath && !url.pathname.startsWith(`${basePath}/`);
				broken.push({ page, link, reason: outside ? `outside the base path ${basePath}/` : 'no such page or file' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
				broken.push({ page, link, reason: `no element with id "${fragment}"` });
			}
		}
	}
	return broken;
}
