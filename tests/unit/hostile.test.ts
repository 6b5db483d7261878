/**
 * The hostile-input suite: every fixture in tests/fixtures/hostile must produce exactly the problems its
 * expected.txt lists, placed and worded as an editor will read them. (tests/build/hostile-build.test.ts checks
 * that the CLI and the build refuse them with the same lines.)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntries, type EntryJob } from '../../src/corpus/pool.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';
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
			// A helper thread, as in the build.
			const pooled = await checkEntries(jobs.map((job) => ({ ...job, render: true })));
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

	it('refuses a file far too large to be an entry, naming it, without reading it as one', async () => {
		const dir = assemble([]);
		const base = readFileSync(path.join(dir, 'events/2019-08-15-base-speech.md'), 'utf8');
		writeFileSync(path.join(dir, 'events/2020-06-01-huge.md'), `${base}\n${'All work and no play. '.repeat(60_000)}`);
		const corpus = await validateCorpus(dir, { cwd: dir });
		expect(corpus.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^events\/2020-06-01-huge\.md is 1\.\d MB \(expected a text file of at most 1 MB/),
		]);
	});

	it('reads a file of a million unclosed placeholders as any other, and says only that it is too long', async () => {
		const dir = assemble([]);
		const base = readFileSync(path.join(dir, 'events/2019-08-15-base-speech.md'), 'utf8');
		// Each [[TODO read on to the end of the file for its ]]: this took over a minute.
		writeFileSync(path.join(dir, 'events/2019-08-15-todo.md'), `${base}\n${'[[TODO'.repeat(160_000)}`);
		const corpus = await validateCorpus(dir, { cwd: dir });
		expect(corpus.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^events\/2019-08-15-todo\.md:\d+:1 the text is 96\d{4} characters long/),
		]);
	});

	it('names a file whose name holds line breaks or terminal escapes as it is, escaped, not raw', async () => {
		const dir = assemble([]);
		writeFileSync(path.join(dir, 'events', '2020-06-02-\u001b[31mred\nline.md'), 'x');
		const lines = (await validateCorpus(dir, { cwd: dir })).problems.map(formatProblem);
		expect(lines.join(' ')).not.toMatch(/[\u0000-\u001f]/);
		expect(lines).toContainEqual(expect.stringMatching(/^events\/2020-06-02-\\u001b\[31mred\\u000aline\.md/));
	});

	it('says a pipe where a registry should be is not a file, without calling it a folder or waiting on it', async () => {
		const dir = assemble([]);
		rmSync(path.join(dir, 'topics.yaml'));
		execFileSync('mkfifo', [path.join(dir, 'topics.yaml')]);
		expect((await validateCorpus(dir, { cwd: dir })).problems.map(formatProblem)).toEqual([
			'topics.yaml is a special file (a pipe, socket or device), not a file (expected the topic registry: a YAML file of ids, each with its fields)',
		]);
	});

	it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_, fixture) => {
		const dir = assemble([fixture.dir]);
		const corpus = await validateCorpus(dir, { cwd: dir });
		const expected = fixture.expected.map((line) => line.replace('{today}', todayInSeoul()));
		expect(corpus.problems.map(formatProblem)).toEqual(expected);
	});
});
