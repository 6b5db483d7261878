/**
 * Markdown safety, for validation: parses an entry's text as the site does (remark with GFM) and lists raw HTML,
 * refused link targets and images that would load from elsewhere or lack a description.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { classifyUrl, eventIdOfPath } from './url-policy.ts';

export interface MarkdownFinding {
	/** 1-based line and column within the Markdown text. */
	line: number;
	column: number;
	message: string;
}

export interface MarkdownInspection {
	problems: MarkdownFinding[];
	/** Links to entries on this site (`/events/<id>/`), for the check that the entry exists. */
	eventLinks: { id: string; line: number; column: number }[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

const excerpt = (value: string) => JSON.stringify(value.length > 50 ? `${value.slice(0, 47)}…` : value);

export function inspectMarkdown(markdown: string): MarkdownInspection {
	const tree = parser.runSync(parser.parse(markdown)) as Root;
	const problems: MarkdownFinding[] = [];
	const eventLinks: MarkdownInspection['eventLinks'] = [];
	const at = (node: { position?: { start: { line: number; column: number } } }) => ({
		line: node.position?.start.line ?? 1,
		column: node.position?.start.column ?? 1,
	});
	const checkTarget = (node: Parameters<typeof at>[0], url: string, what: string) => {
		const target = classifyUrl(url);
		if (target.kind === 'refused') {
			problems.push({
				...at(node),
				message: `${what} to ${excerpt(url)} is not allowed: ${target.reason} (expected an https://, http:// or mailto: address, or a site path such as /events/2019-08-15-moon-liberation-day-address/)`,
			});
			return target;
		}
		const id = target.kind === 'internal' ? eventIdOfPath(target.url) : undefined;
		if (id) eventLinks.push({ id, ...at(node) });
		return target;
	};

	visit(tree, (node) => {
		switch (node.type) {
			case 'html':
				problems.push({
					...at(node),
					message: `raw HTML is not allowed: ${excerpt(node.value)} (write Markdown instead: **bold**, *italic*, [text](https://…), > quotation)`,
				});
				break;
			case 'link':
				checkTarget(node, node.url, 'a link');
				break;
			case 'definition':
				checkTarget(node, node.url, 'a link definition');
				break;
			case 'image': {
				const target = checkTarget(node, node.url, 'an image');
				if (target.kind === 'external' || target.kind === 'mailto') {
					problems.push({
						...at(node),
						message: `an image from ${excerpt(node.url)} would load from another site (put the file in public/ and use its path, e.g. /images/map.png)`,
					});
				}
				if (!node.alt?.trim()) {
					problems.push({
						...at(node),
						message:
							'an image has no description (write what it shows between the brackets: ![A map of the DMZ](/images/dmz.png))',
					});
				}
				break;
			}
		}
	});
	return { problems, eventLinks };
}
