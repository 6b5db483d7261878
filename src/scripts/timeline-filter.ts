/**
 * `<timeline-filter>`: the glue between the filter form, the URL and the list. It reads the state from the URL,
 * applies it with the DOM-free filter (src/lib/filter), writes changes back to the URL (so back and forward work
 * and every view can be shared), announces the count, and gives way to a linked entry (`/#<id>`). Without it, the
 * server-rendered list and the facet pages remain.
 */
import { createFilter, type Filter, type FilterResult } from '../lib/filter/match.ts';
import { FACETS, isEmpty, parseQuery, toQuery, type FilterState } from '../lib/filter/state.ts';
import type { TimelineIndex } from '../lib/filter/timeline-index.ts';
import { yearSections } from './entry-card.ts';

/** How many matches are drawn at once; "Show more" adds as many again. */
const BATCH = 100;
/**
 * Less than the height of the shortest entry card (about 11rem), in rem. Before a change is painted, only the
 * entries that can be seen are drawn: as many as cards this tall would fill the screen below the list's top. The
 * rest of the batch follows in the next frame, so a change shows within a frame however many entries match.
 */
const CARD_REM = 9;

class TimelineFilter extends HTMLElement {
	#form!: HTMLFormElement;
	#list!: HTMLElement;
	#status!: HTMLElement;
	#serverList: Node[] = [];
	#index?: TimelineIndex;
	#filter?: Filter;
	#typing?: ReturnType<typeof setTimeout>;

