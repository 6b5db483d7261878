/** How to cite an entry: a formatted reference and a BibTeX record, both pointing at the permanent address. */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';

export interface Citable {
	id: string;
	title: string;
	date: string;
	/** The date as readers of the page's language write it. */
	readableDate: string;
	/** Absolute permanent address. */
	url: string;
}

/** `“Title.” Inter-Korean Statements, entry for 16 August 2019. https://…/ (accessed …).` */
export function formattedCitation(entry: Citable, lang: Lang, accessed: string = t(lang).citation.placeholder): string {
	const words = t(lang);
	const title = /[.?!]$/.test(entry.title) ? entry.title : `${entry.title}.`;
	return `“${title}” ${words.siteName}, ${words.citation.entryFor(entry.readableDate)}. ${entry.url} (${words.citation.accessed(accessed)}).`;
}

const bibtexEscape = (text: string) => text.replace(/([{}%&#_$\\])/g, '\\$1');

/** A BibTeX `@misc` record for the entry. */
export function bibtex(entry: Citable, lang: Lang, accessed: string = t(lang).citation.placeholder): string {
	return [
		`@misc{${entry.id}${lang === 'en' ? '' : `-${lang}`},`,
		`  title        = {${bibtexEscape(entry.title)}},`,
		`  howpublished = {${bibtexEscape(t(lang).siteName)}},`,
		`  date         = {${entry.date}},`,
		`  langid       = {${lang === 'ko' ? 'korean' : 'english'}},`,
		`  url          = {${entry.url}},`,
		`  urldate      = {${accessed}},`,
		'}',
	].join('\n');
}
