/**
 * An entry's record as a reference work keeps it: the corrections its editors noted, and when it was first
 * published and last changed, from the repository's history (src/corpus/history.ts), or why that is not known.
 */
import type { History } from '../corpus/history.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { readableDate } from '../lib/dates.ts';
import type { TimelineEntry } from '../lib/timeline/model.ts';
import type { Words } from './cards.ts';

export interface EntryRecordView {
	corrections: { isoDate: string; date: string; note: Words }[];
	/** Dates from the repository, or a sentence saying why there are none. */
	history:
		| { published: { isoDate: string; date: string }; changed?: { isoDate: string; date: string }; versions: number }
		| { unavailable: string };
}

const day = (isoDate: string, lang: Lang) => ({ isoDate, date: readableDate(isoDate, lang) });

export function recordView(entry: TimelineEntry, history: History, lang: Lang): EntryRecordView {
	const words = t(lang).entry;
	const dates = history.available ? history.changes.get(entry.id) : undefined;
	return {
		corrections: entry.data.corrections.map((correction) => ({
			...day(correction.date, lang),
			note:
				lang === 'ko' && correction.noteKo
					? { text: correction.noteKo, lang: 'ko' }
					: { text: correction.note, lang: 'en' },
		})),
		history: !history.available
			? { unavailable: words.noHistory[history.reason] }
			: !dates?.length
				? { unavailable: words.noHistory.uncommitted }
				: {
						published: day(dates.at(-1)!, lang),
						...(dates.length > 1 ? { changed: day(dates[0]!, lang) } : {}),
						versions: dates.length,
					},
	};
}
