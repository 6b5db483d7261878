/**
 * Rules the schema of one field cannot see: quote source numbers and the end date against the rest of the entry,
 * and, across files, unique ids (ignoring case), a file name that agrees with the date, known speakers and
 * topics, relation targets that exist and are not later, links to entries that exist, and no published entry
 * pointing at a draft. They run on every field that passed the schema, even when another field did not, so an
 * editor sees every problem of a file at once.
 */
import type { Actor, EventData, Topic } from '../../schema/index.ts';
import { earliestDay, latestDay } from '../calendar.ts';
import { didYouMean } from '../suggest.ts';
import { splitEntryId } from './entry-id.ts';
import { placeInText, placesIn, type SiteLink } from '../markdown/inspect.ts';
import { eventIdOfPath } from '../markdown/url-policy.ts';
import { linkTarget } from '../timeline/site-paths.ts';
import type { EventLink } from './check-entry.ts';
import { fieldName, type Problem } from './problems.ts';
import { show } from '../../schema/fields.ts';
import { koreanKeyClash } from '../citation/item.ts';
import type { Position } from './source-file.ts';
import type { Registry } from './registry.ts';

/** An entry file, with the fields that passed the schema (all of them when `complete`). */
export interface CheckedEntry {
	id: string;
	/** The file as shown to the editor. */
	file: string;
	data: Partial<EventData>;
	/** Whether every field passed the schema. */
	complete: boolean;
	locate(path: readonly PropertyKey[]): Position;
	/** Links in the body to `/events/<id>/` and to sources (`#source-2`), placed in the file. */
	eventLinks: EventLink[];
	/** The Markdown text, whose headings and footnotes other texts' links may name. */
	body?: string;
}

/** An id (or a name) as the editor typed it, quoted, cut short only where no real one is that long. */
const typed = (value: string) => show(value, 120);

const looksLikeId = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
const hinted = (hint: string) => (hint ? `${hint} ` : '');

