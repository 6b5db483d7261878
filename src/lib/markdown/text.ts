/**
 * The words of an entry's text without its Markdown: one line per paragraph, heading, list item or table cell,
 * with link texts and image descriptions kept and addresses left out. For the full-text search index.
 */
import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** Blocks whose words run together as one line. */
const lines = new Set(['paragraph', 'heading', 'tableCell', 'code']);

export function markdownText(markdown: string): string {
	const out: string[] = [];
	let line = '';
	const walk = (node: Nodes) => {
		if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') line += node.value;
		else if (node.type === 'image' || node.type === 'imageReference') line += node.alt ?? '';
		else if (node.type === 'break') line += ' ';
		else if ('children' in node) for (const child of node.children) walk(child as Nodes);
		if (lines.has(node.type) && line.trim()) {
			out.push(line.replace(/\s+/g, ' ').trim());
			line = '';
		}
	};
	walk(parser.parse(markdown));
	return out.join('\n');
}
