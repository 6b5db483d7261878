/**
 * The actor registry, `content/actors.yaml`: every person or organisation an entry names as a speaker, keyed by
 * id (`kim-yo-jong: { name: …, side: north, … }`).
 */
import { z } from 'astro/zod';
import { earliestDay } from '../lib/calendar.ts';
import { calendarDate, fields, koreanText, oneOf, text } from './fields.ts';
import { actorSides, actorTypes } from './vocabularies.ts';

/** A title an actor held, and the dates between which the sources show them holding it. */
export const roleSchema = fields(
	{
		/** The title as the sources give it. */
		title: text(
			'the title as the sources give it',
			'"Vice department director, WPK Central Committee"',
			200,
		).describe('The title as the sources give it, e.g. "Vice department director, WPK Central Committee".'),
		/** The title in Korean, as South Korean sources write it. */
		titleKo: koreanText('the title in Korean', '"조선노동당 중앙위원회 부부장"', 200)
			.optional()
			.describe(
				'The title in Korean, as South Korean sources write it, e.g. "조선노동당 중앙위원회 부부장".',
			),
		/** First date the title applies (YYYY-MM-DD, YYYY-MM or YYYY); leave out when not known. */
		from: calendarDate()
			.optional()
			.describe('First date the title applies: YYYY-MM-DD, YYYY-MM or YYYY. Leave out when not known.'),
		/** Last date the title applies; leave out while it still does, or when not known. */
		to: calendarDate()
			.optional()
			.describe('Last date the title applies. Leave out while it still does, or when not known.'),
	},
	'a role: title and optionally from and to',
).superRefine((role, context) => {
	if (role.from && role.to && earliestDay(role.to) < earliestDay(role.from)) {
		context.addIssue({
			code: 'custom',
			path: ['to'],
			input: role.to,
			message: `"${role.to}" is before from "${role.from}" (expected the last date the title applies)`,
		});
	}
});

export const actorSchema = fields(
	{
		/** The name in English, as the sources spell it: Kim Yo Jong, Moon Jae-in. */
		name: text('the name in English as the sources spell it', '"Kim Yo Jong"', 160).describe(
			'The name in English, as the sources spell it, e.g. "Kim Yo Jong" or "Committee for the Peaceful Reunification of the Country".',
		),
		/** The name in Hangul, when a source gives it. */
		hangul: koreanText('the name in Hangul', '"김여정"', 120)
			.optional()
			.describe('The name in Hangul, when a source gives it, e.g. "김여정".'),
		/** The name in Hanja, when the research verifies it. */
		hanja: text('the name in Hanja', '"金與正"', 60)
			.optional()
			.describe('The name in Hanja (Chinese characters), when a source verifies it, e.g. "金與正".'),
		/** The name as North Korean texts spell it, when that differs from `hangul` (리후락 for 이후락). */
		hangulNorth: koreanText('the name as North Korean texts spell it', '"리후락"', 120)
			.optional()
			.describe('The name as North Korean texts spell it, only when it differs from hangul, e.g. "리후락".'),
		/** Other spellings and names readers may search for: CPRK, CPRC, Kim Yo-jong. */
		aliases: z
			.array(text('another name or spelling', '"Kim Yo-jong"', 160), {
				error: 'is not a list (expected other names, e.g. ["Kim Yo-jong"])',
			})
			.default([])
			.describe('Other names and spellings readers may search for, e.g. ["CPRK", "CPRC"].'),
		/** Which side the actor belongs to. */
		side: oneOf(actorSides, 'a side').describe(
			'Which side the actor belongs to: north, south, united-states or other.',
		),
		/** A person, or an organisation such as a ministry or committee. */
		type: oneOf(actorTypes, 'an actor type').describe('person or organisation.'),
		/** One plain sentence on who the actor is, for the actor's page. */
		description: text(
			'one plain sentence on who the actor is',
			'"North Korea’s agency for relations with the South."',
			300,
		)
			.optional()
			.describe('One plain sentence on who the actor is, shown on the actor’s page.'),
		/** The same sentence in Korean, for the actor's page in the Korean edition. */
		descriptionKo: koreanText('one plain sentence in Korean', '"북한의 대남 기구."', 300)
			.optional()
			.describe('The description in Korean, shown on the actor’s page in the Korean edition.'),
		/** The titles the actor held over time, as the sources give them. */
		roles: z
			.array(roleSchema, {
				error: 'is not a list (expected roles, each with title and optionally from and to)',
			})
			.default([])
			.describe('The titles the actor held over time, each with title, from and to.'),
		/** For an organisation that no longer exists: its last day. Entries by it after that day are an error. */
		dissolved: calendarDate()
			.optional()
			.describe(
				'For an organisation that no longer exists: its last day (entries by it after that are an error).',
			),
	},
	'an actor: name, side, type and optionally hangul, aliases, description, roles and dissolved',
);

export type Actor = z.output<typeof actorSchema>;
export type Role = z.output<typeof roleSchema>;
