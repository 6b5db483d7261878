/**
 * Splitting a long list of entries into pages, for the timeline and the facet pages. Pages keep whole years
 * together where they can, so a page reads as a stretch of history (1998–2003), and never hold more than `size`
 * entries; a year with more entries than that spans several pages.
 */
import { groupByYear } from './model.ts';

/**
 * Most entries on one page of the timeline: what keeps its first load within 30 KB gzipped in either edition (page,
 * styles and scripts; tests/build/first-load.test.ts) and under 1,000 elements. The filter reaches every entry
 * whatever the page.
 */
export const PAGE_SIZE = 50;

export interface Page<T> {
	/** 1-based page number. */
	number: number;
	entries: T[];
	/** First and last year on the page. */
	firstYear: number;
	lastYear: number;
}

export function paginate<T extends { year: number }>(
	entries: readonly T[],
	size: number = PAGE_SIZE,
): Page<T>[] {
	const pages: T[][] = [];
	let current: T[] = [];
	for (const { entries: yearEntries } of groupByYear(entries)) {
		if (current.length > 0 && current.length + yearEntries.length > size) {
			pages.push(current);
			current = [];
		}
		for (const entry of yearEntries) {
			if (current.length === size) {
				pages.push(current);
				current = [];
			}
			current.push(entry);
		}
	}
	if (current.length > 0) pages.push(current);
	return pages.map((pageEntries, index) => ({
		number: index + 1,
		entries: pageEntries,
		firstYear: pageEntries[0]!.year,
		lastYear: pageEntries.at(-1)!.year,
	}));
}

/** The address of page `number` of a list whose first page is at `base` (`/`, `/actors/kim-yo-jong/`). */
export function pageUrl(base: string, number: number): string {
	return number <= 1 ? base : `${base}page/${number}/`;
}

/** `1998–2003`, or `2019` when a page holds one year. */
export function yearSpan(page: Pick<Page<unknown>, 'firstYear' | 'lastYear'>): string {
	return page.firstYear === page.lastYear ? String(page.firstYear) : `${page.firstYear}–${page.lastYear}`;
}
