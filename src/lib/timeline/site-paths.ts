/**
 * Every address the site builds from a timeline, as the English edition has it (the Korean edition has each page
 * again under `/ko`): the timeline's pages, every entry's page, every facet value's pages and index, the fixed pages
 * and the data files. Validation holds the links and images in entries' texts to it, so a link that would lead to
 * a 404 fails with the file named; a test holds it to the pages the build writes.
 */
import { sitePathOf } from '../../i18n/urls.ts';
import { FACET_NAMES, facetFolders, facetPath } from './facet-paths.ts';
import { facetValues } from './facets.ts';
import type { Timeline } from './model.ts';
import { paginate, pageUrl } from './pages.ts';

/** Pages that are there whatever the content. */
const fixedPages = ['/search/', '/about/', '/data/', '/dialogue/'];
/** Files the build writes besides pages (public/ holds the others). */
export const dataFiles = [
	'/events.json',
	'/events.csv',
	'/events.schema.json',
	'/relations.json',
	'/relations.csv',
	'/relations.schema.json',
	'/feed.xml',
	'/ko/feed.xml',
	'/timeline-index.json',
	'/robots.txt',
	'/sitemap-index.xml',
];

/** The page paths of the site (English edition; each is also under `/ko`). */
export function sitePages(timeline: Timeline): Set<string> {
	const pages = new Set<string>(fixedPages);
	for (const page of paginate(timeline.entries)) pages.add(pageUrl('/', page.number));
	for (const entry of timeline.entries) pages.add(entry.url);
	const facets = facetValues(timeline);
	for (const facet of FACET_NAMES) {
		pages.add(`/${facetFolders[facet]}/`);
		for (const value of facets[facet]) {
			const base = facetPath(facet, value.id);
			for (const page of paginate(value.entries)) pages.add(pageUrl(base, page.number));
		}
	}
	return pages;
}

/**
 * What a site path written in a text points at: without its fragment or query, without the Korean edition's prefix,
 * with `index.html` and a missing trailing slash read as the page's folder, as static hosts do.
 */
export function linkTarget(written: string): { path: string; file: boolean } {
	let path = written.replace(/[?#].*$/, '') || '/';
	try {
		path = decodeURI(path);
	} catch {
		// Left as written: it then matches nothing.
	}
	// Written from the site's root: the base path is not part of it.
	const { lang, path: localized } = sitePathOf(path, '');
	if (lang === 'ko' && dataFiles.includes(path)) return { path, file: true };
	path = localized.replace(/\/index\.html$/, '/');
	if (/\.[A-Za-z0-9]+$/.test(path)) return { path, file: true };
	return { path: path.endsWith('/') ? path : `${path}/`, file: false };
}