export function crossEntryProblems(
	entries: readonly CheckedEntry[],
	actors: ReadonlyMap<string, Actor> & Pick<Registry<Actor>, 'refused'>,
	topics: ReadonlyMap<string, Topic> & Pick<Registry<Topic>, 'refused'>,
	registries: { actors: string; topics: string; usable?: { actors: boolean; topics: boolean } },
): Problem[] {
	// A registry that could not be read, or an id it left out, has its own problem reported: naming the id unknown in
	// every entry that uses it would only add noise.
	const checkActors = registries.usable?.actors ?? true;
	const checkTopics = registries.usable?.topics ?? true;
	const unknownActor = (id: string) => checkActors && !actors.has(id) && !actors.refused?.has(id);
	const problems: Problem[] = [];
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const inCircles = circles(entries, byId);

	const englishPlaces = placesOfText((target) => target.body);
	const report = (entry: CheckedEntry, path: readonly PropertyKey[], message: string) =>
		problems.push({ file: entry.file, ...entry.locate(path), field: fieldName(path) || undefined, message });

	// Ids unique, ignoring case: the site's addresses and many file systems do not tell Moon from moon.
	const byFoldedId = new Map<string, CheckedEntry[]>();
	for (const entry of entries) {
		const folded = entry.id.toLowerCase();
		byFoldedId.set(folded, [...(byFoldedId.get(folded) ?? []), entry]);
	}
	for (const group of byFoldedId.values()) {
		if (group.length < 2) continue;
		for (const entry of group) {
			const others = group.filter((other) => other !== entry).map((other) => other.file);
			problems.push({
				file: entry.file,
				message: `id "${entry.id}" is also the id of ${others.join(', ')} (ids must be unique, ignoring case: rename one of the files)`,
			});
		}
	}

	for (const entry of entries) {
		const { data } = entry;
		const named = splitEntryId(entry.id);
		if (!named) {
			problems.push({
				file: entry.file,
				message: `file name "${entry.id}.md" is not of the form YYYY-MM-DD-short-slug.md (the date, then lowercase ASCII words joined by hyphens, e.g. 2019-08-16-cprk-refuses-talks.md)`,
			});
		} else if (koreanKeyClash(entry.id)) {
			problems.push({
				file: entry.file,
				message: `file name "${entry.id}.md" ends in -ko, the ending of a Korean page's reference key, so its references would clash with those of the Korean page of ${entry.id.slice(0, -3)} (rename the file, e.g. ${entry.id.slice(0, -3)}-korea.md)`,
			});
		} else if (data.date !== undefined && named.date !== data.date) {
			report(
				entry,
				['date'],
				`"${data.date}" does not agree with the file name, which starts with ${named.date} (rename the file or correct the date)`,
			);
		}

		if (
			data.date !== undefined &&
			data.endDate !== undefined &&
			latestDay(data.endDate) <= latestDay(data.date)
		) {
			report(
				entry,
				['endDate'],
				`"${data.endDate}" is not after date "${data.date}" (expected the last day of a span, later than date)`,
			);
		}

		// A correction is made after what it corrects happened, and the list reads oldest first, as the page shows it.
		data.corrections?.forEach((correction, index) => {
			if (data.date !== undefined && correction.date < earliestDay(data.date))
				report(
					entry,
					['corrections', index, 'date'],
					`"${correction.date}" is before the entry's date "${data.date}" (expected the day the correction was made)`,
				);
			else if (index > 0 && correction.date < data.corrections![index - 1]!.date)
				report(
					entry,
					['corrections', index, 'date'],
					`"${correction.date}" is before the correction above it (${data.corrections![index - 1]!.date}): list corrections oldest first`,
				);
		});

		data.speakers?.forEach((speaker, index) => {
			const actor = actors.get(speaker);
			if (unknownActor(speaker)) {
				report(
					entry,
					['speakers', index],
					`unknown actor ${typed(speaker)} (${hinted(didYouMean(speaker, actors.keys()))}actors are listed in ${registries.actors})`,
				);
			} else if (
				actor?.dissolved &&
				data.date !== undefined &&
				earliestDay(data.date) > latestDay(actor.dissolved)
			) {
				report(
					entry,
					['speakers', index],
					`${typed(speaker)} was dissolved on ${actor.dissolved}, before this entry's date ${data.date}`,
				);
			}
		});
		if (data.speakers && new Set(data.speakers).size !== data.speakers.length) {
			report(entry, ['speakers'], 'names the same actor twice (list each speaker once)');
		}

		data.topics?.forEach((topic, index) => {
			if (checkTopics && !topics.has(topic) && !topics.refused?.has(topic)) {
				report(
					entry,
					['topics', index],
					`unknown topic ${typed(topic)} (${hinted(didYouMean(topic, topics.keys()))}topics are listed in ${registries.topics})`,
				);
			}
		});

		data.quotes?.forEach((quote, index) => {
			const count = data.sources?.length ?? 0;
			const sourceNumbers: [number | undefined, PropertyKey[], string][] = [
				[quote.source, ['quotes', index, 'source'], 'the words were copied from'],
				[
					quote.original?.source,
					['quotes', index, 'original', 'source'],
					'the Korean words were copied from',
				],
			];
			for (const [number, path, copied] of sourceNumbers)
				if (data.sources && number !== undefined && number > count)
					report(
						entry,
						path,
						`is ${number} but the entry has ${count} source${count === 1 ? '' : 's'} (expected the number of the source ${copied}, 1 to ${count})`,
					);
			if (
				quote.speaker !== undefined &&
				looksLikeId(quote.speaker) &&
				unknownActor(quote.speaker)
			) {
				report(
					entry,
					['quotes', index, 'speaker'],
					`unknown actor ${typed(quote.speaker)} (${hinted(didYouMean(quote.speaker, actors.keys()))}use an id from ${registries.actors}, or write the name as in the source, e.g. "Park Soo-hyun")`,
				);
			}
		});

		const seenUrls = new Map<string, number>();
		data.sources?.forEach((source, index) => {
			const earlier = seenUrls.get(source.url);
			if (earlier !== undefined)
				report(
					entry,
					['sources', index, 'url'],
					`is the same address as sources[${earlier}] (list each page once)`,
				);
			else seenUrls.set(source.url, index);
		});

		const seenRelations = new Set<string>();
		const typesByTarget = new Map<string, string>();
		data.relations?.forEach((relation, index) => {
			const path = ['relations', index, 'event'];
			const key = `${relation.type} ${relation.event}`;
			if (seenRelations.has(key))
				report(entry, ['relations', index], `repeats ${key} (list each relation once)`);
			seenRelations.add(key);
			const other = typesByTarget.get(relation.event);
			if (other && other !== relation.type && [other, relation.type].sort().join() === 'accepts,rejects')
				report(
					entry,
					['relations', index, 'type'],
					`both accepts and rejects ${typed(relation.event)} (an entry takes up an earlier one or turns it down, not both: keep one)`,
				);
			typesByTarget.set(relation.event, relation.type);
			if (relation.event === entry.id) {
				report(
					entry,
					path,
					`${typed(relation.event)} is this entry itself (a relation points to another, earlier entry)`,
				);
				return;
			}
			const target = byId.get(relation.event);
			const circle = inCircles.get(entry.id);
			if (target && circle?.has(target.id)) {
				const way = wayBack(target.id, entry.id, circle, byId);
				report(
					entry,
					path,
					way.length === 1
						? `${typed(relation.event)} also has a relation to this entry: two entries cannot each answer the other (keep the relation on the later one)`
						: `${typed(relation.event)} leads back to this entry through its own relations (${[...way, entry.id].map((id) => `"${id}"`).join(' → ')}): answers cannot go round in a circle (remove the relation on the entry that came first)`,
				);
				return;
			}
			if (!target) {
				report(
					entry,
					path,
					`no entry has the id ${typed(relation.event)} (${hinted(didYouMean(relation.event, byId.keys()))}expected the file name of an entry, without .md)`,
				);
				return;
			}
			if (
				target.data.date !== undefined &&
				data.date !== undefined &&
				earliestDay(target.data.date) > latestDay(data.date)
			) {
				report(
					entry,
					path,
					`${typed(relation.event)} is dated ${target.data.date}, after this entry (${data.date}); a relation points to an earlier entry (put the relation on the later entry instead)`,
				);
			}
			if (data.draft === false && target.data.draft === true) {
				report(
					entry,
					path,
					`${typed(relation.event)} is a draft, which is not published (publish it first, or remove the relation)`,
				);
			}
		});

		problems.push(...linkProblems(entry, data.draft === false, byId, englishPlaces));
	}
	return problems;
}

