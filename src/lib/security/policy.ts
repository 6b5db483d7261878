/**
 * The Content Security Policy, declared once. Every page carries it in a `<meta http-equiv>` (Base.astro); the hosts'
 * header files (`_headers`, the nginx configuration) are generated from the same declaration, adding what only a
 * header can carry (`frame-ancestors`). Only this site's own scripts, styles, images, fonts and data; no inline script
 * but the theme script, allowed by its hash; the search page alone may compile WebAssembly (Pagefind).
 */
import { createHash } from 'node:crypto';

/** What differs between pages: the search page runs Pagefind's WebAssembly. */
export type PageKind = 'page' | 'search';

/** The hash of an inline script's exact text, as a CSP source. */
export const scriptHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text).digest('base64')}'` as const;

/** The policy's directives for a kind of page, given the theme script's text (inlined in every page's head). */
export function directives(kind: PageKind, themeScript: string): [string, ...string[]][] {
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

/** The policy as a meta tag's or header's value. */
export function policy(kind: PageKind, themeScript: string): string {
	return directives(kind, themeScript)
		.map((directive) => directive.join(' '))
		.join('; ');
}
