/**
 * The words of the timeline's filter, in both languages: a module of their own because the filter script needs them
 * in the browser too, where the rest of the interface's words (ui.ts) would only weigh. ui.ts includes them.
 */
import type { Lang } from './languages.ts';

const en = {
	entries: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'entry' : 'entries'}`,
	toggle: 'Filter the timeline',
	active: (n: number) => `(${n} active)`,
	heading: 'Filter',
	clear: 'Clear all',
	words: 'Words',
	wordsPlaceholder: 'e.g. loudspeakers, 김여정',
	years: 'Years',
	from: 'From',
	to: 'To',
	apply: 'Show entries',
	matches: (n: number, total: number) =>
		`${n.toLocaleString('en')} of ${total.toLocaleString('en')} ${total === 1 ? 'entry matches' : 'entries match'}`,
	linkedToo: ', and the entry you linked to is shown as well',
	none: 'No entries match these filters.',
	clearAll: 'Clear all filters',
	more: (n: number) => `Show ${n} more`,
	otherOptions: (n: number) => `${n} more`,
};

const ko: typeof en = {
	entries: (n: number) => `${n.toLocaleString('ko')}건`,
	toggle: '타임라인 거르기',
	active: (n: number) => `(${n}개 적용)`,
	heading: '거르기',
	clear: '모두 지우기',
	words: '검색어',
	wordsPlaceholder: '예: 확성기, 김여정, ㄱㅇㅈ',
	years: '연도',
	from: '부터',
	to: '까지',
	apply: '항목 보기',
	matches: (n: number, total: number) => `${total.toLocaleString('ko')}건 중 ${n.toLocaleString('ko')}건`,
	linkedToo: ', 링크한 항목도 함께 보여 줍니다',
	none: '조건에 맞는 항목이 없습니다.',
	clearAll: '조건 모두 지우기',
	more: (n: number) => `${n}건 더 보기`,
	otherOptions: (n: number) => `${n}명 더`,
};

export const filterWords: Record<Lang, typeof en> = { en, ko };
