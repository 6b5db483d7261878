/**
 * The site's remark plugin for links in entries. Validation already refuses unsafe targets; this plugin makes the
 * rendered page safe on its own as well, and tells readers where a link goes:
 * - a refused target (javascript:, data:, …) is unwrapped to plain text, and an image that is not on this site
 *   (written inline or as a reference to a definition) is dropped;
 * - a link to another site gets `rel="noopener noreferrer"` and a visible ↗ marker with a spoken
 *   "(external site)", so nobody leaves the site without knowing;
 * - a link or image to a path of this site, written as the English site has it (`/events/<id>/`), is given the base
 *   path the site is published under and, in a Korean text, the Korean edition's prefix (src/i18n/urls.ts).
 */
import type { Link, LinkReference, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { classifyUrl } from './url-policy.ts';
import type { Lang } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { localUrl, sitePathOf } from '../../i18n/urls.ts';

function externalMarker(lang: Lang): Text {
	return {
		type: 'text',
		value: '',
		data: {
			hName: 'span',
			hProperties: { className: ['external-mark'] },
			hChildren: [
				{
					type: 'element',
					tagName: 'span',
					properties: { ariaHidden: 'true' },
					children: [{ type: 'text', value: '↗' }],
				},
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['visually-hidden'] },
					children: [{ type: 'text', value: t(lang).external }],
				},
			],
		},
	};
}

function markExternal(link: Link | LinkReference, lang: Lang): void {
	link.data = {
		...link.data,
		hProperties: {
			...(link.data?.hProperties ?? {}),
			rel: ['noopener', 'noreferrer'],
			className: ['external'],
		},
	};
	link.children.push(externalMarker(lang));
}

/** A site path in the edition of the text: `/events/<id>/` → `/ko/events/<id>/` (under the base path). Pages are
 * in the edition; files (images, data) have one address. Fragments alone are left as they are. */
function onSite(url: string, lang: Lang, page: boolean): string {
	if (!url.startsWith('/')) return url;
	// A path written with the Korean prefix already (`/ko/events/<id>/`) is not given it twice, and a file's
	// (`/ko/events.csv`) is its one address (`/events.csv`), the one validation checks.
	const written = sitePathOf(url, '');
	if (!page || /\.[a-z0-9]+(?:[?#].*)?$/i.test(url)) return localUrl(written.path, 'en');
	return localUrl(written.path, written.lang === 'ko' ? 'ko' : lang);
}

export const remarkLinks: Plugin<[], Root> = () => (tree, file) => {
	const lang = ((file.data as { astro?: { frontmatter?: { lang?: Lang } } }).astro?.frontmatter?.lang ?? 'en') as Lang;
	const definitions = new Map<string, string>();
	visit(tree, 'definition', (definition) => {
		const kind = classifyUrl(definition.url).kind;
		if (kind === 'refused') definition.url = '#';
		else if (kind === 'internal') definition.url = onSite(definition.url, lang, true);
		// As in CommonMark, the first definition of a label wins.
		if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
	});
	visit(tree, (node, index, parent) => {
		const image =
			node.type === 'image'
				? node.url
				: node.type === 'imageReference'
					? definitions.get(node.identifier)
					: undefined;
		if (image !== undefined && classifyUrl(image).kind !== 'internal' && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (node.type === 'image') node.url = onSite(node.url, lang, false);
		if (node.type === 'linkReference') {
			const url = definitions.get(node.identifier);
			if (url !== undefined && classifyUrl(url).kind === 'external') markExternal(node, lang);
			return undefined;
		}
		if (node.type !== 'link') return undefined;
		const target = classifyUrl(node.url);
		if (target.kind === 'refused' && parent && index !== undefined) {
			parent.children.splice(index, 1, ...node.children);
			return [SKIP, index];
		}
		if (target.kind === 'external') markExternal(node, lang);
		if (target.kind === 'internal') node.url = onSite(node.url, lang, true);
		return undefined;
	});
};