	connectedCallback() {
		this.#form = this.querySelector('[data-filter-form]')!;
		this.#list = this.querySelector('[data-entry-list]')!;
		this.#status = this.querySelector('[data-filter-status]')!;
		this.#serverList = [...this.#list.childNodes];
		const toggle = this.querySelector<HTMLButtonElement>('[data-filter-toggle]')!;
		this.#form.hidden = false;
		toggle.hidden = false;
		toggle.addEventListener('click', () => {
			const open = this.#form.classList.toggle('is-open');
			toggle.setAttribute('aria-expanded', String(open));
		});
		this.#form.addEventListener('change', (event) => {
			if ((event.target as HTMLInputElement).name !== 'q') this.#commit(true);
		});
		this.#form.addEventListener('input', (event) => {
			if ((event.target as HTMLInputElement).name !== 'q') return;
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => this.#commit(false), 120);
		});
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			// Closed first, so the entries are drawn for the screen as it will be.
			this.#form.classList.remove('is-open');
			toggle.setAttribute('aria-expanded', 'false');
			this.#commit(true);
			this.#list.focus?.();
		});
		this.#form.addEventListener('reset', () => setTimeout(() => this.#commit(true)));
		this.addEventListener('click', (event) => {
			if ((event.target as Element).closest('[data-clear-all]')) this.#form.reset();
			if ((event.target as Element).closest('[data-show-more]')) this.#more();
		});
		// Loading the index early makes the first change instant.
		this.#form.addEventListener('focusin', () => void this.#load(), { once: true });
		addEventListener('popstate', () => void this.#fromUrl());
		void this.#fromUrl();
	}

	async #load(): Promise<Filter> {
		if (!this.#filter) {
			const response = await fetch(this.dataset.index!);
			this.#index = (await response.json()) as TimelineIndex;
			this.#filter = createFilter(this.#index);
		}
		return this.#filter;
	}

	#readForm(): FilterState {
		return parseQuery(new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>));
	}

	#writeForm(state: FilterState) {
		for (const input of this.#form.querySelectorAll<HTMLInputElement>('input')) {
			if (input.type === 'checkbox')
				input.checked = state[input.name as (typeof FACETS)[number]]?.includes(input.value) ?? false;
			else input.value = String(state[input.name as 'q' | 'from' | 'to'] ?? '');
		}
	}

	async #fromUrl() {
		const state = parseQuery(location.search);
		this.#writeForm(state);
		await this.#show(state, decodeURIComponent(location.hash.slice(1)));
	}

	/** Shows the form's state and gives it its own address (a new entry in the history when `push`). */
	async #commit(push: boolean) {
		const state = this.#readForm();
		const query = toQuery(state);
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		// Written once the change is painted: the address bar can wait a frame, the list cannot.
		await this.#show(state, '', () => {
			if (url !== `${location.pathname}${location.search}`)
				history[push ? 'pushState' : 'replaceState'](null, '', url);
		});
	}

	#matches: number[] = [];
	#drawn = 0;

	/**
	 * Shows the entries matching `state` and says so with a `timeline-filter:shown` event (for measurements); once
	 * that is painted, the counts beside the options and the rest of the first batch follow.
	 */
	async #show(state: FilterState, target: string, address?: () => void) {
		const { matches, counts } = await this.#apply(state, target);
		this.dispatchEvent(new CustomEvent('timeline-filter:shown'));
		// On paper, the address of this very view, filter included.
		const printed = document.querySelector<HTMLElement>('[data-print-address]');
		if (printed) {
			const query = toQuery(state);
			printed.textContent = printed.textContent!.replace(
				/\S+$/,
				printed.dataset.printAddress + (query ? `?${query}` : ''),
			);
		}
		requestAnimationFrame(() =>
			setTimeout(() => {
				address?.();
				this.#restoring?.();
				if (this.#matches !== matches) return;
				const found = counts();
				if (found) this.#count(found);
				if (this.#drawn < Math.min(BATCH, matches.length)) this.#more(BATCH - this.#drawn);
			}),
		);
	}

	/** Finishes putting this page's own entries back (see #restore), if that is under way. */
	#restoring?: () => void;

	/**
	 * Puts this page's own entries, as the server rendered them, back in the list: the first `count` at once, the
	 * others once the change is painted (the list of a year is cut where the count runs out).
	 */
	#restore(count: number) {
		this.#restoring?.();
		if (this.#list.firstChild === this.#serverList[0]) return;
		const now: Node[] = [];
		const later: Node[] = [];
		let heldBack: { list: Element; items: Element[] } | undefined;
		let left = count;
		for (const node of this.#serverList) {
			if (left <= 0) {
				later.push(node);
				continue;
			}
			now.push(node);
			const list = node instanceof Element ? node.querySelector('ol') : null;
			if (!list) continue;
			if (list.children.length > left) {
				const items = [...list.children].slice(left);
				for (const item of items) item.remove();
				heldBack = { list, items };
			}
			left -= list.children.length;
		}
		this.#list.replaceChildren(...now);
		const first = now[0];
		this.#restoring = () => {
			this.#restoring = undefined;
			heldBack?.list.append(...heldBack.items);
			// Unless the list has shown something else since.
			if (first && this.#list.firstChild === first) this.#list.append(...later);
		};
	}

	/** How far the overview pushed the list down when it was last hidden. */
	#overviewShift = 0;

	/**
	 * How many entries fill the screen below the list once `overview` is hidden or shown again (as `hiding` says):
	 * read before the page changes, so that it is not laid out twice.
	 */
	#screenful(overview: HTMLElement | null, hiding: boolean): number {
		let top = this.#list.getBoundingClientRect().top;
		if (overview && hiding && !overview.hidden) {
			this.#overviewShift =
				overview.getBoundingClientRect().height + parseFloat(getComputedStyle(overview).marginBottom);
			top -= this.#overviewShift;
		} else if (overview && !hiding && overview.hidden) top += this.#overviewShift;
		const card = CARD_REM * parseFloat(getComputedStyle(document.documentElement).fontSize);
		return Math.max(1, Math.ceil((innerHeight - Math.max(0, top)) / card));
	}

	/** Applies `state`; returns the matches drawn and how to count them beside the options. */
	async #apply(
		state: FilterState,
		target: string,
	): Promise<{ matches: number[]; counts: () => FilterResult['counts'] | undefined }> {
		const active =
			FACETS.reduce((n, facet) => n + state[facet].length, 0) +
			(state.q ? 1 : 0) +
			((state.from ?? state.to) ? 1 : 0);
		// The picture of the whole record gives way to the answer: a filtered view starts with its entries.
		const overview = document.querySelector<HTMLElement>('[data-overview]');
		const first = this.#screenful(overview, active > 0);
		this.querySelector('[data-active-count]')!.textContent = active ? `(${active} active)` : '';
		overview?.toggleAttribute('hidden', active > 0);
		if (isEmpty(state)) {
			// A linked entry must be there at once, to be found.
			this.#restore(target ? Infinity : first);
			this.#status.textContent = '';
			if (target && !document.getElementById(target)) await this.#goToPageOf(target);
			this.#matches = [];
			return { matches: this.#matches, counts: () => this.#filter?.run(state).counts };
		}
		const filter = await this.#load();
		const index = this.#index!;
		// The counts beside the options wait for the paint.
		const found = filter.matches(state);
		let matches = found;
		const linked = index.rows.findIndex((row) => row[0] === target);
		const extra = linked >= 0 && !matches.includes(linked);
		if (extra) matches = [...matches, linked].sort((a, b) => a - b);
		this.#matches = matches;
		this.#drawn = 0;
		this.#list.replaceChildren();
		this.#more(linked >= 0 ? Math.max(first, matches.indexOf(linked) + 1) : first);
		const total = index.rows.length;
		const n = found.length;
		this.#status.textContent =
			n === 0 && !extra
				? 'No entries match these filters.'
				: `${n} of ${total} ${total === 1 ? 'entry matches' : 'entries match'}${extra ? ', and the entry you linked to is shown as well' : ''}.`;
		if (n === 0 && !extra) {
			const clear = document.createElement('button');
			clear.type = 'button';
			clear.dataset.clearAll = '';
			clear.textContent = 'Clear all filters';
			this.#list.append(clear);
		}
		if (linked >= 0) {
			const element = document.getElementById(target);
			element?.classList.add('is-target');
			element?.scrollIntoView({ block: 'start' });
		}
		return { matches, counts: () => filter.run(state).counts };
	}

	#more(count = BATCH) {
		const index = this.#index!;
		const rows = this.#matches
			.slice(this.#drawn, this.#drawn + count)
			.map((position) => index.rows[position]!);
		const perYear = new Map<number, number>();
		for (const position of this.#matches)
			perYear.set(index.rows[position]![3], (perYear.get(index.rows[position]![3]) ?? 0) + 1);
		this.#list.querySelector('[data-show-more]')?.remove();
		const fragment = yearSections(rows, index, perYear);
		// A year cut by the batch continues in the list already drawn.
		const first = fragment.firstElementChild;
		const last = this.#list.querySelector('.year:last-of-type');
		if (first && last && first.getAttribute('aria-labelledby') === last.getAttribute('aria-labelledby')) {
			last.querySelector('ol')!.append(...first.querySelector('ol')!.children);
			first.remove();
		}
		this.#list.append(fragment);
		this.#drawn += rows.length;
		// Offered once a whole batch is drawn (not between the first entries and the rest of the batch).
		if (this.#drawn < this.#matches.length && this.#drawn % BATCH === 0) {
			const more = document.createElement('button');
			more.type = 'button';
			more.dataset.showMore = '';
			more.textContent = `Show ${Math.min(BATCH, this.#matches.length - this.#drawn)} more`;
			this.#list.append(more);
		}
	}

	#count(counts: ReturnType<Filter['run']>['counts']) {
		for (const fieldset of this.#form.querySelectorAll<HTMLFieldSetElement>('[data-facet]')) {
			const facet = fieldset.dataset.facet as (typeof FACETS)[number];
			for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
				const n = String(counts[facet].get(input.value) ?? 0);
				const label = input.parentElement!;
				// Only what changed, so the panel is laid out again only where it must be.
				if (label.dataset.n !== n) label.dataset.n = n;
				label.classList.toggle('is-empty', n === '0' && !input.checked);
			}
		}
	}

	/** An entry linked as `/#<id>` that is on another page of the timeline: go there. */
	async #goToPageOf(id: string) {
		await this.#load();
		const row = this.#index!.rows.find((candidate) => candidate[0] === id);
		if (row && String(row[11]) !== this.dataset.page)
			location.replace(`${row[11] > 1 ? `/page/${row[11]}/` : '/'}${location.search}#${id}`);
	}
}

customElements.define('timeline-filter', TimelineFilter);
