/**
 * Ids for the headings of an entry's text, each starting with `section-`: the page around the text has ids of its
 * own (`main`, `source-1`, `sources-heading`…), and a heading `## Sources` or `## Source 1` must not take one of them,
 * or the citation links `#source-1` would jump to the wrong place. Astro keeps an id a heading already has, and so
 * does this.
 */
import type { Element, Root, Text } from 'hast';
import GithubSlugger from 'github-slugger';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function textOf(node: Element): string {
	return node.children
		.map((child) => (child.type === 'text' ? (child as Text).value : child.type === 'element' ? textOf(child) : ''))
		.join('');
}

/** The ids of headings with these texts, in order (validation reads them from the Markdown, for links to them). */
export function headingIds(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => `section-${slugger.slug(text) || 'untitled'}`;
}

export const rehypeHeadingIds: Plugin<[], Root> = () => (tree) => {
	const idOf = headingIds();
	visit(tree, 'element', (node) => {
		// The one heading with an id already is the footnotes' label, which each footnote reference names.
		if (headings.has(node.tagName) && node.properties.id === undefined) node.properties.id = idOf(textOf(node));
	});
};
