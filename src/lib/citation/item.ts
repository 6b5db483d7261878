/**
 * An entry's page as a reference: one CSL-JSON item (the Citation Style Language's data format), from which the
 * formatted references and the BibTeX, RIS and CSL-JSON records are all made (format.ts). The page is cited as a web
 * page of the site (its container), dated by the statement's date, as its metadata for reference managers says
 * (CitationMeta.astro). It names no author: the speaker did not write the entry, and the site is not a person.
 */
import { parseCalendarDate } from '../calendar.ts';

/** What a reference is made of, in the language of the page cited. */
export interface Citable {
	/** The entry's id; the Korean page's record is `<id>-ko`, so both can sit in one library. */
	id: string;
	lang: 'en' | 'ko';
	title: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and the last day of an event spanning several. */
	date: string;
	endDate?: string;
	/** The site's name in the page's language. */
	site: string;
	/** The page's absolute permanent address. */
	url: string;
}

/** A CSL-JSON item, with the fields this site fills. */
export interface CslItem {
	id: string;
	'citation-key': string;
	type: 'webpage';
	title: string;
	'container-title': string;
	issued: { 'date-parts': number[][] };
	URL: string;
	language: string;
}

/** A calendar date as CSL date parts: `[2019, 8, 16]`, `[2019, 8]`, `[2019]`. */
export function dateParts(text: string): number[] {
	const date = parseCalendarDate(text);
	if (!date) throw new Error(`Not a calendar date: ${text}`);
	return [date.year, date.month, date.day].filter((part) => part !== undefined);
}

/** CSL date parts written as the content writes dates: `[2019, 8, 16]` as `2019-08-16`, `[1991, 12]` as `1991-12`. */
export const isoDate = (parts: readonly number[]) =>
	parts.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');

/** The key of a page's record: the entry's id, with `-ko` for the Korean page. */
export const citationKey = ({ id, lang }: Pick<Citable, 'id' | 'lang'>) => (lang === 'en' ? id : `${id}-${lang}`);

/** Whether an entry id ends as a Korean page's key does (`-ko`), so that its records would clash with another's. */
export const koreanKeyClash = (id: string) => id.endsWith(citationKey({ id: '', lang: 'ko' }));

export function cslItem(entry: Citable): CslItem {
	const key = citationKey(entry);
	return {
		id: key,
		'citation-key': key,
		type: 'webpage',
		title: entry.title,
		'container-title': entry.site,
		issued: { 'date-parts': [dateParts(entry.date), ...(entry.endDate ? [dateParts(entry.endDate)] : [])] },
		URL: entry.url,
		language: entry.lang,
	};
}
