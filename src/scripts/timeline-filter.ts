/**
 * `<timeline-filter>`: the glue between the filter form, the URL and the list. It reads the state from the URL,
 * applies it with the DOM-free filter (src/lib/filter), has the matches drawn from the server's own markup
 * (matched-list.ts), writes changes back to the URL (so back and forward work and every view can be shared),
 * announces the count, gives way to a linked entry (`/#<id>`) and offers the matching entries as files. Without it,
 * the server-rendered list and the facet pages remain.
 * To paint within a frame, a change draws first the entries the screen can show; the counts and the rest of the batch
 * follow the paint.
 */
import { filterWords } from '../i18n/filter.ts';
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import type { Filter } from '../lib/filter/match.ts';
import { activeCount, isEmpty, parseQuery, toQuery, type FilterState } from '../lib/filter/state.ts';
import type { TimelineIndex } from '../lib/filter/timeline-index.ts';
import type { Downloads } from './download.ts';
import { countOptions, readForm, writeForm } from './filter-form.ts';
import { MatchedList } from './matched-list.ts';

class TimelineFilter extends HTMLElement {
	#lang = (this.dataset.lang ?? 'en') as Lang;
	#words = filterWords[this.#lang];
	#form!: HTMLFormElement;
	#list!: MatchedList;
	#status!: HTMLElement;
	#index?: Promise<{ index: TimelineIndex; filter: Filter; downloads: Downloads }>;
	/** How many changes were shown: a change's work left for after the paint stops when a newer one comes. */
	#shown = 0;
	#typing?: ReturnType<typeof setTimeout>;

	connectedCallback() {
		const form = (this.#form = this.querySelector('[data-filter-form]')!);
		this.#list = new MatchedList(this, this.#lang);
		this.#status = this.querySelector('[data-filter-status]')!;
		const toggle = this.querySelector<HTMLButtonElement>('[data-filter-toggle]')!;
		toggle.addEventListener('click', () => toggle.setAttribute('aria-expanded', String(form.classList.toggle('is-open'))));
		form.addEventListener('change', (event) => {
			if ((event.target as HTMLInputElement).name !== 'q') void this.#commit(true);
		});
		form.addEventListener('input', (event) => {
			if ((event.target as HTMLInputElement).name !== 'q') return;
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => void this.#commit(false), 120);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			form.classList.remove('is-open');
			toggle.setAttribute('aria-expanded', 'false');
			// Folded away on a narrow screen, the form gives the focus back to its button (hidden on a wide one).
			toggle.focus();
			void this.#commit(true);
		});
		form.addEventListener('reset', () => setTimeout(() => void this.#commit(true)));
		this.addEventListener('click', (event) => {
			if ((event.target as Element).closest('[data-clear-all]')) form.reset();
		});
		// Loading the index on the form's first focus makes the first change instant.
		form.addEventListener('focusin', () => void this.#load(), { once: true });
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
		const state = readForm(this.#form);
		const query = toQuery(state);
		if (!(await this.#show(state, false))) return;
		const shown = this.#shown;
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		// Written after the paint (a history entry takes a millisecond or two): the address bar can wait, the list cannot.
		this.#afterPaint(shown, () => {
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
		if (fromUrl) writeForm(this.#form, state);
		const active = activeCount(state);
		this.querySelector('[data-active-count]')!.textContent = active ? this.#words.active(active) : '';
		document.documentElement.toggleAttribute('data-query', active > 0);
		const printed = document.querySelector<HTMLElement>('[data-print-address]');
		if (printed) printed.textContent = printed.textContent!.replace(/\S+$/, printed.dataset.printAddress + (active ? `?${toQuery(state)}` : ''));
		if (isEmpty(state)) {
			this.#list.restore();
			void this.#index?.then(({ downloads, filter }) => {
				downloads.offer([], '');
				this.#afterPaint(shown, () => countOptions(this.#form, filter.run(state).counts));
			});
			this.#status.textContent = '';
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
			const matches = extra ? [...found, linked].sort((a, b) => a - b) : found;
			this.#status.textContent =
				matches.length === 0 ? this.#words.none : `${this.#words.matches(found.length, index.rows.length)}${extra ? this.#words.linkedToo : ''}.`;
			const screen = this.#list.start(index, matches, matches.indexOf(linked) + 1);
			// A drawn entry is not the document's :target, so it is highlighted by class.
			const item = linked >= 0 ? document.getElementById(target) : null;
			item?.classList.add('is-target');
			item?.scrollIntoView({ block: 'start' });
			this.#afterPaint(shown, () => countOptions(this.#form, filter.run(state).counts));
			this.#afterPaint(shown, () => this.#list.rest(screen, () => shown === this.#shown));
		}
		this.dispatchEvent(new CustomEvent('timeline-filter:shown'));
		return shown === this.#shown;
	}

	/** What change number `shown` leaves for after its paint (the counts, the rest of the batch), unless a newer came. */
	#afterPaint(shown: number, work: () => void) {
		requestAnimationFrame(() => setTimeout(() => shown === this.#shown && work()));
	}

	/** An entry linked as `/#<id>` that is on another page of the timeline: go there. */
	async #goToPageOf(id: string) {
		const row = (await this.#load()).index.rows.find((candidate) => candidate.id === id);
		if (row && String(row.page) !== this.dataset.page)
			location.replace(`${localUrl(row.page > 1 ? `/page/${row.page}/` : '/', this.#lang)}${location.search}#${id}`);
	}
}

customElements.define('timeline-filter', TimelineFilter);
