/**
 * Typographic punctuation in entry text: "straight" quotes become “curly” ones, an apostrophe becomes ’, two or
 * three hyphens an em dash (—) and three dots an ellipsis (…). Code is left alone, and so is every address.
 *
 * This replaces Astro's SmartyPants (retext), which cost more than the rest of the Markdown pipeline together:
 * at 10,000 entries that was most of a build. Quotes are decided by the character before them, followed across
 * links and emphasis within one paragraph, heading or table cell.
 */
import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';

/** After these (or at the start of a block), a quote opens. */
const opensAfter = /[\s([{\u2014\u2013\-/\u201C\u2018]/u;

/** Blocks whose text flows as one run: quotes never pair across them. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

function curl(value: string, before: string): string {
	let out = '';
	let previous = before;
	for (let i = 0; i < value.length; i++) {
		let char = value[i]!;
		if (char === '"') {
			char = previous === '' || opensAfter.test(previous) ? '\u201C' : '\u201D';
		} else if (char === "'") {
			const opening = previous === '' || opensAfter.test(previous);
			// ’90s and rock ’n’ roll: an apostrophe, not an opening quote, before a digit.
			char = opening && !/\d/.test(value[i + 1] ?? '') ? '\u2018' : '\u2019';
		} else if (char === '.' && value.startsWith('...', i)) {
			char = '\u2026';
			i += 2;
		} else if (char === '-' && value[i + 1] === '-') {
			char = '\u2014';
			i += value[i + 2] === '-' ? 2 : 1;
		}
		out += char;
		previous = char;
	}
	return out;
}

const mayNeedWork = /["'.-]/;

/** Text that keeps every character: code, and a link written as its own address (an autolink). */
function verbatim(node: Nodes): string | undefined {
	if (node.type === 'inlineCode') return node.value;
	if (node.type !== 'link' || node.children.length !== 1) return undefined;
	const [child] = node.children;
	return child?.type === 'text' && node.url.endsWith(child.value) ? child.value : undefined;
}

export const remarkTypography: Plugin<[], Root> = () => (tree) => {
	let before = '';
	const walk = (node: Nodes) => {
		if (blocks.has(node.type)) before = '';
		if (node.type === 'text') {
			if (mayNeedWork.test(node.value)) node.value = curl(node.value, before);
			before = node.value.at(-1) ?? before;
			return;
		}
		// Kept as written, but still the word before a quote: `npm`'s.
		const kept = verbatim(node);
		if (kept !== undefined) {
			before = kept.at(-1) ?? before;
			return;
		}
		if (node.type === 'break') before = ' ';
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
		if (blocks.has(node.type)) before = '';
	};
	walk(tree);
};
