/**
 * Reproducible builds: the same commit gives byte-identical output, whatever the build machine's time zone.
 * Compared: dist/ (as npm test built it) and two more builds, under TZ=America/Los_Angeles and TZ=Asia/Seoul.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { treeDifferences } from '../support/gates/compare.ts';

function buildIn(timeZone: string): string {
	const out = mkdtempSync(path.join(tmpdir(), `reproducible-${timeZone.replace('/', '-')}-`));
	const result = buildSite(path.resolve('content'), out, { search: true, env: { TZ: timeZone } });
	if (result.status !== 0) throw new Error(result.output);
	return out;
}

describe('reproducible builds', () => {
	it('are byte-identical under TZ=America/Los_Angeles, TZ=Asia/Seoul and the build of npm test', () => {
		const losAngeles = buildIn('America/Los_Angeles');
		const seoul = buildIn('Asia/Seoul');
		expect(treeDifferences(losAngeles, seoul)).toEqual([]);
		expect(treeDifferences('dist', seoul)).toEqual([]);
	});
});
