/**
 * References made by a library that implements the Citation Style Language (citation-js, with citeproc-js inside),
 * at build time: the formatted reference in Chicago (author-date), APA and MLA, and the BibTeX and RIS records
 * reference managers import (their CSL-JSON is the items as they are: records.ts writes it). Nothing here is formatted
 * by hand; the Korean page's references use the ko-KR locale made from src/i18n/citation-locale.ts.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { koreanCitationWords } from '../../i18n/citation-locale.ts';
import { isoDate, type CslItem } from './item.ts';
import chicago from './styles/chicago-author-date.csl?raw';
import mla from './styles/modern-language-association.csl?raw';

/** The styles offered, in the order a page shows them; APA comes with the library. */
export const STYLES = ['chicago', 'apa', 'mla'] as const;
export type CitationStyle = (typeof STYLES)[number];

/** A formatted reference: as HTML (italics where the style sets them) and as plain text, to copy. */
export interface Reference {
	html: string;
	text: string;
}

const csl = plugins.config.get('@csl');
csl.styles.add('chicago', chicago);
csl.styles.add('mla', mla);
csl.locales.add('ko-KR', koreanLocale(csl.locales.get('en-US')));
csl.styles.add('apa-ko', koreanDays(csl.styles.get('apa')));
// What each page formats: its own reference alone (below).
for (const name of ['chicago', 'mla', 'apa', 'apa-ko']) csl.styles.add(`${name}-alone`, alone(csl.styles.get(name)));
// BibTeX keys are the entries' ids (not made up from title and year), and Hangul stays Hangul.
Object.assign(plugins.config.get('@bibtex').format, { useIdAsLabel: true, checkLabel: false, asciiOnly: false });

const cslLocale = { en: 'en-US', ko: 'ko-KR' } as const;

/**
 * An item's reference in every style. One item at a time: an entry's page formats its own while it renders, so a
 * page Astro's incremental build keeps (its item unchanged) costs nothing, and a cold build about 3 ms a page.
 */
export function references(item: CslItem, lang: 'en' | 'ko'): Record<CitationStyle, Reference> {
	const made = {} as Record<CitationStyle, Reference>;
	for (const style of STYLES) {
		const [[, html]] = plugins.output.format('bibliography', [item], {
			style: `${lang === 'ko' && style === 'apa' ? 'apa-ko' : style}-alone`,
			lang: cslLocale[lang],
			format: 'html',
			asEntryArray: true,
		}) as [[string, string]];
		const inner = entryHtml(html);
		made[style] = { html: inner, text: plainText(inner) };
	}
	return made;
}

/**
 * A style as a list of one reference needs it. Without the bibliography's sort and the in-text citation's
 * disambiguation, which cannot change a list of one, and with a one-variable in-text citation, which citeproc-js
 * renders for every item only to find ambiguous ones: the same reference in half the time (5.2 against 2.7 ms an
 * entry; at 5,000 entries these three were a quarter of a cold build's main thread). The unit tests hold each
 * reference to the full style's.
 */
function alone(style: string): string {
	const made = style
		.replace(/<sort>[\s\S]*?<\/sort>/g, '')
		.replace(/\s(?:disambiguate-[a-z-]+|givenname-disambiguation-rule)="[^"]*"/g, '')
		.replace(/<citation([^>]*)>[\s\S]*?<\/citation>/, '<citation$1><layout><text variable="title"/></layout></citation>');
	if (!made.includes('<bibliography') || made.includes('<sort>')) throw new Error('A style is not as alone() expects');
	return made;
}

/**
 * citeproc-js wraps each entry in a `<div class="csl-entry">` and marks emphasis with `<i>` and `<b>`, the only
 * markup a reference may carry here: anything else (an inline style, which the Content Security Policy refuses)
 * stops the build.
 */
function entryHtml(html: string): string {
	const inner = /^\s*<div[^>]*>([\s\S]*)<\/div>\s*$/.exec(html)?.[1] ?? html;
	const tag = /<(?!\/?[ib]>)[^>]*>/.exec(inner);
	if (tag) throw new Error(`A formatted reference holds markup the page cannot carry: ${tag[0]}`);
	return inner.trim();
}

/** The text of a reference's HTML: without its `<i>` and `<b>`, and with citeproc-js's character references read. */
const plainText = (html: string) =>
	html
		.replace(/<\/?[ib]>/g, '')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);

/**
 * The records for reference managers name the site as publisher too: BibTeX and RIS have no field that citation-js
 * fills with a web page's site name, and the formatted references must not name it twice.
 */
const withPublisher = (items: CslItem[]) => items.map((item) => ({ ...item, publisher: item['container-title'] }));

