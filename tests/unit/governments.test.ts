/**
 * Governments as a facet: the registry (content/governments.yaml), the government in office on a date by the
 * documented rule, its checks, and the facet pages and filter built on it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { buildTimelineIndex } from '../../src/lib/filter/timeline-index.ts';
import { createFilter } from '../../src/lib/filter/match.ts';
import { emptyState } from '../../src/lib/filter/state.ts';
import { facetValues } from '../../src/lib/timeline/facets.ts';
import {
	actingFor,
	actingWithin,
	governmentAt,
	governmentRecords,
	governmentsAt,
} from '../../src/lib/timeline/governments.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { parseRegistry } from '../../src/lib/validation/registry.ts';
import { governmentSchema, type Government } from '../../src/schema/index.ts';
import { facetPage } from '../../src/views/lists.ts';
import { paginate } from '../../src/lib/timeline/pages.ts';
import { entry, governmentsYaml, writeCorpus } from '../support/corpus.ts';
import { fixtureTimeline } from '../support/dialogue-fixture.ts';

const problems: string[] = [];
const registry = parseRegistry<Government>(
	readFileSync('content/governments.yaml', 'utf8'),
	'government',
	governmentSchema,
	(problem) => problems.push(problem.message),
);
const records = governmentRecords(registry);
const south = (date: string) => governmentAt(records, 'south', date)?.id;
const north = (date: string) => governmentAt(records, 'north', date)?.id;
const byId = (id: string) => records.find((record) => record.id === id)!;

describe('the government registry', () => {
	it('reads content/governments.yaml: the South’s presidencies and acting presidencies, the North’s three leaders', () => {
		expect(problems).toEqual([]);
		expect(records.filter((record) => record.side === 'north').map((record) => record.id)).toEqual([
			'kim-il-sung',
			'kim-jong-il',
			'kim-jong-un',
		]);
		expect(records.filter((record) => record.acting)).toHaveLength(8);
		expect(byId('lee-jae-myung')).toMatchObject({ hangul: '이재명', from: '2025-06-04', administrationKo: '국민주권정부' });
		expect(byId('lee-jae-myung').to).toBeUndefined();
	});

	it('finds the government in office on a date, the new one on a day when power changed hands', () => {
		expect(south('1972-07-04')).toBe('park-chung-hee');
		expect(north('1972-07-04')).toBe('kim-il-sung');
		expect(south('2017-05-09')).toBe('hwang-kyo-ahn-acting');
		expect(south('2017-05-10')).toBe('moon-jae-in');
		expect(south('2022-05-09')).toBe('moon-jae-in');
		expect(south('2022-05-10')).toBe('yoon-suk-yeol');
		expect(north('1994-07-07')).toBe('kim-il-sung');
		expect(north('1994-07-08')).toBe('kim-jong-il');
		expect(north('2011-12-17')).toBe('kim-jong-un');
		expect(south('2025-06-04')).toBe('lee-jae-myung');
	});

	it('gives the days an acting president held the powers to him, within the president’s term', () => {
		expect(south('2004-03-11')).toBe('roh-moo-hyun');
		expect(south('2004-03-12')).toBe('goh-kun-acting');
		expect(south('2004-05-15')).toBe('roh-moo-hyun');
		expect(south('2016-12-08')).toBe('park-geun-hye');
		expect(south('2016-12-09')).toBe('hwang-kyo-ahn-acting');
		expect(south('2024-12-13')).toBe('yoon-suk-yeol');
		expect(south('2024-12-20')).toBe('han-duck-soo-acting-2024');
		expect(south('2025-01-15')).toBe('choi-sang-mok-acting');
		expect(south('2025-04-10')).toBe('han-duck-soo-acting-2025');
		expect(south('2025-05-20')).toBe('lee-ju-ho-acting');
		expect(actingWithin(byId('yoon-suk-yeol'), records).map((record) => record.id)).toEqual([
			'han-duck-soo-acting-2024',
			'choi-sang-mok-acting',
			'han-duck-soo-acting-2025',
		]);
		expect(actingFor(byId('goh-kun-acting'), records)?.id).toBe('roh-moo-hyun');
		expect(actingFor(byId('hwang-kyo-ahn-acting'), records)?.id).toBe('park-geun-hye');
		expect(actingWithin(byId('moon-jae-in'), records)).toEqual([]);
	});

	it('reads a date known only to the month or the year from its first day', () => {
		expect(south('2017-05')).toBe('hwang-kyo-ahn-acting');
		expect(south('2022-05')).toBe('moon-jae-in');
		expect(south('2017')).toBe('hwang-kyo-ahn-acting');
		expect(governmentsAt(records, '1994-07')).toMatchObject({ north: { id: 'kim-il-sung' } });
	});
});

describe('checking governments', () => {
	const report = async (files: Record<string, string>, governments?: string) => {
		const dir = writeCorpus(files, { governments });
		const corpus = await validateCorpus(dir, { cwd: path.dirname(dir) });
		return corpus.problems.map((problem) => formatProblem(problem).replaceAll(`${path.basename(dir)}/`, 'content/'));
	};

	it('names a leader who is not an actor, or of the other side', async () => {
		const lines = await report(
			{ '2019-08-15-moon-speech.md': entry() },
			governmentsYaml.replace('  leader: moon-jae-in', '  leader: moon-jea-in'),
		);
		expect(lines).toEqual([
			'content/governments.yaml:48:11 moon-jae-in.leader: unknown actor "moon-jea-in" (did you mean "moon-jae-in"? actors are listed in content/actors.yaml; leave leader out when the leader is not there)',
		]);
		const wrongSide = await report(
			{ '2019-08-15-moon-speech.md': entry() },
			governmentsYaml.replace('  leader: moon-jae-in', '  leader: kim-yo-jong'),
		);
		expect(wrongSide).toEqual([
			expect.stringMatching(/moon-jae-in\.leader: "kim-yo-jong" is on the side north, not south/),
		]);
	});

	it('refuses an entry no government of one Korea covers, at its date', async () => {
		const lines = await report(
			{ '2019-08-15-moon-speech.md': entry() },
			governmentsYaml.replace(/moon-jae-in:\n(  .*\n)+/, ''),
		);
		expect(lines).toEqual([
			'content/events/2019-08-15-moon-speech.md:3:7 date: "2019-08-15" falls in no South Korean government of content/governments.yaml (every entry falls in one government of each Korea: add the one in office on that day)',
		]);
	});

	it('refuses a content folder without the registry, and a tenure that ends before it begins', async () => {
		expect(await report({ '2019-08-15-moon-speech.md': entry() }, '')).toEqual([
			'content/governments.yaml is missing (expected the government registry: a YAML file of ids, each with its fields)',
		]);
		const backwards = await report(
			{ '2019-08-15-moon-speech.md': entry() },
			governmentsYaml.replace('  to: 2022-05-09', '  to: 2016-05-09'),
		);
		expect(backwards).toEqual([
			expect.stringMatching(/moon-jae-in\.to: "2016-05-09" is before from "2017-05-10"/),
		]);
	});
});

describe('the government facet', () => {
	const timeline = fixtureTimeline();
	const values = facetValues(timeline).government;

	it('lists every government with entries, South first, each with the entries of its days from both sides', () => {
		expect(values.map((value) => value.id)).toEqual([
			'moon-jae-in',
			'yoon-suk-yeol',
			'han-duck-soo-acting-2024',
			'lee-jae-myung',
			'kim-jong-un',
		]);
		const moon = values.find((value) => value.id === 'moon-jae-in')!;
		expect(moon.entries.every((item) => item.data.date >= '2017-05-10' && item.data.date <= '2022-05-09')).toBe(true);
		expect(moon.entries.some((item) => item.side === 'north')).toBe(true);
		expect(values.find((value) => value.id === 'kim-jong-un')!.entries).toHaveLength(timeline.entries.length);
	});

	it('filters the timeline with ?government=, the South’s or the North’s', () => {
		const index = buildTimelineIndex(timeline, () => 1);
		const filter = createFilter(index);
		const ids = (government: string[]) =>
			filter.matches({ ...emptyState(), government }).map((position) => index.rows[position]!.id);
		expect(ids(['yoon-suk-yeol'])).toEqual(['2022-06-01-k', '2022-08-15-s', '2022-08-19-t']);
		expect(ids(['han-duck-soo-acting-2024'])).toEqual(['2024-12-20-z']);
		expect(ids(['kim-jong-un'])).toHaveLength(timeline.entries.length);
		expect(index.governments.find((item) => item.id === 'han-duck-soo-acting-2024')).toEqual({
			id: 'han-duck-soo-acting-2024',
			label: { en: 'Han Duck-soo (acting)', ko: '한덕수 권한대행' },
			side: 'south',
		});
	});

	it('gives a government’s page its office, days, acting presidents, chart and entries, in both languages', () => {
		const yoon = values.find((value) => value.id === 'yoon-suk-yeol')!;
		const pages = paginate(yoon.entries);
		const en = facetPage(yoon, pages[0]!, pages, timeline, 'en');
		expect(en.label).toBe('Yoon Suk Yeol');
		expect(en.otherScript).toBe('윤석열');
		expect(en.government).toMatchObject({
			office: 'President of South Korea',
			tenure: { text: '10 May 2022 to 4 April 2025' },
			actingWithin: [{ label: 'Han Duck-soo (acting)', url: '/governments/han-duck-soo-acting-2024/' }],
		});
		expect(en.chart?.heading.map((run) => run.text).join('')).toBe('Yoon Suk Yeol, year by year');
		expect(en.filterUrl).toBe('/?government=yoon-suk-yeol');
		const ko = facetPage(yoon, pages[0]!, pages, timeline, 'ko');
		expect(ko.government).toMatchObject({ office: '대한민국 대통령', tenure: { text: '2022년 5월 10일~2025년 4월 4일' } });
		const lee = values.find((value) => value.id === 'lee-jae-myung')!;
		expect(facetPage(lee, paginate(lee.entries)[0]!, paginate(lee.entries), timeline, 'en').government?.tenure.text).toBe(
			'from 4 June 2025; no end recorded',
		);
	});
});
