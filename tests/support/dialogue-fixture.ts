/**
 * A small timeline whose answers are worked out by hand (tests/unit/dialogue.test.ts): answered and unanswered
 * overtures, a reply from the overture's own side, a follow-up, a chain (an answer that is itself an overture), an
 * answer under the next government, same-day answers, month-precision dates, an overture under an acting president,
 * a joint overture and one by the United States. The governments are those of content/governments.yaml.
 */
import { buildTimeline, type EntryInput } from '../../src/lib/timeline/model.ts';
import { actorSchema, eventSchema, governmentSchema, topicSchema } from '../../src/schema/index.ts';

const actors = new Map(
	Object.entries({
		'moon-jae-in': { name: 'Moon Jae-in', side: 'south', type: 'person' },
		'yoon-suk-yeol': { name: 'Yoon Suk Yeol', side: 'south', type: 'person' },
		'lee-jae-myung': { name: 'Lee Jae-myung', side: 'south', type: 'person' },
		'rok-government': { name: 'South Korean government', side: 'south', type: 'organisation' },
		'kim-jong-un': { name: 'Kim Jong Un', side: 'north', type: 'person' },
		'kim-yo-jong': { name: 'Kim Yo Jong', side: 'north', type: 'person' },
		'donald-trump': { name: 'Donald Trump', side: 'united-states', type: 'person' },
	}).map(([id, actor]) => [id, actorSchema.parse(actor)]),
);
const topics = new Map([['dialogue', topicSchema.parse({ label: 'Dialogue', description: 'Talks.' })]]);

export const fixtureGovernments = new Map(
	Object.entries({
		'park-geun-hye': { name: 'Park Geun-hye', hangul: '박근혜', side: 'south', from: '2013-02-25', to: '2017-03-10' },
		'hwang-kyo-ahn-acting': {
			name: 'Hwang Kyo-ahn',
			hangul: '황교안',
			side: 'south',
			acting: true,
			from: '2016-12-09',
			to: '2017-05-10',
		},
		'moon-jae-in': {
			name: 'Moon Jae-in',
			hangul: '문재인',
			side: 'south',
			leader: 'moon-jae-in',
			from: '2017-05-10',
			to: '2022-05-09',
		},
		'yoon-suk-yeol': { name: 'Yoon Suk Yeol', hangul: '윤석열', side: 'south', from: '2022-05-10', to: '2025-04-04' },
		'han-duck-soo-acting-2024': {
			name: 'Han Duck-soo',
			hangul: '한덕수',
			side: 'south',
			acting: true,
			from: '2024-12-14',
			to: '2024-12-27',
		},
		'lee-jae-myung': { name: 'Lee Jae-myung', hangul: '이재명', side: 'south', from: '2025-06-04' },
		'kim-jong-un': { name: 'Kim Jong Un', hangul: '김정은', side: 'north', from: '2011-12-17' },
	}).map(([id, government]) => [id, governmentSchema.parse(government)]),
);

function input(id: string, date: string, speakers: string[], kind: string, relations: [string, string][] = []): EntryInput {
	const data = eventSchema.parse({
		title: id,
		date,
		speakers,
		kind,
		channel: 'KCNA',
		topics: ['dialogue'],
		summary: 'A summary.',
		sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/a' }],
		relations: relations.map(([type, event]) => ({ type, event })),
	});
	return { id, data, html: '' };
}

const moon = ['moon-jae-in'];
const north = ['kim-yo-jong'];

