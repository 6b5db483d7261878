/**
 * The overview of the decades as a page shows it, in one language: the chart's geometry (src/lib/timeline/overview.ts),
 * the figures in words (the whole, and each year), the legend and the table.
 */
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import type { EntrySide } from '../schema/index.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';
import {
	busiestYears,
	frame,
	totals,
	yearChart,
	yearFigures,
	type YearChart,
	type YearFigures,
} from '../lib/timeline/overview.ts';
import type { TimelineEntry } from '../lib/timeline/model.ts';
import { sideLabel } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';

const sayings = {
	en: {
		count: (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`,
		year: (figures: YearFigures, sides: string[]) =>
			`${figures.year}: ${sayings.en.count(figures.total, 'entry', 'entries')}${sides.length > 0 ? ` (${sides.join(', ')})` : ''}; ${sayings.en.count(figures.overtures, 'overture', 'overtures')}, ${sayings.en.count(figures.rebuffs, 'rebuff', 'rebuffs')}`,
		whole: (total: number, from: number, to: number, sides: string[]) =>
			`${sayings.en.count(total, 'entry', 'entries')} from ${from} to ${to}${sides.length > 0 ? `: ${sides.join(', ')}.` : '.'}`,
		tones: (overtures: number, rebuffs: number) =>
			`${sayings.en.count(overtures, 'overture', 'overtures')} (proposals, agreements, summits) and ${sayings.en.count(rebuffs, 'rebuff', 'rebuffs')} (rejections).`,
		busiest: (years: string[]) => `Busiest ${years.length === 1 ? 'year' : 'years'}: ${years.join(', ')}.`,
		quiet: (n: number) => `${sayings.en.count(n, 'year', 'years')} in that time ${n === 1 ? 'has' : 'have'} no entry.`,
		span: (from: number, to: number) => `The chart covers ${from} to ${to}.`,
		scale: (n: number) =>
			`The top line of the chart stands for ${sayings.en.count(n, 'entry', 'entries')} in a year; each column links to its year.`,
		none: 'No entries.',
		overtures: '▲ Overtures',
		rebuffs: '▼ Rebuffs',
		figures: 'The figures, year by year',
		columns: { year: 'Year', entries: 'Entries', overtures: 'Overtures', rebuffs: 'Rebuffs' },
	},
	ko: {
		count: (n: number, unit: string) => `${n.toLocaleString('ko')}${unit}`,
		year: (figures: YearFigures, sides: string[]) =>
			`${figures.year}년: ${figures.total}건${sides.length > 0 ? ` (${sides.join(', ')})` : ''}, 유화 ${figures.overtures}건, 거부 ${figures.rebuffs}건`,
		whole: (total: number, from: number, to: number, sides: string[]) =>
			`${from}년부터 ${to}년까지 ${total.toLocaleString('ko')}건${sides.length > 0 ? `: ${sides.join(', ')}.` : '.'}`,
		tones: (overtures: number, rebuffs: number) =>
			`유화(제안, 합의, 정상회담) ${overtures.toLocaleString('ko')}건, 거부 ${rebuffs.toLocaleString('ko')}건.`,
		busiest: (years: string[]) => `항목이 가장 많은 해: ${years.join(', ')}.`,
		quiet: (n: number) => `그 사이 항목이 없는 해가 ${n}년 있습니다.`,
		span: (from: number, to: number) => `그래프는 ${from}년부터 ${to}년까지를 보여 줍니다.`,
		scale: (n: number) => `그래프의 맨 윗줄은 한 해 ${n.toLocaleString('ko')}건입니다. 각 막대는 그해 페이지로 연결됩니다.`,
		none: '항목이 없습니다.',
		overtures: '▲ 유화',
		rebuffs: '▼ 거부',
		figures: '연도별 수치',
		columns: { year: '연도', entries: '항목', overtures: '유화', rebuffs: '거부' },
	},
};

export interface ChartView {
	/** The page's language. */
	lang: Lang;
	/** The heading in runs, each marked with its language where it is not the page's (a name with no Hangul yet). */
	heading: { text: string; lang?: Lang }[];
	/** The whole chart in a few sentences: the text alternative. */
	inWords: string;
	frame: typeof frame;
	sides: { side: EntrySide; path: string }[];
	overtures: string;
	rebuffs: string;
	labels: YearChart['labels'];
	/** One per year: its page and its figures in words, or nothing for a year without entries. */
	columns: ({ url: string; words: string } | undefined)[];
	legend: { side: EntrySide; label: string }[];
	tones: { overtures: string; rebuffs: string };
	table?: {
		summary: string;
		columns: { year: string; entries: string; sides: string[]; overtures: string; rebuffs: string };
		rows: { year: number; url: string; total: number; sides: number[]; overtures: number; rebuffs: number }[];
	};
}

const sideCount = (figures: Omit<YearFigures, 'year'>, lang: Lang) =>
	(Object.keys(figures.sides) as EntrySide[])
		.filter((side) => figures.sides[side] > 0)
		.map((side) => `${sideLabel(side, lang)} ${figures.sides[side].toLocaleString(lang)}`);

/** One year's figures in words: "2019: 9 entries (North Korea 5, South Korea 4); 2 overtures, 3 rebuffs". */
export function yearInWords(figures: YearFigures, lang: Lang): string {
	return sayings[lang].year(figures, sideCount(figures, lang));
}

/**
 * The whole chart in a few sentences: the entries' own years (a speaker's chart spans the whole record's, so charts
 * compare, and its first entry may come decades in), the years between without one, and the chart's span if wider.
 */
export function overviewInWords(years: readonly YearFigures[], lang: Lang): string {
	const say = sayings[lang];
	const first = years.findIndex((year) => year.total > 0);
	if (first < 0) return say.none;
	const own = years.slice(first, years.findLastIndex((year) => year.total > 0) + 1);
	const sum = totals(own);
	const busiest = busiestYears(own).map((year) =>
		lang === 'ko' ? `${year.year}년(${year.total}건)` : `${year.year} (${year.total.toLocaleString('en')})`,
	);
	const quiet = own.filter((year) => year.total === 0).length;
	return [
		say.whole(sum.total, own[0]!.year, own.at(-1)!.year, sideCount(sum, lang)),
		say.tones(sum.overtures, sum.rebuffs),
		busiest.length > 0 ? say.busiest(busiest) : '',
		quiet > 0 ? say.quiet(quiet) : '',
		own.length < years.length ? say.span(years[0]!.year, years.at(-1)!.year) : '',
	]
		.filter(Boolean)
		.join(' ');
}

/** The chart of `entries` over the years `from`–`to` (the whole timeline's, so charts compare, or a government's). */
export function chartView(
	entries: readonly TimelineEntry[],
	span: { from: number; to: number },
	lang: Lang,
	options: { heading?: ChartView['heading']; table?: boolean } = {},
): ChartView {
	const say = sayings[lang];
	const years = yearFigures(entries, span.from, span.to);
	const chart = yearChart(years);
	const present = chart.sides.map(({ side }) => side);
	return {
		lang,
		heading: options.heading ?? [{ text: t(lang).chart.heading }],
		inWords: `${overviewInWords(years, lang)} ${say.scale(chart.scale.entries)}`,
		frame,
		sides: chart.sides,
		overtures: chart.overtures,
		rebuffs: chart.rebuffs,
		labels: chart.labels,
		columns: chart.years.map(({ figures }) =>
			figures.total > 0
				? { url: localUrl(facetPath('year', figures.year), lang), words: yearInWords(figures, lang) }
				: undefined,
		),
		legend: present.map((side) => ({ side, label: sideLabel(side, lang) })),
		tones: { overtures: say.overtures, rebuffs: say.rebuffs },
		table: options.table
			? {
					summary: say.figures,
					columns: {
						...say.columns,
						sides: present.map((side) => sideLabel(side, lang)),
					},
					rows: years
						.filter((year) => year.total > 0)
						.map((year) => ({
							year: year.year,
							url: localUrl(facetPath('year', year.year), lang),
							total: year.total,
							sides: present.map((side) => year.sides[side]),
							overtures: year.overtures,
							rebuffs: year.rebuffs,
						})),
				}
			: undefined,
	};
}
