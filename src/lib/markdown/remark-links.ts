/**
 * The site's remark plugin for links in entries. Validation already refuses unsafe targets; this plugin makes the
 * rendered page safe on its own as well, and tells readers where a link goes:
 * - a refused target (javascript:, data:, …) is unwrapped to plain text, and an image that is not on this site
 *   (written inline or as a reference to a definition) is dropped;
 * - a link to another site gets `rel="noopener noreferrer"` and a visible ↗ marker with a spoken
 *   "(external site)", so nobody leaves the site without knowing.
 */
import type { Link, LinkReference, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { classifyUrl } from './url-policy.ts';

function externalMarker(): Text {
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
					children: [{ type: 'text', value: ' (external site)' }],
				},
			],
		},
	};
}

function markExternal(link: Link | LinkReference): void {
	link.data = {
		...link.data,
		hProperties: {
			...(link.data?.hProperties ?? {}),
			rel: ['noopener', 'noreferrer'],
			className: ['external'],
		},
	};
	link.children.push(externalMarker());
}

export const remarkLinks: Plugin<[], Root> = () => (tree) => {
	const definitions = new Map<string, string>();
	visit(tree, 'definition', (definition) => {
		if (classifyUrl(definition.url).kind === 'refused') definition.url = '#';
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
		if (node.type === 'linkReference') {
			const url = definitions.get(node.identifier);
			if (url !== undefined && classifyUrl(url).kind === 'external') markExternal(node);
			return undefined;
		}
		if (node.type !== 'link') return undefined;
		const target = classifyUrl(node.url);
		if (target.kind === 'refused' && parent && index !== undefined) {
			parent.children.splice(index, 1, ...node.children);
			return [SKIP, index];
		}
		if (target.kind === 'external') markExternal(node);
		return undefined;
	});
};
