/**
 * `<timeline-filter>`: the glue between the filter form, the URL and the list. It reads the state from the URL,
 * applies it with the DOM-free filter (src/lib/filter), draws the matches from the server's own markup (cards.ts),
 * writes changes back to the URL (so back and forward work and every view can be shared), announces the count,
 * gives way to a linked entry (`/#<id>`) and offers the matching entries as files. Without it, the server-rendered
 * list and the facet pages remain.
 * To paint within a frame, a change draws first the entries the screen can show; the counts and the rest of the batch
 * follow the paint, a screenful per task.
 */
import { filterWords } from '../i18n/filter.ts';
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import type { Filter } from '../lib/filter/match.ts';
import { activeCount, FACETS, isEmpty, parseQuery, toQuery, type FilterState } from '../lib/filter/state.ts';
import type { TimelineIndex } from '../lib/filter/timeline-index.ts';
import { card, year } from './cards.ts';
import type { Downloads } from './download.ts';

/** How many matches are drawn at once; "Show more" adds as many again. */
const BATCH = 100;
/** Less than the height of the shortest card, in rem: the first frame draws as many as the screen below could hold. */
const CARD_REM = 9;

class TimelineFilter extends HTMLElement {
	#lang = (this.dataset.lang ?? 'en') as Lang;
	#words = filterWords[this.#lang];
	#form!: HTMLFormElement;
	#list!: HTMLElement;
	#status!: HTMLElement;
	#own: Node[] = [];
	#index?: Promise<{ index: TimelineIndex; filter: Filter; downloads: Downloads }>;
	#matches: number[] = [];
	#drawn = 0;
	/** How many changes were shown: a change's work left for after the paint stops when a newer one comes. */
	#shown = 0;
	#typing?: ReturnType<typeof setTimeout>;

