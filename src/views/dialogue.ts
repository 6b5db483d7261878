/**
 * The dialogue page in one language (/dialogue/, /ko/dialogue/): the framing, the method, the picture with its
 * words, the figures by side and government, the unanswered overtures, and the fastest and slowest answers; and a
 * government's share: its rows of the figures and every overture they count, with its first answer. Everything is
 * worked out from src/lib/timeline/dialogue.ts; numbers are plain numbers, so a test can hold them to /relations.csv.
 */
import type { Lang } from '../i18n/languages.ts';
import { governmentName, kindPlural, relationLabel } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';
import { localUrl } from '../i18n/urls.ts';
import { shortDate } from '../lib/dates.ts';
import { idsOf, kinds } from '../schema/index.ts';
import {
	DIALOGUE_SIDES,
	dialogueOf,
	type Answer,
	type AnswerType,
	type Dialogue,
	type DialogueRow,
	type Figures,
	type Overture,
} from '../lib/timeline/dialogue.ts';
import type { GovernmentRecord } from '../lib/timeline/governments.ts';
import { dialogueChart, dialogueFrame, type DialogueChartGeometry, type Lane } from '../lib/timeline/dialogue-chart.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';
import type { Timeline, TimelineEntry } from '../lib/timeline/model.ts';
import { entryWords, sideView, type SideView, type Words } from './cards.ts';

export interface EntryLink {
	url: string;
	date: string;
	/** The date as shown: `15 Aug 2019`. */
	when: string;
	title: Words;
}

export interface FigureCells {
	overtures: number;
	answered: number;
	accepted: number;
	rejected: number;
	unanswered: number;
	untimed: number;
	/** In words, `—` when no answer is known to the day. */
	median: string;
	range: string;
}

export interface FigureRow {
	side: SideView;
	/** The governments the row counts (links to their pages), or none for a side's total. */
	governments: { id: string; label: string; url: string }[];
	/** The row's label when it is a side's total: `All governments`. */
	total?: string;
	cells: FigureCells;
}

export interface AnswerItem {
	overture: EntryLink;
	answer: EntryLink;
	/** As seen from the overture: `Rejected by`. */
	how: string;
	days: number;
	/** `3 days later`, `the same day`. */
	after: string;
}

/** An overture and its first answer in the record, if any: how, and after how many days when both dates are known. */
export interface OvertureRow {
	overture: EntryLink;
	side: SideView;
	answer?: EntryLink;
	how?: string;
	days?: number;
}

export interface DialogueView {
	lang: Lang;
	path: string;
	framing: string;
	methodItems: string[];
	chart: {
		inWords: string;
		frame: typeof dialogueFrame;
		geometry: DialogueChartGeometry;
		lanes: Record<Lane, string>;
	};
	table: FigureRow[];
	unanswered: { side: SideView; items: EntryLink[] }[];
	unansweredCount: number;
	fastest: AnswerItem[];
	slowest: AnswerItem[];
	data: { label: string; url: string }[];
}

function entryLink(entry: TimelineEntry, lang: Lang): EntryLink {
	return {
		url: localUrl(entry.url, lang),
		date: entry.data.date,
		when: shortDate(entry.data.date, lang),
		title: entryWords(entry, lang).title,
	};
}

function cells(figures: Figures, lang: Lang): FigureCells {
	const words = t(lang).dialogue;
	return {
		overtures: figures.overtures,
		answered: figures.answered,
		accepted: figures.accepted,
		rejected: figures.rejected,
		unanswered: figures.unanswered,
		untimed: figures.untimed,
		median: figures.median === undefined ? words.notTimed : words.days(figures.median),
		range:
			figures.fastest === undefined ? words.notTimed : words.range(figures.fastest, figures.slowest ?? figures.fastest),
	};
}

function answerItem(answer: Answer, lang: Lang): AnswerItem {
	return {
		overture: entryLink(answer.overture, lang),
		answer: entryLink(answer.answer, lang),
		how: relationLabel(answer.type, true, lang),
		days: answer.days!,
		after: t(lang).dialogue.answerLine(answer.days!),
	};
}

function governmentLinks(row: DialogueRow, lang: Lang) {
	return row.governments.map((government) => ({
		id: government.id,
		label: governmentName(government, lang),
		url: localUrl(facetPath('government', government.id), lang),
	}));
}

