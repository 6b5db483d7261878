/**
 * Incremental builds: after edits (a title others show, a text, an entry removed, an entry added), a rebuild that
 * reuses the previous build's pages and search index gives exactly what a build from scratch gives, while most pages
 * are kept rather than rendered again.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { buildSite } from '../support/build.ts';
import { entry } from '../support/corpus.ts';
import { treeDifferences } from '../support/gates/compare.ts';

const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `incremental-${name}-`));

function build(content: string, out: string): string {
	const result = buildSite(content, out, { search: true });
	if (result.status !== 0) throw new Error(result.output);
	return result.output;
}

describe('incremental builds', () => {
	it('give exactly what a build from scratch gives, after edits', async () => {
		const content = temporary('content');
		cpSync('content', content, { recursive: true });
		const out = temporary('out');
		build(content, out);

		const corpus = await validateCorpus(content);
		const referenced = new Set(
			corpus.entries.flatMap((e) => [
				...e.data.relations.map((r) => r.event),
				...e.eventLinks.map((l) => l.id),
			]),
		);
		const removed = corpus.entries.find((e) => !referenced.has(e.id) && e.data.relations.length === 0)!;
		const events = path.join(content, 'events');
		const moon = path.join(events, '2019-08-15-moon-liberation-day-address.md');
		writeFileSync(
			moon,
			readFileSync(moon, 'utf8').replace(/^title: .*$/m, 'title: "Moon’s Liberation Day address, retitled"'),
		);
		appendFileSync(
			path.join(events, '2025-07-28-kim-yo-jong-rebuffs-lee.md'),
			'\nA sentence added by the test.\n',
		);
		rmSync(removed.filePath);
		writeFileSync(
			path.join(events, '2025-08-01-incremental-answer.md'),
			entry({
				title: 'An answer added by the test',
				date: '2025-08-01',
				speakers: ['kim-yo-jong'],
				kind: 'statement',
				relations: [{ type: 'responds-to', event: '2019-08-16-cprk-refuses-talks' }],
			}),
		);

		const output = build(content, out);
		const kept = output.match(/\(cached\)/g)?.length ?? 0;
		expect(kept).toBeGreaterThan(corpus.entries.length / 2);

		const scratch = temporary('scratch');
		cpSync(content, scratch, { recursive: true });
		const fresh = temporary('fresh');
		build(scratch, fresh);
		expect(treeDifferences(out, fresh)).toEqual([]);
	});
});
