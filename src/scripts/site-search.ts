/**
 * `<site-search>`: full-text search with the Pagefind index built with the site. Searches as you type, keeps the
 * query in the URL (`/search/?q=…`), announces the number of results, and lets the arrow keys move between the
 * search box and the results.
 */
interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	search(query: string): Promise<{ results: PagefindResult[] }>;
	/** Fetches what a search for `query` will read, without searching. */
	preload(query: string): Promise<void>;
}

/** The words of an excerpt, with Pagefind's `<mark>` highlights kept as elements and everything else as text. */
function excerptNodes(excerpt: string): Node[] {
	// Parsed inside a body, where spaces at either end are text (before it, the parser drops them).
	const decode = (html: string) =>
		new DOMParser().parseFromString(`<body>${html}`, 'text/html').body.textContent ?? '';
	return excerpt.split(/<mark>(.*?)<\/mark>/s).map((part, index) => {
		if (index % 2 === 0) return document.createTextNode(decode(part));
		const mark = document.createElement('mark');
		mark.textContent = decode(part);
		return mark;
	});
}

/** How many results are shown, and how many of them are drawn first, before the rest are fetched: a screenful. */
const SHOWN = 30;
const FIRST = 5;

/** A result: its title, linked, and its excerpt with the words found marked. */
function resultItem(page: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = page.url;
	link.textContent = page.meta.title ?? page.url;
	const excerpt = document.createElement('p');
	excerpt.append(...excerptNodes(page.excerpt));
	item.append(link, excerpt);
	return item;
}

class SiteSearch extends HTMLElement {
	#pagefind?: Promise<Pagefind>;
	#typing?: ReturnType<typeof setTimeout>;
	#query = '';

	connectedCallback() {
		const form = this.querySelector('form')!;
		const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
		const status = this.querySelector('[data-search-status]')!;
		const results = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		const messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
		// The English edition's index does not split Korean words; the Korean edition's does.
		const korean = this.querySelector<HTMLAnchorElement>('[data-search-korean]');
		const offerKorean = (query: string) => {
			if (!korean) return;
			const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(query);
			korean.parentElement!.hidden = !hangul;
			if (hangul) {
				korean.setAttribute('href', `${korean.getAttribute('href')!.split('?')[0]}?q=${encodeURIComponent(query)}`);
				korean.textContent = messages.korean!.replace('{q}', query);
			}
		};
		input.value = new URLSearchParams(location.search).get('q') ?? '';
		// Pagefind is loaded when the reader comes to the search box, not with the page: by the first word it is there.
		// A load that failed (the network, for a moment) is tried again at the next word.
		const load = () =>
			(this.#pagefind ??= (import(/* @vite-ignore */ this.dataset.bundle!) as Promise<Pagefind>).catch((error: unknown) => {
				this.#pagefind = undefined;
				throw error;
			}));
		input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
		const run = async () => {
			const query = input.value.trim();
			if (query === this.#query) return;
			this.#query = query;
			history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
			offerKorean(query);
			if (!query) {
				results.replaceChildren();
				status.textContent = '';
				return;
			}
			let pagefind: Pagefind;
			try {
				pagefind = await load();
			} catch {
				status.textContent = this.dataset.unavailable ?? '';
				return;
			}
			const say = (key: string, n = 0, shown = SHOWN) => {
				status.textContent = (messages[key] ?? '')
					.replace('{q}', query)
					.replace('{n}', n.toLocaleString(document.documentElement.lang))
					.replace('{shown}', String(shown));
			};
			let found: PagefindResult[];
			let first: Awaited<ReturnType<PagefindResult['data']>>[];
			try {
				found = (await pagefind.search(query)).results;
				// Each result's excerpt is a file of its own: a screenful is drawn as soon as its files are there.
				first = await Promise.all(found.slice(0, FIRST).map((result) => result.data()));
			} catch {
				// A search whose files did not come (the network, for a moment) says so, and runs again when asked.
				if (query !== this.#query) return;
				this.#query = '';
				results.replaceChildren();
				say('failed');
				return;
			}
			if (query !== this.#query) return;
			results.replaceChildren(...first.map(resultItem));
			const n = found.length;
			say(n === 0 ? 'nothing' : n === 1 ? 'one' : n > SHOWN ? 'more' : 'many', n);
			const rest = await Promise.allSettled(found.slice(FIRST, SHOWN).map((result) => result.data()));
			if (query !== this.#query) return;
			const drawn = rest.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
			results.append(...drawn.map(resultItem));
			if (drawn.length < rest.length) {
				this.#query = '';
				say('partial', n, first.length + drawn.length);
			}
		};
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#typing);
			void run();
		});
		input.addEventListener('input', () => {
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => void run(), 150);
			// What the words typed so far will read is fetched as they are typed, before the search runs.
			const query = input.value.trim();
			if (query) void load().then((pagefind) => pagefind.preload(query)).catch(() => {});
		});
		this.addEventListener('keydown', (event) => {
			if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
			const links = [input, ...results.querySelectorAll('a')];
			const position = links.indexOf(document.activeElement as HTMLInputElement);
			if (position < 0) return;
			const next = links[position + (event.key === 'ArrowDown' ? 1 : -1)];
			if (next) {
				event.preventDefault();
				next.focus();
			}
		});
		void run();
	}
}

customElements.define('site-search', SiteSearch);
