/**
 * The front matter of one entry, `content/events/YYYY-MM-DD-short-slug.md`. The file name without `.md` is the
 * entry's id and its address. Rules that relate fields to each other or to other files (quote source numbers,
 * known actors and topics, relation targets, unique ids, the file name) live in `src/lib/corpus/rules.ts`, so they
 * run even when another field of the entry is wrong.
 */
import { z } from 'astro/zod';
import {
	calendarDate,
	fields,
	id,
	koreanText,
	listOf,
	oneOf,
	sourceNumber,
	text,
	webAddress,
} from './fields.ts';
import { kinds, relationTypes } from './vocabularies.ts';
import { isKoreanText } from '../lib/hangul.ts';

/** Longest summary, in characters: one or two plain sentences. */
export const SUMMARY_MAX = 300;

/** Where a quotation or a fact was read: one page, cited by publisher, title, address and date. */
export const sourceSchema = fields(
	{
		/** Headline or title of the page, as published. */
		title: text(
			'the headline or title of the page',
			'"N. Korea says it has no intention to talk with S. Korea"',
			300,
		).describe('Headline or title of the page, as published.'),
		/** Who published the page: the outlet, agency or institution (and the wire service, if named). */
		publisher: text('the outlet that published the page', '"Yonhap"', 200).describe(
			'Who published the page: outlet, agency or institution, e.g. "Yonhap" or "The Globe and Mail (Reuters)".',
		),
		/** Web address of the page, http or https. */
		url: webAddress('the address of the page').describe('Web address of the page (https://…).'),
		/** Date the page was published, when it shows one: YYYY-MM-DD, YYYY-MM or YYYY. */
		date: calendarDate()
			.optional()
			.describe('Date the page was published, when it shows one: YYYY-MM-DD, YYYY-MM or YYYY.'),
		/** A copy of the page in a web archive, in case the original disappears. */
		archive: webAddress('the address of an archived copy')
			.optional()
			.describe('Address of an archived copy of the page.'),
	},
	'a source: title, publisher, url and optionally date and archive',
);

/** The same passage in the language it was spoken or written in (Korean), as another page prints it. */
export const originalSchema = fields(
	{
		/** The Korean words exactly as the page prints them: spacing and spelling included. */
		text: koreanText(
			'the Korean words exactly as the page prints them',
			'"우리는 남조선 당국자들과 더이상 할 말도 없으며 다시 마주 앉을 생각도 없다"',
			1200,
		).describe('The Korean original exactly as the page prints it, spacing and spelling included.'),
		/** Which of the entry's sources the Korean words were copied from. */
		source: sourceNumber('the Korean words were copied from'),
	},
	'an original: text and source',
);

/** A passage quoted word for word from one of the entry's sources. */
export const quoteSchema = fields(
	{
		/** The words exactly as they stand in the source: never composed, tidied or translated. */
		text: text(
			'the words exactly as they stand in the source',
			'"We have readiness to take various steps"',
			1200,
		).describe('The words exactly as they stand in the source: never composed, tidied or translated.'),
		/** Who said it: an actor id from content/actors.yaml, or a name as written when the person is not in it. */
		speaker: text('who said it: an actor id or a name', 'kim-yo-jong', 200)
			.optional()
			.describe(
				'Who said it: an actor id from content/actors.yaml (e.g. kim-yo-jong), or a name as written when the person is not in the registry. Defaults to the entry’s only speaker.',
			),
		/** Which of the entry's sources the words were copied from: 1 for the first source, 2 for the second. */
		source: sourceNumber('the words were copied from'),
		/** The same passage in Korean, when a Korean page prints it: never our translation. */
		original: originalSchema
			.optional()
			.describe(
				'The same passage in Korean, with the number of the Korean page it was copied from: { text, source }. Never a translation of ours.',
			),
	},
	'a quote: text, source and optionally speaker and original',
).superRefine((quote, context) => {
	// The page shows an original beside the quotation as its other language: beside Korean words it would repeat them.
	if (quote.original && isKoreanText(quote.text))
		context.addIssue({
			code: 'custom',
			path: ['original'],
			input: quote.original,
			message:
				'is given, but the quotation is itself in Korean (an original goes beside English words: remove it, or quote the English rendering in text)',
		});
});

/** A substantive correction of the published entry: when, and what was corrected. */
export const correctionSchema = fields(
	{
		/** The day the correction was published: YYYY-MM-DD. */
		date: calendarDate()
			.refine((date) => date.length === 10, {
				error: (issue) => `${JSON.stringify(issue.input)} is not a day (a correction is dated YYYY-MM-DD)`,
			})
			.describe('The day the correction was published: YYYY-MM-DD.'),
		/** What was wrong and what the entry says now, in a sentence or two. */
		note: text(
			'what was corrected, in a sentence or two',
			'"The quotation was attributed to BBC News; it is now quoted from the KCNA report."',
			400,
		).describe('What was wrong and what the entry says now, in a sentence or two.'),
		/** The same note in Korean, for the Korean edition. */
		noteKo: koreanText('the note in Korean', '"인용문의 출처를 바로잡았다."', 400)
			.optional()
			.describe('The same note in Korean, for the Korean edition.'),
	},
	'a correction: date, note and optionally noteKo',
);

