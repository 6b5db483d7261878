/**
 * Internal links of a built site: every href and src that stays on the site must reach a file, and a #fragment
 * an element with that id. Links to other sites, mailto: and the like are not followed.
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

/** The file a site path is served from, if any. */
function fileFor(dist: string, pathname: string): string | undefined {
	const direct = path.join(dist, decodeURIComponent(pathname));
	if (existsSync(direct) && statSync(direct).isFile()) return direct;
	const index = path.join(direct, 'index.html');
	return existsSync(index) ? index : undefined;
}

export function brokenLinks(dist: string): BrokenLink[] {
	idsCache.clear();
	const broken: BrokenLink[] = [];
	for (const page of builtFiles(dist, '.html')) {
		const html = readFileSync(path.join(dist, page), 'utf8');
		const base = new URL(addressOf(page), 'http://site.invalid');
		for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const link = decodeHtml(match[1]!);
			const absolute = new URL(link, base);
			// The site's own absolute address (a permalink) counts as internal.
			const url =
				absolute.origin === siteOrigin ? new URL(absolute.pathname + absolute.hash, base) : absolute;
			if (url.origin !== base.origin) continue;
			const target = fileFor(dist, url.pathname);
			if (!target) {
				broken.push({ page, link, reason: 'no such page or file' });
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
