/**
 * The government registry, `content/governments.yaml`: South Korea's presidencies (and acting presidencies) and North
 * Korea's leaders, keyed by id, each with the days it held office. Entries never name one: the site finds the
 * government in office on each entry's date (src/lib/timeline/governments.ts).
 */
import { z } from 'astro/zod';
import { earliestDay } from '../lib/calendar.ts';
import { calendarDate, fields, id, koreanText, oneOf, text } from './fields.ts';
import { governmentSides } from './vocabularies.ts';

export const governmentSchema = fields(
	{
		/** The leader's name in English, as the sources spell it: Moon Jae-in, Kim Jong Un. */
		name: text('the leader’s name in English', '"Moon Jae-in"', 120).describe(
			'The leader’s name in English, as the sources spell it, e.g. "Moon Jae-in".',
		),
		/** The leader's name in Hangul, for the Korean edition. */
		hangul: koreanText('the leader’s name in Hangul', '"문재인"', 60).describe(
			'The leader’s name in Hangul, e.g. "문재인".',
		),
		/** Which Korea: south or north. */
		side: oneOf(governmentSides, 'a side').describe('Which Korea the government is of: south or north.'),
		/** The leader's actor id, when the leader speaks in the timeline (content/actors.yaml). */
		leader: id('an actor id from content/actors.yaml', 'moon-jae-in')
			.optional()
			.describe('The leader’s actor id in content/actors.yaml, when the leader is there, e.g. moon-jae-in.'),
		/** An acting president: one who held the powers of the office without being president. */
		acting: z
			.boolean({ error: (issue) => `${String(issue.input)} is not true or false (expected true for an acting president)` })
			.default(false)
			.describe('true for an acting president, who held the powers of the office for a stretch.'),
		/** The first day in office. */
		from: calendarDate().describe('The first day in office: YYYY-MM-DD.'),
		/** The last day in office; absent while the government is still in office. */
		to: calendarDate()
			.optional()
			.describe('The last day in office: YYYY-MM-DD. Leave out while the government is in office.'),
		/** The name the administration went by in Korean, when it had one of its own: 문민정부, 참여정부. */
		administrationKo: koreanText('the administration’s name in Korean', '"문민정부"', 60)
			.optional()
			.describe('The name the administration went by in Korean, when it had one of its own, e.g. "문민정부".'),
	},
	'a government: name, hangul, side, from and optionally leader, acting, to and administrationKo',
).superRefine((government, context) => {
	if (government.to && earliestDay(government.to) < earliestDay(government.from)) {
		context.addIssue({
			code: 'custom',
			path: ['to'],
			input: government.to,
			message: `"${government.to}" is before from "${government.from}" (expected the last day in office)`,
		});
	}
});

export type Government = z.output<typeof governmentSchema>;