/** A typed link to an earlier entry. */
export const relationSchema = fields(
	{
		/** How this entry relates to the other one. */
		type: oneOf(relationTypes, 'a relation type').describe(
			'How this entry relates to the other: responds-to, rejects, accepts or follows-up.',
		),
		/** The id of the earlier entry (its file name without .md). */
		event: id(
			'the id of an earlier entry (its file name without .md)',
			'2019-08-15-moon-liberation-day-address',
		).describe(
			'The id of an earlier entry: its file name without .md, e.g. 2019-08-15-moon-liberation-day-address.',
		),
	},
	'a relation: type and event',
);

export const eventSchema = fields(
	{
		/** Short headline: who did what. */
		title: text('a short headline', '"Kim Yo Jong rebuffs President Lee"', 160).describe(
			'Short headline saying who did what, e.g. "Kim Yo Jong rebuffs President Lee". At most 160 characters.',
		),
		/** When it was said or happened, as written in Korea: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
		date: calendarDate().describe(
			'When it was said or happened, as written in Korea: YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known. Must match the file name.',
		),
		/** Last day, for events that span several days (a three-day summit). */
		endDate: calendarDate()
			.optional()
			.describe(
				'Last day, for an event spanning several days, e.g. 2000-06-15 for the 13–15 June 2000 summit.',
			),
		/** Who spoke or acted: actor ids from content/actors.yaml. */
		speakers: listOf(
			id('an actor id from content/actors.yaml', 'kim-yo-jong'),
			'one or more actor ids',
			'kim-yo-jong',
			12,
		).describe('Who spoke or acted: one actor id or a list of them, from content/actors.yaml.'),
		/** What sort of entry this is. */
		kind: oneOf(kinds, 'a kind').describe(
			'What sort of entry: speech, statement, proposal, rejection, agreement, summit, talks or action.',
		),
		/** Where it was said or by what channel it was carried. */
		channel: text(
			'where it was said or how it was carried',
			'"KCNA" or "Liberation Day address, Independence Hall of Korea, Cheonan"',
			200,
		).describe(
			'Where it was said or how it was carried, e.g. "KCNA" or "Liberation Day address, Independence Hall of Korea, Cheonan".',
		),
		/** Subjects, from content/topics.yaml. */
		topics: listOf(
			id('a topic id from content/topics.yaml', 'dialogue'),
			'one or more topic ids',
			'dialogue',
			12,
		).describe('What it is about: one topic id or a list of them, from content/topics.yaml.'),
		/** One or two plain sentences saying what was said or done, in the editor's own words. */
		summary: text(
			'one or two plain sentences in your own words',
			'"Kim Yo Jong said Pyongyang had no interest in any proposal from Seoul."',
			SUMMARY_MAX,
		)
			.describe(
				`One or two plain sentences in your own words, at most ${SUMMARY_MAX} characters, no markup.`,
			),
		/** Passages quoted word for word from the sources. */
		quotes: z
			.array(quoteSchema, {
				error: (issue) =>
					`${issue.input === null ? 'is empty' : 'is not a list'} (expected a list of quotes, each with text and source, or leave the field out)`,
			})
			.max(20, { error: 'has more than 20 quotes (keep the few that matter)' })
			.default([])
			.describe(
				'Passages quoted word for word from the sources, each with text, source and optionally speaker.',
			),
		/** Where the facts and quotes were read: at least one source. */
		sources: listOf(
			sourceSchema,
			'at least one source with title, publisher and url',
			'{ title: "…", publisher: "Yonhap", url: "https://…" }',
			20,
		).describe(
			'Where the facts and quotes were read: one source or a list of them, each with title, publisher, url and optionally date and archive.',
		),
		/** Typed links to earlier entries this one answers, rejects, accepts or follows up. */
		relations: z
			.array(relationSchema, {
				error: (issue) =>
					`${issue.input === null ? 'is empty' : 'is not a list'} (expected a list of relations, each with type and event, or leave the field out)`,
			})
			.max(30, { error: 'has more than 30 relations' })
			.default([])
			.describe(
				'Links to earlier entries: each with type (responds-to, rejects, accepts, follows-up) and event (an entry id).',
			),
		/** Substantive corrections of the published entry, oldest first; shown on its page and marked in the timeline. */
		corrections: z
			.array(correctionSchema, {
				error: (issue) =>
					`${issue.input === null ? 'is empty' : 'is not a list'} (expected a list of corrections, each with date and note, or leave the field out)`,
			})
			.max(20, { error: 'has more than 20 corrections' })
			.default([])
			.describe(
				'Substantive corrections of the published entry: each with date (YYYY-MM-DD), note and optionally noteKo.',
			),
		/** A draft is built by `npm run dev` only, never published. */
		draft: z
			.boolean({
				error: (issue) =>
					`${JSON.stringify(issue.input)} is not true or false (expected draft: true, or leave the field out)`,
			})
			.default(false)
			.describe('Set to true to keep the entry out of the published site; it still shows in npm run dev.'),
	},
	'the front matter of an entry',
);

export type EventData = z.output<typeof eventSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Relation = z.output<typeof relationSchema>;
export type Correction = z.output<typeof correctionSchema>;
