/** The references of the built site (dist/): the whole record and every entry, in each edition, in three formats. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/lib/citation/item.ts';
import { pickRecords } from '../../src/lib/citation/records.ts';
import { citeResponse } from '../../src/views/citation.ts';

const read = (file: string) => readFileSync(path.join('dist', file), 'utf8');
const ids = (JSON.parse(read('events.json')) as { entries: { id: string; title: string; url: string; urlKo: string }[] })
	.entries;

describe('references for reference managers', () => {
	for (const [prefix, suffix] of [
		['', ''],
		['ko/', '-ko'],
	] as const)
		it(`cover every entry, in BibTeX, RIS and CSL-JSON (/${prefix}events.*)`, () => {
			const keys = ids.map((entry) => `${entry.id}${suffix}`);
			const urls = ids.map((entry) => (suffix ? entry.urlKo : entry.url));
			expect([...read(`${prefix}events.bib`).matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1])).toEqual(keys);
			const ris = read(`${prefix}events.ris`);
			expect([...ris.matchAll(/^UR {2}- (.+)\r$/gm)].map((match) => match[1])).toEqual(urls);
			expect(ris.match(/^TY {2}- ELEC\r$/gm)).toHaveLength(ids.length);
			const items = JSON.parse(read(`${prefix}events.csl.json`)) as { id: string; URL: string; title: string }[];
			expect(items.map((item) => item.id)).toEqual(keys);
			expect(items.map((item) => item.URL)).toEqual(urls);
			if (!suffix) expect(items.map((item) => item.title)).toEqual(ids.map((entry) => entry.title));
			// Each entry's own files hold its reference alone.
			for (const [index, entry] of ids.entries())
				expect(JSON.parse(read(`${prefix}events/${entry.id}/cite.csl.json`))).toEqual([items[index]]);
		});

	it('of each entry are cut from the whole record: the bytes its route gives in `npm run dev`', async () => {
		for (const prefix of ['', 'ko/'])
			for (const format of ['bib', 'ris', 'csl.json'] as const) {
				const whole = read(`${prefix}events.${format}`);
				const items = JSON.parse(read(`${prefix}events.csl.json`)) as CslItem[];
				for (const [index, entry] of ids.entries())
					expect(read(`${prefix}events/${entry.id}/cite.${format}`), `${prefix}${entry.id} ${format}`).toBe(
						await citeResponse(format, [items[index]!]).text(),
					);
				expect(pickRecords(format, whole, ids.map((_, index) => index))).toBe(whole);
			}
	});

	it('are files inside the entries’ folders, and no page: not in the sitemap', () => {
		for (const folder of readdirSync('dist/events'))
			expect(readdirSync(path.join('dist/events', folder))).toEqual(
				expect.arrayContaining(['index.html', 'cite.bib', 'cite.csl.json', 'cite.ris']),
			);
		const sitemap = readdirSync('dist')
			.filter((file) => /^sitemap-\d+\.xml$/.test(file))
			.map((file) => read(file))
			.join('');
		expect(sitemap).toContain('/events/');
		expect(sitemap).not.toMatch(/\.(bib|ris|csl\.json)</);
	});
});
