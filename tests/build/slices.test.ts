/**
 * Following and taking away a slice of the built site (dist/): every speaker, topic, kind and side has an RSS feed
 * with exactly its newest entries, and every facet page (years too) links its feed and its own CSV and JSON, which
 * hold exactly its entries. The expected entries are worked out here from /events.json, not from the site's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(path.join('dist', file), 'utf8');
interface Record {
	id: string;
	url: string;
	urlKo: string;
	title: string;
	date: string;
	side: string;
	kind: string;
	speakers: string[];
	topics: string[];
	ko?: { title: string };
}
const entries = (JSON.parse(read('events.json')) as { entries: Record[] }).entries;

/** Each facet's folder and the values an entry has in it. */
const facets = {
	actors: (entry: Record) => entry.speakers,
	topics: (entry: Record) => entry.topics,
	kinds: (entry: Record) => [entry.kind],
	sides: (entry: Record) => [entry.side],
	years: (entry: Record) => [entry.date.slice(0, 4)],
};
const values = Object.entries(facets).flatMap(([folder, of]) =>
	[...new Set(entries.flatMap(of))].sort().map((id) => ({
		folder,
		id,
		entries: entries.filter((entry) => of(entry).includes(id)),
	})),
);
const editions = [
	{ prefix: '', lang: 'en', url: (entry: Record) => entry.url },
	{ prefix: 'ko/', lang: 'ko', url: (entry: Record) => entry.urlKo },
] as const;

describe('a feed for every speaker, topic, kind and side', () => {
	const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

	it('covers them all (and no year), in both editions', () => {
		for (const { prefix } of editions)
			for (const value of values)
				expect(existsSync(`dist/${prefix}${value.folder}/${value.id}/feed.xml`), `${prefix}${value.folder}/${value.id}`).toBe(
					value.folder !== 'years',
				);
	});

	for (const { prefix, lang, url } of editions)
		it(`is valid RSS 2.0 holding exactly the value's newest 50 entries, newest first (/${prefix})`, () => {
			const problems: string[] = [];
			for (const value of values.filter(({ folder }) => folder !== 'years')) {
				const address = `${prefix}${value.folder}/${value.id}/feed.xml`;
				const xml = read(address);
				const valid = XMLValidator.validate(xml);
				if (valid !== true) {
					problems.push(`${address}: ${valid.err.msg}`);
					continue;
				}
				const { rss } = parser.parse(xml);
				const channel = rss?.channel;
				if (rss?.['@_version'] !== '2.0' || !channel?.title || !channel.description || channel.language !== lang)
					problems.push(`${address}: not an RSS 2.0 channel in ${lang}`);
				if (channel?.link !== `http://localhost:4321/${prefix}${value.folder}/${value.id}/`)
					problems.push(`${address}: links ${channel?.link}`);
				const items: { title: string; link: string; guid: { '#text': string }; pubDate: string }[] = channel?.item ?? [];
				const expected = [...value.entries].reverse().slice(0, 50);
				const links = items.map((item) => item.link);
				if (JSON.stringify(links) !== JSON.stringify(expected.map(url)))
					problems.push(`${address}: ${links.length} items, not the ${expected.length} expected`);
				for (const [index, item] of items.entries()) {
					const entry = expected[index];
					if (!entry) break;
					const title = lang === 'ko' ? (entry.ko?.title ?? entry.title) : entry.title;
					if (item.title !== title || item.guid['#text'] !== item.link || Number.isNaN(Date.parse(item.pubDate)))
						problems.push(`${address}: item ${item.link}`);
					// Dated at the first day of the entry's date, however precise it is.
					if (!new Date(item.pubDate).toISOString().startsWith(entry.date))
						problems.push(`${address}: ${item.link} dated ${item.pubDate}`);
				}
			}
			expect(problems).toEqual([]);
		});
});

describe('each facet page', () => {
	for (const { prefix, url } of editions)
		it(`links its feed (the first for feed readers) and its own CSV and JSON, which hold exactly its entries (/${prefix})`, () => {
			const problems: string[] = [];
			for (const value of values) {
				const folder = `/${prefix}${value.folder}/${value.id}/`;
				const html = read(`${folder}index.html`);
				const feed = `href="${folder}feed.xml"`;
				if (value.folder !== 'years') {
					// Its own feed is the first a feed reader finds: before the site's.
					const feeds = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" (href="[^"]+")>/g)];
					if (feeds[0]?.[1] !== feed) problems.push(`${folder}: its feed is not the first <link rel="alternate"> to a feed`);
					if (!html.includes(`<a ${feed}`)) problems.push(`${folder}: no link to its feed`);
				}
				for (const format of ['csv', 'json'])
					if (!html.includes(`<a href="${folder}entries.${format}" download=`)) problems.push(`${folder}: no ${format}`);
				const urls = value.entries.map(url);
				const json = JSON.parse(read(`${folder}entries.json`)) as { count: number; entries: { id: string; url: string }[] };
				if (json.count !== urls.length || JSON.stringify(json.entries.map((entry) => entry.url)) !== JSON.stringify(urls))
					problems.push(`${folder}entries.json`);
				const csv = read(`${folder}entries.csv`).split('\r\n');
				const column = csv[0]!.split(',').indexOf('url');
				// Addresses hold no comma or quotation mark, so a row's url is its second field whatever the quoting.
				const csvUrls = csv.slice(1, -1).map((line) => line.split(',')[column]);
				if (csv.at(-1) !== '' || JSON.stringify(csvUrls) !== JSON.stringify(urls)) problems.push(`${folder}entries.csv`);
			}
			expect(problems).toEqual([]);
		});
});
