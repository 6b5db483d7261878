/**
 * The Content Security Policy, declared once. Every page carries it in a `<meta http-equiv>` (Base.astro, Embed.astro);
 * the hosts' header files (`_headers`, the nginx configuration: src/lib/hosting/) send the same policy as a header,
 * adding what only a header can carry (`frame-ancestors`, src/lib/security/headers.ts). Only this site's own scripts,
 * styles, images, fonts and data; no inline script but the theme script, allowed by its hash; the search page alone
 * may compile WebAssembly (Pagefind); an embeddable card runs no script at all.
 */
import { createHash } from 'node:crypto';

/** What differs between pages: the search page runs Pagefind's WebAssembly; an embed card runs nothing. */
export type PageKind = 'page' | 'search' | 'embed';

/** The hash of an inline script's exact text, as a CSP source. */
export const scriptHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text).digest('base64')}'` as const;

/** The policy's directives for a kind of page, given the theme script's text (inlined in every page's head). */
export function directives(kind: PageKind, themeScript: string): [string, ...string[]][] {
	if (kind === 'embed')
		// A card inside other sites' pages: its stylesheet, and nothing that runs or sends anything.
		return [
			['default-src', "'none'"],
			['script-src', "'none'"],
			['style-src', "'self'"],
			['img-src', "'self'"],
			['object-src', "'none'"],
			['base-uri', "'none'"],
			['form-action', "'none'"],
		];
	return [
		['default-src', "'self'"],
		['script-src', "'self'", scriptHash(themeScript), ...(kind === 'search' ? ["'wasm-unsafe-eval'"] : [])],
		['style-src', "'self'"],
		['img-src', "'self'"],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
}

/** The policy as a meta tag's value. */
export function policy(kind: PageKind, themeScript: string): string {
	return directives(kind, themeScript)
		.map((directive) => directive.join(' '))
		.join('; ');
}

/** Who may show a page in a frame: anyone for an embed card, nobody for every other page (against clickjacking). */
export const frameAncestors = (kind: PageKind) => (kind === 'embed' ? '*' : "'none'");

/** The policy as a header's value: the meta tag's, and `frame-ancestors`, which browsers ignore in a meta tag. */
export function headerPolicy(kind: PageKind, themeScript: string): string {
	return `${policy(kind, themeScript)}; frame-ancestors ${frameAncestors(kind)}`;
}
