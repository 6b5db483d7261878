/**
 * Text matching for the `q` filter: case- and accent-insensitive, Hangul included. Text is decomposed (NFKD), marks
 * are dropped and letters lowered, so "Kim Yo-jong" finds "kim yo jong", "Roh" finds "Röh" and a Hangul syllable
 * matches however it was typed. Every word of the query must occur. A word typed as initial consonants only (초성,
 * `ㄱㅇㅈ`) matches the initial consonants of the Korean words (김여정), as Korean search boxes do (es-hangul).
 */
import { getChoseong } from 'es-hangul';

/** Text in the form that is compared. */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[-‐‑–—_'’"“”.,:;!?()[\]《》「」『』‘’·]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const initialsOnly = /^[\u3131-\u314E]+$/;

export interface QueryTerms {
	/** Words to find in the folded text. */
	words: string[];
	/** Words typed as initial consonants, to find in the text's initial consonants. */
	initials: string[];
}

/** The query's words, folded, with those typed as initial consonants set apart. */
export function queryTerms(query: string): QueryTerms {
	const raw = query.trim().split(/\s+/).filter(Boolean);
	const initials = raw.filter((word) => initialsOnly.test(word));
	const words = foldText(raw.filter((word) => !initialsOnly.test(word)).join(' '))
		.split(' ')
		.filter(Boolean);
	return { words, initials };
}

/** The initial consonants of a text's Hangul (`김여정 담화` → `ㄱㅇㅈ ㄷㅎ`), for initial-consonant search. */
export const initialsOf = (text: string): string => getChoseong(text);

/** Whether the text (folded, and its initials) holds every term. */
export function matchesTerms(folded: string, initials: () => string, terms: QueryTerms): boolean {
	if (!terms.words.every((term) => folded.includes(term))) return false;
	if (terms.initials.length === 0) return true;
	const letters = initials();
	return terms.initials.every((term) => letters.includes(term));
}

export const isEmptyQuery = (terms: QueryTerms) => terms.words.length === 0 && terms.initials.length === 0;
