/**
 * The timeline's filter form as the filter script reads and writes it: its state, the state written into its fields
 * (from the URL), and its options given the number of entries each would add.
 */
import type { Filter } from '../lib/filter/match.ts';
import { FACETS, parseQuery, type FilterState } from '../lib/filter/state.ts';

export const readForm = (form: HTMLFormElement): FilterState =>
	parseQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

/** Sets every field to `state`, and unfolds the options that hide a chosen one. */
export function writeForm(form: HTMLFormElement, state: FilterState) {
	for (const input of form.querySelectorAll<HTMLInputElement>('input'))
		if (input.type === 'checkbox') input.checked = state[input.name as (typeof FACETS)[number]]?.includes(input.value) ?? false;
		else input.value = String(state[input.name as 'q' | 'from' | 'to'] ?? '');
	for (const more of form.querySelectorAll('details')) if (more.querySelector(':checked')) more.open = true;
}

/** Each option's count (drawn by CSS from `data-n`); an option that would show nothing is marked empty. */
export function countOptions(form: HTMLFormElement, counts: ReturnType<Filter['run']>['counts']) {
	for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('[data-facet]'))
		for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
			const n = String(counts[fieldset.dataset.facet as (typeof FACETS)[number]].get(input.value) ?? 0);
			const label = input.parentElement!;
			if (label.dataset.n !== n) label.dataset.n = n;
			label.classList.toggle('is-empty', n === '0' && !input.checked);
		}
}
