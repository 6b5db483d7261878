/**
 * Entries drawn in the browser for a filtered view, from the server's own markup: the `<template>`s that
 * TimelineView.astro renders (an entry card, TimelineItem.astro, and a year, YearSection.astro) are cloned and every
 * field filled anew from the index's named fields. A browser test holds the result to the server's.
 */
import type { Lang } from '../i18n/languages.ts';
import { localUrl } from '../i18n/urls.ts';
import { koreanRuns } from '../lib/hangul.ts';
import type { IndexRow, TimelineIndex } from '../lib/filter/timeline-index.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';

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

export function card(template: HTMLTemplateElement, row: IndexRow, index: TimelineIndex, lang: Lang): Element {
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
		name.textContent = actor.name[lang];
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
export function year(template: HTMLTemplateElement, value: number, count: string, lang: Lang): Element {
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
