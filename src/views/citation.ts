/**
 * How to cite an entry's page, in one language: its reference as a CSL item (which the page formats in each style
 * while it renders, src/lib/citation/format.ts), its BibTeX record, and the files for reference managers
 * (`/events/<id>/cite.bib`, `.ris`, `.csl.json`, the same under /ko/ for the Korean page).
 */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { localUrl } from '../i18n/urls.ts';
import { bibtex, ris } from '../lib/citation/format.ts';
import { cslJson } from '../lib/citation/records.ts';
import { citationKey, cslItem, type CslItem } from '../lib/citation/item.ts';
import type { TimelineEntry } from '../lib/timeline/model.ts';
import { entryWords } from './cards.ts';
import type { FileLink } from './files.ts';

/** The files of an entry's reference, by their extension after `cite.`: the format's name and media type. */
export const CITE_FILES = {
	bib: { label: 'BibTeX', type: 'application/x-bibtex' },
	ris: { label: 'RIS', type: 'application/x-research-info-systems' },
	'csl.json': { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
} as const;
export type CiteFile = keyof typeof CITE_FILES;

export interface CitationView {
	item: CslItem;
	bibtex: string;
	files: FileLink[];
}

/** The CSL item of an entry's page in `lang`, at its absolute address on `site`. */
export function entryItem(entry: TimelineEntry, lang: Lang, site: URL): CslItem {
	return cslItem({
		id: entry.id,
		lang,
		title: entryWords(entry, lang).title.text,
		date: entry.data.date,
		endDate: entry.data.endDate,
		site: t(lang).siteName,
		url: new URL(localUrl(entry.url, lang), site).href,
	});
}

export function citationView(entry: TimelineEntry, lang: Lang, site: URL): CitationView {
	const item = entryItem(entry, lang, site);
	return {
		item,
		bibtex: bibtex([item]),
		files: (Object.keys(CITE_FILES) as CiteFile[]).map((extension) => ({
			...CITE_FILES[extension],
			url: localUrl(`${entry.url}cite.${extension}`, lang),
			name: `${citationKey({ id: entry.id, lang })}.${extension}`,
		})),
	};
}

/** A file of references (one entry's, or every entry's) as its route serves it. */
export function citeResponse(extension: CiteFile, items: CslItem[]): Response {
	const text = { bib: bibtex, ris, 'csl.json': cslJson }[extension](items);
	return new Response(text, { headers: { 'Content-Type': `${CITE_FILES[extension].type}; charset=utf-8` } });
}
