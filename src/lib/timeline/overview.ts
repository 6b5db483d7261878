/**
 * The overview of the decades: how many entries each year holds, by side and by tone (overtures and rebuffs, from
 * the kinds vocabulary), and the chart drawn from those figures: bars as SVG paths in the units of its viewBox,
 * scaled to the busiest year so that it reads the same with eighty entries or ten thousand. Pure data and geometry;
 * YearChart.astro only draws what this gives.
 */
import { entrySides, idsOf, kinds, type EntrySide } from '../../schema/vocabularies.ts';
import type { TimelineEntry } from './model.ts';

export interface YearFigures {
	year: number;
	total: number;
	sides: Record<EntrySide, number>;
	/** Proposals, agreements, summits. */
	overtures: number;
	/** Rejections. */
	rebuffs: number;
}

const sideIds = idsOf(entrySides);
const noSides = (): Record<EntrySide, number> =>
	Object.fromEntries(sideIds.map((side) => [side, 0])) as Record<EntrySide, number>;

/** The figures of every year from `from` to `to`, years without entries included (as zeros). */
export function yearFigures(entries: readonly TimelineEntry[], from: number, to: number): YearFigures[] {
	const years = new Map<number, YearFigures>();
	for (let year = from; year <= to; year++)
		years.set(year, { year, total: 0, sides: noSides(), overtures: 0, rebuffs: 0 });
	for (const entry of entries) {
		const figures = years.get(entry.year);
		if (!figures) continue;
		figures.total++;
		figures.sides[entry.side]++;
		const tone = kinds[entry.data.kind].tone;
		if (tone === 'overture') figures.overtures++;
		else if (tone === 'rebuff') figures.rebuffs++;
	}
	return [...years.values()];
}

/** All years together. */
export function totals(years: readonly YearFigures[]): Omit<YearFigures, 'year'> {
	const sum = { total: 0, sides: noSides(), overtures: 0, rebuffs: 0 };
	for (const year of years) {
		sum.total += year.total;
		sum.overtures += year.overtures;
		sum.rebuffs += year.rebuffs;
		for (const side of sideIds) sum.sides[side] += year.sides[side];
	}
	return sum;
}

/** The sides that speak at all in these years, in the vocabulary's order (also the order of the stacks). */
function sidesPresent(years: readonly YearFigures[]): EntrySide[] {
	const sum = totals(years);
	return sideIds.filter((side) => sum.sides[side] > 0);
}

/** The busiest years, most entries first (the earlier year first on a tie). */
export function busiestYears(years: readonly YearFigures[], count = 3): YearFigures[] {
	return years
		.filter((year) => year.total > 0)
		.sort((a, b) => b.total - a.total || a.year - b.year)
		.slice(0, count);
}

/** The smallest of 1, 2 and 5 times a power of ten that is at least `value`: the top of a scale. */
export function niceCeiling(value: number): number {
	if (value <= 1) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value)!;
}

/** The chart's frame, in viewBox units. */
export const frame = {
	width: 720,
	height: 258,
	/** The stacks by side grow up from `sidesBase` to at most `sidesTop`. */
	sidesTop: 10,
	sidesBase: 146,
	/** Overtures grow up from `toneAxis`, rebuffs down, each by at most `toneReach`. */
	toneAxis: 192,
	toneReach: 30,
	/** The baseline of the year labels. */
	labels: 248,
} as const;

export interface YearChart {
	/** The top of each scale: the busiest year's entries, and its overtures or rebuffs, rounded up. */
	scale: { entries: number; tone: number };
	/** One path per side that speaks, drawing all its bars, bottom of the stack first. */
	sides: { side: EntrySide; path: string }[];
	overtures: string;
	rebuffs: string;
	/** Every year: where its column is, and whether its year is written under the chart. */
	years: { figures: YearFigures; x: number; width: number; labelled: boolean }[];
	/** The years written under the chart, and where: under their column's middle, or from the left or to the right edge. */
	labels: { year: number; x: number; anchor: 'start' | 'middle' | 'end' }[];
}

/** The width a year's label needs under its column, in viewBox units. */
const LABEL_ROOM = 48;

const round = (value: number) => Math.round(value * 100) / 100;
const bar = (x: number, width: number, top: number, bottom: number) =>
	bottom - top < 0.01 ? '' : `M${round(x)} ${round(top)}h${round(width)}V${round(bottom)}h${round(-width)}Z`;

export function yearChart(years: readonly YearFigures[]): YearChart {
	const step = frame.width / Math.max(years.length, 1);
	const barWidth = Math.max(step * 0.72, Math.min(step, 1));
	const scale = {
		entries: niceCeiling(Math.max(0, ...years.map((year) => year.total))),
		tone: niceCeiling(Math.max(0, ...years.map((year) => Math.max(year.overtures, year.rebuffs)))),
	};
	const perEntry = (frame.sidesBase - frame.sidesTop) / scale.entries;
	const perTone = frame.toneReach / scale.tone;
	const present = sidesPresent(years);
	const paths = new Map<EntrySide, string[]>(present.map((side) => [side, []]));
	const overtures: string[] = [];
	const rebuffs: string[] = [];
	const columns: YearChart['years'] = [];
	let lastLabel = -Infinity;
	years.forEach((figures, index) => {
		const x = index * step;
		const barX = x + (step - barWidth) / 2;
		let base = frame.sidesBase;
		for (const side of present) {
			const height = figures.sides[side] * perEntry;
			paths.get(side)!.push(bar(barX, barWidth, base - height, base));
			base -= height;
		}
		overtures.push(bar(barX, barWidth, frame.toneAxis - figures.overtures * perTone, frame.toneAxis));
		rebuffs.push(bar(barX, barWidth, frame.toneAxis, frame.toneAxis + figures.rebuffs * perTone));
		// Every year when there is room for each (a government's few years); otherwise the first year, every tenth,
		// and the last when it is not crowded by the one before.
		const last = index === years.length - 1;
		const labelled =
			step >= LABEL_ROOM ||
			index === 0 ||
			(figures.year % 10 === 0 && figures.year - lastLabel >= 6) ||
			(last && figures.year - lastLabel >= 8);
		if (labelled) lastLabel = figures.year;
		columns.push({ figures, x: round(x), width: round(step), labelled });
	});
	// Where a label is wider than its column (a long span), the first starts at the left edge and the last ends at
	// the right one; otherwise each sits under its column's middle.
	const labelled = columns.filter((column) => column.labelled);
	const labels = labelled.map(({ figures, x, width }, index): YearChart['labels'][number] => {
		const middle = x + width / 2;
		if (width >= LABEL_ROOM) return { year: figures.year, x: middle, anchor: 'middle' };
		if (index === 0) return { year: figures.year, x, anchor: 'start' };
		const atEdge = index === labelled.length - 1 && x + width >= frame.width - 1;
		return { year: figures.year, x: middle, anchor: atEdge ? 'end' : 'middle' };
	});
	return {
		scale,
		sides: present.map((side) => ({ side, path: paths.get(side)!.join('') })),
		overtures: overtures.join(''),
		rebuffs: rebuffs.join(''),
		years: columns,
		labels,
	};
}
