/** The topic registry, `content/topics.yaml`: the subjects entries are tagged with, keyed by id. */
import type { z } from 'astro/zod';
import { fields, koreanText, text } from './fields.ts';

export const topicSchema = fields(
	{
		/** The topic as readers see it on chips and in the filter. */
		label: text('the topic as readers see it', '"Military drills"', 60).describe(
			'The topic as readers see it, e.g. "Military drills".',
		),
		/** The label in Korean, for the Korean edition. */
		labelKo: koreanText('the topic in Korean', '"군사훈련"', 60)
			.optional()
			.describe('The topic as Korean readers see it, e.g. "군사훈련".'),
		/** One line saying what belongs under the topic. */
		description: text(
			'one line saying what belongs under the topic',
			'"Joint US–South Korea exercises and the North’s reactions to them."',
			200,
		).describe('One line saying what belongs under the topic.'),
		/** The same line in Korean. */
		descriptionKo: koreanText('one line in Korean', '"한미 연합훈련과 이에 대한 북한의 반응."', 200)
			.optional()
			.describe('The description in Korean, for the Korean edition.'),
	},
	'a topic: label, description and optionally labelKo and descriptionKo',
);

export type Topic = z.output<typeof topicSchema>;