/**
 * BibTeX `@misc` records, keyed by the entries' ids. Hangul stays Hangul, so citation-js escapes nothing: the title's
 * characters that LaTeX reads as commands (`$3,000` would open mathematics) are escaped here. The date is written as
 * both kinds of reader expect: `year` and the month as BibTeX's own macro (`aug`, which a style prints in its
 * language), and the whole date for biblatex and Zotero (`date = {2019-08-16}`, a range with `/`), where citation-js
 * writes `month = {aug 16}`, which a style prints as it stands.
 */
export function bibtex(items: CslItem[]): string {
	const dateLines = /^\tyear = \{\d+\},\n(?:\tmonth = \{[^}]*\},\n)?/m;
	return withPublisher(items)
		.map((item) => {
			const title = item.title.replace(/[\\{}&%$#_~^]/g, (char) => latexEscapes[char] ?? `\\${char}`);
			const record = (plugins.output.format('bibtex', [{ ...item, title }], { format: 'text' }) as string).trim();
			if (!dateLines.test(record)) throw new Error(`citation-js no longer writes the year first: ${record}`);
			return record.replace(dateLines, bibtexDate(item.issued['date-parts']));
		})
		.join('\n')
		.concat('\n');
}

const latexEscapes: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
};
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibtexDate(issued: number[][]): string {
	const [year, month] = issued[0]!;
	if (!month) return `\tyear = {${year}},\n`;
	const date = issued.map(isoDate).join('/');
	return `\tyear = {${year}},\n\tmonth = ${MONTH_MACROS[month - 1]},\n\tdate = {${date}},\n`;
}

/**
 * RIS records, one tag a line. citation-js maps the fields; its text output breaks values after 70 characters, which
 * readers take for a new line of the value (a broken address), so the tags are written out here, unbroken, with the
 * whole key as ID and the date as RIS writes it (citation-js leaves out the zeros).
 */
export function ris(items: CslItem[]): string {
	const records = plugins.output.format('ris', withPublisher(items), { format: 'object' }) as Record<
		string,
		string | string[]
	>[];
	return records
		.map(({ TY, ...tags }, index) =>
			[
				`TY  - ${TY}`,
				// The record's ID is its key, whole: citation-js cuts it to 20 characters, which left an entry's English and
				// Korean records (and two entries of a day with a long common start) with one ID.
				...Object.entries({ ...tags, ID: items[index]!.id, DA: risDate(items[index]!.issued['date-parts'][0]!) }).flatMap(
					([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`),
				),
				'ER  - ',
			].join('\r\n'),
		)
		.join('\r\n\r\n')
		.concat('\r\n');
}

/** RIS's date: year, month and day with their zeros, each with a slash after it (`2019/08/16/`, `1991/12//`). */
const risDate = ([year, month, day]: number[]) =>
	`${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`;

/**
 * APA as the Korean page uses it: APA writes a day after its month as a bare number (2월 10), where Korean writes
 * 10일, as the locale's own dates do (2018년 2월 10일). The style's one day part gets the suffix.
 */
function koreanDays(apa: string): string {
	const day = '<date-part name="day" prefix=" "/>';
	if (apa.split(day).length !== 2) throw new Error(`The APA style no longer has one ${day}`);
	return apa.replace(day, '<date-part name="day" prefix=" " suffix="일"/>');
}

/** The ko-KR locale: the library's en-US one with the Korean words of src/i18n/citation-locale.ts laid over it. */
function koreanLocale(english: string): string {
	const words = koreanCitationWords;
	const parts = (list: readonly Record<string, string>[]) =>
		list.map((part) => `<date-part ${Object.entries(part).map(([key, value]) => `${key}="${value}"`).join(' ')}/>`).join('');
	const term = (name: string, text: string, form?: string) =>
		`<term name="${name}"${form ? ` form="${form}"` : ''}>${text}</term>`;
	let xml = english
		.replace('xml:lang="en-US"', 'xml:lang="ko-KR"')
		.replace(/<style-options [^>]*\/>/, `<style-options punctuation-in-quote="${words.punctuationInQuote}"/>`)
		.replace(/<date form="text">[\s\S]*?<\/date>/, `<date form="text">${parts(words.textDate)}</date>`);
	const replace = (name: string, form: string | undefined, text: string) => {
		const pattern = new RegExp(`<term name="${name}"${form ? ` form="${form}"` : ''}>[\\s\\S]*?</term>`);
		if (!pattern.test(xml)) throw new Error(`The en-US locale has no term "${name}"${form ? ` (${form})` : ''}`);
		xml = xml.replace(pattern, term(name, text, form));
	};
	for (let month = 1; month <= 12; month++) {
		const name = `month-${String(month).padStart(2, '0')}`;
		replace(name, undefined, words.month(month));
		replace(name, 'short', words.month(month));
	}
	for (const [name, text] of Object.entries(words.terms)) {
		const [long, short] = [text].flat();
		replace(name, undefined, long!);
		if (short) replace(name, 'short', short);
	}
	return xml;
}
