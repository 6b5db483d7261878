/**
 * What a reference manager reads from an entry's page to capture it in one click: Highwire Press `citation_*` meta
 * tags (read by Zotero's Embedded Metadata translator, Mendeley and Google Scholar) and a COinS span (an OpenURL
 * ContextObject, read by Zotero's COinS translator and others). Both describe the same CSL item as the references,
 * so a captured item formats as the page's own references do.
 */
import { isoDate, type CslItem } from './item.ts';

/** The item's date (or first day) as written in the content: `2019-08-16`, `2019-08`, `2019`. */
const itemDate = (item: CslItem) => isoDate(item.issued['date-parts'][0]!);

/**
 * Highwire tags, `[name, content]`. No `citation_author`: the entry has no author to name (the speaker did not write
 * it), and a site's name given as an author is read as a person's (first name "Inter-Korean"). `z:itemType` tells
 * Zotero it is a web page, which a page with a `citation_title` otherwise becomes a journal article.
 */
export function highwireTags(item: CslItem): [string, string][] {
	const date = itemDate(item);
	return [
		['citation_title', item.title],
		['citation_publication_date', date],
		['citation_date', date],
		['citation_publisher', item['container-title']],
		['citation_public_url', item.URL],
		['citation_language', item.language],
		['z:itemType', 'webpage'],
	];
}

/** The `title` of a COinS span: a Dublin Core ContextObject (`mtx:dc`) whose `rft.type` is Zotero's web page. */
export function coins(item: CslItem): string {
	return new URLSearchParams([
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
		['rft.type', 'webpage'],
		['rft.title', item.title],
		['rft.source', item['container-title']],
		['rft.publisher', item['container-title']],
		['rft.date', itemDate(item)],
		['rft.identifier', item.URL],
		['rft.language', item.language],
	]).toString();
}
