/** The topic registry, `content/topics.yaml`: the subjects entries are tagged with, keyed by id. */
import type { z } from 'astro/zod';
import { fields, text } from './fields.ts';

export const topicSchema = fields(
	{
		/** The topic as readers see it on chips and in the filter. */
		label: text('the topic as readers see it', '"Military drills"', 60).describe(
			'The topic as readers see it, e.g. "Military drills".',
		),
		/** One line saying what belongs under the topic. */
		description: text(
			'one line saying what belongs under the topic',
			'"Joint US–South Korea exercises and the North’s reactions to them."',
			200,
		).describe('One line saying what belongs under the topic.'),
	},
	'a topic: label and description',
);

export type Topic = z.output<typeof topicSchema>;
