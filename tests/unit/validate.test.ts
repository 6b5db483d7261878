import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { entry, writeCorpus } from '../support/corpus.ts';

const moon = entry();
const refusal = entry({
	title: 'The committee refuses talks',
	date: '2019-08-16',
	speakers: 'cprk',
	kind: 'rejection',
	relations: [{ type: 'rejects', event: '2019-08-15-moon-speech' }],
});

/** The report lines for a corpus, with the temporary folder replaced by `content/`. */
async function report(
	events: Record<string, string>,
	registries?: { actors?: string; topics?: string },
): Promise<string[]> {
	const dir = writeCorpus(events, registries);
	const corpus = await validateCorpus(dir, { cwd: path.dirname(dir) });
	return corpus.problems.map((problem) =>
		formatProblem(problem).replaceAll(`${path.basename(dir)}/`, 'content/'),
	);
}

describe('validating the content folder', () => {
	it('passes the project’s own content', async () => {
		const corpus = await validateCorpus(path.resolve('content'));
		expect(corpus.problems.map(formatProblem)).toEqual([]);
		expect(corpus.entries.length).toBeGreaterThanOrEqual(3);
	});

	it('passes a valid corpus and returns every entry', async () => {
		const dir = writeCorpus({
			'2019-08-15-moon-speech.md': moon,
			'2019-08-16-cprk-refuses-talks.md': refusal,
		});
		const corpus = await validateCorpus(dir);
		expect(corpus.problems).toEqual([]);
		expect(corpus.entries.map((e) => e.id)).toEqual([
			'2019-08-15-moon-speech',
			'2019-08-16-cprk-refuses-talks',
		]);
	});

	it('places a problem at its line and column, naming the field', async () => {
		const lines = await report({ '2019-02-28-moon-speech.md': entry({ date: '2019-02-30' }) });
		expect(lines).toContain(
			'content/events/2019-02-28-moon-speech.md:3:7 date: "2019-02-30" is not a calendar date (expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2019-08-16)',
		);
	});

	it('accepts CRLF line endings, a byte-order mark, unquoted dates, Hangul, emoji and trailing spaces', async () => {
		const text = `\uFEFF${entry({ title: '문재인 대통령 경축사 🇰🇷   ' }).replace(/\n/g, '\r\n').replace("date: '2019-08-15'", 'date: 2019-08-15')}`;
		expect(text).toContain('date: 2019-08-15\r\n');
		expect(await report({ '2019-08-15-moon-speech.md': text })).toEqual([]);
	});

	it('reports every problem of every file, not the first', async () => {
		const lines = await report({
			'2019-08-15-moon-speech.md': entry({ kind: 'speach', topics: ['dialog'] }),
			'2019-08-16-cprk-refuses-talks.md': entry({ date: '2019-08-16', speakers: ['kim-yo-jung'] }),
		});
		expect(lines).toEqual([
			expect.stringMatching(/moon-speech\.md:6:7 kind: "speach" is not a kind \(did you mean "speech"\?/),
			expect.stringMatching(
				/moon-speech\.md:9:5 topics\[0\]: unknown topic "dialog" \(did you mean "dialogue"\?/,
			),
			expect.stringMatching(
				/refuses-talks\.md:5:5 speakers\[0\]: unknown actor "kim-yo-jung" \(did you mean "kim-yo-jong"\?/,
			),
		]);
	});

	it('enforces the rules across entries', async () => {
		const lines = await report({
			'2019-08-15-moon-speech.md': entry({
				relations: [{ type: 'responds-to', event: '2019-08-16-cprk-refuses-talks' }],
			}),
			'2019-08-16-cprk-refuses-talks.md': entry({
				date: '2019-08-16',
				relations: [
					{ type: 'rejects', event: '2019-08-16-cprk-refuses-talks' },
					{ type: 'rejects', event: '2019-08-14-nothing' },
				],
				quotes: [{ text: 'words', source: 2 }],
			}),
			'2025-07-28-cprk-statement.md': entry({ date: '2025-07-28', speakers: 'cprk' }),
			'2019-08-17-wrong-date.md': entry({ date: '2019-08-18' }),
		});
		const text = lines.join('\n');
		expect(text).toMatch(
			/moon-speech\.md:\d+:\d+ relations\[0\]\.event: "2019-08-16-cprk-refuses-talks" is dated 2019-08-16, after this entry/,
		);
		expect(text).toMatch(/relations\[0\]\.event: "2019-08-16-cprk-refuses-talks" is this entry itself/);
		expect(text).toMatch(/relations\[1\]\.event: no entry has the id "2019-08-14-nothing"/);
		expect(text).toMatch(/quotes\[0\]\.source: is 2 but the entry has 1 source/);
		expect(text).toMatch(/cprk-statement\.md:\d+:\d+ speakers\[0\]: "cprk" was dissolved on 2024-01-15/);
		expect(text).toMatch(
			/wrong-date\.md:3:7 date: "2019-08-18" does not agree with the file name, which starts with 2019-08-17/,
		);
	});

	it('refuses ids that differ only in case, even in different folders', async () => {
		const lines = await report({
			'2019-08-15-moon-speech.md': moon,
			'extra/2019-08-15-moon-speech.md': moon,
		});
		expect(lines.filter((line) => line.includes('is also the id of'))).toHaveLength(2);
	});

	it('refuses raw HTML and unsafe links in the text, at their place', async () => {
		const lines = await report({
			'2019-08-15-moon-speech.md': entry(
				{},
				'Text.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](data:text/html,hi)\n',
			),
		});
		expect(
			lines.some((line) =>
				/moon-speech\.md:\d+:1 raw HTML is not allowed: "<script>alert\(1\)<\/script>"/.test(line),
			),
		).toBe(true);
		expect(
			lines.filter((line) => /javascript: links are not allowed|data: links are not allowed/.test(line)),
		).toHaveLength(2);
	});

	it('reuses a previous check of the very same file text, and still applies the rules across entries', async () => {
		const dir = writeCorpus({
			'2019-08-15-moon-speech.md': moon,
			'2019-08-16-cprk-refuses-talks.md': refusal,
		});
		const first = await validateCorpus(dir, { cwd: path.dirname(dir), render: true });
		expect(first.entries.every((e) => e.rendered?.html.startsWith('<p>'))).toBe(true);
		const again = await validateCorpus(dir, {
			cwd: path.dirname(dir),
			render: true,
			previous: (file) =>
				file.path.endsWith('2019-08-15-moon-speech.md') && file.text === moon
					? {
							data: { ...first.entries[0]!.data, title: 'As checked before' },
							eventLinks: [{ id: '2019-08-14-gone', line: 12, column: 3 }],
							siteLinks: [{ path: '/events/2019-08-14-gone/', image: false, line: 12, column: 3 }],
						}
					: undefined,
		});
		const [reused, fresh] = again.entries;
		expect(reused!.data.title).toBe('As checked before');
		expect(reused!.rendered).toBeUndefined();
		expect(fresh!.rendered?.html).toBe(first.entries[1]!.rendered?.html);
		expect(again.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/moon-speech\.md:12:3 a link to \/events\/2019-08-14-gone\/ points to no entry/),
		]);
	});

	it('never drops a file silently', async () => {
		const lines = await report({
			'2019-08-15-moon-speech.md': moon,
			'notes.txt': 'x',
			'2019-08-20-empty.md': '',
		});
		expect(lines).toContainEqual(expect.stringMatching(/notes\.txt is not read: only \.md files/));
		expect(lines).toContainEqual(expect.stringMatching(/2019-08-20-empty\.md:1:1 the file is empty/));
	});
});
