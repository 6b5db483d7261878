/**
 * The dialogue figures on a fixture whose answers are worked out by hand (tests/support/dialogue-fixture.ts): who
 * answered whom, how fast, under which government, and the relations as data.
 */
import { describe, expect, it } from 'vitest';
import { buildRelations, relationsCsv, relationsSchema } from '../../src/lib/exports/relations.ts';
import { daysBetween, dialogueOf, median, type DialogueRow } from '../../src/lib/timeline/dialogue.ts';
import { dialogueChart } from '../../src/lib/timeline/dialogue-chart.ts';
import { dialoguePage, governmentDialogue } from '../../src/views/dialogue.ts';
import { fixtureTimeline } from '../support/dialogue-fixture.ts';
import { parseCsv } from '../support/csv.ts';

const timeline = fixtureTimeline();
const dialogue = dialogueOf(timeline);
const row = (side: string, governments: string) =>
	dialogue.rows.find(
		(candidate: DialogueRow) =>
			candidate.side === side && candidate.governments.map((government) => government.id).join(' ') === governments,
	)!;
const letters = (ids: string[]) => ids.map((id) => id.replace(/^.*-/, ''));

describe('days between two dates', () => {
	it('counts calendar days, across months and a leap day, and 0 for the same day', () => {
		expect(daysBetween('2018-01-01', '2018-01-01')).toBe(0);
		expect(daysBetween('2017-07-06', '2017-07-15')).toBe(9);
		expect(daysBetween('2018-04-27', '2020-06-16')).toBe(781);
		expect(daysBetween('2025-12-02', '2026-01-10')).toBe(39);
	});

	it('gives no days when either date is known only to the month or the year', () => {
		expect(daysBetween('2019-06-30', '2019-08')).toBeUndefined();
		expect(daysBetween('2019', '2019-08-20')).toBeUndefined();
	});

	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([4])).toBe(4);
		expect(median([5, 39])).toBe(22);
		expect(median([4, 5, 9, 13, 23, 39])).toBe(11);
		expect(median([])).toBeUndefined();
	});
});

