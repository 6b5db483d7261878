/** How to cite an entry: a formatted reference and a BibTeX record, both pointing at the permanent address. */
import { ACCESS_PLACEHOLDER } from './citation-placeholder.ts';
import { readableDate } from './dates.ts';
import { site } from './site.ts';

export { ACCESS_PLACEHOLDER };

export interface Citable {
	id: string;
	title: string;
	date: string;
	/** Absolute permanent address. */
	url: string;
}

/** `“Title.” Inter-Korean Statements, entry for 16 August 2019. https://…/ (accessed …).` */
export function formattedCitation(entry: Citable, accessed: string = ACCESS_PLACEHOLDER): string {
	const title = /[.?!]$/.test(entry.title) ? entry.title : `${entry.title}.`;
	return `“${title}” ${site.name}, entry for ${readableDate(entry.date)}. ${entry.url} (accessed ${accessed}).`;
}

const bibtexEscape = (text: string) => text.replace(/([{}%&#_$\\])/g, '\\$1');

/** A BibTeX `@misc` record for the entry. */
export function bibtex(entry: Citable, accessed: string = ACCESS_PLACEHOLDER): string {
	return [
		`@misc{${entry.id},`,
		`  title        = {${bibtexEscape(entry.title)}},`,
		`  howpublished = {${bibtexEscape(site.name)}},`,
		`  date         = {${entry.date}},`,
		`  url          = {${entry.url}},`,
		`  urldate      = {${accessed}},`,
		'}',
	].join('\n');
}
