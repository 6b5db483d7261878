/**
 * The timeline's filter form as the filter script sees it: shown (the server renders it hidden, as it needs the
 * script), opened and closed by its toggle on narrow screens, read as a state, written from one (the URL's), and its
 * options given the number of entries each would add.
 */
import type { Filter } from '../lib/filter/match.ts';
import { FACETS, parseQuery, type FilterState } from '../lib/filter/state.ts';

export class FilterForm {
	readonly form: HTMLFormElement;
	#toggle: HTMLButtonElement;

	constructor(root: HTMLElement) {
		this.form = root.querySelector('[data-filter-form]')!;
		this.#toggle = root.querySelector('[data-filter-toggle]')!;
		this.form.hidden = this.#toggle.hidden = false;
		this.#toggle.addEventListener('click', () =>
			this.#toggle.setAttribute('aria-expanded', String(this.form.classList.toggle('is-open'))),
		);
	}

	close() {
		this.form.classList.remove('is-open');
		this.#toggle.setAttribute('aria-expanded', 'false');
	}

	state(): FilterState {
		return parseQuery(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
	}

	/** Sets every field to `state`, and unfolds the options that hide a chosen one. */
	write(state: FilterState) {
		for (const input of this.form.querySelectorAll<HTMLInputElement>('input'))
			if (input.type === 'checkbox') input.checked = state[input.name as (typeof FACETS)[number]]?.includes(input.value) ?? false;
			else input.value = String(state[input.name as 'q' | 'from' | 'to'] ?? '');
		for (const more of this.form.querySelectorAll('details')) if (more.querySelector(':checked')) more.open = true;
	}

	/** Each option's count (drawn by CSS from `data-n`); an option that would show nothing is marked empty. */
	count(counts: ReturnType<Filter['run']>['counts']) {
		for (const fieldset of this.form.querySelectorAll<HTMLFieldSetElement>('[data-facet]'))
			for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
				const n = String(counts[fieldset.dataset.facet as (typeof FACETS)[number]].get(input.value) ?? 0);
				const label = input.parentElement!;
				if (label.dataset.n !== n) label.dataset.n = n;
				label.classList.toggle('is-empty', n === '0' && !input.checked);
			}
	}
}
