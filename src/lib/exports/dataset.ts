/**
 * The open data: every published entry as one record (id, address, all front matter fields, side), in date order,
 * with a `version` and a `generated` date taken from the content itself, so two builds of the same content write
 * the same files. The zod schema below is the contract; /events.schema.json is generated from it.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { entrySides, eventSchema, idsOf, kinds, koreanTextSchema, relationTypes } from '../../schema/index.ts';
import { localUrl } from '../../i18n/urls.ts';
import { compareDates, latestDay } from '../calendar.ts';
import type { Timeline } from '../timeline/model.ts';
import { calendarDate } from './published-schema.ts';

/** The format of the files; raise it when a field changes meaning or disappears. */
export const FORMAT = 2;

const field = eventSchema.shape;
const about = (name: keyof typeof field) => field[name].description ?? '';
const source = z.object({
	title: z.string(),
	publisher: z.string(),
	url: z.string(),
	date: calendarDate.optional(),
	archive: z.string().optional(),
});

/** One entry as the files carry it: front matter as validated (lists always lists, dates as text), plus id, address and side. */
const record = z.object({
	id: z.string().describe('The entry’s id: its file name without .md, and the last part of its address.'),
	url: z.string().describe('The entry’s permanent page.'),
	urlKo: z.string().describe('The entry’s permanent page in the Korean edition.'),
	title: z.string().describe(about('title')),
	date: calendarDate.describe(about('date')),
	endDate: calendarDate.optional().describe(about('endDate')),
	side: z
		.enum(idsOf(entrySides))
		.describe('The side the speakers belong to, or joint when they come from more than one.'),
	speakers: z.array(z.string()).describe('Actor ids of who spoke or acted.'),
	speakerNames: z.array(z.string()).describe('The speakers’ names, in the order of speakers.'),
	speakerNamesKo: z
		.array(z.string())
		.describe('The speakers’ names in Hangul where the registry has them (else in English), in the same order.'),
	kind: z.enum(idsOf(kinds)).describe(about('kind')),
	channel: z.string().describe(about('channel')),
	topics: z.array(z.string()).describe('Topic ids.'),
	summary: z.string().describe(about('summary')),
	quotes: z
		.array(
			z.object({
				text: z.string(),
				speaker: z.string().optional(),
				source: z.int(),
				original: z
					.object({ text: z.string(), source: z.int() })
					.optional()
					.describe('The same passage in Korean, as the page numbered `source` prints it.'),
			}),
		)
		.describe(about('quotes')),
	sources: z.array(source).describe(about('sources')),
	relations: z
		.array(z.object({ type: z.enum(idsOf(relationTypes)), event: z.string() }))
		.describe(about('relations')),
	corrections: z
		.array(z.object({ date: calendarDate, note: z.string(), noteKo: z.string().optional() }))
		.describe(about('corrections')),
	ko: z
		.object({
			title: z.string().describe(koreanTextSchema.shape.title.description ?? ''),
			summary: z.string().describe(koreanTextSchema.shape.summary.description ?? ''),
			channel: z.string().optional().describe(koreanTextSchema.shape.channel.description ?? ''),
		})
		.optional()
		.describe('The entry’s Korean text (title, summary, channel), when it has one.'),
});

export const datasetSchema = z
	.strictObject({
		format: z.literal(FORMAT).describe('The format of this file; it changes when a field changes meaning.'),
		version: z
			.string()
			.describe(
				'Identifies the content: the date of its latest entry or source, and a digest of the records.',
			),
		generated: z
			.string()
			.describe(
				'The latest date in the content (an entry, a source or a correction), YYYY-MM-DD: not the time of the build.',
			),
		count: z.int().describe('The number of entries.'),
		entries: z.array(record).describe('Every published entry, oldest first.'),
	})
	.describe('The timeline of inter-Korean statements as open data.');

export type Dataset = z.output<typeof datasetSchema>;
export type DatasetRecord = Dataset['entries'][number];

/** The dataset of a timeline, with absolute addresses on `site`. */
export function buildDataset(timeline: Timeline, site: URL): Dataset {
	const entries: DatasetRecord[] = timeline.entries.map(({ id, url, side, speakers, data, ko }) => ({
		id,
		url: new URL(localUrl(url, 'en'), site).href,
		urlKo: new URL(localUrl(url, 'ko'), site).href,
		title: data.title,
		date: data.date,
		...(data.endDate ? { endDate: data.endDate } : {}),
		side,
		speakers: data.speakers,
		speakerNames: speakers.map((speaker) => speaker.actor.name),
		speakerNamesKo: speakers.map((speaker) => speaker.actor.hangul ?? speaker.actor.name),
		kind: data.kind,
		channel: data.channel,
		topics: data.topics,
		summary: data.summary,
		quotes: data.quotes,
		sources: data.sources,
		relations: data.relations,
		corrections: data.corrections,
		...(ko ? { ko: { title: ko.title, summary: ko.summary, ...(ko.channel ? { channel: ko.channel } : {}) } } : {}),
	}));
	const dates = timeline.entries.flatMap((entry) => [
		entry.data.endDate ?? entry.data.date,
		...entry.data.sources.flatMap((s) => (s.date ? [s.date] : [])),
		...entry.data.corrections.map((correction) => correction.date),
	]);
	const latest = dates.sort(compareDates).at(-1);
	const generated = latest ? latestDay(latest) : '';
	const digest = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
	return { format: FORMAT, version: `${generated}.${digest}`, generated, count: entries.length, entries };
}
