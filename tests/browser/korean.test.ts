/**
 * The Korean edition: every /ko/ page reads in Korean (no English interface word outside text marked as English),
 * the switch leads to the same page in the other language and back, the hreflang pairs are reciprocal, Korean
 * queries find the same entries from both editions, and quotations show their original beside the English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { actorSides, entrySides, kinds, relationTypes } from '../../src/schema/vocabularies.ts';
import type { TimelineIndex } from '../../src/lib/filter/timeline-index.ts';
import { filterShown, useBrowser } from '../support/browser.ts';

const open = useBrowser();

/** Every HTML page of the built site under `folder` (a path in dist/), as site paths. */
function pagesUnder(folder: string): string[] {
	return readdirSync(path.join('dist', folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${folder}/${file}`.replace(/\/+/g, '/').replace(/index\.html$/, ''));
}

/**
 * The English interface: every string of the English dictionary that the Korean one says differently, and the
 * English labels of the vocabularies; only phrases with a word of four letters or more, which cannot be a name.
 */
function englishInterface(): string[] {
	const phrases = new Set<string>();
	const walk = (en: unknown, ko: unknown) => {
		if (typeof en === 'string') {
			if (en !== ko && /[A-Za-z]{4,}/.test(en)) phrases.add(en.trim());
		} else if (en && typeof en === 'object')
			for (const key of Object.keys(en)) walk((en as Record<string, unknown>)[key], (ko as Record<string, unknown>)?.[key]);
	};
	walk(ui.en, ui.ko);
	for (const vocabulary of [kinds, actorSides, entrySides, relationTypes])
		for (const value of Object.values(vocabulary) as { en: Record<string, string>; ko: Record<string, string> }[])
			walk(value.en, value.ko);
	return [...phrases].filter((phrase) => phrase.length > 0);
}

describe('the Korean edition', () => {
	it('has no English interface word on any /ko/ page, outside text marked as English', async () => {
		const phrases = englishInterface();
		expect(phrases.length).toBeGreaterThan(100);
		// The speakers with no Hangul name yet: their English name stands alone (a link, a label, a heading).
		const index = JSON.parse(readFileSync('dist/timeline-index.json', 'utf8')) as TimelineIndex;
		const englishNames = index.actors.filter((actor) => actor.name.ko === undefined).map((actor) => actor.name.en);
		expect(englishNames).toContain('Song Min-soon');
		const pages = pagesUnder('ko');
		expect(pages.length).toBeGreaterThan(300);
		const page = await open('/ko/', { javaScriptEnabled: false });
		const found: string[] = [];
		for (const address of pages) {
			await page.goto(address);
			// The Korean words of the page: the text of elements whose language is Korean, and their labels; not an
			// entry's account, which is the editors' writing and may discuss an English rendering.
			const korean = await page.evaluate(() => {
				const isKorean = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '') === 'ko';
				const parts: string[] = [document.title];
				const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const parent = node.parentElement;
					if (parent && !parent.closest('script, style, template, a.url, .body') && isKorean(parent)) parts.push(node.textContent!);
				}
				for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
					if (isKorean(element))
						for (const name of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(element.getAttribute(name) ?? '');
				return parts.map((part) => part.replace(/https?:\/\/\S+/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
			});
			const text = korean.join(' ');
			// A phrase is found in the running text; a single word only as a text of its own (a label), since a
			// word such as "Channel" may be part of a name (Channel A).
			for (const phrase of phrases)
				if (phrase.includes(' ') ? text.includes(phrase) : korean.some((part) => part.replace(/[:,.]$/, '') === phrase))
					found.push(`${address}: “${phrase}”`);
			// A name standing alone, or heading a phrase of its own (`Song Min-soon, 연도별`).
			for (const name of englishNames)
				if (korean.some((part) => part === name || part.startsWith(`${name},`)))
					found.push(`${address}: “${name}” not marked English`);
		}
		expect(found).toEqual([]);
	}, 300_000);

	it('switches to the same page in the other language and back', async () => {
		for (const address of [
			'/',
			'/events/2025-07-28-kim-yo-jong-rebuffs-lee/',
			'/actors/kim-yo-jong/',
			'/topics/',
			'/years/2019/',
			'/page/2/',
			'/search/',
			'/about/',
		]) {
			const page = await open(address);
			// The link's title is written in the language it leads to, as its text is.
			expect(await page.locator('header a.language').getAttribute('title')).toBe('이 페이지를 한국어로 보기');
			await page.locator('header a.language').click();
			await page.waitForURL(`**/ko${address}`);
			expect(await page.locator('html').getAttribute('lang')).toBe('ko');
			expect(await page.locator('header a.language').getAttribute('title')).toBe('Read this page in English');
			await page.locator('header a.language').click();
			await page.waitForURL((url) => url.pathname === address);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
			await page.context().close();
		}
	});

	it('draws the English page\'s 한국어 from its own small font, preloaded, so the first layout needs no Korean face', async () => {
		const page = await open('/');
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'header a.language' });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		expect(fonts).toEqual([expect.objectContaining({ familyName: 'Noto Sans CJK KR', isCustomFont: true, glyphCount: 3 })]);
		const preload = await page.locator('link[rel="preload"][as="font"]').getAttribute('href');
		expect(await page.evaluate(() => [...document.fonts].map((font) => [font.family, font.status]))).toEqual([
			['Korean name', 'loaded'],
		]);
		expect(preload).toMatch(/\/_astro\/korean-name\.[\w-]+\.woff2$/);
		await page.context().close();
	});

	it('pairs every page with its other edition, both ways (hreflang)', () => {
		const alternates = (file: string) => {
			const html = readFileSync(file, 'utf8');
			const link = (lang: string) =>
				new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`).exec(html)?.[1];
			return {
				canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
				en: link('en'),
				ko: link('ko'),
				default: link('x-default'),
			};
		};
		const file = (address: string) => path.join('dist', new URL(address).pathname, 'index.html');
		// Embed cards are parts of other sites' pages, kept from search engines (noindex): they have no editions to pair.
		const pages = pagesUnder('').filter(
			(address) => !address.includes('404') && !address.startsWith('/pagefind') && !address.endsWith('/embed/'),
		);
		expect(pages.length).toBeGreaterThan(600);
		const broken: string[] = [];
		for (const address of pages) {
			const own = alternates(path.join('dist', address, 'index.html'));
			const korean = address.startsWith('/ko/');
			if (!own.en || !own.ko || own.default !== own.en || own.canonical !== (korean ? own.ko : own.en)) {
				broken.push(`${address}: ${JSON.stringify(own)}`);
				continue;
			}
			const other = alternates(file(korean ? own.en : own.ko));
			if (other.en !== own.en || other.ko !== own.ko) broken.push(`${address} ↔ ${korean ? own.en : own.ko}`);
		}
		expect(broken).toEqual([]);
	});

	it('finds Kim Yo Jong’s statements by her Hangul name, or its initial consonants, from either edition', async () => {
		const shown = async (address: string) => {
			const page = await open(address);
			// The whole batch: the entries below the first screenful are drawn after the paint.
			await filterShown(page);
			const ids = await page.$$eval('[data-entry-list] li.entry', (items) => items.map((item) => item.id));
			await page.context().close();
			return ids;
		};
		const hers = await shown('/?actor=kim-yo-jong');
		const english = await shown(`/?q=${encodeURIComponent('김여정')}`);
		const korean = await shown(`/ko/?q=${encodeURIComponent('김여정')}`);
		const initials = await shown(`/ko/?q=${encodeURIComponent('ㄱㅇㅈ')}`);
		expect(hers.length).toBeGreaterThan(10);
		expect(english.length).toBeLessThan(100);
		// Every statement of hers, and entries that name her in their Korean text, the same from both editions.
		expect(english).toEqual(expect.arrayContaining(hers));
		expect(korean).toEqual(english);
		expect(initials).toEqual(expect.arrayContaining(korean));
	});

	it('shows the Korean original first on /ko/, with the English rendering beside it, each with its source', async () => {
		const page = await open('/ko/events/2025-07-28-kim-yo-jong-rebuffs-lee/');
		const [original, english] = [0, 1].map((n) => page.locator('.quotes figure').first().locator('.passage').nth(n));
		expect(await original!.locator('blockquote').textContent()).toMatch(/^우리는 서울에서 어떤 정책이/);
		expect(await english!.locator('blockquote [lang="en"]').textContent()).toMatch(/no interest in it/);
		const sources = await Promise.all(
			[original!, english!].map((passage) => passage.locator('.caption a').getAttribute('href')),
		);
		expect(sources[0]).not.toBe(sources[1]);
		for (const source of sources) expect(await page.locator(source!).count()).toBe(1);
		// A quotation known only from an English report says so, and is not translated.
		const englishOnly = await open('/ko/events/1983-10-09-seoul-blames-north-for-rangoon-bombing/');
		expect(await englishOnly.locator('.quotes').textContent()).toContain('영어 보도 인용');
	});

	it('reads without JavaScript: the Korean timeline lists every entry of its page and links the facet pages', async () => {
		const page = await open('/ko/', { javaScriptEnabled: false });
		expect(await page.locator('[data-filter-form]').isVisible()).toBe(false);
		expect(await page.locator('ol > li.entry').count()).toBeGreaterThan(40);
		await page.locator('.browse-links a', { hasText: '편' }).first().click();
		await page.waitForURL('**/ko/sides/');
		expect(await page.locator('h1').textContent()).toMatch(/편/);
	});
});
