import { relationLabel } from '../../src/i18n/labels.ts';
import { describe, expect, it } from 'vitest';
import {
	buildTimeline,
	entrySide,
	groupByYear,
	quoteSpeaker,
	roleAt,
	type EntryInput,
} from '../../src/lib/timeline/model.ts';
import { actorSchema, eventSchema, topicSchema, type Actor } from '../../src/schema/index.ts';

const actors = new Map<string, Actor>(
	Object.entries({
		'moon-jae-in': {
			name: 'Moon Jae-in',
			side: 'south',
			type: 'person',
			roles: [{ title: 'President of South Korea', from: '2017-05-10', to: '2022-05' }],
		},
		'kim-jong-un': { name: 'Kim Jong Un', side: 'north', type: 'person' },
		cprk: {
			name: 'Committee for the Peaceful Reunification of the Country',
			side: 'north',
			type: 'organisation',
		},
		'donald-trump': { name: 'Donald Trump', side: 'united-states', type: 'person' },
	}).map(([id, actor]) => [id, actorSchema.parse(actor)]),
);
const topics = new Map([['dialogue', topicSchema.parse({ label: 'Dialogue', description: 'Talks.' })]]);

function input(id: string, fields: Record<string, unknown>): EntryInput {
	const data = eventSchema.parse({
		title: id,
		channel: 'KCNA',
		kind: 'statement',
		topics: ['dialogue'],
		summary: 'A summary.',
		sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/a' }],
		...fields,
	});
	return { id, data, html: '' };
}

const entries = [
	input('2019-08-16-cprk-refuses-talks', {
		date: '2019-08-16',
		speakers: ['cprk'],
		relations: [{ type: 'rejects', event: '2019-08-15-moon-speech' }],
	}),
	input('2018-04-27-panmunjom-summit', {
		date: '2018-04-27',
		speakers: ['moon-jae-in', 'kim-jong-un'],
		kind: 'summit',
	}),
	input('2019-08-15-moon-speech', { date: '2019-08-15', speakers: ['moon-jae-in'] }),
	input('2019-08-drills', { date: '2019-08', speakers: ['kim-jong-un'] }),
	input('2019-08-15-another', { date: '2019-08-15', speakers: ['kim-jong-un'] }),
];

describe('the timeline model', () => {
	const timeline = buildTimeline(entries, actors, topics);

	it('orders entries by date, a month before its days, then by id', () => {
		expect(timeline.entries.map((entry) => entry.id)).toEqual([
			'2018-04-27-panmunjom-summit',
			'2019-08-drills',
			'2019-08-15-another',
			'2019-08-15-moon-speech',
			'2019-08-16-cprk-refuses-talks',
		]);
	});

	it('groups under years, oldest first', () => {
		expect(groupByYear(timeline.entries).map((group) => [group.year, group.entries.length])).toEqual([
			[2018, 1],
			[2019, 4],
		]);
	});

	it('links neighbours in time', () => {
		const moon = timeline.byId.get('2019-08-15-moon-speech')!;
		expect(moon.previous?.id).toBe('2019-08-15-another');
		expect(moon.next?.id).toBe('2019-08-16-cprk-refuses-talks');
		expect(timeline.entries[0]!.previous).toBeUndefined();
	});

	it('shows a relation from both ends, named from each, in both languages', () => {
		const moon = timeline.byId.get('2019-08-15-moon-speech')!;
		const refusal = timeline.byId.get('2019-08-16-cprk-refuses-talks')!;
		const named = (links: typeof moon.incoming, lang: 'en' | 'ko') =>
			links.map((link) => [relationLabel(link.type, link.inverse, lang), link.entry.id]);
		expect(named(refusal.outgoing, 'en')).toEqual([['Rejects', '2019-08-15-moon-speech']]);
		expect(named(moon.incoming, 'en')).toEqual([['Rejected by', '2019-08-16-cprk-refuses-talks']]);
		expect(named(moon.incoming, 'ko')).toEqual([['이를 거부한 발언', '2019-08-16-cprk-refuses-talks']]);
	});

	it('derives the side from the speakers', () => {
		expect(timeline.byId.get('2018-04-27-panmunjom-summit')!.side).toBe('joint');
		expect(timeline.byId.get('2019-08-16-cprk-refuses-talks')!.side).toBe('north');
		expect(entrySide(['north', 'united-states'])).toBe('joint');
		expect(entrySide(['united-states'])).toBe('united-states');
	});

	it("gives a speaker's title at the entry's date, and none outside it", () => {
		const moon = actors.get('moon-jae-in')!;
		expect(roleAt(moon, '2019-08-15')?.title).toBe('President of South Korea');
		expect(roleAt(moon, '2017-05')).toBeUndefined();
		expect(roleAt(moon, '2022-05-09')?.title).toBe('President of South Korea');
		expect(roleAt(moon, '2023-01-01')).toBeUndefined();
		expect(timeline.byId.get('2019-08-15-moon-speech')!.speakers[0]!.role?.title).toBe('President of South Korea');
	});

	it('attributes a quote to its speaker, or the only speaker of the entry', () => {
		const summit = timeline.byId.get('2018-04-27-panmunjom-summit')!;
		const moon = timeline.byId.get('2019-08-15-moon-speech')!;
		const name = (who: ReturnType<typeof quoteSpeaker>) => (typeof who === 'string' ? who : who?.name);
		expect(name(quoteSpeaker(undefined, moon, timeline.actors))).toBe('Moon Jae-in');
		expect(quoteSpeaker(undefined, summit, timeline.actors)).toBeUndefined();
		expect(name(quoteSpeaker('kim-jong-un', summit, timeline.actors))).toBe('Kim Jong Un');
		expect(quoteSpeaker('Park Soo-hyun', summit, timeline.actors)).toBe('Park Soo-hyun');
	});
});

describe('threads', () => {
	it('follow what an entry answered and what answered it, in time order, without siblings', async () => {
		const { threadOf } = await import('../../src/lib/timeline/threads.ts');
		const chain = buildTimeline(
			[
				input('2019-08-14-a', { date: '2019-08-14', speakers: ['cprk'] }),
				input('2019-08-15-b', {
					date: '2019-08-15',
					speakers: ['moon-jae-in'],
					relations: [{ type: 'responds-to', event: '2019-08-14-a' }],
				}),
				input('2019-08-16-c', {
					date: '2019-08-16',
					speakers: ['cprk'],
					relations: [{ type: 'rejects', event: '2019-08-15-b' }],
				}),
				input('2019-08-17-sibling', {
					date: '2019-08-17',
					speakers: ['kim-jong-un'],
					relations: [{ type: 'responds-to', event: '2019-08-14-a' }],
				}),
				input('2019-08-18-alone', { date: '2019-08-18', speakers: ['kim-jong-un'] }),
			],
			actors,
			topics,
		);
		const thread = (id: string) => threadOf(chain.byId.get(id)!).map((entry) => entry.id);
		expect(thread('2019-08-16-c')).toEqual(['2019-08-14-a', '2019-08-15-b', '2019-08-16-c']);
		expect(thread('2019-08-15-b')).toEqual(['2019-08-14-a', '2019-08-15-b', '2019-08-16-c']);
		expect(thread('2019-08-14-a')).toEqual([
			'2019-08-14-a',
			'2019-08-15-b',
			'2019-08-16-c',
			'2019-08-17-sibling',
		]);
		expect(thread('2019-08-18-alone')).toEqual(['2019-08-18-alone']);
	});
});
