/**
 * Entry cards built in the browser from the timeline index, for filtered views. The markup is the same as
 * TimelineItem.astro and YearSection.astro render on the server (a browser test compares them).
 */
import type { IndexRow, TimelineIndex } from '../lib/filter/timeline-index.ts';
import { koreanRuns } from '../lib/hangul.ts';

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

const link = (href: string, className: string, ...children: (Node | string)[]) =>
	element('a', className ? { class: className, href } : { href }, ...children);

/** A text with its Korean runs marked, as MixedText.astro marks them. */
const mixed = (text: string): (Node | string)[] =>
	koreanRuns(text).map((run) => (run.korean ? element('span', { lang: 'ko' }, run.text) : run.text));

export function entryCard(row: IndexRow, index: TimelineIndex): HTMLLIElement {
	const [id, date, dateLabel, , side, kind, actors, , title, summary] = row;
	const [kindId, kindLabel] = index.kinds[kind]!;
	const speakers = element('p', { class: 'speakers' });
	actors.forEach((position, i) => {
		const [actorId, name, actorSide] = index.actors[position]!;
		const sideLabel = index.sides.find(([sideId]) => sideId === actorSide)?.[1] ?? actorSide;
		if (i > 0) speakers.append('; ');
		speakers.append(
			link(`/actors/${actorId}/`, 'speaker', name),
			' ',
			link(`/sides/${actorSide}/`, `side side-${actorSide}`, sideLabel),
		);
	});
	return element(
		'li',
		{ id, class: `entry entry-${index.sides[side]![0]}` },
		element(
			'article',
			{ 'aria-labelledby': `title-${id}` },
			element(
				'p',
				{ class: 'meta' },
				element('time', { datetime: date }, dateLabel),
				' · ',
				link(`/kinds/${kindId}/`, 'kind', kindLabel),
			),
			speakers,
			element('h3', { id: `title-${id}` }, link(`/events/${id}/`, '', ...mixed(title))),
			element('p', { class: 'summary' }, ...mixed(summary)),
		),
	);
}

/** Rows under year headings, as EntryList.astro renders them; `counts` gives each year's number of matches. */
export function yearSections(
	rows: IndexRow[],
	index: TimelineIndex,
	counts: Map<number, number>,
): DocumentFragment {
	const fragment = document.createDocumentFragment();
	let list: HTMLOListElement | undefined;
	let year: number | undefined;
	for (const row of rows) {
		if (row[3] !== year) {
			year = row[3];
			const count = counts.get(year) ?? 0;
			list = element('ol', { class: 'entry-list' });
			fragment.append(
				element(
					'section',
					{ class: 'year', 'aria-labelledby': `year-${year}` },
					element(
						'h2',
						{ id: `year-${year}`, class: 'year-heading' },
						link(`/years/${year}/`, '', String(year)),
						' ',
						element('span', { class: 'count' }, `${count} ${count === 1 ? 'entry' : 'entries'}`),
					),
					list,
				),
			);
		}
		list!.append(entryCard(row, index));
	}
	return fragment;
}