/** Each entry's id is its date and a letter; the comments say what the dialogue figures make of it. */
export const fixtureEntries: EntryInput[] = [
	// Moon's proposal A: rejected by B (which also says it responds: one answer), then answered by C. First: 9 days.
	input('2017-07-06-a', '2017-07-06', moon, 'proposal'),
	input('2017-07-15-b', '2017-07-15', north, 'rejection', [
		['rejects', '2017-07-06-a'],
		['responds-to', '2017-07-06-a'],
	]),
	input('2017-08-01-c', '2017-08-01', north, 'statement', [['responds-to', '2017-07-06-a']]),
	// Moon's proposal D: only Seoul itself follows it up (E) and responds (F): no answer.
	input('2017-07-20-d', '2017-07-20', moon, 'proposal'),
	input('2017-07-25-e', '2017-07-25', moon, 'statement', [['follows-up', '2017-07-20-d']]),
	input('2017-07-26-f', '2017-07-26', ['rok-government'], 'statement', [['responds-to', '2017-07-20-d']]),
	// A chain: Moon's proposal G, answered by Kim's own proposal H 13 days later, which Seoul accepts the same day (I).
	input('2017-12-19-g', '2017-12-19', moon, 'proposal'),
	input('2018-01-01-h', '2018-01-01', ['kim-jong-un'], 'proposal', [['responds-to', '2017-12-19-g']]),
	input('2018-01-01-i', '2018-01-01', moon, 'statement', [['accepts', '2018-01-01-h']]),
	// Moon's summit with Kim (P), rejected 781 days later (Q); a joint follow-up (R) is an overture, unanswered.
	input('2018-04-27-p', '2018-04-27', ['moon-jae-in', 'kim-jong-un'], 'summit'),
	input('2018-09-19-r', '2018-09-19', ['moon-jae-in', 'kim-jong-un'], 'agreement', [['follows-up', '2018-04-27-p']]),
	input('2020-06-16-q', '2020-06-16', north, 'action', [['rejects', '2018-04-27-p']]),
	// Month precision: Moon's proposal N answered in August (O), the North's August proposal L accepted by M.
	input('2019-06-30-n', '2019-06-30', moon, 'proposal'),
	input('2019-08-o', '2019-08', north, 'statement', [['responds-to', '2019-06-30-n']]),
	input('2019-08-l', '2019-08', north, 'proposal'),
	input('2019-08-20-m', '2019-08-20', moon, 'statement', [['accepts', '2019-08-l']]),
	// Trump's offer (AA), accepted the next day by a joint summit (BB), itself unanswered.
	input('2019-06-29-aa', '2019-06-29', ['donald-trump'], 'proposal'),
	input('2019-06-30-bb', '2019-06-30', ['donald-trump', 'kim-jong-un', 'moon-jae-in'], 'summit', [
		['accepts', '2019-06-29-aa'],
	]),
	// Across governments: Moon's proposal on his last day (J), rejected under Yoon 23 days later (K).
	input('2022-05-09-j', '2022-05-09', moon, 'proposal'),
	input('2022-06-01-k', '2022-06-01', north, 'rejection', [['rejects', '2022-05-09-j']]),
	// Yoon's proposal S, rejected in 4 days (T).
	input('2022-08-15-s', '2022-08-15', ['yoon-suk-yeol'], 'proposal'),
	input('2022-08-19-t', '2022-08-19', north, 'rejection', [['rejects', '2022-08-15-s']]),
	// Seoul's proposal while an acting president held the powers (Z): his government's, unanswered.
	input('2024-12-20-z', '2024-12-20', ['rok-government'], 'proposal'),
	// Lee's proposal U: rejected in 5 days (V), answered again later (W); his proposal X answered in 39 days (Y).
	input('2025-08-15-u', '2025-08-15', ['lee-jae-myung'], 'proposal'),
	input('2025-08-20-v', '2025-08-20', north, 'rejection', [['rejects', '2025-08-15-u']]),
	input('2025-09-21-w', '2025-09-21', ['kim-jong-un'], 'speech', [['responds-to', '2025-08-15-u']]),
	input('2025-12-02-x', '2025-12-02', ['lee-jae-myung'], 'proposal'),
	input('2026-01-10-y', '2026-01-10', north, 'statement', [['responds-to', '2025-12-02-x']]),
];

export const fixtureTimeline = () => buildTimeline(fixtureEntries, actors, topics, fixtureGovernments);
