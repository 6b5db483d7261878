/**
 * Markdown safety, for validation: parses an entry's text as the site does (remark with GFM) and lists raw HTML,
 * refused link targets, images that would load from elsewhere or lack a description, and tables too large to render.
 *
 * Speed: GFM parsing costs three times what plain CommonMark does, and most entries use nothing GFM reads
 * differently. So the text is read as CommonMark first, and read again with GFM only when it holds something GFM
 * could turn into a link or read otherwise: a table (|), a footnote ([^), or a bare address or e-mail in its
 * text. Without any of those, both readings give the same links, images, definitions and HTML.
 */
import type {
	Definition,
	FootnoteDefinition,
	Heading,
	Html,
	Image,
	ImageReference,
	Link,
	LinkReference,
	Nodes,
	Root,
	Table,
} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { deceptiveAddress } from '../../schema/fields.ts';
import { headingIds, headingText } from './remark-heading-ids.ts';
import { classifyUrl } from './url-policy.ts';

export interface MarkdownFinding {
	/** 1-based line and column within the Markdown text. */
	line: number;
	column: number;
	message: string;
}

/** A link or image to a path of this site, placed in the text. */
export interface SiteLink {
	/** As written: `/events/<id>/`, `/actors/kim-yo-jong/#top`, `/images/map.png`. */
	path: string;
	image: boolean;
	line: number;
	column: number;
}

export interface MarkdownInspection {
	problems: MarkdownFinding[];
	/** Links and images to paths of this site, and links to a place on the same page (`#source-1`). */
	siteLinks: SiteLink[];
	/**
	 * The ids the text's headings get (`section-…`, as remark-heading-ids gives them), for the text's links to places
	 * on its page (`#…`); without such a link, none.
	 */
	headings: string[];
	/** The labels of the text's footnotes, in lowercase, likewise. */
	footnotes: string[];
}

export const nothingFound: MarkdownInspection = { problems: [], siteLinks: [], headings: [], footnotes: [] };

/**
 * Whether a link to `#<fragment>` (decoded) on the text's page leads to a place the text makes: a heading, or a
 * footnote, whose ids remark-rehype makes (`footnote-label`, `user-content-fn-<label>`, `user-content-fnref-<label>`,
 * `-2` and on for a footnote referred to again).
 */