	connectedCallback() {
		this.#form = this.querySelector('[data-filter-form]')!;
		this.#list = this.querySelector('[data-entry-list]')!;
		this.#status = this.querySelector('[data-filter-status]')!;
		this.#own = [...this.#list.childNodes];
		const toggle = this.querySelector<HTMLButtonElement>('[data-filter-toggle]')!;
		this.#form.hidden = toggle.hidden = false;
		toggle.addEventListener('click', () =>
			toggle.setAttribute('aria-expanded', String(this.#form.classList.toggle('is-open'))),
		);
		this.#form.addEventListener('change', (event) => {
			if ((event.target as HTMLInputElement).name !== 'q') void this.#commit(true);
		});
		this.#form.addEventListener('input', (event) => {
			if ((event.target as HTMLInputElement).name !== 'q') return;
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => void this.#commit(false), 120);
		});
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#form.classList.remove('is-open');
			toggle.setAttribute('aria-expanded', 'false');
			void this.#commit(true).then(() => this.#list.focus?.());
		});
		this.#form.addEventListener('reset', () => setTimeout(() => void this.#commit(true)));
		this.addEventListener('click', (event) => {
			const target = event.target as Element;
			if (target.closest('[data-clear-all]')) this.#form.reset();
			if (target.closest('[data-show-more]')) void this.#draw(BATCH);
		});
		// Loading the index on the form's first focus makes the first change instant.
		this.#form.addEventListener('focusin', () => void this.#load(), { once: true });
		addEventListener('popstate', () => void this.#show(parseQuery(location.search), true));
		void this.#show(parseQuery(location.search), true);
	}

	/**
	 * The index, the filter and the downloads of its matches, loaded together on first use (none of their code is on
	 * the first load).
	 */
	#load() {
		this.#index ??= Promise.all([
			fetch(this.dataset.index!).then((response) => response.json() as Promise<TimelineIndex>),
			import('../lib/filter/match.ts'),
			import('./download.ts'),
		]).then(([index, { createFilter }, { Downloads }]) => ({
			index,
			filter: createFilter(index),
			downloads: new Downloads(this.querySelector('[data-filter-download]')!, index, this.#lang),
		}));
		return this.#index;
	}

	async #commit(push: boolean) {
		const state = parseQuery(new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>));
		const query = toQuery(state);
		if (!(await this.#show(state, false))) return;
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		// Written once the change is painted: the address bar can wait a frame, the list cannot.
		requestAnimationFrame(() => {
			if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
		});
	}

	/**
	 * Shows `state`; `fromUrl` also writes it into the form and honours a linked entry (`#<id>`). Resolves with whether
	 * it is still the change shown (a newer one may have come while the index loaded).
	 */
	async #show(state: FilterState, fromUrl: boolean): Promise<boolean> {
		const shown = ++this.#shown;
		const target = fromUrl ? decodeURIComponent(location.hash.slice(1)) : '';
		if (fromUrl)
			for (const input of this.#form.querySelectorAll<HTMLInputElement>('input'))
				if (input.type === 'checkbox') input.checked = state[input.name as (typeof FACETS)[number]]?.includes(input.value) ?? false;
				else input.value = String(state[input.name as 'q' | 'from' | 'to'] ?? '');
		// A chosen option folded away is shown.
		if (fromUrl) for (const more of this.#form.querySelectorAll('details')) if (more.querySelector(':checked')) more.open = true;
		const active = activeCount(state);
		this.querySelector('[data-active-count]')!.textContent = active ? this.#words.active(active) : '';
		document.querySelector<HTMLElement>('[data-overview]')?.toggleAttribute('hidden', active > 0);
		const printed = document.querySelector<HTMLElement>('[data-print-address]');
		if (printed) printed.textContent = printed.textContent!.replace(/\S+$/, printed.dataset.printAddress + (active ? `?${toQuery(state)}` : ''));
		if (isEmpty(state)) {
			this.#matches = [];
			this.#list.removeAttribute('aria-busy');
			void this.#index?.then(({ downloads, filter }) => {
				downloads.offer([], '');
				this.#afterPaint(shown, () => this.#count(filter.run(state).counts));
			});
			this.#status.textContent = '';
			if (this.#list.firstChild !== this.#own[0]) this.#list.replaceChildren(...this.#own);
			if (target && !document.getElementById(target)) await this.#goToPageOf(target);
		} else {
			const { index, filter, downloads } = await this.#load();
			// A newer change came while the index loaded: it alone is shown.
			if (shown !== this.#shown) return false;
			const found = filter.matches(state);
			// The entries the filter matched, without one shown only because it was linked.
			downloads.offer(found, toQuery(state));
			const linked = target ? index.rows.findIndex((row) => row.id === target) : -1;
			const extra = linked >= 0 && !found.includes(linked);
			this.#matches = extra ? [...found, linked].sort((a, b) => a - b) : found;
			this.#drawn = 0;
			this.#list.replaceChildren();
			// Busy until the batch is drawn: assistive technology waits for the whole of it.
			this.#list.setAttribute('aria-busy', 'true');
			this.#status.textContent =
				found.length === 0 && !extra ? this.#words.none : `${this.#words.matches(found.length, index.rows.length)}${extra ? this.#words.linkedToo : ''}.`;
			if (found.length === 0 && !extra) this.#list.append(this.#button('clearAll', this.#words.clearAll));
			const screen = Math.max(1, Math.ceil(innerHeight / (CARD_REM * parseFloat(getComputedStyle(document.documentElement).fontSize))));
			await this.#draw(Math.max(screen, this.#matches.indexOf(linked) + 1), index);
			// A drawn entry is not the document's :target, so it is highlighted by class.
			const item = linked >= 0 ? document.getElementById(target) : null;
			item?.classList.add('is-target');
			item?.scrollIntoView({ block: 'start' });
			this.#afterPaint(shown, () => this.#count(filter.run(state).counts));
			this.#afterPaint(shown, () => this.#rest(shown, screen, index));
		}
		this.dispatchEvent(new CustomEvent('timeline-filter:shown'));
		return shown === this.#shown;
	}

	/** What change number `shown` leaves for after its paint (the counts, the rest of the batch), unless a newer came. */
	#afterPaint(shown: number, work: () => void) {
		requestAnimationFrame(() => setTimeout(() => shown === this.#shown && work()));
	}

	/** The rest of the batch, a screenful (`step`) per task: a reader's next change waits for no more. A newer change stops it. */
	#rest(shown: number, step: number, index: TimelineIndex) {
		if (shown !== this.#shown) return;
		if (this.#drawn >= Math.min(BATCH, this.#matches.length)) return this.#list.removeAttribute('aria-busy');
		void this.#draw(Math.min(step, BATCH - this.#drawn), index);
		setTimeout(() => this.#rest(shown, step, index));
	}

	/** Draws the next `count` matches under their years, then offers "Show more" after each whole batch. */
	async #draw(count: number, index?: TimelineIndex) {
		index ??= (await this.#load()).index;
		const cards = this.querySelector<HTMLTemplateElement>('template[data-card]')!;
		const years = this.querySelector<HTMLTemplateElement>('template[data-year]')!;
		this.#list.querySelector('[data-show-more]')?.remove();
		const perYear = new Map<number, number>();
		for (const position of this.#matches) perYear.set(index.rows[position]!.year, (perYear.get(index.rows[position]!.year) ?? 0) + 1);
		for (const position of this.#matches.slice(this.#drawn, this.#drawn + count)) {
			const row = index.rows[position]!;
			let section = this.#list.querySelector(`section[aria-labelledby="year-${row.year}"]`);
			if (!section) this.#list.append((section = year(years, row.year, this.#words.entries(perYear.get(row.year)!), this.#lang)));
			section.querySelector('ol')!.append(card(cards, row, index, this.#lang));
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

	#count(counts: ReturnType<Filter['run']>['counts']) {
		for (const fieldset of this.#form.querySelectorAll<HTMLFieldSetElement>('[data-facet]'))
			for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
				const n = String(counts[fieldset.dataset.facet as (typeof FACETS)[number]].get(input.value) ?? 0);
				const label = input.parentElement!;
				if (label.dataset.n !== n) label.dataset.n = n;
				label.classList.toggle('is-empty', n === '0' && !input.checked);
			}
	}

	/** An entry linked as `/#<id>` that is on another page of the timeline: go there. */
	async #goToPageOf(id: string) {
		const row = (await this.#load()).index.rows.find((candidate) => candidate.id === id);
		if (row && String(row.page) !== this.dataset.page)
			location.replace(`${localUrl(row.page > 1 ? `/page/${row.page}/` : '/', this.#lang)}${location.search}#${id}`);
	}
}

customElements.define('timeline-filter', TimelineFilter);
