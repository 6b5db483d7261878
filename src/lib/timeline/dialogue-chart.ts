/**
 * The picture of who answered whom, as geometry: one time line (lane) per side that made overtures (South Korea,
 * North Korea, then joint and the others together), each overture a mark at its date, and an arc from it to each of
 * its answers, drawn above its lane. Pure data in the units of the SVG's viewBox; DialogueChart.astro draws it.
 */
import { dayNumber } from '../calendar.ts';
import type { EntrySide } from '../../schema/vocabularies.ts';
import type { AnswerType, Overture } from './dialogue.ts';

export type Lane = 'south' | 'north' | 'others';

export const dialogueFrame = {
	width: 720,
	/** Room above the first lane, for its label. */
	head: 6,
	/** Each lane's height: its label on top, the arcs, then its axis. */
	lane: 104,
	/** Room under the last lane for the years. */
	foot: 22,
	/** Space kept at both ends so the first and last marks show whole. */
	inset: 8,
} as const;

/**
 * The marks of one look (a side's shape, answered or not), drawn as one path of many shapes: a picture of thousands
 * of overtures stays a few elements, which the page lays out and paints at once.
 */
export interface DialogueMark {
	/** The side's shape at each overture's place, as the side labels draw it (sides.css): ▲ ● ◆ ■ ○. */
	d: string;
	side: EntrySide;
	answered: boolean;
}

/** A side's shape, about 10 units across, centred on `x`, `y`. */
export function markPath(side: EntrySide, x: number, y: number): string {
	const r = 5;
	switch (side) {
		case 'north':
			return `M${x} ${round(y - r)}L${round(x + r)} ${round(y + r - 1)}H${round(x - r)}Z`;
		case 'joint':
			return `M${x} ${round(y - r)}L${round(x + r)} ${y}L${x} ${round(y + r)}L${round(x - r)} ${y}Z`;
		case 'united-states':
			return `M${round(x - r + 1)} ${round(y - r + 1)}h${2 * r - 2}v${2 * r - 2}h${-(2 * r - 2)}Z`;
		default:
			return `M${round(x - r)} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
	}
}

/** The arcs of one type of answer, as one path: an arc from each overture to each of its answers of that type. */
export interface DialogueArc {
	d: string;
	type: AnswerType;
}

export interface DialogueLaneGeometry {
	lane: Lane;
	/** The lane's top (its label's baseline is 18 below) and its axis. */
	top: number;
	axis: number;
	marks: DialogueMark[];
	arcs: DialogueArc[];
}

export interface DialogueChartGeometry {
	height: number;
	lanes: DialogueLaneGeometry[];
	/** A year mark under the lanes: every tenth year, and the first and last. */
	years: { year: number; x: number }[];
}

export const laneOf = (side: EntrySide): Lane => (side === 'south' || side === 'north' ? side : 'others');
const LANES: Lane[] = ['south', 'north', 'others'];

const round = (value: number) => Math.round(value * 10) / 10;

/** Shapes of the same look (the same `key`) joined into one, in order. */
function joined<T extends { d: string }>(shapes: readonly T[], key: (shape: T) => string): T[] {
	const byKey = new Map<string, T>();
	for (const shape of shapes) {
		const same = byKey.get(key(shape));
		if (same) same.d += shape.d;
		else byKey.set(key(shape), { ...shape });
	}
	return [...byKey.values()];
}

/** The geometry of `overtures` on a time line from the start of year `from` to the end of year `to`. */
export function dialogueChart(overtures: readonly Overture[], from: number, to: number): DialogueChartGeometry {
	const { width, head, lane: laneHeight, foot, inset } = dialogueFrame;
	const start = dayNumber(String(from));
	const end = dayNumber(String(to + 1));
	const x = (date: string) => round(inset + ((dayNumber(date) - start) / Math.max(end - start, 1)) * (width - 2 * inset));
	const used = LANES.filter((lane) => overtures.some((overture) => laneOf(overture.entry.side) === lane));
	const lanes = used.map((lane, index): DialogueLaneGeometry => {
		const top = head + index * laneHeight;
		const axis = top + laneHeight - 12;
		// The highest an arc may reach: below the lane's label.
		const reach = laneHeight - 44;
		const own = overtures.filter((overture) => laneOf(overture.entry.side) === lane);
		return {
			lane,
			top,
			axis,
			// Where marks overlap, the hollow ones (overtures the record leaves unanswered) are drawn over the others.
			marks: joined(
				own.map((overture) => ({
					d: markPath(overture.entry.side, x(overture.entry.data.date), axis),
					side: overture.entry.side,
					answered: overture.answers.length > 0,
				})),
				(mark) => `${mark.side} ${mark.answered}`,
			).sort((a, b) => Number(b.answered) - Number(a.answered)),
			arcs: joined(
				own.flatMap((overture) =>
					overture.answers.map((answer) => {
						const x1 = x(overture.entry.data.date);
						const x2 = x(answer.answer.data.date);
						// Higher for a longer wait, never flat: an answer on the same day is a short stem.
						const rise = Math.min(reach, Math.max(10, (x2 - x1) * 0.6));
						const control = round(axis - rise / 0.75);
						return { d: `M${x1} ${axis}C${x1} ${control} ${x2} ${control} ${x2} ${axis}`, type: answer.type };
					}),
				),
				(arc) => arc.type,
			),
		};
	});
	const years: { year: number; x: number }[] = [];
	for (let year = from; year <= to; year++)
		if (year === from || year === to || (year % 10 === 0 && year - from >= 4 && to - year >= 4))
			years.push({ year, x: x(String(year)) });
	return { height: head + used.length * laneHeight + foot, lanes, years };
}
