/**
 * Korean in text written in English: where the Hangul is, so that pages can mark it `lang="ko"` (browsers pick a
 * Korean font and break lines the Korean way; screen readers switch voice). A run of Hangul keeps the spaces,
 * digits and punctuation between its syllables: "김여정 담화" is one run, not two.
 */
// The Hangul blocks without their fillers (U+115F, U+1160, U+3164), which show nothing and spell nothing.
const hangul = '\\u1100-\\u115E\\u1161-\\u11FF\\u3130-\\u3163\\u3165-\\u318F\\uA960-\\uA97F\\uAC00-\\uD7FF';
const runs = new RegExp(`[${hangul}]+(?:[\\s\\d.,·!?'"“”‘’()\\-]+[${hangul}]+)*`, 'gu');
const any = new RegExp(`[${hangul}]`, 'u');

export interface TextRun {
	text: string;
	korean: boolean;
}

export const hasHangul = (text: string): boolean => any.test(text);

/** The text in runs, Korean and not, in order; one run when there is no Hangul at all. */
export function koreanRuns(text: string): TextRun[] {
	if (!hasHangul(text)) return [{ text, korean: false }];
	const out: TextRun[] = [];
	let last = 0;
	for (const match of text.matchAll(runs)) {
		if (match.index > last) out.push({ text: text.slice(last, match.index), korean: false });
		out.push({ text: match[0], korean: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), korean: false });
	return out;
}

const letter = /\p{L}/u;

/** Whether a text is written in Korean: most of its letters are Hangul (a Korean quotation, not an English one). */
export function isKoreanText(text: string): boolean {
	let letters = 0;
	let korean = 0;
	for (const char of text) {
		if (!letter.test(char)) continue;
		letters++;
		if (any.test(char)) korean++;
	}
	return korean * 2 > letters;
}
