/**
 * Accessibility: axe finds no violation on any kind of page, in the light theme or the dark one, and the timeline
 * and its filter can be used from the keyboard alone.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const open = useBrowser();

const pages = {
	timeline: '/',
	'filtered timeline': '/?side=north&kind=rejection',
	entry: '/events/2019-08-16-cprk-refuses-talks/',
	'embed card': '/events/2019-08-16-cprk-refuses-talks/embed/',
	'entry with a thread': '/events/2025-07-28-kim-yo-jong-rebuffs-lee/',
	speaker: '/actors/kim-yo-jong/',
	'facet index': '/topics/',
	year: '/years/2019/',
	search: '/search/?q=loudspeakers',
	about: '/about/',
	data: '/data/',
	government: '/governments/yoon-suk-yeol/',
	'government index': '/governments/',
	'timeline filtered by government': '/?government=moon-jae-in',
	dialogue: '/dialogue/',
	'not found': '/no-such-page/',
	'Korean timeline': '/ko/',
	'Korean filtered timeline': '/ko/?side=north&q=%EA%B9%80%EC%97%AC%EC%A0%95',
	'Korean entry with a thread': '/ko/events/2025-07-28-kim-yo-jong-rebuffs-lee/',
	'Korean embed card': '/ko/events/2018-02-10-kim-yo-jong-delivers-invitation/embed/',
	'Korean speaker': '/ko/actors/kim-yo-jong/',
	'Korean facet index': '/ko/topics/',
	'Korean search': '/ko/search/?q=%ED%99%95%EC%84%B1%EA%B8%B0',
	'Korean about': '/ko/about/',
	'Korean government': '/ko/governments/hwang-kyo-ahn-acting/',
	'Korean dialogue': '/ko/dialogue/',
	'Korean not found': '/ko/404/',
};

describe('axe', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const [name, address] of Object.entries(pages)) {
			it(`finds nothing on the ${name} page (${colorScheme})`, async () => {
				const page = await open(address, { colorScheme });
				if (/\?(side|government)/.test(address)) await page.locator('[data-filter-status]:not(:empty)').waitFor();
				if (/^(\/ko)?\/search/.test(address)) await page.locator('[data-search-results] li').first().waitFor();
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
					.analyze();
				expect(
					violations.map(
						(violation) =>
							`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
					),
				).toEqual([]);
				await page.context().close();
			});
		}
	}
});

describe('the keyboard', () => {
	it('skips to the content, filters the timeline and reaches the entries, with focus always visible', async () => {
		const page = await open('/', { viewport: { width: 1280, height: 900 } });
		await page.waitForFunction(() => customElements.get('timeline-filter') !== undefined);
		const focused = () =>
			page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				const style = getComputedStyle(element);
				return {
					text: element.textContent?.trim() ?? '',
					name: element.getAttribute('name'),
					value: (element as HTMLInputElement).value,
					outline: style.outlineStyle,
				};
			});
		await page.keyboard.press('Tab');
		expect((await focused()).text).toBe('Skip to content');
		expect((await focused()).outline).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		// From the content, the filter comes first: Clear all, the words, then the sides.
		for (let i = 0; i < 10 && (await focused()).value !== 'north'; i++) await page.keyboard.press('Tab');
		expect((await focused()).name).toBe('side');
		expect((await focused()).outline).not.toBe('none');
		await page.keyboard.press('Space');
		await page.waitForURL(/\?side=north$/);
		await page.locator('[data-filter-status]:not(:empty)').waitFor();
		expect(await page.locator('[data-filter-status]').textContent()).toMatch(/entries match/);
		// Tabbing on reaches the first entry of the filtered list.
		for (
			let i = 0;
			i < 120 && !(await page.evaluate(() => !!document.activeElement?.closest('li.entry')));
			i++
		)
			await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() =>
				document.activeElement?.closest('li.entry')?.classList.contains('entry-north'),
			),
		).toBe(true);
	});

	it('opens the filter panel with a button on a phone', async () => {
		const page = await open('/', { viewport: { width: 390, height: 844 } });
		await page.waitForFunction(() => customElements.get('timeline-filter') !== undefined);
		const toggle = page.locator('[data-filter-toggle]');
		expect(await page.locator('#filter-q').isVisible()).toBe(false);
		await toggle.focus();
		await page.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await page.locator('#filter-q').isVisible()).toBe(true);
		// Applied from the keyboard, the panel folds away and its button has the focus, not the page.
		await page.locator('#filter-q').fill('talks');
		await page.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('#filter-q').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filter-toggle'))).toBe(true);
	});
});
