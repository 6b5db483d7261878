import { describe, expect, it } from 'vitest';
import { createFilter } from '../../src/lib/filter/match.ts';
import { foldText, initialsOf, matchesTerms, queryTerms } from '../../src/lib/filter/search-text.ts';
import {
	emptyState,
	FACETS,
	isEmpty,
	parseQuery,
	toQuery,
	type FilterState,
} from '../../src/lib/filter/state.ts';
import { readFileSync } from 'node:fs';
import type { IndexRow, TimelineIndex } from '../../src/lib/filter/timeline-index.ts';

describe('the URL contract', () => {
	it('is the one the head script reads to mark a filtered page before its first paint (theme-init.js)', () => {
		// That script is inlined raw, so it cannot import the contract: its list of parameters must follow it.
		const script = readFileSync(new URL('../../src/scripts/theme-init.js', import.meta.url), 'utf8');
		const marks = new RegExp(/\/(.+)\/\.test\(location\.search\)/.exec(script)![1]!);
		const names = /\(([\w|]+)\)/.exec(marks.source)![1]!.split('|');
		expect(new Set(names)).toEqual(new Set([...FACETS, 'from', 'to', 'q']));
		for (const query of ['?government=moon-jae-in', '?from=2019', '?x=1&q=talks'])
			expect(marks.test(query), query).toBe(true);
		expect(marks.test('?utm_source=x&q=')).toBe(false);
	});

	it('reads every facet, repeated values, years and text', () => {
		const state = parseQuery(
			'?side=north&actor=kim-yo-jong&actor=cprk&kind=rejection&topic=dialogue&government=moon-jae-in&from=2019&to=2025&q=talks',
		);
		expect(state).toEqual({
			side: ['north'],
			actor: ['kim-yo-jong', 'cprk'],
			kind: ['rejection'],
			topic: ['dialogue'],
			government: ['moon-jae-in'],
			from: 2019,
			to: 2025,
			q: 'talks',
		});
	});

	it('writes the same URL back, in a fixed order, and nothing for no filter', () => {
		const query =
			'side=north&actor=kim-yo-jong&actor=cprk&kind=rejection&topic=dialogue&government=moon-jae-in&from=2019&to=2025&q=talks';
		expect(toQuery(parseQuery(query))).toBe(query);
		expect(toQuery(parseQuery('q=talks&side=south'))).toBe('side=south&q=talks');
		expect(toQuery(emptyState())).toBe('');
		expect(toQuery({ ...emptyState(), q: '김여정 talks' })).toBe('q=%EA%B9%80%EC%97%AC%EC%A0%95+talks');
	});

	it('ignores what it does not know and repeats it does not need', () => {
		const state = parseQuery('?side=north&side=north&from=nineteen&utm_source=x&q=%20%20');
		expect(state.side).toEqual(['north']);
		expect(state.from).toBeUndefined();
		expect(isEmpty(parseQuery('utm_source=x'))).toBe(true);
		expect(isEmpty(state)).toBe(false);
	});
});

describe('text matching', () => {
	const matches = (text: string, query: string) =>
		matchesTerms(foldText(text), () => initialsOf(text), queryTerms(query));

	it('ignores case, accents and punctuation, Hangul included', () => {
		expect(foldText('Kim Yo-jong’s “Foolish Dream”')).toBe('kim yo jong s foolish dream');
		expect(matches('Röh Moo-hyun crossed the line', 'roh MOO')).toBe(true);
		expect(matches('김여정 담화', '김여정')).toBe(true);
		expect(matches('김여정 담화', '김정은')).toBe(false);
		expect(matches('nothing to talk', 'talk nothing')).toBe(true);
	});

	it('finds Korean words by their initial consonants, as Korean search boxes do', () => {
		expect(matches('김여정 부부장 담화', 'ㄱㅇㅈ')).toBe(true);
		expect(matches('김여정 부부장 담화', 'ㄷㅎ ㄱㅇㅈ')).toBe(true);
		expect(matches('김정은 위원장', 'ㄱㅇㅈ')).toBe(false);
		expect(matches('Kim Yo Jong', 'ㄱㅇㅈ')).toBe(false);
		// Initials and words together: both must be found.
		expect(matches('김여정 statement', 'ㄱㅇㅈ statement')).toBe(true);
		expect(matches('김여정 statement', 'ㄱㅇㅈ speech')).toBe(false);
	});
});

const row = (
	id: string,
	year: number,
	side: number,
	kind: number,
	actors: number[],
	topics: number[],
	text = '',
	ko?: string,
	governments: number[] = [],
): IndexRow => ({
	id,
	date: String(year),
	year,
	page: 1,
	side,
	kind,
	actors,
	topics,
	governments,
	when: { en: '', ko: '' },
	title: { en: `Title ${id}`, ...(ko ? { ko } : {}) },
	summary: { en: `Summary ${text}` },
	quotes: '',
});

