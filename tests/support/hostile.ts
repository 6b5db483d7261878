/**
 * Hostile fixtures (tests/fixtures/hostile/*): each a folder with `events/` files, sometimes its own registries,
 * and `expected.txt`, the report lines it must produce. A fixture is checked inside a copy of the base corpus
 * (tests/fixtures/base/), so relations have something to point at; `<registry>.absent` removes a registry.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const hostileDir = path.resolve('tests/fixtures/hostile');
const baseDir = path.resolve('tests/fixtures/base');

export interface HostileFixture {
	name: string;
	dir: string;
	/** The report lines it must produce, with paths relative to the corpus folder. */
	expected: string[];
}

export function hostileFixtures(): HostileFixture[] {
	return readdirSync(hostileDir)
		.filter((name) => existsSync(path.join(hostileDir, name, 'expected.txt')))
		.sort()
		.map((name) => ({
			name,
			dir: path.join(hostileDir, name),
			expected: readFileSync(path.join(hostileDir, name, 'expected.txt'), 'utf8')
				.split('\n')
				.filter(Boolean),
		}));
}

/** Copies the base corpus and a fixture's files into `into` (a new temporary folder when not given). */
export function assemble(
	fixtureDirs: string[],
	into: string = mkdtempSync(path.join(tmpdir(), 'hostile-')),
): string {
	cpSync(baseDir, into, { recursive: true });
	for (const dir of fixtureDirs) {
		// Removals first: a fixture may put a folder where a registry was.
		for (const name of readdirSync(dir).sort((a, b) => Number(b.endsWith('.absent')) - Number(a.endsWith('.absent')))) {
			if (name === 'expected.txt') continue;
			if (name.endsWith('.absent')) rmSync(path.join(into, name.slice(0, -'.absent'.length)));
			else cpSync(path.join(dir, name), path.join(into, name), { recursive: true });
		}
	}
	return into;
}
