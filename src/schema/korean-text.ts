/**
 * The Korean text of an entry, `content/events/<id>.ko.md` beside `<id>.md`: the Korean edition's headline, summary
 * and channel in its front matter, the account in its body. The facts (date, speakers, kind, topics, quotations,
 * sources, relations) are written once, in the English entry, and never repeated here.
 */
import type { z } from 'astro/zod';
import { SUMMARY_MAX } from './event.ts';
import { fields, koreanText, text } from './fields.ts';

export const koreanTextSchema = fields(
	{
		/** The headline in Korean: who did what. */
		title: koreanText('a short headline in Korean', '"김여정, 이재명 정부의 제안 일축"', 160).describe(
			'The headline in Korean, saying who did what, e.g. "김여정, 이재명 정부의 제안 일축". At most 160 characters.',
		),
		/** One or two plain sentences in Korean, in the editor's own words. */
		summary: koreanText('one or two plain sentences in Korean', '"김여정 부부장은 … 밝혔다."', SUMMARY_MAX)
			.describe(`One or two plain sentences in Korean, at most ${SUMMARY_MAX} characters, no markup.`),
		/** Where it was said or how it was carried, in Korean; the English channel is shown when left out. */
		channel: text('where it was said or how it was carried, in Korean', '"조선중앙통신 담화"', 200)
			.optional()
			.describe('Where it was said or how it was carried, in Korean, e.g. "조선중앙통신 보도 담화".'),
	},
	'the Korean text: title, summary and optionally channel',
);

export type KoreanText = z.output<typeof koreanTextSchema>;
