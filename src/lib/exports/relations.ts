/**
 * The relations as open data (/relations.json, /relations.csv): one record per relation an entry declares, with both
 * entries' dates, the calendar days between them, their sides, kinds and governments, and whether the relation is an
 * answer to an overture as the dialogue page counts it (src/lib/timeline/dialogue.ts). The zod schema below is the
 * contract; /relations.schema.json is generated from it.
 */
import { z } from 'astro/zod';
import { entrySides, idsOf, kinds, relationTypes } from '../../schema/index.ts';
import { daysBetween, isAnswer } from '../timeline/dialogue.ts';
import type { GovernmentsAt } from '../timeline/governments.ts';
import type { Timeline } from '../timeline/model.ts';
import { csvTable } from './csv.ts';
import { calendarDate } from './published-schema.ts';

/** The format of the files; raise it when a field changes meaning or disappears. */
export const RELATIONS_FORMAT = 1;

const governments = z
	.object({
		south: z.string().optional().describe('The South Korean government in office on the date (content/governments.yaml).'),
		north: z.string().optional().describe('The North Korean government in office on the date.'),
	})
	.describe('The governments in office on the entry’s date, by the rule on the /dialogue/ page.');

const record = z.object({
	from: z.string().describe('The id of the later entry, which declares the relation.'),
	to: z.string().describe('The id of the earlier entry it points to.'),
	type: z.enum(idsOf(relationTypes)).describe('How the later entry relates to the earlier one.'),
	fromDate: calendarDate.describe('The later entry’s date.'),
	toDate: calendarDate.describe('The earlier entry’s date.'),
	days: z
		.int()
		.nullable()
		.describe('Calendar days from the earlier date to the later one; null when either is known only to the month or year.'),
	fromSide: z.enum(idsOf(entrySides)).describe('The later entry’s side.'),
	toSide: z.enum(idsOf(entrySides)).describe('The earlier entry’s side.'),
	fromKind: z.enum(idsOf(kinds)).describe('The later entry’s kind.'),
	toKind: z.enum(idsOf(kinds)).describe('The earlier entry’s kind.'),
	fromGovernments: governments,
	toGovernments: governments,
	answer: z
		.boolean()
		.describe(
			'Whether the relation answers an overture: the earlier entry is of a kind marked as an overture, the later one is from another side, and the type is responds-to, accepts or rejects.',
		),
});

export const relationsSchema = z
	.strictObject({
		format: z.literal(RELATIONS_FORMAT).describe('The format of this file; it changes when a field changes meaning.'),
		version: z.string().describe('The version of the record, the same as in /events.json.'),
		count: z.int().describe('The number of relations.'),
		relations: z.array(record).describe('Every relation, in the timeline order of the entries declaring them.'),
	})
	.describe('The relations between the entries of the timeline of inter-Korean statements.');

export type Relations = z.output<typeof relationsSchema>;
export type RelationRecord = Relations['relations'][number];

const governmentIds = (at: GovernmentsAt) => ({
	...(at.south ? { south: at.south.id } : {}),
	...(at.north ? { north: at.north.id } : {}),
});

/** Every relation of a timeline, with `version` the record's (buildDataset). */
export function buildRelations(timeline: Timeline, version: string): Relations {
	const relations: RelationRecord[] = timeline.entries.flatMap((entry) =>
		entry.outgoing.map(({ type, entry: target }) => ({
			from: entry.id,
			to: target.id,
			type,
			fromDate: entry.data.date,
			toDate: target.data.date,
			days: daysBetween(target.data.date, entry.data.date) ?? null,
			fromSide: entry.side,
			toSide: target.side,
			fromKind: entry.data.kind,
			toKind: target.data.kind,
			fromGovernments: governmentIds(entry.governments),
			toGovernments: governmentIds(target.governments),
			answer: isAnswer(entry, type, target),
		})),
	);
	return { format: RELATIONS_FORMAT, version, count: relations.length, relations };
}

export const relationsCsvColumns = [
	'from',
	'to',
	'type',
	'from_date',
	'to_date',
	'days',
	'from_side',
	'to_side',
	'from_kind',
	'to_kind',
	'from_government_south',
	'from_government_north',
	'to_government_south',
	'to_government_north',
	'answer',
] as const;

/** /relations.csv: one row per relation, as /events.csv is written (RFC 4180, UTF-8, formulas neutralised). */
export function relationsCsv(relations: Relations): string {
	return csvTable([
		[...relationsCsvColumns],
		...relations.relations.map((relation) => [
			relation.from,
			relation.to,
			relation.type,
			relation.fromDate,
			relation.toDate,
			relation.days === null ? '' : String(relation.days),
			relation.fromSide,
			relation.toSide,
			relation.fromKind,
			relation.toKind,
			relation.fromGovernments.south ?? '',
			relation.fromGovernments.north ?? '',
			relation.toGovernments.south ?? '',
			relation.toGovernments.north ?? '',
			relation.answer ? 'true' : 'false',
		]),
	]);
}