/** The kinds marked as overtures, in words: `proposals, agreements, summits`. */
const overtureKinds = (lang: Lang) =>
	idsOf(kinds)
		.filter((kind) => kinds[kind].tone === 'overture')
		.map((kind) => (lang === 'en' ? kindPlural(kind, lang).toLowerCase() : kindPlural(kind, lang)))
		.join(', ');

/** The figures of a timeline, worked out once: every government's page shows its rows of them. */
const computed = new WeakMap<Timeline, Dialogue>();
function dialogueFor(timeline: Timeline): Dialogue {
	let dialogue = computed.get(timeline);
	if (!dialogue) computed.set(timeline, (dialogue = dialogueOf(timeline)));
	return dialogue;
}

export interface GovernmentDialogueView {
	caption: string;
	/** The rows of the dialogue page that count this government: its side's own, and the joint ones. */
	rows: FigureRow[];
	/** Every overture those rows count, oldest first, with its first answer. */
	every: OvertureRow[];
	url: string;
}

/** How an answer takes its overture, in the picture's legend words (Accepts, Rejects, Responds; 수용, 거부, 응답). */
const answerWord = (type: AnswerType, lang: Lang) =>
	t(lang).dialogue.legend[({ accepts: 'accepts', rejects: 'rejects', 'responds-to': 'respondsTo' } as const)[type]];

function overtureRow(overture: Overture, lang: Lang): OvertureRow {
	const first = overture.answers[0];
	return {
		overture: entryLink(overture.entry, lang),
		side: sideView(overture.entry.side, lang),
		answer: first && entryLink(first.answer, lang),
		how: first && answerWord(first.type, lang),
		days: first?.days,
	};
}

/** A government's own rows of the dialogue figures, for its page: the same numbers as on /dialogue/. */
export function governmentDialogue(government: GovernmentRecord, timeline: Timeline, lang: Lang): GovernmentDialogueView {
	return {
		caption: t(lang).government.figuresCaption(governmentName(government, lang)),
		rows: dialogueFor(timeline)
			.rows.filter((row) => row.governments.includes(government))
			.map((row) => ({ side: sideView(row.side, lang), governments: governmentLinks(row, lang), cells: cells(row.figures, lang) })),
		every: dialogueFor(timeline)
			.overtures.filter((overture) => overture.governments.includes(government))
			.map((overture) => overtureRow(overture, lang)),
		url: localUrl('/dialogue/', lang),
	};
}

export function dialoguePage(timeline: Timeline, lang: Lang): DialogueView {
	const words = t(lang).dialogue;
	const dialogue = dialogueFor(timeline);
	const { entries } = timeline;
	const from = entries[0]?.year ?? 0;
	const to = entries.at(-1)?.year ?? 0;
	const table: FigureRow[] = [];
	for (const { side, figures } of dialogue.sides) {
		for (const row of dialogue.rows.filter((candidate) => candidate.side === side))
			table.push({ side: sideView(side, lang), governments: governmentLinks(row, lang), cells: cells(row.figures, lang) });
		table.push({ side: sideView(side, lang), governments: [], total: words.allGovernments, cells: cells(figures, lang) });
	}
	const unansweredSides = DIALOGUE_SIDES.filter((side) =>
		dialogue.unanswered.some((overture) => overture.entry.side === side),
	);
	return {
		lang,
		path: '/dialogue/',
		framing: words.framing(dialogue.entries, dialogue.relations, dialogue.all.overtures, dialogue.answers),
		methodItems: words.methodItems(overtureKinds(lang)),
		chart: {
			inWords: words.chartInWords(
				dialogue.all.overtures,
				dialogue.all.answered,
				dialogue.all.accepted,
				dialogue.all.rejected,
				from,
				to,
			),
			frame: dialogueFrame,
			geometry: dialogueChart(dialogue.overtures, from, to),
			lanes: {
				south: sideView('south', lang).label,
				north: sideView('north', lang).label,
				others: words.lanes.others,
			},
		},
		table,
		unanswered: unansweredSides.map((side) => ({
			side: sideView(side, lang),
			items: dialogue.unanswered
				.filter((overture) => overture.entry.side === side)
				.map((overture) => entryLink(overture.entry, lang)),
		})),
		unansweredCount: dialogue.unanswered.length,
		fastest: dialogue.fastest.map((answer) => answerItem(answer, lang)),
		slowest: dialogue.slowest.map((answer) => answerItem(answer, lang)),
		data: ['/relations.csv', '/relations.json', '/relations.schema.json'].map((path) => ({
			label: path.slice(1),
			url: localUrl(path),
		})),
	};
}
