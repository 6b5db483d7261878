/**
 * Reproducible builds: the same commit gives byte-identical output, whatever the build machine's time zone and
 * however many helper threads it uses. Compared: dist/ (as npm test built it) and two more builds, under
 * TZ=America/Los_Angeles with no helper thread (TIMELINE_WORKERS=0) and TZ=Asia/Seoul with two for everything.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { treeDifferences } from '../support/gates/compare.ts';

function buildIn(timeZone: string, workers: string): string {
	const out = mkdtempSync(path.join(tmpdir(), `reproducible-${timeZone.replace('/', '-')}-`));
	const result = buildSite(path.resolve('content'), out, { search: true, env: { TZ: timeZone, TIMELINE_WORKERS: workers } });
	if (result.status !== 0) throw new Error(result.output);
	return out;
}

describe('reproducible builds', () => {
	it('are byte-identical under TZ=America/Los_Angeles, TZ=Asia/Seoul and the build of npm test', () => {
		const losAngeles = buildIn('America/Los_Angeles', '0');
		const seoul = buildIn('Asia/Seoul', '2');
		expect(treeDifferences(losAngeles, seoul)).toEqual([]);
		expect(treeDifferences('dist', seoul)).toEqual([]);
	});
});
