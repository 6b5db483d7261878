import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/lib/timeline/model.ts';
import { frame, niceCeiling, yearChart, yearFigures } from '../../src/lib/timeline/overview.ts';
import { overviewInWords, yearInWords } from '../../src/views/chart.ts';
import type { EntrySide, Kind } from '../../src/schema/index.ts';

const entry = (year: number, side: EntrySide, kind: Kind) =>
	({ year, side, data: { kind } }) as unknown as TimelineEntry;

const entries = [
	entry(2018, 'joint', 'summit'),
	entry(2018, 'south', 'proposal'),
	entry(2018, 'north', 'statement'),
	entry(2019, 'south', 'speech'),
	entry(2019, 'north', 'rejection'),
	entry(2021, 'north', 'rejection'),
];

/** The bars of a path: [x, top, width, bottom] for each `M x top h width V bottom …Z`. */
const bars = (path: string) =>
	[...path.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)V([\d.]+)/g)].map((m) => m.slice(1).map(Number));

describe('the overview of the decades', () => {
	it('counts every year of the range, by side and tone, empty years included', () => {
		const years = yearFigures(entries, 2017, 2021);
		expect(years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021]);
		expect(years.map((y) => y.total)).toEqual([0, 3, 2, 0, 1]);
		expect(years[1]).toMatchObject({ sides: { joint: 1, south: 1, north: 1 }, overtures: 2, rebuffs: 0 });
		expect(years[2]).toMatchObject({ overtures: 0, rebuffs: 1 });
	});

	it("says the same figures in words, in English and Korean: the entries' own years, and the chart's if wider", () => {
		const years = yearFigures(entries, 2017, 2021);
		expect(overviewInWords(years, 'en')).toBe(
			'6 entries from 2018 to 2021: North Korea 3, South Korea 2, Joint 1. ' +
				'2 overtures (proposals, agreements, summits) and 2 rebuffs (rejections). ' +
				'Busiest years: 2018 (3), 2019 (2), 2021 (1). 1 year in that time has no entry. The chart covers 2017 to 2021.',
		);
		expect(yearInWords(years[2]!, 'en')).toBe(
			'2019: 2 entries (North Korea 1, South Korea 1); 0 overtures, 1 rebuff',
		);
		expect(overviewInWords(years, 'ko')).toBe(
			'2018년부터 2021년까지 6건: 북한 3, 한국 2, 공동 1. 유화(제안, 합의, 정상회담) 2건, 거부 2건. ' +
				'항목이 가장 많은 해: 2018년(3건), 2019년(2건), 2021년(1건). 그 사이 항목이 없는 해가 1년 있습니다. ' +
				'그래프는 2017년부터 2021년까지를 보여 줍니다.',
		);
		expect(yearInWords(years[2]!, 'ko')).toBe('2019년: 2건 (북한 1, 한국 1), 유화 0건, 거부 1건');
	});

	it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
		expect([0, 1, 3, 7, 12, 20, 180, 201].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 20, 200, 500]);
	});

	it('draws stacks whose heights are proportional to the counts, within the frame', () => {
		const chart = yearChart(yearFigures(entries, 2017, 2021));
		expect(chart.scale).toEqual({ entries: 5, tone: 2 });
		expect(chart.sides.map((s) => s.side)).toEqual(['north', 'south', 'joint']);
		const north = bars(chart.sides[0]!.path);
		// 2018, 2019 and 2021: one entry each, a fifth of the height from the base.
		expect(north).toHaveLength(3);
		const unit = (frame.sidesBase - frame.sidesTop) / 5;
		for (const [, top, , bottom] of north) expect(bottom! - top!).toBeCloseTo(unit, 1);
		// In 2018 the south's bar sits on the north's, and the joint one on both.
		const [south2018] = bars(chart.sides[1]!.path);
		const [joint2018] = bars(chart.sides[2]!.path);
		expect(south2018![3]).toBeCloseTo(north[0]![1]!, 1);
		expect(joint2018![3]).toBeCloseTo(south2018![1]!, 1);
		expect(bars(chart.rebuffs).every(([, top]) => top === frame.toneAxis)).toBe(true);
		expect(bars(chart.overtures).every(([, , , bottom]) => bottom === frame.toneAxis)).toBe(true);
		for (const [x, , width] of [...north, ...bars(chart.rebuffs)])
			expect(x! + width!).toBeLessThanOrEqual(frame.width);
	});

	it('stays legible at ten thousand entries: one path a side, scaled to the busiest year, a label a decade', () => {
		const many = Array.from({ length: 10_000 }, (_, i) =>
			entry(
				1972 + (i % 54),
				(['north', 'south', 'joint'] as const)[i % 3]!,
				i % 7 ? 'statement' : 'rejection',
			),
		);
		const chart = yearChart(yearFigures(many, 1972, 2025));
		expect(chart.sides).toHaveLength(3);
		expect(chart.scale.entries).toBe(200);
		expect(chart.years.filter((y) => y.labelled).map((y) => y.figures.year)).toEqual([
			1972, 1980, 1990, 2000, 2010, 2020,
		]);
		// Narrow columns: the first year starts at the left edge rather than spilling past it.
		expect(chart.labels[0]).toEqual({ year: 1972, x: 0, anchor: 'start' });
		const tallest = Math.max(
			...chart.sides.flatMap((s) => bars(s.path).map(([, top]) => frame.sidesBase - top!)),
		);
		expect(tallest).toBeLessThanOrEqual(frame.sidesBase - frame.sidesTop);
	});

	it('labels every year of a short span, such as one government’s five years', () => {
		const chart = yearChart(yearFigures([entry(2018, 'north', 'statement')], 2017, 2022));
		expect(chart.years.filter((y) => y.labelled).map((y) => y.figures.year)).toEqual([
			2017, 2018, 2019, 2020, 2021, 2022,
		]);
		// Each under the middle of its own column.
		expect(chart.labels.map(({ x, anchor }) => [x, anchor])).toEqual(
			chart.years.map(({ x, width }) => [x + width / 2, 'middle']),
		);
	});
});
