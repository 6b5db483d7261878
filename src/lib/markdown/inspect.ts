/**
 * Markdown safety, for validation: parses an entry's text as the site does (remark with GFM) and lists raw HTML,
 * refused link targets and images that would load from elsewhere or lack a description.
 *
 * Speed: GFM parsing costs three times what plain CommonMark does, and most entries use nothing GFM reads
 * differently. So the text is read as CommonMark first, and read again with GFM only when it holds something GFM
 * could turn into a link or read otherwise: a table (|), a footnote ([^), or a bare address or e-mail in its
 * text. Without any of those, both readings give the same links, images, definitions and HTML.
 */
import type { Definition, Html, Image, ImageReference, Link, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
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

const commonMark = unified().use(remarkParse);
const gfm = unified().use(remarkParse).use(remarkGfm);

const excerpt = (value: string) => JSON.stringify(value.length > 50 ? `${value.slice(0, 47)}…` : value);

/** Characters without which no HTML, link, image or autolink can occur: text without any of them needs no parse. */
const mayHoldLinksOrHtml = /[<[]|www\.|https?:|mailto:|xmpp:|@/i;
/** What GFM reads differently from CommonMark anywhere in the text: tables and footnotes. */
const gfmStructure = /\||\[\^/;
/** Text GFM turns into a link of its own (an autolink literal). */
const bareAddress = /www\.|https?:|mailto:|xmpp:|@/i;

export function inspectMarkdown(markdown: string): MarkdownInspection {
	if (!mayHoldLinksOrHtml.test(markdown)) return { problems: [], eventLinks: [] };
	if (!gfmStructure.test(markdown)) {
		const found = scan(commonMark.parse(markdown));
		if (!found.bareAddress) return inspect(found);
	}
	return inspectTree(gfm.runSync(gfm.parse(markdown)) as Root);
}

type Found = Image | ImageReference | Html | Link | Definition;

/** One walk through the tree: the nodes inspection looks at, in order, and whether any text holds an address. */
function scan(tree: Root): { nodes: Found[]; bareAddress: boolean } {
	const nodes: Found[] = [];
	let bare = false;
	const walk = (node: Nodes) => {
		switch (node.type) {
			case 'text':
				bare ||= bareAddress.test(node.value);
				return;
			case 'html':
			case 'link':
			case 'definition':
			case 'image':
			case 'imageReference':
				nodes.push(node);
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return { nodes, bareAddress: bare };
}

/** Pending requests of `remarkInspect`, keyed by an object only the caller holds (see processor.ts). */
const requests = new WeakMap<object, MarkdownInspection | undefined>();

/** Asks the next render that carries `key` as its front matter to inspect the text as parsed. */
export function requestInspection(key: object): () => MarkdownInspection | undefined {
	requests.set(key, undefined);
	return () => requests.get(key);
}

/**
 * A remark plugin that inspects the tree exactly as parsed, before any other plugin changes it, so the build
 * checks and renders an entry from one parse. It only acts on a render that asked (`requestInspection`).
 */
export const remarkInspect: Plugin<[], Root> = () => (tree, file) => {
	const key = (file.data as { astro?: { frontmatter?: object } }).astro?.frontmatter;
	if (key && requests.has(key)) requests.set(key, inspectTree(tree));
};

export function inspectTree(tree: Root): MarkdownInspection {
	return inspect(scan(tree));
}

function inspect({ nodes }: { nodes: readonly Found[] }): MarkdownInspection {
	const problems: MarkdownFinding[] = [];
	const eventLinks: MarkdownInspection['eventLinks'] = [];
	const at = (node: Found) => ({
		line: node.position?.start.line ?? 1,
		column: node.position?.start.column ?? 1,
	});
	const checkTarget = (node: Found, url: string, what: string) => {
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

	// As in CommonMark, the first definition of a label wins.
	const definitions = new Map<string, string>();
	for (const node of nodes) {
		if (node.type === 'definition' && !definitions.has(node.identifier))
			definitions.set(node.identifier, node.url);
	}
	/** An image: its address (already checked, for a reference, as its definition's) must be on this site. */
	const checkImage = (node: Image | ImageReference, url: string) => {
		const target = node.type === 'image' ? checkTarget(node, url, 'an image') : classifyUrl(url);
		if (target.kind === 'external' || target.kind === 'mailto') {
			problems.push({
				...at(node),
				message: `an image from ${excerpt(url)} would load from another site (put the file in public/ and use its path, e.g. /images/map.png)`,
			});
		}
		if (!node.alt?.trim()) {
			problems.push({
				...at(node),
				message:
					'an image has no description (write what it shows between the brackets: ![A map of the DMZ](/images/dmz.png))',
			});
		}
	};

	for (const node of nodes) {
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
			case 'image':
				checkImage(node, node.url);
				break;
			case 'imageReference': {
				const url = definitions.get(node.identifier);
				if (url !== undefined) checkImage(node, url);
				break;
			}
		}
	}
	return { problems, eventLinks };
}