describe('who answered whom', () => {
	it('counts each side’s overtures under its government of the day', () => {
		expect(dialogue.rows.map((candidate) => `${candidate.side} ${candidate.governments.map((g) => g.id).join('+')}`)).toEqual([
			'south moon-jae-in',
			'south yoon-suk-yeol',
			'south han-duck-soo-acting-2024',
			'south lee-jae-myung',
			'north kim-jong-un',
			'joint moon-jae-in+kim-jong-un',
			'united-states moon-jae-in+kim-jong-un',
		]);
	});

	it('counts Moon’s overtures: answered across governments and by the month, but not by Seoul itself', () => {
		const moon = row('south', 'moon-jae-in');
		expect(letters(moon.overtures.map((overture) => overture.entry.id))).toEqual(['a', 'd', 'g', 'n', 'j']);
		expect(moon.figures).toEqual({
			overtures: 5,
			answered: 4,
			accepted: 0,
			rejected: 2,
			unanswered: 1,
			timed: 3,
			untimed: 1,
			median: 13,
			fastest: 9,
			slowest: 23,
		});
	});

	it('answers the question of the issue: Pyongyang answered Yoon in 4 days, Lee in a median of 22', () => {
		expect(row('south', 'yoon-suk-yeol').figures).toMatchObject({ overtures: 1, answered: 1, rejected: 1, median: 4 });
		expect(row('south', 'lee-jae-myung').figures).toMatchObject({
			overtures: 2,
			answered: 2,
			rejected: 1,
			accepted: 0,
			median: 22,
			fastest: 5,
			slowest: 39,
		});
		expect(row('south', 'han-duck-soo-acting-2024').figures).toMatchObject({ overtures: 1, answered: 0, unanswered: 1 });
	});

	it('counts an answer that is itself an overture, accepted the same day, and a month-dated acceptance', () => {
		expect(row('north', 'kim-jong-un').figures).toEqual({
			overtures: 2,
			answered: 2,
			accepted: 2,
			rejected: 0,
			unanswered: 0,
			timed: 1,
			untimed: 1,
			median: 0,
			fastest: 0,
			slowest: 0,
		});
	});

	it('counts one answer per answering entry, oldest first, with its days', () => {
		const a = dialogue.overtures.find((overture) => overture.entry.id === '2017-07-06-a')!;
		expect(a.answers.map((answer) => [answer.answer.id, answer.type, answer.days])).toEqual([
			['2017-07-15-b', 'rejects', 9],
			['2017-08-01-c', 'responds-to', 26],
		]);
	});

	it('counts joint overtures and those of others under both Koreas’ governments; a follow-up is no answer', () => {
		expect(row('joint', 'moon-jae-in kim-jong-un').figures).toMatchObject({
			overtures: 3,
			answered: 1,
			rejected: 1,
			unanswered: 2,
			median: 781,
		});
		expect(row('united-states', 'moon-jae-in kim-jong-un').figures).toMatchObject({
			overtures: 1,
			answered: 1,
			accepted: 1,
			median: 1,
		});
	});

	it('adds up by side and for the whole record', () => {
		expect(dialogue.sides.map(({ side, figures }) => [side, figures.overtures, figures.answered, figures.unanswered])).toEqual([
			['south', 9, 7, 2],
			['north', 2, 2, 0],
			['joint', 3, 1, 2],
			['united-states', 1, 1, 0],
		]);
		expect(dialogue.sides[0]!.figures).toMatchObject({ median: 11, fastest: 4, slowest: 39, untimed: 1 });
		expect(dialogue.all).toMatchObject({ overtures: 15, answered: 11, accepted: 3, rejected: 5, unanswered: 4 });
		expect(dialogue.entries).toBe(28);
		expect(dialogue.relations).toBe(17);
		expect(dialogue.answers).toBe(13);
	});

	it('lists the overtures still unanswered, and the fastest and slowest first answers', () => {
		expect(letters(dialogue.unanswered.map((overture) => overture.entry.id))).toEqual(['d', 'r', 'bb', 'z']);
		expect(dialogue.fastest.map((answer) => [letters([answer.overture.id])[0], answer.days])).toEqual([
			['h', 0],
			['aa', 1],
			['s', 4],
			['u', 5],
			['a', 9],
		]);
		expect(dialogue.slowest.map((answer) => [letters([answer.overture.id])[0], answer.days])).toEqual([
			['p', 781],
			['x', 39],
			['j', 23],
			['g', 13],
			['a', 9],
		]);
	});
});

describe('the relations as data', () => {
	const relations = buildRelations(timeline, 'v');

	it('holds every relation with both dates, the days, the sides and the governments, and whether it answers', () => {
		expect(relationsSchema.parse(relations).count).toBe(17);
		expect(relations.relations.find((relation) => relation.from === '2022-06-01-k')).toEqual({
			from: '2022-06-01-k',
			to: '2022-05-09-j',
			type: 'rejects',
			fromDate: '2022-06-01',
			toDate: '2022-05-09',
			days: 23,
			fromSide: 'north',
			toSide: 'south',
			fromKind: 'rejection',
			toKind: 'proposal',
			fromGovernments: { south: 'yoon-suk-yeol', north: 'kim-jong-un' },
			toGovernments: { south: 'moon-jae-in', north: 'kim-jong-un' },
			answer: true,
		});
		const answer = (from: string) => relations.relations.filter((relation) => relation.from === from).map((r) => r.answer);
		expect(answer('2017-07-25-e')).toEqual([false]); // a follow-up
		expect(answer('2017-07-26-f')).toEqual([false]); // Seoul responding to Seoul
		expect(answer('2019-08-o')).toEqual([true]);
		expect(relations.relations.find((relation) => relation.from === '2019-08-o')!.days).toBeNull();
	});

	it('writes the same as CSV, from which the answer counts can be worked out again', () => {
		const [header, ...rows] = parseCsv(relationsCsv(relations));
		expect(rows).toHaveLength(17);
		const at = (name: string) => header!.indexOf(name);
		const answered = new Set(rows.filter((cells) => cells[at('answer')] === 'true').map((cells) => cells[at('to')]));
		expect(answered.size).toBe(dialogue.all.answered);
		const pairs = new Set(
			rows.filter((cells) => cells[at('answer')] === 'true').map((cells) => `${cells[at('from')]} ${cells[at('to')]}`),
		);
		expect(pairs.size).toBe(dialogue.answers);
	});
});

