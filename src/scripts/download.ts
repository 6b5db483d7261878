/**
 * "Download these N entries" on the filtered timeline: the matching entries as CSV or JSON, made from the filter's
 * index by the module that makes each facet page's static files (src/lib/exports/slice.ts), and their references as
 * BibTeX, RIS or CSL-JSON, cut from the whole record's files (src/lib/citation/records.ts). Loaded with the filter's
 * index, so none of it weighs on the timeline's first load; nothing leaves the browser but the request for a file.
 */
import { downloadWords } from '../i18n/downloads.ts';
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import { pickRecords } from '../lib/citation/records.ts';
import type { TimelineIndex } from '../lib/filter/timeline-index.ts';
import { sliceCsv, sliceEntries, sliceJson } from '../lib/exports/slice.ts';

/** The files offered, in order: the format (the file's extension), its name, its media type. */
export const DOWNLOADS = [
	{ format: 'csv', label: 'CSV', type: 'text/csv' },
	{ format: 'json', label: 'JSON', type: 'application/json' },
	{ format: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
	{ format: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
	{ format: 'csl.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;
export type DownloadFormat = (typeof DOWNLOADS)[number]['format'];

/** The text of the file of `positions` (rows of the index, as the filter matched them) in `format`. */
export async function sliceFile(
	format: DownloadFormat,
	index: TimelineIndex,
	positions: readonly number[],
	lang: Lang,
	filter: string,
): Promise<string> {
	// The site's address, as the page's canonical link gives it (the static files take it from the build).
	const site = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href;
	if (format === 'csv') return sliceCsv(sliceEntries(index, positions, lang, site));
	if (format === 'json') return sliceJson(filter, sliceEntries(index, positions, lang, site));
	const response = await fetch(localUrl(`/events.${format}`, lang));
	return pickRecords(format, await response.text(), positions);
}

/** The offer beside the filter's count (`[data-filter-download]`, TimelineView.astro): its label and its buttons. */
export class Downloads {
	#element: HTMLElement;
	#index: TimelineIndex;
	#lang: Lang;
	#positions: readonly number[] = [];
	#filter = '';

	constructor(element: HTMLElement, index: TimelineIndex, lang: Lang) {
		this.#element = element;
		this.#index = index;
		this.#lang = lang;
		element.addEventListener('click', (event) => {
			const format = (event.target as Element).closest<HTMLElement>('[data-download]')?.dataset.download;
			if (format) void this.#save(format as DownloadFormat);
		});
	}

	/** Offers the entries at `positions`, chosen by `filter` (the timeline's query); none hides the offer. */
	offer(positions: readonly number[], filter: string) {
		this.#positions = positions;
		this.#filter = filter;
		this.#element.hidden = positions.length === 0;
		this.#element.querySelector('[data-download-label]')!.textContent = downloadWords[this.#lang].label(positions.length);
	}

	/** Hands the file to the browser as a download: `entries.csv`, `entries-ko.bib`, …. */
	async #save(format: DownloadFormat) {
		const text = await sliceFile(format, this.#index, this.#positions, this.#lang, this.#filter);
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob([text], { type: DOWNLOADS.find((file) => file.format === format)!.type }));
		link.download = `entries${this.#lang === 'en' ? '' : `-${this.#lang}`}.${format}`;
		link.click();
		// The address is kept a while: the browser reads the file after this returns.
		setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
	}
}
