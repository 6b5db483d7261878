/**
 * Ids for the headings of an entry's text, each starting with `section-`: the page around the text has ids of its
 * own (`main`, `source-1`, `sources-heading`…), and a heading `## Sources` or `## Source 1` must not take one of them,
 * or the citation links `#source-1` would jump to the wrong place. The id is made from the heading as written,
 * before the other plugins change its words (typographic dashes, the marker of a link to another site), so that
 * validation, which reads the text as written (inspect.ts), knows the very ids the page will have. Astro keeps an id
 * a heading already has.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The words of a heading (or the words a link shows) as written: its text and code, within links and emphasis too. */
export function headingText(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	return 'children' in node ? node.children.map((child) => headingText(child as Nodes)).join('') : '';
}

/**
 * The ids of a text's headings, given in order (a second "Background" is `section-background-1`). A heading of no
 * letters (`## ?`) is "untitled", counted with the others: a heading "Untitled" then gets `section-untitled-1`.
 */
export function headingIds(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => `section-${slugger.slug(slug(text) === '' ? 'untitled' : text)}`;
}

export const remarkHeadingIds: Plugin<[], Root> = () => (tree) => {
	const idOf = headingIds();
	visit(tree, 'heading', (node) => {
		node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: idOf(headingText(node)) } };
	});
};
