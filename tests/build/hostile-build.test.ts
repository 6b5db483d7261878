/**
 * The hostile fixtures against the two doors an editor's mistake can reach: `npm run validate` and the build.
 * Entry fixtures are checked together in one corpus (each keeps its own file names); fixtures that replace a
 * registry, or turn every entry into a draft, are checked one by one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayInSeoul } from '../../src/lib/dates.ts';
import { buildSite } from '../support/build.ts';
import { assemble, hostileFixtures, type HostileFixture } from '../support/hostile.ts';

const fixtures = hostileFixtures();
/** Fixtures that replace a registry, or make every entry a draft, change the whole corpus: each is checked alone. */
const replacesRegistry = (fixture: HostileFixture) =>
	fixture.expected.some((line) => /^(actors|topics|governments)\.yaml|^events holds only drafts/.test(line));
const entryFixtures = fixtures.filter((fixture) => !replacesRegistry(fixture));
const registryFixtures = fixtures.filter(replacesRegistry);
const expectedLines = (list: HostileFixture[]) =>
	list
		.flatMap((fixture) => fixture.expected.map((line) => line.replace('{today}', todayInSeoul())))
		// A "did you mean" may point elsewhere once all fixtures share a corpus; compare up to it.
		.map((line) => line.replace(/ \(did you mean .*$/, ''));

/** Report lines with the corpus folder taken off the paths, however the tool printed it. */
const relativeTo = (dir: string) => (line: string) =>
	line.replaceAll(`${dir}/`, '').replaceAll(`${path.relative(process.cwd(), dir)}/`, '');

function validateCli(dir: string) {
	const result = spawnSync(process.execPath, ['src/cli/validate.ts', dir], { encoding: 'utf8' });
	return { status: result.status, lines: result.stdout.split('\n').map(relativeTo(dir)) };
}

describe('npm run validate on the hostile fixtures', () => {
	it('exits 1 with every expected line, and a count', () => {
		const dir = assemble(entryFixtures.map((fixture) => fixture.dir));
		const { status, lines } = validateCli(dir);
		expect(status).toBe(1);
		for (const line of expectedLines(entryFixtures))
			expect(
				lines.some((printed) => printed.startsWith(line)),
				line,
			).toBe(true);
		expect(lines.at(-2)).toMatch(/^\d+ problems in \d+ files \(\d+ checked\)\.$/);
	});

	it.each(registryFixtures.map((fixture) => [fixture.name, fixture] as const))(
		'%s: exits 1 with the expected lines',
		(_, fixture) => {
			const { status, lines } = validateCli(assemble([fixture.dir]));
			expect(status).toBe(1);
			for (const line of expectedLines([fixture]))
				expect(
					lines.some((printed) => printed.startsWith(line)),
					line,
				).toBe(true);
		},
	);

	it('exits 0 on the valid base corpus', () => {
		const { status, lines } = validateCli(assemble([]));
		expect(status).toBe(0);
		expect(lines[0]).toMatch(/^No problems in \d+ files\.$/);
	});
});

describe('the build on the hostile fixtures', () => {
	const build = (dirs: string[]) => {
		const corpus = assemble(dirs);
		const out = mkdtempSync(path.join(tmpdir(), 'hostile-dist-'));
		const result = buildSite(corpus, out);
		const lines = result.output.split('\n').map(relativeTo(corpus));
		return { ...result, lines, built: existsSync(path.join(out, 'index.html')) };
	};

	it('refuses all entry fixtures at once, printing every expected line', () => {
		const { status, lines, built } = build(entryFixtures.map((fixture) => fixture.dir));
		expect(status).not.toBe(0);
		expect(built).toBe(false);
		for (const line of expectedLines(entryFixtures))
			expect(
				lines.some((printed) => printed.startsWith(line)),
				line,
			).toBe(true);
	});

	it.each(registryFixtures.map((fixture) => [fixture.name, fixture] as const))(
		'%s: refused with the expected lines',
		(_, fixture) => {
			const { status, lines, built } = build([fixture.dir]);
			expect(status).not.toBe(0);
			expect(built).toBe(false);
			for (const line of expectedLines([fixture]))
				expect(
					lines.some((printed) => printed.startsWith(line)),
					line,
				).toBe(true);
		},
	);
});
