/** The project's own content: the record a reader relies on. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { validateCorpus, type Corpus } from '../../src/corpus/validate.ts';
import { yearOf } from '../../src/lib/dates.ts';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await validateCorpus(path.resolve('content'));
});

describe('the corpus', () => {
	it('validates with no problems', () => {
		expect(corpus.problems.map(formatProblem)).toEqual([]);
	});

	it('holds at least 150 published entries from 1972 to 2026, with no year since 1984 left empty but those the research has nothing for', () => {
		const published = corpus.entries.filter((entry) => !entry.data.draft);
		expect(published.length).toBeGreaterThanOrEqual(150);
		const years = new Set(published.map((entry) => yearOf(entry.data.date)));
		expect(Math.min(...years)).toBe(1972);
		expect(Math.max(...years)).toBe(2026);
		const empty = Array.from({ length: 2026 - 1984 + 1 }, (_, i) => 1984 + i).filter((year) => !years.has(year));
		// The research (../shared/research) records no event in these years.
		expect(empty).toEqual([1986, 1987, 1989, 1997, 2001, 2004]);
	});

	it('is in Korean throughout: every entry has its Korean title, summary and text, every actor the research names in Hangul has it', () => {
		const untranslated = corpus.entries.filter((entry) => !entry.ko?.data.title || !entry.ko.body.trim());
		expect(untranslated.map((entry) => entry.id)).toEqual([]);
		const withoutHangul = [...corpus.actors].filter(([, actor]) => !actor.hangul).map(([id]) => id);
		// Speakers of the second wave whose names no page of the research gives in Hangul: none is made up.
		expect(withoutHangul.sort()).toEqual(
			[
				'hyun-in-taek',
				'kang-sok-ju',
				'kim-gye-gwan',
				'kim-ki-nam',
				'kim-ki-woong',
				'kim-yong-hyun',
				'lee-jin-hie',
				'lee-ki-shik',
				'lee-yung-duk',
				'moon-tae-young',
				'pak-chol-su',
				'song-min-soon',
			].sort(),
		);
	});

	it('gives every entry at least one source with an address', () => {
		for (const entry of corpus.entries) {
			expect(entry.data.sources.length, entry.id).toBeGreaterThan(0);
			for (const source of entry.data.sources) expect(source.url, entry.id).toMatch(/^https?:\/\//);
		}
	});

	it('has at least 25 typed relations, every one pointing at an existing, earlier entry', () => {
		const ids = new Map(corpus.entries.map((entry) => [entry.id, entry]));
		const relations = corpus.entries.flatMap((entry) =>
			entry.data.relations.map((relation) => ({ from: entry, ...relation })),
		);
		expect(relations.length).toBeGreaterThanOrEqual(25);
		for (const relation of relations) {
			const target = ids.get(relation.event);
			expect(target, `${relation.from.id} → ${relation.event}`).toBeDefined();
			expect(
				target!.data.date <= relation.from.data.date.padEnd(10, '~'),
				`${relation.from.id} → ${relation.event}`,
			).toBe(true);
		}
	});

	it('keeps the chains a reader follows: Berlin 2017 answered, Moon 2019 rejected, Lee 2025 rebuffed', () => {
		const relation = (from: string, type: string, to: string) =>
			corpus.entries
				.find((entry) => entry.id === from)
				?.data.relations.some((r) => r.type === type && r.event === to);
		expect(
			relation(
				'2017-07-15-rodong-sinmun-calls-berlin-initiative-sophistry',
				'rejects',
				'2017-07-06-moon-berlin-initiative',
			),
		).toBe(true);
		expect(
			relation('2019-08-16-cprk-refuses-talks', 'rejects', '2019-08-15-moon-liberation-day-address'),
		).toBe(true);
		expect(
			relation('2025-07-28-kim-yo-jong-rebuffs-lee', 'rejects', '2025-06-04-lee-inauguration-pledge'),
		).toBe(true);
		expect(
			relation('2025-07-28-kim-yo-jong-rebuffs-lee', 'responds-to', '2025-06-11-seoul-halts-loudspeakers'),
		).toBe(true);
	});

	it('tags every entry with topics from a vocabulary of 10 to 20, and uses every topic', () => {
		expect(corpus.topics.size).toBeGreaterThanOrEqual(10);
		expect(corpus.topics.size).toBeLessThanOrEqual(20);
		const used = new Set(corpus.entries.flatMap((entry) => entry.data.topics));
		expect([...corpus.topics.keys()].filter((topic) => !used.has(topic))).toEqual([]);
	});

	it('registers every speaker with a name and a side, and has no actor nobody cites', () => {
		const cited = new Set(
			corpus.entries.flatMap((entry) => [
				...entry.data.speakers,
				...entry.data.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])),
			]),
		);
		for (const [id, actor] of corpus.actors) {
			expect(actor.name, id).not.toBe('');
			expect(cited.has(id), `${id} is in the registry but no entry names it`).toBe(true);
		}
	});

	it("records Kim Yo Jong's changing titles and the committee's abolition", () => {
		const kimYoJong = corpus.actors.get('kim-yo-jong')!;
		expect(new Set(kimYoJong.roles.map((role) => role.title)).size).toBeGreaterThanOrEqual(3);
		expect(corpus.actors.get('cprk')!.dissolved).toBe('2024-01-15');
	});
});
