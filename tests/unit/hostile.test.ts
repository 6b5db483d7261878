/**
 * The hostile-input suite: every fixture in tests/fixtures/hostile must produce exactly the problems its
 * expected.txt lists, placed and worded as an editor will read them. (tests/build/hostile-build.test.ts checks
 * that the CLI and the build refuse them with the same lines.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntries, type EntryJob } from '../../src/lib/corpus/pool.ts';
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
		expect((await validateCorpus(dir, { cwd: dir })).problems).toEqual([]);
	});

	it('finds the same in a helper process, checking and rendering in one pass as the build does', async () => {
		const jobs: EntryJob[] = fixtures.flatMap((fixture) =>
			readdirSync(fixture.dir, { recursive: true, encoding: 'utf8' })
				.filter((name) => name.endsWith('.md'))
				.map((name) => {
					const filePath = path.join(fixture.dir, name);
					return {
						raw: readFileSync(filePath, 'utf8'),
						filePath,
						file: `${fixture.name}/${name}`,
						render: false,
					};
				}),
		);
		expect(jobs.length).toBeGreaterThanOrEqual(60);
		const workers = process.env.TIMELINE_WORKERS;
		try {
			process.env.TIMELINE_WORKERS = '0';
			const alone = await checkEntries(jobs);
			process.env.TIMELINE_WORKERS = '1';
			// A helper process, as in the build.
			const pooled = await checkEntries(
				jobs.map((job) => ({ ...job, render: true })),
				{ workers: 'all' },
			);
			expect(pooled.map(({ rendered, ...check }) => check)).toEqual(alone);
			// Rendered exactly when the file has no problem of its own.
			expect(pooled.map((check) => check.rendered !== undefined)).toEqual(
				alone.map((check) => check.complete && check.problems.length === 0),
			);
		} finally {
			if (workers === undefined) delete process.env.TIMELINE_WORKERS;
			else process.env.TIMELINE_WORKERS = workers;
		}
	});

	it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_, fixture) => {
		const dir = assemble([fixture.dir]);
		const corpus = await validateCorpus(dir, { cwd: dir });
		const expected = fixture.expected.map((line) => line.replace('{today}', todayInSeoul()));
		expect(corpus.problems.map(formatProblem)).toEqual(expected);
	});
});
