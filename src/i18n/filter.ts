/**
 * The words of the timeline's filter, in both languages. `filterWords` are the ones the filter script writes in the
 * browser: a module of their own, where the rest of the interface's words (ui.ts) would only weigh, so they hold
 * nothing the script does not use. `filterPanelWords` only the server renders. ui.ts includes both.
 */
import type { Lang } from './languages.ts';

const en = {
	entries: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'entry' : 'entries'}`,
	active: (n: number) => `(${n} active)`,
	matches: (n: number, total: number) =>
		`${n.toLocaleString('en')} of ${total.toLocaleString('en')} ${total === 1 ? 'entry matches' : 'entries match'}`,
	linkedToo: ', and the entry you linked to is shown as well',
	none: 'No entries match these filters.',
	clearAll: 'Clear all filters',
	more: (n: number) => `Show ${n} more`,
};

const ko: typeof en = {
	entries: (n: number) => `${n.toLocaleString('ko')}건`,
	active: (n: number) => `(${n}개 적용)`,
	matches: (n: number, total: number) => `${total.toLocaleString('ko')}건 중 ${n.toLocaleString('ko')}건`,
	linkedToo: ', 링크한 항목도 함께 보여 줍니다',
	none: '조건에 맞는 항목이 없습니다.',
	clearAll: '조건 모두 지우기',
	more: (n: number) => `${n}건 더 보기`,
};

export const filterWords: Record<Lang, typeof en> = { en, ko };

const panelEn = {
	toggle: 'Filter the timeline',
	heading: 'Filter',
	clear: 'Clear all',
	words: 'Words',
	wordsPlaceholder: 'e.g. loudspeakers, 김여정',
	years: 'Years',
	from: 'From',
	to: 'To',
	apply: 'Show entries',
	otherOptions: (n: number) => `${n} more`,
};

export const filterPanelWords: Record<Lang, typeof panelEn> = {
	en: panelEn,
	ko: {
		toggle: '타임라인 거르기',
		heading: '거르기',
		clear: '모두 지우기',
		words: '검색어',
		wordsPlaceholder: '예: 확성기, 김여정, ㄱㅇㅈ',
		years: '연도',
		from: '부터',
		to: '까지',
		apply: '항목 보기',
		otherOptions: (n: number) => `${n}명 더`,
	},
};
