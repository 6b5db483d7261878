/**
 * Hangul to Latin letters, syllable by syllable, in the Revised Romanization of Korean (without the sound changes
 * between syllables): 김여정 → gimyeojeong. Used to propose ASCII file names for entries with Korean titles.
 */

const initials = [
	'g',
	'kk',
	'n',
	'd',
	'tt',
	'r',
	'm',
	'b',
	'pp',
	's',
	'ss',
	'',
	'j',
	'jj',
	'ch',
	'k',
	't',
	'p',
	'h',
];
const vowels = [
	'a',
	'ae',
	'ya',
	'yae',
	'eo',
	'e',
	'yeo',
	'ye',
	'o',
	'wa',
	'wae',
	'oe',
	'yo',
	'u',
	'wo',
	'we',
	'wi',
	'yu',
	'eu',
	'ui',
	'i',
];
const finals = [
	'',
	'k',
	'k',
	'k',
	'n',
	'n',
	'n',
	't',
	'l',
	'k',
	'm',
	'l',
	'l',
	'l',
	'p',
	'l',
	'm',
	'p',
	'p',
	't',
	't',
	'ng',
	't',
	't',
	'k',
	't',
	'p',
	't',
];

const FIRST = 0xac00;
const LAST = 0xd7a3;

/** The text with every Hangul syllable written in Latin letters; anything else is left as it is. */
export function romanizeHangul(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (code < FIRST || code > LAST) {
			out += char;
			continue;
		}
		const offset = code - FIRST;
		out +=
			initials[Math.floor(offset / 588)]! + vowels[Math.floor((offset % 588) / 28)]! + finals[offset % 28]!;
	}
	return out;
}
