/** A headless Chromium for a browser test file, and pages opened on the preview server. */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs } from './chromium.ts';

export const baseUrl = () => inject('baseUrl');

/** Starts Chromium before the file's tests and closes it after; returns a function opening a page. */
export function useBrowser(): (path: string, options?: BrowserContextOptions) => Promise<Page> {
	let browser: Browser;
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
	});
	afterAll(async () => {
		await browser?.close();
	});
	return async (path, options = {}) => {
		const context = await browser.newContext({ baseURL: baseUrl(), ...options });
		const page = await context.newPage();
		await page.goto(path);
		return page;
	};
}

/** Resolves once the timeline's filter shows the view its address asks for: the status written, the batch drawn. */
export async function filterShown(page: Page): Promise<void> {
	await page.locator('[data-filter-status]:not(:empty)').waitFor();
	await page.locator('[data-entry-list]:not([aria-busy])').waitFor();
}

/**
 * How far the page's content jumped since it began to load (the browser's cumulative layout shift, without shifts
 * right after a reader's input); 0.1 and below reads as steady.
 */
export function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let sum = 0;
				new PerformanceObserver((list) => {
					for (const shift of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
						if (!shift.hadRecentInput) sum += shift.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(sum), 500);
			}),
	);
}

/**
 * How far `page` jumps while its scripts start on a slow phone (412 px wide, the CPU four times slower): loaded again
 * so, until the custom element `element` is defined. Scripts that only add to what is painted keep it at 0.
 */
export async function shiftAsScriptsStart(page: Page, element: string): Promise<number> {
	await page.setViewportSize({ width: 412, height: 823 });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.reload();
	await page.waitForFunction((name) => customElements.get(name) !== undefined, element);
	return layoutShift(page);
}

/** The timeline page of the built site (dist) that holds entry `id`, in the edition under `prefix`. */
export function timelinePageOf(id: string, prefix: '' | '/ko' = ''): string {
	const rows = (JSON.parse(readFileSync('dist/timeline-index.json', 'utf8')) as { rows: { id: string; page: number }[] })
		.rows;
	const page = rows.find((row) => row.id === id)?.page;
	if (!page) throw new Error(`${id} is not on the timeline`);
	return page === 1 ? `${prefix}/` : `${prefix}/page/${page}/`;
}

/** Every timeline page of the built site (dist), in order, in the edition under `prefix`. */
export function timelinePages(prefix: '' | '/ko' = ''): string[] {
	const rows = (JSON.parse(readFileSync('dist/timeline-index.json', 'utf8')) as { rows: { page: number }[] }).rows;
	const last = Math.max(...rows.map((row) => row.page));
	return Array.from({ length: last }, (_, i) => (i === 0 ? `${prefix}/` : `${prefix}/page/${i + 1}/`));
}