/**
 * The entries that answer one another in a circle, each mapped to the ids of its circle (its strongly connected part
 * of the relations, found once for the whole record by Tarjan's algorithm, without recursion).
 */
function circles(entries: readonly CheckedEntry[], byId: ReadonlyMap<string, CheckedEntry>): Map<string, Set<string>> {
	const targets = (entry: CheckedEntry) =>
		(entry.data.relations ?? []).map((relation) => relation.event).filter((id) => id !== entry.id && byId.has(id));
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found = new Map<string, Set<string>>();
	for (const root of entries) {
		if (order.has(root.id)) continue;
		const walk: { id: string; next: string[] }[] = [];
		const enter = (id: string) => {
			order.set(id, order.size);
			low.set(id, order.get(id)!);
			stack.push(id);
			onStack.add(id);
			walk.push({ id, next: targets(byId.get(id)!) });
		};
		enter(root.id);
		while (walk.length > 0) {
			const top = walk.at(-1)!;
			const next = top.next.pop();
			if (next !== undefined) {
				if (!order.has(next)) enter(next);
				else if (onStack.has(next)) low.set(top.id, Math.min(low.get(top.id)!, order.get(next)!));
				continue;
			}
			walk.pop();
			if (walk.length > 0) low.set(walk.at(-1)!.id, Math.min(low.get(walk.at(-1)!.id)!, low.get(top.id)!));
			if (low.get(top.id) !== order.get(top.id)) continue;
			const part = new Set<string>();
			let id: string;
			do {
				id = stack.pop()!;
				onStack.delete(id);
				part.add(id);
			} while (id !== top.id);
			if (part.size > 1) for (const member of part) found.set(member, part);
		}
	}
	return found;
}

/** The shortest way from `from` back to `to` through relations within their circle, as the ids passed, `to` left out. */
function wayBack(from: string, to: string, circle: ReadonlySet<string>, byId: ReadonlyMap<string, CheckedEntry>): string[] {
	const cameFrom = new Map<string, string | undefined>([[from, undefined]]);
	const queue = [from];
	for (const id of queue) {
		for (const { event } of byId.get(id)!.data.relations ?? []) {
			if (event === to) {
				const way = [id];
				while (cameFrom.get(way[0]!) !== undefined) way.unshift(cameFrom.get(way[0]!)!);
				return way;
			}
			if (!circle.has(event) || cameFrom.has(event)) continue;
			cameFrom.set(event, id);
			queue.push(event);
		}
	}
	return [from];
}

/** A Korean text (`<id>.ko.md`), as checked on its own. */
export interface CheckedText {
	id: string;
	file: string;
	eventLinks: EventLink[];
	body?: string;
}

/**
 * Rules for Korean texts: each belongs to an entry beside it (same id), and its links go where the English text's
 * links may go: to entries that exist, and that are published when the entry is.
 */
export function koreanTextProblems(texts: readonly CheckedText[], entries: readonly CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	// One Korean text an entry: a second (a copy in another folder) would replace the first without a word.
	const textsOf = Map.groupBy(texts, (text) => text.id);
	// A Korean text's links lead to Korean pages, which show the Korean text where there is one.
	const koreanPlaces = placesOfText((target) => {
		const korean = textsOf.get(target.id)?.[0]?.body;
		return korean?.trim() ? korean : target.body;
	});
	for (const text of texts) {
		const others = textsOf.get(text.id)!.filter((other) => other !== text);
		if (others.length > 0)
			problems.push({
				file: text.file,
				message: `is a second Korean text for "${text.id}", beside ${others.map((other) => other.file).join(', ')} (an entry has one Korean text: remove one)`,
			});
		const entry = byId.get(text.id);
		if (!entry) {
			problems.push({
				file: text.file,
				message: `is a Korean text for "${text.id}", but there is no entry ${text.id}.md beside it (${hinted(didYouMean(text.id, byId.keys()))}name it after the English entry's file: <id>.ko.md)`,
			});
			continue;
		}
		problems.push(...linkProblems(text, entry.data.draft === false, byId, koreanPlaces));
	}
	return problems;
}

