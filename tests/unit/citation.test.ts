import { plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { cslItem, type Citable } from '../../src/lib/citation/item.ts';
import { bibtex, references, ris, STYLES } from '../../src/lib/citation/format.ts';
import { cslJson } from '../../src/lib/citation/records.ts';

const english: Citable = {
	id: '2019-08-16-cprk-refuses-talks',
	lang: 'en',
	title: "North Korea's reunification committee says it has nothing more to discuss with Seoul",
	date: '2019-08-16',
	site: 'Inter-Korean Statements',
	url: 'https://example.org/events/2019-08-16-cprk-refuses-talks/',
};
const korean: Citable = {
	...english,
	lang: 'ko',
	title: '조평통, 남측과 더 할 말도 다시 마주 앉을 생각도 없다',
	site: '남북 발언 기록',
	url: 'https://example.org/ko/events/2019-08-16-cprk-refuses-talks/',
};
const summit: Citable = {
	...english,
	id: '2000-06-13-first-inter-korean-summit',
	title: 'Kim Dae-jung & Kim Jong Il meet in Pyongyang <for the first time>',
	date: '2000-06-13',
	endDate: '2000-06-15',
	url: 'https://example.org/events/2000-06-13-first-inter-korean-summit/',
};

// The first reference in each language compiles its styles and locale: seconds, once.
describe('references', { timeout: 30_000 }, () => {
	it('are formatted by the CSL styles: Chicago (author-date), APA and MLA', () => {
		const made = references(cslItem(english), 'en');
		expect(made.chicago.text).toBe(
			'“North Korea’s Reunification Committee Says It Has Nothing More to Discuss with Seoul.” 2019. Inter-Korean Statements. August 16, 2019. https://example.org/events/2019-08-16-cprk-refuses-talks/.',
		);
		expect(made.apa.text).toBe(
			'North Korea’s reunification committee says it has nothing more to discuss with Seoul. (2019, August 16). Inter-Korean Statements. https://example.org/events/2019-08-16-cprk-refuses-talks/',
		);
		expect(made.mla.text).toBe(
			'“North Korea’s Reunification Committee Says It Has Nothing More to Discuss with Seoul.” Inter-Korean Statements, 16 Aug. 2019, https://example.org/events/2019-08-16-cprk-refuses-talks/.',
		);
		// The italics each style sets: APA the page's title, MLA the site.
		expect(made.apa.html).toMatch(/^<i>North Korea’s reunification committee .* Seoul<\/i>\. \(2019/);
		expect(made.mla.html).toContain('<i>Inter-Korean Statements</i>, 16 Aug. 2019');
	});

	it('give the days of an event spanning several, and escape what HTML treats specially', () => {
		const made = references(cslItem(summit), 'en');
		expect(made.apa.text).toContain('(2000, June 13–15)');
		expect(made.mla.text).toContain('13–15 June 2000');
		expect(made.apa.html).toContain('&#38; Kim Jong Il meet in Pyongyang &#60;for the first time&#62;');
		for (const style of STYLES) {
			expect(made[style].html).not.toMatch(/<(?!\/?[ib]>)/);
			// The text to copy is the library's own plain-text rendering.
			const [[, text]] = plugins.output.format('bibliography', [cslItem(summit)], {
				style,
				format: 'text',
				asEntryArray: true,
			}) as [[string, string]];
			expect(made[style].text).toBe(text.trim());
		}
	});

	it('are what the full styles give, though formatted one at a time without sorting or disambiguation', () => {
		const variants: Citable[] = [english, korean, summit].flatMap((page) => [
			page,
			{ ...page, date: '1991-12', endDate: undefined },
			{ ...page, date: '1972', endDate: undefined },
			{ ...page, title: `${page.title}: “quoted” words, 'single', $3,000 & a <b>tag</b>` },
			{ ...page, title: 'the U.S. and the D.P.R.K. agree on a lower-case title' },
		]);
		for (const page of variants) {
			const made = references(cslItem(page), page.lang);
			for (const style of STYLES) {
				const [[, full]] = plugins.output.format('bibliography', [cslItem(page)], {
					style: page.lang === 'ko' && style === 'apa' ? 'apa-ko' : style,
					lang: page.lang === 'ko' ? 'ko-KR' : 'en-US',
					format: 'html',
					asEntryArray: true,
				}) as [[string, string]];
				expect(made[style].html, `${style}: ${page.title}`).toBe(/<div[^>]*>([\s\S]*)<\/div>/.exec(full)![1]!.trim());
			}
		}
	});

	it('cite the Korean page in Korean words, with no English left', () => {
		const made = references(cslItem(korean), 'ko');
		expect(made.chicago.text).toBe(
			'“조평통, 남측과 더 할 말도 다시 마주 앉을 생각도 없다”. 2019. 남북 발언 기록. 2019년 8월 16일. https://example.org/ko/events/2019-08-16-cprk-refuses-talks/.',
		);
		expect(made.apa.text).toContain('(2019, 8월 16일). 남북 발언 기록.');
		expect(made.mla.text).toContain('남북 발언 기록, 2019년 8월 16일,');
		for (const style of STYLES)
			expect(made[style].text.replace(/https?:\/\/\S+/g, '')).not.toMatch(/[A-Za-z]/);
		const month = references(cslItem({ ...korean, date: '1991-12', endDate: undefined }), 'ko');
		expect(month.mla.text).toContain('1991년 12월,');
	});
});

describe('records for reference managers', () => {
	const items = [cslItem(english), cslItem(korean)];

	it('BibTeX: one @misc per page, keyed by the entry id, Hangul intact', () => {
		const record = bibtex(items);
		expect(record).toContain('@misc{2019-08-16-cprk-refuses-talks,');
		expect(record).toContain('@misc{2019-08-16-cprk-refuses-talks-ko,');
		expect(record).toContain('title = {조평통, 남측과 더 할 말도 다시 마주 앉을 생각도 없다},');
		expect(record).toContain('publisher = {Inter-Korean Statements},');
		expect(record).toContain('url = {https://example.org/events/2019-08-16-cprk-refuses-talks/},');
		expect(record).toContain('year = {2019},');
	});

	it('BibTeX: the month as BibTeX’s macro and the whole date for biblatex; LaTeX’s special characters escaped', () => {
		const lines = (item: Citable) => bibtex([cslItem(item)]).split('\n');
		const dates = (item: Citable) => lines(item).filter((line) => /^\t(year|month|date) /.test(line));
		expect(dates(english)).toEqual(['\tyear = {2019},', '\tmonth = aug,', '\tdate = {2019-08-16},']);
		expect(dates({ ...english, date: '1991-12' })).toEqual(['\tyear = {1991},', '\tmonth = dec,', '\tdate = {1991-12},']);
		expect(dates({ ...english, date: '1972' })).toEqual(['\tyear = {1972},']);
		expect(dates({ ...english, date: '2018-04-27', endDate: '2018-04-28' })).toContain('\tdate = {2018-04-27/2018-04-28},');
		const escaped = lines({ ...english, title: 'Lee offers to raise incomes to $3,000 & 50% more_now' });
		const title = escaped.find((line) => line.startsWith('\ttitle'));
		expect(title).toBe('\ttitle = {Lee offers to raise incomes to \\$3,000 \\& 50\\% more\\_now},');
		const braces = lines({ ...english, title: 'a {half} brace} and ~ \\' }).find((line) => line.startsWith('\ttitle'));
		expect(braces).toBe('\ttitle = {a \\textbraceleft{}half\\textbraceright{} brace\\textbraceright{} and \\textasciitilde{} \\textbackslash{}},');
	});

	it('RIS: a web page with its title, date, language, site and address, each tag on one line', () => {
		const [first] = ris([cslItem({ ...english, url: `${english.url}${'x'.repeat(80)}/` })])
			.trim()
			.split('\r\n\r\n');
		const tags = first!.split('\r\n');
		expect(tags[0]).toBe('TY  - ELEC');
		expect(tags).toContain(`TI  - North Korea's reunification committee says it has nothing more to discuss with Seoul`);
		expect(tags).toContain('DA  - 2019/08/16/');
		expect(ris([cslItem({ ...english, date: '1991-02' })])).toContain('DA  - 1991/02//\r\n');
		expect(tags).toContain('LA  - en');
		// The whole key, which citation-js cuts to 20 characters: the English and Korean records keep their own.
		expect(ris(items).split('\r\n').filter((tag) => tag.startsWith('ID  - '))).toEqual([
			'ID  - 2019-08-16-cprk-refuses-talks',
			'ID  - 2019-08-16-cprk-refuses-talks-ko',
		]);
		expect(tags).toContain('PB  - Inter-Korean Statements');
		expect(tags).toContain(`UR  - ${english.url}${'x'.repeat(80)}/`);
		expect(tags.at(-1)).toBe('ER  -');
		expect(tags.every((line) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
	});

	it('CSL-JSON: the items the references were made from', () => {
		const [item] = JSON.parse(cslJson(items));
		expect(item).toEqual({
			id: english.id,
			'citation-key': english.id,
			type: 'webpage',
			title: english.title,
			'container-title': 'Inter-Korean Statements',
			issued: { 'date-parts': [[2019, 8, 16]] },
			URL: english.url,
			language: 'en',
		});
		expect(cslItem({ ...english, date: '2019' }).issued).toEqual({ 'date-parts': [[2019]] });
	});
});
