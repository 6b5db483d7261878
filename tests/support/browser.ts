/** A headless Chromium for a browser test file, and pages opened on the preview server. */
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