describe('the picture and the page', () => {
	it('puts each overture on its side’s time line, with an arc to each answer', () => {
		const chart = dialogueChart(dialogue.overtures, 2017, 2026);
		// Shapes of one look are one path: a mark or an arc is each of its parts, each starting with M.
		const parts = (shapes: { d: string }[]) => shapes.flatMap((shape) => shape.d.split(/(?=M)/));
		expect(chart.lanes.map((lane) => [lane.lane, parts(lane.marks).length, parts(lane.arcs).length])).toEqual([
			['south', 9, 9],
			['north', 2, 2],
			['others', 4, 2],
		]);
		expect(parts(chart.lanes[0]!.marks.filter((mark) => !mark.answered))).toHaveLength(2);
		expect(parts(chart.lanes[0]!.arcs.filter((arc) => arc.type === 'rejects'))).toHaveLength(4);
		// One path for each look: side and answered for marks, type for arcs.
		for (const lane of chart.lanes) {
			expect(new Set(lane.marks.map((mark) => `${mark.side} ${mark.answered}`)).size).toBe(lane.marks.length);
			expect(new Set(lane.arcs.map((arc) => arc.type)).size).toBe(lane.arcs.length);
		}
		// Every arc starts and ends on its lane's axis, within the frame.
		for (const lane of chart.lanes)
			for (const arc of parts(lane.arcs)) {
				const numbers = arc.match(/-?[\d.]+/g)!.map(Number);
				expect(numbers[1]).toBe(lane.axis);
				expect(numbers.at(-1)).toBe(lane.axis);
				expect(Math.min(...numbers.filter((_, i) => i % 2 === 1))).toBeGreaterThan(lane.top);
			}
	});

	it('says the figures in both languages, with the framing', () => {
		const en = dialoguePage(timeline, 'en');
		expect(en.framing).toContain('28 entries and the 17 relations');
		expect(en.framing).toContain('15 of the entries are overtures, which the record answers 13 times');
		const total = en.table.find((candidate) => candidate.side.id === 'south' && candidate.total)!;
		expect(total.cells).toMatchObject({ overtures: 9, answered: 7, median: '11 days', range: '4–39', untimed: 1 });
		const ko = dialoguePage(timeline, 'ko');
		expect(ko.table.find((candidate) => candidate.side.id === 'joint' && !candidate.total)!.cells.median).toBe('781일');
		expect(ko.fastest[0]).toMatchObject({ after: '같은 날', how: '이를 수용한 발언' });
		expect(ko.unansweredCount).toBe(4);
		// A government's list says how the first answer takes each overture in the legend's words, not a relation's
		// heading (거부한 대상, "the one rejected", read backwards in that column).
		const hows = [...timeline.governments.values()].flatMap((government) =>
			governmentDialogue(government, timeline, 'ko').every.flatMap((row) => (row.how ? [row.how] : [])),
		);
		expect(new Set(hows)).toEqual(new Set(['수용', '거부', '응답']));
	});

	it('gives a government’s page the rows that count it: its side’s own first, then the joint ones', () => {
		const rows = (id: string) =>
			governmentDialogue(timeline.governments.get(id)!, timeline, 'en').rows.map((candidate) => [
				candidate.side.id,
				candidate.governments.map((government) => government.id).join(' '),
				candidate.cells.overtures,
				candidate.cells.answered,
			]);
		expect(rows('moon-jae-in')).toEqual([
			['south', 'moon-jae-in', 5, 4],
			['joint', 'moon-jae-in kim-jong-un', 3, 1],
			['united-states', 'moon-jae-in kim-jong-un', 1, 1],
		]);
		expect(rows('han-duck-soo-acting-2024')).toEqual([['south', 'han-duck-soo-acting-2024', 1, 0]]);
		expect(rows('park-geun-hye')).toEqual([]);
		expect(governmentDialogue(timeline.governments.get('lee-jae-myung')!, timeline, 'ko').url).toBe('/ko/dialogue/');
	});
});
