/**
 * Addresses on the site, in a language and under the base path the site is published at (BASE_PATH): the one place
 * that puts `/ko` and the base in front of a path, so no component writes them by hand.
 * Paths are written as the English site has them, from its root: `/events/<id>/`.
 */
import { languages, type Lang } from './languages.ts';

/**
 * The base path without its trailing slash: '' at the root, '/timeline' under a sub-path. BASE_PATH, which Astro's
 * `base` is made from too, and which astro.config.mjs writes into the code Vite builds (the browser has no
 * environment).
 */
export function basePath(): string {
	return `/${process.env.BASE_PATH || '/'}`.replace(/\/+/g, '/').replace(/\/$/, '');
}

/** The address of site path `path` (`/events/<id>/`, `/#<id>`) in `lang`, under the base path. */
export function localUrl(path: string, lang: Lang = 'en', base: string = basePath()): string {
	if (!path.startsWith('/')) throw new Error(`A site path starts with "/": ${path}`);
	return `${base}${languages[lang].prefix}${path}`;
}

/** The site path of an address (the reverse of localUrl): its language, and the path as the English site has it. */
export function sitePathOf(url: string, base: string = basePath()): { lang: Lang; path: string } {
	const path = base && (url === base || url.startsWith(`${base}/`)) ? url.slice(base.length) || '/' : url;
	const prefix = languages.ko.prefix;
	if (path === prefix || path.startsWith(`${prefix}/`)) return { lang: 'ko', path: path.slice(prefix.length) || '/' };
	return { lang: 'en', path };
}
