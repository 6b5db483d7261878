import { existsSync, readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { entry, writeCorpus } from '../support/corpus.ts';

const outDir = () => mkdtempSync(path.join(tmpdir(), 'timeline-dist-'));

describe('building another content folder', () => {
	it('builds one page per entry from TIMELINE_CONTENT_DIR', () => {
		const dir = writeCorpus({
			'2019-08-15-moon-speech.md': entry(),
			'2019-08-16-cprk-refuses-talks.md': entry({
				date: '2019-08-16',
				speakers: 'cprk',
				title: 'The committee refuses',
			}),
		});
		const out = outDir();
		const result = buildSite(dir, out);
		expect(result.status, result.output).toBe(0);
		expect(readdirSync(path.join(out, 'events')).sort()).toEqual([
			'2019-08-15-moon-speech',
			'2019-08-16-cprk-refuses-talks',
		]);
	});

	it('stops on a malformed entry with a message naming the file, line, field and expectation', () => {
		const dir = writeCorpus({
			'2019-08-15-moon-speech.md': entry(),
			'2019-02-28-broken.md': entry({ date: '2019-02-30', spekers: ['moon-jae-in'], speakers: undefined }),
		});
		const out = outDir();
		const result = buildSite(dir, out);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(
			/events\/2019-02-28-broken\.md:\d+:\d+ date: "2019-02-30" is not a calendar date \(expected YYYY-MM-DD, YYYY-MM or YYYY, e\.g\. 2019-08-16\)/,
		);
		expect(result.output).toMatch(
			/events\/2019-02-28-broken\.md:\d+:\d+ spekers: unknown field "spekers" \(did you mean "speakers"\?\)/,
		);
		expect(existsSync(path.join(out, 'index.html'))).toBe(false);
	});
});