const both = (en: string, ko: string) => ({ en, ko });
const index: TimelineIndex = {
	v: 3,
	sides: [
		{ id: 'north', label: both('North Korea', '북한') },
		{ id: 'south', label: both('South Korea', '한국') },
		{ id: 'joint', label: both('Joint', '공동') },
	],
	kinds: [
		{ id: 'speech', label: both('Speech', '연설') },
		{ id: 'rejection', label: both('Rejection', '거부') },
		{ id: 'summit', label: both('Summit', '정상회담') },
	],
	topics: [
		{ id: 'dialogue', label: both('Dialogue', '대화') },
		{ id: 'loudspeakers', label: both('Loudspeakers', '확성기') },
	],
	actors: [
		{ id: 'moon-jae-in', name: both('Moon Jae-in', '문재인'), side: 'south', other: '' },
		{ id: 'kim-yo-jong', name: both('Kim Yo Jong', '김여정'), side: 'north', other: 'Kim Yo-jong · 金與正' },
		{ id: 'kim-jong-un', name: both('Kim Jong Un', '김정은'), side: 'north', other: '' },
	],
	governments: [
		{ id: 'moon-jae-in', label: both('Moon Jae-in', '문재인'), side: 'south' },
		{ id: 'lee-jae-myung', label: both('Lee Jae-myung', '이재명'), side: 'south' },
		{ id: 'kim-jong-un', label: both('Kim Jong Un', '김정은'), side: 'north' },
	],
	rows: [
		row('a', 2018, 2, 2, [0, 2], [0], '', undefined, [0, 2]),
		row('b', 2019, 1, 0, [0], [0], 'momentum for dialogue', undefined, [0, 2]),
		row('c', 2019, 0, 1, [1], [0], 'no more talks', undefined, [0, 2]),
		row('d', 2020, 0, 1, [1], [1], '', undefined, [0, 2]),
		row(
			'e',
			2025,
			0,
			1,
			[1],
			[0, 1],
			'no interest in talks',
			'김여정, 서울의 어떤 제안에도 관심 없다',
			[1, 2],
		),
	],
};
const ids = (state: Partial<FilterState>) => {
	const filter = createFilter(index);
	const full = { ...emptyState(), ...state };
	const { matches } = filter.run(full);
	// The lighter pass, without counts, finds the same rows.
	expect(filter.matches(full)).toEqual(matches);
	return matches.map((position) => index.rows[position]!.id);
};

describe('filtering', () => {
	it('returns everything, in order, for no filter', () => {
		expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('combines the values of a facet with OR and facets with AND', () => {
		expect(ids({ side: ['north', 'joint'] })).toEqual(['a', 'c', 'd', 'e']);
		expect(ids({ side: ['north'], topic: ['dialogue'] })).toEqual(['c', 'e']);
		expect(ids({ actor: ['moon-jae-in', 'kim-jong-un'], kind: ['summit'] })).toEqual(['a']);
	});

	it('keeps years inclusive', () => {
		expect(ids({ from: 2019, to: 2020 })).toEqual(['b', 'c', 'd']);
		expect(ids({ from: 2025 })).toEqual(['e']);
	});

	it('matches text in titles, summaries and speaker names and aliases, in both languages', () => {
		expect(ids({ q: 'talks' })).toEqual(['c', 'e']);
		expect(ids({ q: 'kim yo-jong' })).toEqual(['c', 'd', 'e']);
		expect(ids({ q: '김여정' })).toEqual(['c', 'd', 'e']);
		expect(ids({ q: 'ㄱㅇㅈ' })).toEqual(['c', 'd', 'e']);
		expect(ids({ q: '문재인' })).toEqual(['a', 'b']);
		expect(ids({ q: '金與正' })).toEqual(['c', 'd', 'e']);
		expect(ids({ q: '서울의 제안' })).toEqual(['e']);
		expect(ids({ q: 'MOON dialogue' })).toEqual(['b']);
	});

	it('filters by the government in office of either Korea, combined with the other facets', () => {
		expect(ids({ government: ['lee-jae-myung'] })).toEqual(['e']);
		expect(ids({ government: ['kim-jong-un'] })).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(ids({ government: ['moon-jae-in'], side: ['north'] })).toEqual(['c', 'd']);
		expect(ids({ government: ['moon-jae-in', 'lee-jae-myung'], kind: ['speech'] })).toEqual(['b']);
		const { counts } = createFilter(index).run({ ...emptyState(), side: ['north'] });
		expect(Object.fromEntries(counts.government)).toEqual({
			'moon-jae-in': 2,
			'lee-jae-myung': 1,
			'kim-jong-un': 3,
		});
	});

	it('matches nothing for an unknown value', () => {
		expect(ids({ actor: ['nobody'] })).toEqual([]);
	});

	it('counts each option with the other facets applied and its own set aside', () => {
		const { counts } = createFilter(index).run({ ...emptyState(), side: ['north'], topic: ['loudspeakers'] });
		// Sides: counted with the topic applied but not the side itself: d and e are north, none other has loudspeakers.
		expect(Object.fromEntries(counts.side)).toEqual({ north: 2 });
		// Topics: counted among north entries (c, d, e).
		expect(Object.fromEntries(counts.topic)).toEqual({ dialogue: 2, loudspeakers: 2 });
		expect(Object.fromEntries(counts.kind)).toEqual({ rejection: 2 });
	});
});
