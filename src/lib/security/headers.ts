/**
 * The HTTP headers the site is served with, declared once for every host (src/lib/hosting/ writes them as Netlify's
 * and Cloudflare Pages' `_headers` and as an nginx configuration). A page's headers carry its Content Security Policy
 * (policy.ts) with what only a header can carry: who may frame it (`frame-ancestors`, and `X-Frame-Options` for
 * browsers that know only that), so embed cards can be shown in other sites' pages and no other page can.
 *
 * Pages are told apart by their address. Patterns are site paths as the English edition has them: `:id` stands for
 * one segment, a trailing `*` for anything below. No two patterns match the same page, because hosts combine the
 * values of a header that several rules give (Cloudflare joins two policies with a comma, and a browser then
 * enforces both), so each page gets its headers from one rule. A test holds every built page to it.
 */
import { LANGS, languages } from '../../i18n/languages.ts';
import { FACET_NAMES, facetFolders } from '../timeline/facet-paths.ts';
import { frameAncestors, headerPolicy, type PageKind } from './policy.ts';

/** Sent with every response. */
export const commonHeaders: Record<string, string> = {
	// Browsers keep to HTTPS for a year once they have seen the site over it (ignored over plain HTTP).
	'Strict-Transport-Security': 'max-age=31536000',
	// A file is what its Content-Type says, never guessed from its bytes.
	'X-Content-Type-Options': 'nosniff',
	// Our addresses go to no other site: the same promise as `rel="noreferrer"` on external links.
	'Referrer-Policy': 'same-origin',
	// Nothing on the site asks for a sensor, a camera or a payment; nobody embedding a card can either.
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** Astro's bundles, whose names carry a digest of their bytes: cached for a year and never asked for again. */
export const immutableAssets = {
	folder: '/_astro/',
	headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } as Record<string, string>,
};

/** The headers of a kind of page: its policy with `frame-ancestors`, and X-Frame-Options where framing is refused. */
export function pageHeaders(kind: PageKind, themeScript: string): Record<string, string> {
	return {
		'Content-Security-Policy': headerPolicy(kind, themeScript),
		...(frameAncestors(kind) === "'none'" ? { 'X-Frame-Options': 'DENY' } : {}),
	};
}

/** The pages of one edition by kind, as patterns (see above). */
const editionPages: [pattern: string, kind: PageKind][] = [
	['/', 'page'],
	// /page/<n>/: `/page/*` would also match /pagefind/… (a splat needs no slash before it), giving its files two policies.
	['/page/:n/', 'page'],
	['/events/:id/', 'page'],
	['/events/:id/embed/', 'embed'],
	['/search/', 'search'],
	['/about/', 'page'],
	['/data/', 'page'],
	['/dialogue/', 'page'],
	...FACET_NAMES.map((facet): [string, PageKind] => [`/${facetFolders[facet]}/*`, 'page']),
];

/**
 * Every page of both editions by kind, as patterns of site paths under the base path, with the two 404 pages, and
 * the search index of both: Pagefind compiles its WebAssembly in a worker, which runs under the policy its own
 * script is served with, so the index's files carry the search page's.
 */
export function pagePatterns(base = ''): { pattern: string; kind: PageKind }[] {
	const notFound = { en: '/404.html', ko: '/404/' };
	return [
		...LANGS.flatMap((lang) =>
			[...editionPages, [notFound[lang], 'page'] as const].map(([pattern, kind]) => ({
				pattern: `${base}${languages[lang].prefix}${pattern}`,
				kind,
			})),
		),
		{ pattern: `${base}/pagefind/*`, kind: 'search' },
	];
}
