/** The open data of the real site: complete, in order, described by its schema, and readable as CSV. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { datasetSchema } from '../../src/lib/exports/dataset.ts';
import { publishedSchema } from '../../src/lib/exports/published-schema.ts';
import { compareDates } from '../../src/lib/dates.ts';
import { listedEntries } from '../support/counts.ts';
import { parseCsv } from '../support/csv.ts';

const read = (file: string) => readFileSync(path.join('dist', file), 'utf8');

describe('open data', () => {
	it('lists every published entry everywhere: content = timeline = pages = JSON = CSV = sitemap', async () => {
		const corpus = await validateCorpus(path.resolve('content'));
		const published = corpus.entries
			.filter((entry) => !entry.data.draft)
			.map((entry) => entry.id)
			.sort();
		for (const lang of ['en', 'ko'] as const) {
			const listed = listedEntries('dist', lang);
			for (const list of [listed.timeline, listed.pages, listed.json, listed.csv, listed.sitemap, listed.index])
				expect([...list].sort()).toEqual(published);
			// The full-text search index holds one record per published entry and language too.
			expect(JSON.parse(read('pagefind/pagefind-entry.json')).languages[lang].page_count).toBe(published.length);
		}
	});

	it('events.json holds every field of the front matter, in date order, and matches its schema', async () => {
		const corpus = await validateCorpus(path.resolve('content'));
		const data = datasetSchema.parse(JSON.parse(read('events.json')));
		expect(data.entries.map((entry) => entry.date)).toEqual(
			[...data.entries.map((entry) => entry.date)].sort(compareDates),
		);
		const entry = data.entries.find((candidate) => candidate.id === '2019-08-16-cprk-refuses-talks')!;
		expect(entry).toMatchObject({
			side: 'north',
			kind: 'rejection',
			speakers: ['cprk'],
			relations: [{ type: 'rejects', event: '2019-08-15-moon-liberation-day-address' }],
		});
		expect(entry.url).toMatch(/\/events\/2019-08-16-cprk-refuses-talks\/$/);
		const source = corpus.entries.find((candidate) => candidate.id === entry.id)!;
		expect(entry.sources).toEqual(JSON.parse(JSON.stringify(source.data.sources)));
		expect(JSON.parse(read('events.schema.json'))).toEqual(
			JSON.parse(JSON.stringify(publishedSchema(datasetSchema, '/events.schema.json', new URL(entry.url)))),
		);
	});

	it('dates its version by the content, not the clock', () => {
		const data = datasetSchema.parse(JSON.parse(read('events.json')));
		const latest = data.entries
			.flatMap((entry) => [
				entry.endDate ?? entry.date,
				...entry.sources.flatMap((source) => (source.date ? [source.date] : [])),
				...entry.corrections.map((correction) => correction.date),
			])
			.sort(compareDates)
			.at(-1)!;
		expect(data.generated.startsWith(latest)).toBe(true);
		expect(data.version).toMatch(new RegExp(`^${data.generated}\\.[0-9a-f]{12}$`));
	});

	it('events.csv has a header, one row per entry, lists joined with "; " and Hangul intact', () => {
		const [header, ...rows] = parseCsv(read('events.csv'));
		expect(header).toEqual(
			expect.arrayContaining([
				'id',
				'url',
				'date',
				'title',
				'side',
				'kind',
				'speakers',
				'topics',
				'summary',
				'source_urls',
			]),
		);
		const json = JSON.parse(read('events.json'));
		expect(rows.length).toBe(json.count);
		const column = (name: string, row: string[]) => row[header!.indexOf(name)];
		const summit = rows.find((row) => column('id', row) === '2018-04-27-panmunjom-summit')!;
		expect(column('speakers', summit)).toBe('moon-jae-in; kim-jong-un');
		const basic = rows.find((row) => column('id', row) === '1991-12-13-basic-agreement-signed')!;
		expect(column('source_urls', basic)).toContain('https://theme.archives.go.kr/');
		expect(read('events.csv')).toContain('\r\n');
		expect(read('events.json')).toContain('남북한 관계의 기본합의서를 체결하다');
	});

	it('the About page counts what the data holds: its entries, the distinct pages they cite, their quotations', () => {
		const { entries } = JSON.parse(read('events.json')) as {
			entries: { sources: { url: string }[]; quotes: unknown[] }[];
		};
		const pages = new Set(entries.flatMap((entry) => entry.sources.map((source) => source.url))).size;
		const quotes = entries.reduce((sum, entry) => sum + entry.quotes.length, 0);
		// Citations outnumber the pages cited: a page several entries cite is one page.
		expect(entries.reduce((sum, entry) => sum + entry.sources.length, 0)).toBeGreaterThan(pages);
		expect(read('about/index.html')).toContain(
			`It holds ${entries.length} entries by`,
		);
		expect(read('about/index.html')).toContain(
			`drawing on ${pages.toLocaleString('en')} cited pages and ${quotes.toLocaleString('en')} quotations.`,
		);
	});

	it('the feed carries the newest entries first, and every page links it and the data', () => {
		const feed = read('feed.xml');
		const dates = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => Date.parse(match[1]!));
		expect(dates.length).toBeGreaterThan(10);
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		expect(feed).toContain('/events/2025-11-20-ruling-party-urges-north-to-accept-talks/');
		for (const page of [
			'index.html',
			'events/2019-08-16-cprk-refuses-talks/index.html',
			'about/index.html',
		]) {
			const html = read(page);
			expect(html).toContain('<link rel="alternate" type="application/rss+xml"');
			expect(html).toContain('href="/events.json"');
			expect(html).toContain('href="/events.csv"');
		}
		expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
	});
});
