/**
 * The hostile-input suite: every fixture in tests/fixtures/hostile must produce exactly the problems its
 * expected.txt lists, placed and worded as an editor will read them. (tests/build/hostile-build.test.ts checks
 * that the CLI and the build refuse them with the same lines.)
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/corpus/problems.ts';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { todayInSeoul } from '../../src/lib/dates.ts';
import { assemble, hostileFixtures } from '../support/hostile.ts';

const fixtures = hostileFixtures();

describe('the hostile-input suite', () => {
	it('has at least 40 fixtures', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(40);
	});

	it('starts from a base corpus that is itself valid', async () => {
		const dir = assemble([]);
		expect((await validateCorpus(dir, dir)).problems).toEqual([]);
	});

	it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_, fixture) => {
		const dir = assemble([fixture.dir]);
		const corpus = await validateCorpus(dir, dir);
		const expected = fixture.expected.map((line) => line.replace('{today}', todayInSeoul()));
		expect(corpus.problems.map(formatProblem)).toEqual(expected);
	});
});
