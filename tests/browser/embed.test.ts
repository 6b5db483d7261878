/**
 * Embedding an entry: the entry page names its oEmbed response and copies the `<iframe>` snippet with one click (or
 * shows it to copy by hand without JavaScript); the card shows the headline, date, speakers with sides and the key
 * quotation with its source, links to the permanent page in a new tab, runs no script, is kept out of search engines
 * and the sitemap, and fits the frame the snippet gives it, for every entry in both editions. (Framing from another
 * origin, which needs the hosts' headers, is in hosting.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';
import { EMBED_NARROWEST } from '../../src/views/embed.ts';

const open = useBrowser();
const id = '2019-08-16-cprk-refuses-talks';
const oembedOf = (address: string) =>
	JSON.parse(readFileSync(path.join('dist', address, 'oembed.json'), 'utf8')) as {
		type: string;
		version: string;
		html: string;
		width: number;
		height: number;
		title: string;
		provider_name: string;
		provider_url: string;
	};

describe('the entry page', () => {
	it('names its oEmbed response, which embeds the card in a frame of the card’s size', async () => {
		const page = await open(`/events/${id}/`);
		const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
		const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		expect(await discovery.getAttribute('href')).toBe(`${canonical}oembed.json`);
		const response = await page.request.get(
			new URL(new URL(canonical).pathname + 'oembed.json', baseUrl()).href,
		);
		const oembed = await response.json();
		expect(oembed).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: await page.locator('h1').textContent(),
			provider_name: 'Inter-Korean Statements',
			width: 560,
		});
		const frame = new DOMParserless(oembed.html);
		expect(frame.tag).toBe('iframe');
		expect(frame.attributes.src).toBe(`${canonical}embed/`);
		expect(Number(frame.attributes.width)).toBe(oembed.width);
		expect(Number(frame.attributes.height)).toBe(oembed.height);
		expect(frame.attributes.title).toContain(oembed.title);
		await page.context().close();
	});

	it('copies the embed code with the Embed button beside Copy link', async () => {
		const page = await open(`/events/${id}/`);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		const actions = page.locator('header .actions copy-button');
		expect(await actions.locator('button').allTextContents()).toEqual(['Copy link', 'Embed']);
		await actions.nth(1).locator('button').click();
		await expect
			.poll(() => actions.nth(1).locator('[role="status"]').textContent())
			.toBe('Embed code copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oembedOf(`events/${id}`).html);
		await page.context().close();
	});

	it('shows the embed code to copy by hand without JavaScript, with a link to the card', async () => {
		const page = await open(`/ko/events/${id}/`, { javaScriptEnabled: false });
		expect(await page.locator('copy-button').first().isVisible()).toBe(false);
		await page.locator('.embed-code summary', { hasText: '이 항목 퍼가기' }).click();
		expect(await page.locator('.embed-code pre').textContent()).toBe(oembedOf(`ko/events/${id}`).html);
		await page.locator('.embed-code a').click();
		await page.waitForURL(`**/ko/events/${id}/embed/`);
		expect(await page.locator('.embed-card .site').textContent()).toBe('남북 발언 기록');
		await page.context().close();
	});
});

describe('the card', () => {
	it('shows the headline, date, speakers with sides and the key quotation with its source, linking to the entry', async () => {
		const entry = await open(`/events/${id}/`);
		const firstQuote = await entry.locator('.quotes blockquote').first().textContent();
		const canonical = await entry.locator('link[rel="canonical"]').getAttribute('href');
		const page = await open(`/events/${id}/embed/`);
		const card = page.locator('.embed-card');
		expect(await card.locator('h1').textContent()).toBe(await entry.locator('h1').textContent());
		expect(await card.locator('.kicker').textContent()).toBe('Rejection · 16 August 2019');
		expect(await card.locator('.speakers li').allTextContents()).toEqual([
			'Committee for the Peaceful Reunification of the Country North Korea',
		]);
		expect(await card.locator('blockquote').textContent()).toBe(firstQuote);
		expect(await card.locator('figcaption').textContent()).toMatch(/as reported by Yonhap/);
		const links = await card
			.locator('a')
			.evaluateAll((anchors) =>
				anchors.map((anchor) => [anchor.getAttribute('href'), anchor.getAttribute('target')]),
			);
		expect(links.filter(([href]) => href === canonical)).toEqual([
			[canonical, '_blank'],
			[canonical, '_blank'],
		]);
		expect(links.every(([, target]) => target === '_blank')).toBe(true);
		await entry.context().close();
		await page.context().close();
	});

	it('has no navigation and no script, and asks search engines not to index it; the sitemap leaves it out', async () => {
		const page = await open(`/ko/events/${id}/embed/`);
		expect(await page.locator('script, nav, header, footer, form').count()).toBe(0);
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		expect(
			await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
		).toContain("script-src 'none'");
		const sitemaps = readdirSync('dist').filter((file) => /^sitemap-\d+\.xml$/.test(file));
		for (const file of sitemaps)
			expect(readFileSync(path.join('dist', file), 'utf8')).not.toContain('/embed/');
		await page.context().close();
	});

	it('in Korean, puts the original words first; an entry without quotations shows its summary', async () => {
		const page = await open('/ko/events/2018-02-10-kim-yo-jong-delivers-invitation/embed/');
		expect(await page.locator('blockquote').getAttribute('cite')).toMatch(/^https:\/\//);
		expect(await page.locator('blockquote p').getAttribute('lang')).toBeNull();
		expect(await page.locator('blockquote').textContent()).toMatch(/[가-힣]/);
		const plain = await open('/events/1983-10-09-rangoon-bombing/embed/');
		expect(await plain.locator('blockquote').count()).toBe(0);
		expect(await plain.locator('.summary').textContent()).toBeTruthy();
		await page.context().close();
		await plain.context().close();
	});

	it("fits the frame its snippet gives it, for every entry in both editions, and in a phone's column", async () => {
		const cards = ['events', 'ko/events'].flatMap((folder) =>
			readdirSync(path.join('dist', folder)).map((entry) => `${folder}/${entry}`),
		);
		// Each card in a frame of its snippet's size, and in one as narrow as a phone's column (the snippet lets the
		// frame shrink, not grow: the quotation scrolls in its own box, the rest stays in view); many at a time, in a
		// page of the site (so the frames can be read).
		const frames = cards.flatMap((card) => {
			const { width, height } = oembedOf(card);
			return [width, EMBED_NARROWEST].map((at) => ({ card, width: at, height }));
		});
		const page = await open('/404.html');
		const cut = await page.evaluate(async (frames) => {
			const found: string[] = [];
			for (let start = 0; start < frames.length; start += 48) {
				await Promise.all(
					frames.slice(start, start + 48).map(
						({ card, width, height }) =>
							new Promise<void>((resolve) => {
								const frame = document.createElement('iframe');
								frame.width = String(width);
								frame.height = String(height);
								frame.addEventListener('load', () => {
									const inside = frame.contentDocument!;
									const needed = inside.documentElement.scrollHeight;
									if (needed > height) found.push(`${card} at ${width} px: ${needed} px in ${height}`);
									for (const part of ['h1', '.speakers', 'figcaption', '.more'])
										for (const element of inside.querySelectorAll(part))
											if (element.getBoundingClientRect().bottom > height)
												found.push(`${card} at ${width} px: ${part} cut`);
									frame.remove();
									resolve();
								});
								frame.src = `${location.pathname.replace(/404\.html$/, '')}${card}/embed/`;
								document.body.append(frame);
							}),
					),
				);
			}
			return found;
		}, frames);
		expect(cut).toEqual([]);
		expect(cards.length).toBeGreaterThan(400);
		await page.context().close();
	});
});

/** The tag and attributes of one HTML element written as text (the oEmbed snippet). */
class DOMParserless {
	tag: string;
	attributes: Record<string, string>;
	constructor(html: string) {
		const [, tag, rest] = /^<([a-z]+)\s([^>]*)>/.exec(html) ?? [];
		this.tag = tag ?? '';
		const decode = (value: string) =>
			value
				.replace(/&quot;/g, '"')
				.replace(/&lt;/g, '<')
				.replace(/&amp;/g, '&');
		this.attributes = Object.fromEntries(
			[...(rest ?? '').matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)]),
		);
	}
}