export function placeInText(
	{ headings, footnotes }: Pick<MarkdownInspection, 'headings' | 'footnotes'>,
	fragment: string,
): boolean {
	if (headings.includes(fragment)) return true;
	if (fragment === 'footnote-label') return footnotes.length > 0;
	const label = /^user-content-fn(?:ref)?-(.+)$/.exec(fragment.toLowerCase())?.[1];
	return label !== undefined && (footnotes.includes(label) || footnotes.includes(label.replace(/-\d+$/, '')));
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

/**
 * Lines that may open deep nesting (many quotation marks or list markers, `> - > -` or `- - - -`, or deep
 * indentation): worth a parse to measure it.
 */
const mayNestDeep = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])){8}|^[ \t]{16}/m;
/** A list item's marker at the start of a line, or after another's: `-`, `*`, `+`, `1.`, `1)`, then a space. */
const listMarker = /[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g;

/**
 * How deep a text's quotations and lists sit at most, read line by line without parsing: a quotation mark or a list
 * item's marker opens a level, and so do each two columns of indentation. Parsing, or rendering, a text nested
 * thousands deep takes seconds or overflows the stack (a list in a list on one line: `- - - - a`).
 */
export function nestingDepth(markdown: string): { depth: number; line: number } {
	let deepest = { depth: 0, line: 1 };
	markdown.split('\n').forEach((text, index) => {
		const prefix = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(text)![0];
		const quotes = prefix.split('>').length - 1;
		const markers = prefix.match(listMarker)?.length ?? 0;
		const indent = prefix.replace(listMarker, '').replace(/>/g, '').replace(/\t/g, '    ').length;
		const depth = quotes + markers + Math.floor(indent / 2);
		if (depth > deepest.depth) deepest = { depth, line: index + 1 };
	});
	return deepest;
}

/** The finding for a text nested too deep to parse, if it is. */
export function tooDeep(markdown: string): MarkdownFinding | undefined {
	if (!mayNestDeep.test(markdown)) return undefined;
	const { depth, line } = nestingDepth(markdown);
	return depth > NESTING_MAX * 2
		? {
				line,
				column: 1,
				message: TOO_DEEP,
			}
		: undefined;
}

export function inspectMarkdown(markdown: string): MarkdownInspection {
	const deep = tooDeep(markdown);
	if (deep) return { ...nothingFound, problems: [deep] };
	if (!mayHoldLinksOrHtml.test(markdown) && !mayNestDeep.test(markdown) && !gfmStructure.test(markdown))
		return nothingFound;
	if (!gfmStructure.test(markdown)) {
		const found = scan(commonMark.parse(markdown));
		if (!found.bareAddress) return inspect(found);
	}
	return inspectTree(gfm.runSync(gfm.parse(markdown)) as Root);
}

type Found = Image | ImageReference | Html | Link | LinkReference | Definition | Table | Heading | FootnoteDefinition;

/** How deep quotations and lists may sit within each other: deeper is no text anyone writes, and costs to render. */
export const NESTING_MAX = 24;
/** What validation says of a text nested deeper, whether the line-by-line measure or the parse finds it. */
const TOO_DEEP = `the text nests quotations or lists more than ${NESTING_MAX} levels deep (flatten it: a quotation within a quotation is as deep as an entry needs)`;
/**
 * The most cells a text's tables may have in all as rendered (each table's columns times its rows: a row with fewer
 * cells is filled out), so a few thousand characters cannot render as hundreds of thousands of cells.
 */
const TABLE_CELLS_MAX = 2000;

/** One walk through the tree: the nodes inspection looks at, in order, and whether any text holds an address. */
function scan(tree: Root): { nodes: Found[]; bareAddress: boolean; tooDeep?: Nodes } {
	const nodes: Found[] = [];
	let bare = false;
	let tooDeep: Nodes | undefined;
	const walk = (node: Nodes, depth = 0) => {
		if (depth > NESTING_MAX) {
			tooDeep ??= node;
			return;
		}
		switch (node.type) {
			case 'text':
				bare ||= bareAddress.test(node.value);
				return;
			case 'html':
			case 'table':
			case 'link':
			case 'linkReference':
			case 'definition':
			case 'image':
			case 'imageReference':
			case 'heading':
			case 'footnoteDefinition':
				nodes.push(node);
		}
		if ('children' in node) for (const child of node.children) walk(child, depth + 1);
	};
	walk(tree);
	return { nodes, bareAddress: bare, tooDeep };
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

/** A host written as a link's words: `yna.co.kr`, `https://www.yna.co.kr/view/…`, `yna.co.kr.`. */
const shownHost = /^\s*(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})\.?(?:[/:?#]\S*)?\s*$/iu;

/**
 * The words of a link as a reader takes them: without the characters that show nothing (a zero-width space or a soft
 * hyphen after `yna.co.kr` hides no other host), and with the full stops a browser reads as dots in a host
 * (`yna。co。kr` is yna.co.kr).
 */
const asRead = (shown: string) =>
	shown
		.replace(/[\p{Default_Ignorable_Code_Point}]/gu, '')
		.normalize('NFKC')
		.replace(/[\u3002\uFF61]/g, '.');

/**
 * What is wrong with a link whose words name a host that is not the host it goes to (`[yna.co.kr](https://evil.example/)`),
 * or `undefined`.
 */
function shownElsewhere(shown: string, url: string): string | undefined {
	const host = shownHost.exec(asRead(shown))?.[1]?.toLowerCase().replace(/^www\./, '');
	if (!host) return undefined;
	const real = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	if (real === host || real.endsWith(`.${host}`)) return undefined;
	return `a link shows ${excerpt(shown.trim())} but leads to ${real} (make its words the address it leads to, or describe the page in words)`;
}

export function inspectTree(tree: Root): MarkdownInspection {
	return inspect(scan(tree));
}

/**
 * The places a text makes on its page, for links from other texts (`/events/<id>/#section-background`): its headings'
 * and footnotes' ids, whether or not the text links to them itself.
 */
export function placesIn(markdown: string): Pick<MarkdownInspection, 'headings' | 'footnotes'> {
	if (markdown.trim() === '' || tooDeep(markdown)) return { headings: [], footnotes: [] };
	const { headings, footnotes } = inspect(scan(gfm.runSync(gfm.parse(markdown)) as Root), true);
	return { headings, footnotes };
}

function inspect(
	{ nodes, tooDeep }: { nodes: readonly Found[]; tooDeep?: Nodes },
	places = false,
): MarkdownInspection {
	const problems: MarkdownFinding[] = [];
	if (tooDeep)
		problems.push({
			line: tooDeep.position?.start.line ?? 1,
			column: tooDeep.position?.start.column ?? 1,
			message: TOO_DEEP,
		});
	const siteLinks: SiteLink[] = [];
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
		if (target.kind === 'internal') siteLinks.push({ path: target.url, image: node.type === 'image', ...at(node) });
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
		// A reference's definition was recorded as a link: the image needs the file, at the image's place.
		if (node.type === 'imageReference' && target.kind === 'internal' && target.url.startsWith('/'))
			siteLinks.push({ path: target.url, image: true, ...at(node) });
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

	const headings: string[] = [];
	const headingId = headingIds();
	const footnotes: string[] = [];
	let cells = 0;
	for (const node of nodes) {
		switch (node.type) {
			case 'heading':
				headings.push(headingId(headingText(node)));
				break;
			case 'footnoteDefinition':
				footnotes.push(node.identifier.toLowerCase());
				// The page marks a footnote's second mention `…fnref-<label>-2`: a label `1-2` would take that id.
				if (/-\d+$/.test(node.identifier))
					problems.push({
						...at(node),
						message: `a footnote's label [^${node.label ?? node.identifier}] ends in a hyphen and a number, which the page gives to a footnote mentioned again (label it with a word or a plain number: [^2])`,
					});
				break;
			case 'table': {
				const [columns, rows] = [node.align?.length ?? 0, node.children.length];
				const before = cells;
				cells += columns * rows;
				if (before <= TABLE_CELLS_MAX && cells > TABLE_CELLS_MAX)
					problems.push({
						...at(node),
						message: `a table of ${columns} columns and ${rows} rows brings the text's tables to ${cells} cells as rendered (expected at most ${TABLE_CELLS_MAX} in all: shorten them, or write them as lists)`,
					});
				break;
			}
			case 'html':
				problems.push({
					...at(node),
					message: `raw HTML is not allowed: ${excerpt(node.value)} (write Markdown instead: **bold**, *italic*, [text](https://…), > quotation)`,
				});
				break;
			case 'link': {
				if (checkTarget(node, node.url, 'a link').kind !== 'external') break;
				const url = node.url.trim();
				const deceptive = deceptiveAddress(url);
				const misleading = deceptive ? `a link to ${excerpt(url)} ${deceptive}` : shownElsewhere(headingText(node), url);
				if (misleading) problems.push({ ...at(node), message: misleading });
				break;
			}
			case 'definition': {
				// A reference link (`[words][1]`, then `[1]: https://…`) leads where its definition says: the address is
				// checked here, the words where they are used.
				if (checkTarget(node, node.url, 'a link definition').kind !== 'external') break;
				const deceptive = deceptiveAddress(node.url.trim());
				if (deceptive) problems.push({ ...at(node), message: `a link definition to ${excerpt(node.url.trim())} ${deceptive}` });
				break;
			}
			case 'linkReference': {
				const url = definitions.get(node.identifier)?.trim();
				if (url === undefined || classifyUrl(url).kind !== 'external' || deceptiveAddress(url)) break;
				const misleading = shownElsewhere(headingText(node), url);
				if (misleading) problems.push({ ...at(node), message: misleading });
				break;
			}
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
	const keep = places || siteLinks.some((link) => link.path.startsWith('#'));
	return { problems, siteLinks, headings: keep ? headings : [], footnotes: keep ? footnotes : [] };
}
