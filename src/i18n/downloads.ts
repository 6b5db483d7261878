/**
 * The words of "download these N entries", in both languages: a module of its own because the timeline's download
 * script (src/scripts/download.ts, loaded with the filter's index) needs them in the browser; ui.ts includes them
 * for the facet pages' links.
 */
import type { Lang } from './languages.ts';

const en = {
	label: (n: number) => `Download ${n === 1 ? 'this entry' : `these ${n.toLocaleString('en')} entries`}:`,
};

const ko: typeof en = {
	label: (n: number) => `이 항목 ${n.toLocaleString('ko')}건 내려받기:`,
};

export const downloadWords: Record<Lang, typeof en> = { en, ko };
