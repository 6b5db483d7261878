/** Entry ids: the file name without `.md`, `YYYY-MM-DD-short-slug`, starting with the entry's date. */
import { romanize } from 'es-hangul';

const idPattern = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The date a file name starts with and the slug after it, or `undefined` when the name is not of that form. */
export function splitEntryId(id: string): { date: string; slug: string } | undefined {
	const match = idPattern.exec(id);
	return match ? { date: match[1]!, slug: match[2]! } : undefined;
}

/**
 * Hangul in the Revised Romanization, syllable by syllable (without the sound changes between syllables, so that a
 * name keeps its parts: 김여정 → gimyeojeong).
 */
export const romanizeHangul = (text: string) => [...text].map((character) => romanize(character)).join('');

/**
 * A slug proposed from a title: ASCII lowercase words joined by hyphens, accents dropped, Hangul romanized
 * (김여정 담화 → gimyeojeong-damhwa), small words left out, at most `maxWords` words. Empty when nothing is left.
 */
export function slugFromTitle(title: string, maxWords = 6): string {
	const stop = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'on', 'in', 'for', 'with', 'at', 'by', 's']);
	const words = romanizeHangul(title)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const meaningful = words.filter((word) => !stop.has(word));
	return (meaningful.length > 0 ? meaningful : words).slice(0, maxWords).join('-');
}
