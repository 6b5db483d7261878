/**
 * Self-hosting with nginx: dist/ served through the configuration `npm run nginx` writes (src/lib/hosting/nginx.ts).
 * Every page comes with its meta tag's policy as a header, with `frame-ancestors`; a missing address gets the 404
 * page of its edition; files have their types; and an embed card shows in a page of another origin, while every
 * other page refuses to be framed.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs } from '../support/chromium.ts';
import { addressOf, builtFiles, siteOrigin } from '../support/gates/site-files.ts';
import { startNginx, type Served } from '../support/nginx.ts';
import { freePort } from '../support/preview-server.ts';

const dist = 'dist';
const id = '2019-08-16-cprk-refuses-talks';
let nginx: Served;
let browser: Browser;
beforeAll(async () => {
	nginx = await startNginx(dist);
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
});
afterAll(async () => {
	nginx?.stop();
	await browser?.close();
});

const metaPolicy = (file: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
		readFileSync(path.join(dist, file), 'utf8'),
	)?.[1];

describe('nginx', () => {
	it("sends every page's meta policy as a header, framing refused to all but embed cards", async () => {
		const files = builtFiles(dist, '.html');
		const problems: string[] = [];
		for (let start = 0; start < files.length; start += 16) {
			await Promise.all(
				files.slice(start, start + 16).map(async (file) => {
					const address = addressOf(file);
					const response = await fetch(`${nginx.origin}${address}`);
					const embed = /^(?:\/ko)?\/events\/[^/]+\/embed\/$/.test(address);
					const policy = response.headers.get('content-security-policy');
					const expected = `${metaPolicy(file)}; frame-ancestors ${embed ? '*' : "'none'"}`;
					if (response.status !== 200) problems.push(`${address}: ${response.status}`);
					if (policy !== expected) problems.push(`${address}: ${policy}`);
					if (response.headers.get('x-frame-options') !== (embed ? null : 'DENY'))
						problems.push(`${address}: X-Frame-Options ${response.headers.get('x-frame-options')}`);
					if (response.headers.get('x-content-type-options') !== 'nosniff')
						problems.push(`${address}: sniffable`);
					await response.arrayBuffer();
				}),
			);
		}
		expect(problems).toEqual([]);
		expect(files.length).toBeGreaterThan(1000);
	});

	it('answers a missing address with the 404 page of its edition, with the same headers', async () => {
		for (const [address, title] of [
			['/no-such-page/', 'Page not found'],
			['/events/1900-01-01-no-such-entry/', 'Page not found'],
			['/ko/no-such-page/', '페이지를 찾을 수 없습니다'],
			['/ko/events/1900-01-01-no-such-entry/embed/', '페이지를 찾을 수 없습니다'],
		]) {
			const response = await fetch(`${nginx.origin}${address}`);
			expect(response.status, address).toBe(404);
			expect(await response.text(), address).toContain(`<title>${title} · `);
			expect(response.headers.get('x-frame-options'), address).toBe('DENY');
			expect(response.headers.get('content-security-policy'), address).toContain("frame-ancestors 'none'");
		}
	});

	it('gives files their types and caches the hashed bundles for good', async () => {
		const types: Record<string, RegExp> = {
			'/events.csv': /^text\/csv; charset=utf-8$/,
			'/events.json': /^application\/json; charset=utf-8$/,
			[`/events/${id}/oembed.json`]: /^application\/json; charset=utf-8$/,
			'/feed.xml': /^(text|application)\/xml/,
			'/favicon.svg': /^image\/svg\+xml/,
		};
		for (const [address, type] of Object.entries(types)) {
			const response = await fetch(`${nginx.origin}${address}`);
			expect(response.headers.get('content-type'), address).toMatch(type);
			expect(response.headers.get('cache-control'), address).toBeNull();
		}
		const bundle = builtFiles(path.join(dist, '_astro')).find((file) => file.endsWith('.css'))!;
		const response = await fetch(`${nginx.origin}/_astro/${bundle}`);
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(response.headers.get('content-type')).toMatch(/^text\/css/);
	});

	it('sends pages, styles, scripts and data compressed to readers whose browsers accept it', async () => {
		const script = builtFiles(path.join(dist, '_astro')).find((file) => file.endsWith('.js'))!;
		for (const address of ['/', `/events/${id}/`, '/events.json', '/events.csv', '/feed.xml', `/_astro/${script}`]) {
			const response = await fetch(`${nginx.origin}${address}`, { headers: { 'accept-encoding': 'gzip' } });
			expect(response.headers.get('content-encoding'), address).toBe('gzip');
			await response.arrayBuffer();
		}
	});

	it('redirects an address without its slash to the page, on the host the reader used', async () => {
		const response = await fetch(`${nginx.origin}/events/${id}`, { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(`/events/${id}/`);
	});
});

describe('an embed card', () => {
	let other: Server;
	let otherOrigin = '';
	/** Pages of another origin, each framing what its address names. */
	const framing = (html: string) =>
		`<!doctype html><html lang="en"><title>Another site</title><body>${html}</body></html>`;
	beforeAll(async () => {
		const oembed = JSON.parse(readFileSync(path.join(dist, 'events', id, 'oembed.json'), 'utf8')) as {
			html: string;
		};
		// The snippet names the site's address (SITE_URL); here the site is served by nginx.
		const snippet = oembed.html.replaceAll(siteOrigin, nginx.origin);
		const pages: Record<string, string> = {
			'/card': framing(`<h1>A post quoting the record</h1>${snippet}`),
			'/page': framing(`<iframe src="${nginx.origin}/events/${id}/" title="The entry"></iframe>`),
			'/timeline': framing(`<iframe src="${nginx.origin}/ko/" title="The timeline"></iframe>`),
		};
		other = createServer((request, response) => {
			response.writeHead(pages[request.url!] ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
			response.end(pages[request.url!] ?? '');
		});
		const port = await freePort();
		await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
		otherOrigin = `http://127.0.0.1:${port}`;
	});
	afterAll(() => other?.close());

	it('shows in a page of another origin, from the oEmbed snippet, styled and with its links', async () => {
		const page = await browser.newPage();
		await page.goto(`${otherOrigin}/card`);
		const card = page.frameLocator('iframe').locator('.embed-card');
		await card.locator('h1').waitFor();
		expect(await card.locator('h1').textContent()).toMatch(
			/reunification committee says it has nothing more/,
		);
		expect(await card.locator('blockquote').textContent()).toContain('we have nothing to talk any more');
		expect(await card.locator('.side').textContent()).toBe('North Korea');
		// Its stylesheet applied: the card's border and the quotation's rule.
		expect(await card.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
		const links = await card
			.locator('a')
			.evaluateAll((anchors) =>
				anchors.map((anchor) => ({
					href: anchor.getAttribute('href'),
					target: anchor.getAttribute('target'),
				})),
			);
		expect(links.filter((link) => link.href?.endsWith(`/events/${id}/`)).length).toBe(2);
		expect(links.every((link) => link.target === '_blank')).toBe(true);
		await page.close();
	});

	it('is the only page that may be framed: an entry page and the timeline refuse', async () => {
		for (const address of ['/page', '/timeline']) {
			const page = await browser.newPage();
			const refused: string[] = [];
			page.on('console', (message) => {
				if (/Refused to display|frame-ancestors/i.test(message.text())) refused.push(message.text());
			});
			await page.goto(`${otherOrigin}${address}`);
			await page.waitForLoadState('load');
			await expect.poll(() => refused.length, { timeout: 5000 }).toBeGreaterThan(0);
			expect(await page.frameLocator('iframe').locator('main').count()).toBe(0);
			await page.close();
		}
	});
});
