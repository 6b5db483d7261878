/**
 * The list of a filtered view, drawn in the browser from the server's own markup: the `<template>`s that
 * TimelineView.astro renders (an entry card, TimelineItem.astro, and a year, YearSection.astro) are cloned and every
 * field filled anew from the index's named fields. A browser test holds the result to the server's. Matches are
 * drawn in batches under their years, the first screenful at once and the rest a screenful per task, with
 * "Show more" after each batch; the server's own list comes back when the filter is cleared.
 */
import { filterWords } from '../i18n/filter.ts';
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import { koreanRuns } from '../lib/hangul.ts';
import type { IndexRow, TimelineIndex } from '../lib/filter/timeline-index.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';

/** How many matches are drawn at once; "Show more" adds as many again. */
const BATCH = 100;
/** Less than the height of the shortest card, in rem: a screenful is as many as the screen could hold. */
const CARD_REM = 9;

export class MatchedList {
	#list: HTMLElement;
	#own: Node[];
	#cards: HTMLTemplateElement;
	#years: HTMLTemplateElement;
	#lang: Lang;
	#words: (typeof filterWords)[Lang];
	#index?: TimelineIndex;
	#matches: readonly number[] = [];
	#drawn = 0;

	constructor(root: HTMLElement, lang: Lang) {
		this.#list = root.querySelector('[data-entry-list]')!;
		this.#own = [...this.#list.childNodes];
		this.#cards = root.querySelector('template[data-card]')!;
		this.#years = root.querySelector('template[data-year]')!;
		this.#lang = lang;
		this.#words = filterWords[lang];
		root.addEventListener('click', (event) => {
			if ((event.target as Element).closest('[data-show-more]')) this.draw(BATCH);
		});
	}

