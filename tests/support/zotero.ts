/**
 * How Zotero captures a page, for the fields a reference needs, written after its two translators that read any
 * page: "Embedded Metadata" (Highwire `citation_*` tags, with Open Graph and Dublin Core read through its RDF
 * translator) and "COinS" (an OpenURL ContextObject in a `span.Z3988`). Each function runs in the page
 * (`page.evaluate`), so it must use nothing from outside itself.
 */
export interface CapturedItem {
	itemType: string;
	title: string;
	date: string;
	url: string;
	language: string;
	/** The site: Zotero's `websiteTitle` (its `publicationTitle` field for a web page). */
	website: string;
	creators: string[];
}

/** The Embedded Metadata translator's reading of the document. */
export function embeddedMetadata(): CapturedItem {
	const head = [...document.head.querySelectorAll('meta')];
	// Highwire tags match by the end of their name (`DC.citation_title` counts too); the first one found wins.
	const highwire = (name: string) =>
		head.find((meta) => meta.getAttribute('name')?.endsWith(name))?.getAttribute('content')?.trim() ?? '';
	const property = (name: string) =>
		head.find((meta) => (meta.getAttribute('name') ?? meta.getAttribute('property')) === name)?.getAttribute('content') ?? '';
	// Its type: one Highwire tag names a type outright (a journal's title: an article); then the RDF reading, where a
	// `z:itemType` comes first and Open Graph's `website` means a web page; failing those a page with a
	// `citation_title` is guessed to be a journal article.
	const journal = highwire('citation_journal_title') ? 'journalArticle' : '';
	const og = property('og:type') === 'website' ? 'webpage' : '';
	const itemType = journal || property('z:itemType') || og || (highwire('citation_title') ? 'journalArticle' : 'webpage');
	// Of the date tags, read in the order of its mapping, the last present wins.
	const date =
		highwire('citation_date') || highwire('citation_cover_date') || highwire('citation_publication_date') || property('article:published_time');
	const authors = [...head]
		.filter((meta) => meta.getAttribute('name')?.endsWith('citation_author'))
		.map((meta) => meta.getAttribute('content') ?? '');
	const bylines = [...document.querySelectorAll('.byline, .bylines, .vcard, .article-byline')].map((node) => node.textContent!.trim());
	return {
		itemType,
		title: highwire('citation_title') || property('og:title') || document.title,
		date,
		url: highwire('citation_public_url') || document.querySelector('link[rel="canonical"]')?.getAttribute('href') || location.href,
		language: highwire('citation_language') || document.documentElement.lang,
		website: highwire('citation_journal_title') || property('og:site_name'),
		creators: authors.length ? authors : [property('author'), property('article:author'), ...bylines].filter(Boolean),
	};
}

/** The COinS translator's reading of the first `span.Z3988`, for a Dublin Core ContextObject. */
export function coins(): CapturedItem | undefined {
	const span = document.querySelector('span.Z3988');
	if (!span) return undefined;
	const item: CapturedItem = { itemType: '', title: '', date: '', url: '', language: '', website: '', creators: [] };
	for (const part of span.getAttribute('title')!.split('&')) {
		const [key, raw = ''] = part.split('=');
		const value = decodeURIComponent(raw.replace(/\+/g, ' '));
		if (key === 'rft_val_fmt') item.itemType = value === 'info:ofi/fmt:kev:mtx:dc' ? 'webpage' : value;
		else if (key === 'rft.type') item.itemType = value;
		else if (key === 'rft.title') item.title = value;
		else if (key === 'rft.date') item.date = value;
		else if (key === 'rft.identifier' && /^https?:\/\//.test(value)) item.url = value;
		else if (key === 'rft.language') item.language = value;
		else if (key === 'rft.source') item.website = value;
		else if (key === 'rft.au' || key === 'rft.creator') item.creators.push(value);
	}
	return item;
}
