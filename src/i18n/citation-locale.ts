/**
 * The Korean words of formatted references (Chicago, APA, MLA on /ko/ pages), as the Citation Style Language names
 * them: month names, the order of a date, and the few terms a reference to a web page can use. The citation library
 * brings English only (en-US); src/lib/citation/format.ts lays these words over it to make the ko-KR locale, so a
 * term not named here would stay English (the unit tests check that a Korean reference holds no English word).
 */
export const koreanCitationWords = {
	/** Quotation marks close before the full stop, as Korean typesetting has it. */
	punctuationInQuote: false,
	/** A date written out: 2019년 8월 16일, 2019년 8월, 2019년. */
	textDate: [
		{ name: 'year', suffix: '년' },
		{ name: 'month', prefix: ' ', suffix: '월', form: 'numeric' },
		{ name: 'day', prefix: ' ', suffix: '일' },
	],
	/** Month names, in full and short (the same in Korean): 1월 … 12월. */
	month: (month: number) => `${month}월`,
	/** Terms by their CSL name; `[long, short]` where a style may ask for either form. */
	terms: {
		accessed: '접속',
		retrieved: ['검색', '검색'],
		from: ['출처', '출처'],
		'no date': ['날짜 없음', '날짜 없음'],
		in: '수록',
		and: '및',
		'et-al': '외',
		online: '온라인',
		'available at': ['이용 가능 주소', '이용 가능 주소'],
	} satisfies Record<string, string | [string, string]>,
} as const;