	/** The server's own list, as the page came. */
	restore() {
		this.#matches = [];
		this.#list.removeAttribute('aria-busy');
		if (this.#list.firstChild !== this.#own[0]) this.#list.replaceChildren(...this.#own);
	}

	/**
	 * Empties the list for the positions `matches` of `index` (or a "clear all" button when there are none) and draws
	 * `first` of them, at least a screenful. Busy until the batch is drawn: assistive technology waits for all of it.
	 * Returns the screenful.
	 */
	start(index: TimelineIndex, matches: readonly number[], first: number): number {
		this.#index = index;
		this.#matches = matches;
		this.#drawn = 0;
		this.#list.replaceChildren();
		this.#list.setAttribute('aria-busy', 'true');
		if (matches.length === 0) this.#list.append(this.#button('clearAll', this.#words.clearAll));
		const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
		const screen = Math.max(1, Math.ceil(innerHeight / (CARD_REM * rem)));
		this.draw(Math.max(screen, first));
		return screen;
	}

	/** The rest of the batch, `step` entries per task, so a reader's next change waits for no more; stops once `current` is not. */
	rest(step: number, current: () => boolean) {
		if (!current()) return;
		if (this.#drawn >= Math.min(BATCH, this.#matches.length)) return this.#list.removeAttribute('aria-busy');
		this.draw(Math.min(step, BATCH - this.#drawn));
		setTimeout(() => this.rest(step, current));
	}

	/** Draws the next `count` matches under their years, then offers "Show more" after each whole batch. */
	draw(count: number) {
		const index = this.#index!;
		this.#list.querySelector('[data-show-more]')?.remove();
		const perYear = new Map<number, number>();
		for (const position of this.#matches) perYear.set(index.rows[position]!.year, (perYear.get(index.rows[position]!.year) ?? 0) + 1);
		for (const position of this.#matches.slice(this.#drawn, this.#drawn + count)) {
			const row = index.rows[position]!;
			let section = this.#list.querySelector(`section[aria-labelledby="year-${row.year}"]`);
			if (!section) this.#list.append((section = year(this.#years, row.year, this.#words.entries(perYear.get(row.year)!), this.#lang)));
			section.querySelector('ol')!.append(card(this.#cards, row, index, this.#lang));
		}
		this.#drawn = Math.min(this.#drawn + count, this.#matches.length);
		if (this.#drawn < this.#matches.length && this.#drawn % BATCH === 0)
			this.#list.append(this.#button('showMore', this.#words.more(Math.min(BATCH, this.#matches.length - this.#drawn))));
	}

	#button(data: 'showMore' | 'clearAll', label: string) {
		const button = document.createElement('button');
		button.type = 'button';
		button.dataset[data] = '';
		button.textContent = label;
		return button;
	}
}

const field = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-field="${name}"]`)!;

/** Words into an element, marked with their language when it is not the page's, Hangul runs in English marked. */
function words(element: HTMLElement, text: string, lang: Lang, page: Lang) {
	const runs = lang === 'en' ? koreanRuns(text) : [{ text, korean: false }];
	const nodes = runs.map((run) => {
		if (!run.korean) return run.text;
		const span = document.createElement('span');
		span.lang = 'ko';
		span.textContent = run.text;
		return span;
	});
	if (lang === page) return element.replaceChildren(...nodes);
	const span = document.createElement('span');
	span.lang = lang;
	span.append(...nodes);
	element.replaceChildren(span);
}

function card(template: HTMLTemplateElement, row: IndexRow, index: TimelineIndex, lang: Lang): Element {
	const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	item.id = row.id;
	item.className = `entry entry-${index.sides[row.side]!.id}`;
	item.querySelector('article')!.setAttribute('aria-labelledby', `title-${row.id}`);
	item.querySelector('h3')!.id = `title-${row.id}`;
	const date = field(item, 'date');
	date.setAttribute('datetime', row.date);
	date.textContent = row.when[lang];
	const kind = field(item, 'kind') as HTMLAnchorElement;
	kind.href = localUrl(facetPath('kind', index.kinds[row.kind]!.id), lang);
	kind.textContent = index.kinds[row.kind]!.label[lang];
	const speakers = field(item, 'speakers');
	// The first speaker of the pattern: the name, a space, the side.
	const blank = [...speakers.childNodes].slice(0, 3);
	speakers.replaceChildren();
	row.actors.forEach((position, i) => {
		const actor = index.actors[position]!;
		const side = index.sides.find((candidate) => candidate.id === actor.side)!;
		const [name, space, sideLink] = blank.map((node) => node.cloneNode(true)) as [HTMLAnchorElement, Text, HTMLAnchorElement];
		name.href = localUrl(facetPath('actor', actor.id), lang);
		// A name with no Hangul yet is English on /ko/, marked as the server marks it.
		const own = actor.name[lang];
		name.textContent = own ?? actor.name.en;
		if (own) name.removeAttribute('lang');
		else name.lang = 'en';
		sideLink.href = localUrl(facetPath('side', side.id), lang);
		sideLink.className = `side side-${side.id}`;
		sideLink.textContent = side.label[lang];
		speakers.append(...(i > 0 ? ['; '] : []), name, space, sideLink);
	});
	const title = field(item, 'title') as HTMLAnchorElement;
	title.href = localUrl(`/events/${row.id}/`, lang);
	const korean = lang === 'ko' && row.title.ko !== undefined;
	words(title, korean ? row.title.ko! : row.title.en, korean ? 'ko' : 'en', lang);
	words(field(item, 'summary'), korean ? row.summary.ko! : row.summary.en, korean ? 'ko' : 'en', lang);
	const corrected = field(item, 'corrected');
	if (row.corrected) corrected.querySelector('a')!.setAttribute('href', `${title.getAttribute('href')}#corrections`);
	else corrected.remove();
	return item;
}

/** A year's section, with its heading and count, for the entries drawn under it. */
function year(template: HTMLTemplateElement, value: number, count: string, lang: Lang): Element {
	const section = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	section.setAttribute('aria-labelledby', `year-${value}`);
	const heading = section.querySelector('h2')!;
	heading.id = `year-${value}`;
	const link = heading.querySelector('a')!;
	link.href = localUrl(facetPath('year', value), lang);
	// The label is the server's, in the page's language (`2019`, `2019년`), with the year put in.
	link.textContent = link.textContent!.replace(/\d{4}/, String(value));
	heading.querySelector('.count')!.textContent = count;
	return section;
}
