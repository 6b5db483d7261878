/** Korean in an entry's text becomes `<span lang="ko">` (see src/lib/hangul.ts). Code holds no text nodes: it is left as it is. */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { hasHangul, koreanRuns } from '../hangul.ts';

function korean(value: string): PhrasingContent {
	// Any node with data.hName becomes that element in HTML, with its children inside.
	return {
		type: 'emphasis',
		children: [{ type: 'text', value }],
		data: { hName: 'span', hProperties: { lang: 'ko' } },
	};
}

function mark(parent: Parent): void {
	for (let i = 0; i < parent.children.length; i++) {
		const child = parent.children[i]!;
		if (child.type === 'text') {
			if (!hasHangul(child.value)) continue;
			const parts = koreanRuns(child.value).map((run) =>
				run.korean ? korean(run.text) : ({ type: 'text', value: run.text } satisfies Text),
			);
			parent.children.splice(i, 1, ...(parts as typeof parent.children));
			i += parts.length - 1;
		} else if ('children' in child) {
			mark(child);
		}
	}
}

export const remarkKorean: Plugin<[], Root> = () => (tree) => {
	mark(tree);
};
