import { describe, expect, it } from 'vitest';
import { actorSchema, eventSchema, kinds, topicSchema } from '../../src/schema/index.ts';

const valid = {
	title: 'Kim Yo Jong rebuffs President Lee',
	date: '2025-07-28',
	speakers: ['kim-yo-jong'],
	kind: 'rejection',
	channel: 'KCNA',
	topics: ['dialogue'],
	summary: 'Kim Yo Jong said Pyongyang had no interest in any proposal from Seoul.',
	sources: [
		{
			title: 'Report',
			publisher: 'The Korea Herald',
			url: 'https://www.koreaherald.com/article/10541397',
			date: '2025-07-28',
		},
	],
};

/** The message zod gives for a field, as the validator prints it: `field: message`. */
function problems(input: unknown): string[] {
	const result = eventSchema.safeParse(input, { reportInput: true });
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('event schema', () => {
	it('accepts a valid entry and fills defaults', () => {
		const entry = eventSchema.parse(valid);
		expect(entry.quotes).toEqual([]);
		expect(entry.relations).toEqual([]);
		expect(entry.draft).toBe(false);
	});

	it('normalises what editors write: a single speaker, topic or source, unquoted dates and years, padding', () => {
		const entry = eventSchema.parse({
			...valid,
			title: '  Kim Yo Jong rebuffs President Lee  ',
			date: new Date(Date.UTC(2025, 6, 28)),
			speakers: 'kim-yo-jong',
			topics: 'dialogue',
			sources: { ...valid.sources[0], date: 2025 },
		});
		expect(entry.title).toBe('Kim Yo Jong rebuffs President Lee');
		expect(entry.date).toBe('2025-07-28');
		expect(entry.speakers).toEqual(['kim-yo-jong']);
		expect(entry.topics).toEqual(['dialogue']);
		expect(entry.sources).toHaveLength(1);
		expect(entry.sources[0]!.date).toBe('2025');
	});

	it('names the field, what was found and what was expected', () => {
		expect(problems({ ...valid, date: '2019-02-30' })).toEqual([
			'date: "2019-02-30" is not a calendar date (expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2019-08-16)',
		]);
		expect(problems({ ...valid, title: undefined })[0]).toMatch(
			/^title: missing \(expected a short headline/,
		);
		expect(problems({ ...valid, title: 42 })[0]).toMatch(/^title: 42 is not text .*put it in quotes/);
		expect(problems({ ...valid, kind: 'rejektion' })[0]).toMatch(
			/^kind: "rejektion" is not a kind \(did you mean "rejection"\?/,
		);
		expect(problems({ ...valid, summary: 'x'.repeat(301) })[0]).toMatch(
			/^summary: is 301 characters long \(expected at most 300/,
		);
		expect(problems({ ...valid, sources: [] })[0]).toMatch(/^sources: is an empty list/);
		expect(problems({ ...valid, sources: [{ ...valid.sources[0], url: 'javascript:alert(1)' }] })[0]).toMatch(
			/^sources\.0\.url: "javascript:alert\(1\)" is not a web address/,
		);
		expect(problems({ ...valid, date: '2999-01-01' })[0]).toMatch(/^date: "2999-01-01" is in the future/);
		expect(problems({ ...valid, summary: 'Said <b>no</b>.' })[0]).toMatch(/^summary: "Said <b>no<\/b>\." holds markup/);
		expect(problems({ ...valid, title: '<img src=x onerror=alert(1)>' })[0]).toMatch(/^title: .* holds markup/);
		expect(problems({ ...valid, title: 'Talks\u001B[31m resume' })[0]).toMatch(/^title: holds an invisible control character \(U\+001B\)/);
		expect(problems({ ...valid, title: '\u200B\u200B' })[0]).toMatch(/^title: shows nothing: it holds only invisible characters/);
		expect(problems({ ...valid, date: '0219-08-16' })[0]).toMatch(/^date: "0219-08-16" is before 1900: is the year mistyped\?/);
		// `date: 0219` unquoted is the number 219: one problem, not also "in the future".
		expect(problems({ ...valid, date: 219 })).toEqual([
			'date: "219" is not a calendar date (expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2019-08-16)',
		]);
		expect(problems({ ...valid, sources: [{ ...valid.sources[0], url: 'https://www.yna.co.kr@evil.example/x' }] })[0]).toMatch(
			/^sources\.0\.url: .* has a user name before its host, so it leads to evil\.example/,
		);
	});

	it('refuses unknown fields, suggesting the one meant', () => {
		const { speakers, ...rest } = valid;
		expect(problems({ ...rest, spekers: speakers })).toEqual([
			'speakers: missing (expected one or more actor ids, e.g. kim-yo-jong)',
			': unknown field "spekers" (did you mean "speakers"?)',
		]);
		expect(problems({ ...valid, sources: [{ ...valid.sources[0], publsher: 'x' }] })).toContain(
			'sources.0: unknown field "publsher" (did you mean "publisher"?)',
		);
	});

	it('reads the vocabularies from one declaration', () => {
		for (const kind of Object.keys(kinds))
			expect(eventSchema.safeParse({ ...valid, kind }).success).toBe(true);
	});
});

describe('registry schemas', () => {
	it('accepts an actor with roles over time and refuses a role that ends before it starts', () => {
		const actor = {
			name: 'Kim Yo Jong',
			side: 'north',
			type: 'person',
			roles: [{ title: 'Vice department director', from: '2021-08', to: '2025-08' }],
		};
		expect(actorSchema.parse(actor).aliases).toEqual([]);
		const result = actorSchema.safeParse({ ...actor, roles: [{ title: 'x', from: '2025', to: '2021' }] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['roles', 0, 'to']);
	});

	it('refuses a Hangul name without Hangul and a side outside the vocabulary', () => {
		expect(actorSchema.safeParse({ name: 'Kim', side: 'north', type: 'person', hangul: 'Kim' }).success).toBe(
			false,
		);
		expect(
			actorSchema.safeParse({ name: 'Kim', side: 'nort', type: 'person' }).error?.issues[0]?.message,
		).toMatch(/did you mean "north"/);
	});

	it('needs a label and a description for a topic', () => {
		expect(topicSchema.safeParse({ label: 'Dialogue' }).success).toBe(false);
	});
});
