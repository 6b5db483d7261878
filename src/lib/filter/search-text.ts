/**
 * Text matching for the `q` filter: case- and accent-insensitive, Hangul included. Text is decomposed (NFKD), marks
 * are dropped and letters lowered, so "Kim Yo-jong" finds "kim yo jong", "Roh" finds "Röh" and a Hangul syllable
 * matches however it was typed. Every word of the query must occur.
 */

/** Text in the form that is compared. */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[-‐‑–—_'’"“”.,:;!?()[\]]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The query's words, folded. */
export function queryTerms(query: string): string[] {
	return foldText(query).split(' ').filter(Boolean);
}

/** Whether folded `haystack` holds every term. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
	return terms.every((term) => haystack.includes(term));
}
