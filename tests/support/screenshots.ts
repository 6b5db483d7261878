/**
 * Screenshots for looking at pages: `node tests/support/screenshots.ts http://localhost:4321 / /events/…/`
 * writes tests/.tmp/shots/<page>-<width>-<scheme>.png at 390 and 1280 px, light and dark (WIDTHS=…, SCHEMES=…);
 * MEDIA=print shows the pages as they print.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.ts';

const [base = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const out = 'tests/.tmp/shots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
for (const pagePath of paths.length ? paths : ['/']) {
	for (const width of widths) {
		for (const colorScheme of schemes) {
			const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
			if (process.env.MEDIA === 'print') await page.emulateMedia({ media: 'print' });
			await page.goto(new URL(pagePath, base).href);
			const name = pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
			const file = `${out}/${name}-${width}-${colorScheme}${process.env.MEDIA === 'print' ? '-print' : ''}.png`;
			await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
			console.log(file);
			await page.close();
		}
	}
}
await browser.close();