type Places = ReturnType<typeof placesIn>;

/** The headings and footnotes of the text an entry's page shows (`textOf`), read once, when a link names one. */
function placesOfText(textOf: (entry: CheckedEntry) => string | undefined) {
	const read = new Map<string, Places | undefined>();
	return (entry: CheckedEntry): Places | undefined => {
		if (!read.has(entry.id)) {
			const text = textOf(entry);
			read.set(entry.id, text === undefined ? undefined : placesIn(text));
		}
		return read.get(entry.id);
	};
}

/**
 * Links in a text (of entry `id`) to `/events/<id>/`: the entry must exist, and not be a draft when the text is
 * published; a link to one of its sources (`#source-2`, here or on its page) must find it, and a link to a heading or
 * footnote of its text (`#section-background`) one of those the text its page shows has (`placesOf`).
 */
function linkProblems(
	{ id, file, eventLinks: links }: Pick<CheckedText, 'id' | 'file' | 'eventLinks'>,
	published: boolean,
	byId: ReadonlyMap<string, CheckedEntry>,
	placesOf: (target: CheckedEntry) => Places | undefined,
): Problem[] {
	return links.flatMap((link) => {
		const target = byId.get(link.id);
		const place = { file, line: link.line, column: link.column };
		if (!target)
			return [
				{
					...place,
					message: `a link to /events/${link.id}/ points to no entry (${hinted(didYouMean(link.id, byId.keys()))}expected the id of an entry)`,
				},
			];
		if (published && target.data.draft === true)
			return [{ ...place, message: `a link to /events/${link.id}/ points to a draft, which is not published` }];
		const count = target.data.sources?.length;
		if (link.source !== undefined && count !== undefined && link.source > count) {
			const which = link.id === id ? 'this entry' : `/events/${link.id}/`;
			return [
				{
					...place,
					message: `a link to source ${link.source} of ${which} leads nowhere: it has ${count} source${count === 1 ? '' : 's'} (expected #source-1${count > 1 ? ` to #source-${count}` : ''})`,
				},
			];
		}
		if (link.fragment !== undefined) {
			const places = placesOf(target);
			if (places && !placeInText(places, link.fragment))
				return [
					{
						...place,
						message: `a link to /events/${link.id}/#${link.fragment} leads to no heading or footnote of that entry's text (${
							places.headings.length > 0
								? `its headings are ${places.headings.map((heading) => `#${heading}`).join(', ')}`
								: 'it has no heading'
						})`,
					},
				];
		}
		return [];
	});
}

/** A text's links and images to paths of this site, and whether the text is published. */
export interface LinkingText {
	file: string;
	siteLinks: SiteLink[];
}

/**
 * Every link in a published text must lead to a page the site builds, and every image to a file of it: the pages
 * from the timeline (src/lib/timeline/site-paths.ts), the files from public/ and the data files. Links to entries
 * (`/events/<id>/`) are checked by the rules above, which say more (a draft, a near miss).
 */
export function siteLinkProblems(
	texts: readonly LinkingText[],
	pages: ReadonlySet<string>,
	files: ReadonlySet<string>,
): Problem[] {
	const problems: Problem[] = [];
	// A near miss is looked for among every page, which costs: for the first few broken links only.
	const hint = (path: string) => (problems.length < 10 ? hinted(didYouMean(path, pages)) : '');
	for (const text of texts) {
		for (const link of text.siteLinks) {
			// Links to entries, and to places on the page, are checked with the entry (rules above, check-entry.ts).
			if (link.path.startsWith('#') || (!link.image && eventIdOfPath(link.path))) continue;
			const target = linkTarget(link.path);
			const place = { file: text.file, line: link.line, column: link.column };
			if (link.image) {
				if (!files.has(target.path))
					problems.push({
						...place,
						message: `an image ${JSON.stringify(link.path)} is not a file of this site (put the file in public${target.path}, or correct the path)`,
					});
			} else if (!(target.file ? files : pages).has(target.path)) {
				problems.push({
					...place,
					message: `a link to ${JSON.stringify(link.path)} leads to no page of this site (${hint(target.path)}expected the address of a page the site builds, e.g. /actors/kim-yo-jong/ or /events/2019-08-16-cprk-refuses-talks/)`,
				});
			}
		}
	}
	return problems;
}
