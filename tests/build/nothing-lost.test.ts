/**
 * Nothing lost: for a valid corpus, every entry in the content folder is on the timeline, has its page, and is in
 * every export. The corpus is larger than a timeline page, so the later pages are covered too.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/timeline/pages.ts';
import { buildSite } from '../support/build.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { generatedCorpus } from '../support/generated.ts';
import { startPreview } from '../support/preview-server.ts';

const COUNT = PAGE_SIZE + 37;
const { dir, ids } = generatedCorpus(COUNT);
const out = mkdtempSync(path.join(tmpdir(), 'nothing-lost-'));
let preview: Awaited<ReturnType<typeof startPreview>>;
let browser: Browser;

beforeAll(async () => {
	const result = buildSite(dir, out);
	if (result.status !== 0) throw new Error(result.output);
	preview = await startPreview(out);
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
}, 120_000);

afterAll(async () => {
	preview?.stop();
	await browser?.close();
});

const timelinePages = () => [
	'index.html',
	...(existsSync(path.join(out, 'page'))
		? readdirSync(path.join(out, 'page')).map((n) => `page/${n}/index.html`)
		: []),
];
const idsOn = (file: string) =>
	[...readFileSync(path.join(out, file), 'utf8').matchAll(/<li id="([^"]+)" class="entry /g)].map(
		(match) => match[1],
	);

describe('nothing lost', () => {
	it(`keeps all ${COUNT} entries: content = timeline = event pages = index`, () => {
		const files = readdirSync(path.join(dir, 'events'), { recursive: true, encoding: 'utf8' }).filter(
			(name) => name.endsWith('.md'),
		);
		expect(files.length).toBe(COUNT);
		const onTimeline = timelinePages().flatMap(idsOn);
		expect(timelinePages().length).toBe(2);
		expect(new Set(onTimeline).size).toBe(COUNT);
		expect(onTimeline.sort()).toEqual([...ids].sort());
		expect(readdirSync(path.join(out, 'events')).sort()).toEqual([...ids].sort());
		const index = JSON.parse(readFileSync(path.join(out, 'timeline-index.json'), 'utf8'));
		expect(index.rows.map((row: string[]) => row[0]).sort()).toEqual([...ids].sort());
	});

	it('sends /#<id> for an entry on a later page to that page', async () => {
		const page = await browser.newPage();
		const late = ids.at(-1)!;
		await page.goto(`${preview.baseUrl}/#${late}`);
		await page.waitForURL(`**/page/2/#${late}`);
		expect(await page.locator(`li[id="${late}"]`).evaluate((li) => li.matches(':target'))).toBe(true);
		await page.close();
	});

	it('links an entry on a later page back to its place', () => {
		const late = ids.at(-1)!;
		const html = readFileSync(path.join(out, 'events', late, 'index.html'), 'utf8');
		expect(html).toContain(`href="/page/2/#${late}"`);
	});
});
