/** The slices of the timeline to take away (src/lib/exports/slice.ts) and the references cut from the whole record. */
import { describe, expect, it } from 'vitest';
import { cslJson, pickRecords, recordFiles } from '../../src/lib/citation/records.ts';
import { bibtex, ris } from '../../src/lib/citation/format.ts';
import { cslItem } from '../../src/lib/citation/item.ts';
import { sliceCsv, sliceEntries, sliceJson } from '../../src/lib/exports/slice.ts';
import type { TimelineIndex } from '../../src/lib/filter/timeline-index.ts';

describe('the CSV of a slice', () => {
	const both = (en: string, ko: string) => ({ en, ko });
	const index: TimelineIndex = {
		v: 2,
		sides: [{ id: 'north', label: both('North Korea', '북한') }],
		kinds: [{ id: 'statement', label: both('Statement', '담화') }],
		topics: [{ id: 'leaflets', label: both('Leaflets', '전단') }],
		actors: [{ id: 'kim-yo-jong', name: both('Kim Yo Jong', '김여정'), side: 'north', other: '' }],
		governments: [],
		rows: ['a', 'b', 'c'].map((letter, at) => ({
			id: `2020-06-0${at + 1}-${letter}`,
			date: `2020-06-0${at + 1}`,
			year: 2020,
			page: 1,
			side: 0,
			kind: 0,
			actors: [0],
			topics: [0],
			governments: [],
			when: both('', ''),
			title: at === 1 ? { en: `＋Title ${letter}` } : { en: `Title ${letter}`, ko: `제목 ${letter}` },
			summary: { en: `=Summary, ${letter}` },
			quotes: '',
		})),
	};

	it('holds the chosen rows only, in the language asked for, English where the Korean text is missing, as CSV with formulas neutralised', () => {
		const entries = sliceEntries(index, [0, 1], 'ko', 'https://example.org/base/');
		expect(entries.map((entry) => [entry.url, entry.title, entry.speakerNames])).toEqual([
			['https://example.org/ko/events/2020-06-01-a/', '제목 a', ['김여정']],
			['https://example.org/ko/events/2020-06-02-b/', '＋Title b', ['김여정']],
		]);
		expect(sliceCsv(entries).split('\r\n')).toEqual([
			'id,url,date,title,side,kind,speakers,speaker_names,topics,summary',
			`2020-06-01-a,https://example.org/ko/events/2020-06-01-a/,2020-06-01,제목 a,north,statement,kim-yo-jong,김여정,leaflets,"'=Summary, a"`,
			`2020-06-02-b,https://example.org/ko/events/2020-06-02-b/,2020-06-02,'＋Title b,north,statement,kim-yo-jong,김여정,leaflets,"'=Summary, b"`,
			'',
		]);
		expect(JSON.parse(sliceJson('actor=kim-yo-jong', entries))).toMatchObject({ filter: 'actor=kim-yo-jong', count: 2 });
	});
});

describe('references cut from the whole record', () => {
	const items = ['a', 'b', 'c'].map((letter) =>
		cslItem({ id: `x-${letter}`, lang: 'en', title: `Title ${letter}`, date: '2020-06-01', site: 'Site', url: `https://example.org/${letter}/` }),
	);

	it('are what the library writes for those entries alone, in each format', { timeout: 30_000 }, () => {
		const subset = [items[0]!, items[2]!];
		expect(pickRecords('bib', bibtex(items), [0, 2])).toBe(bibtex(subset));
		expect(pickRecords('ris', ris(items), [0, 2])).toBe(ris(subset));
		expect(pickRecords('csl.json', cslJson(items), [0, 2])).toBe(cslJson(subset));
		expect(pickRecords('bib', bibtex(items), [])).toBe('');
	});

	it('one by one, are each entry’s own file, in each format (as a build writes them)', () => {
		expect(recordFiles('bib', bibtex(items))).toEqual(items.map((item) => bibtex([item])));
		expect(recordFiles('ris', ris(items))).toEqual(items.map((item) => ris([item])));
		expect(recordFiles('csl.json', cslJson(items))).toEqual(items.map((item) => cslJson([item])));
	});
});
