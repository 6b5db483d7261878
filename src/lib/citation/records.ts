/**
 * The whole record's reference files (`/events.bib`, `.ris`, `.csl.json`, made by the CSL library at build time,
 * format.ts) cut down to some of their entries: how the timeline's "download these entries" gives the references of
 * the current filter in the browser, without the library (too heavy to send) and without formatting anything again.
 * The files hold one record per entry in timeline order, the order of the filter's index, so a row's position is
 * its record's. Pure and free of the library, so it can run in the browser.
 */

export type ReferenceFormat = 'bib' | 'ris' | 'csl.json';

/** CSL-JSON as the site writes it: the items, tab-indented, with a final line break. */
export const cslJson = (items: object[]) => `${JSON.stringify(items, null, '\t')}\n`;

// citation-js starts each BibTeX record on a line of its own with `@type{key,`; no value starts a line.
const bibRecords = (whole: string) => whole.split(/^(?=@)/m);
// RIS records end with `ER  - ` and are separated by an empty line (format.ts, ris()).
const risRecords = (whole: string) => whole.replace(/\r\n$/, '').split('\r\n\r\n');

/** The records at `positions` of a whole-record file, as a file of the same format. */
export function pickRecords(format: ReferenceFormat, whole: string, positions: readonly number[]): string {
	switch (format) {
		case 'csl.json': {
			const items = JSON.parse(whole) as object[];
			return cslJson(positions.map((position) => items[position]!));
		}
		case 'bib': {
			const records = bibRecords(whole);
			return positions.map((position) => records[position]!).join('');
		}
		case 'ris': {
			const records = risRecords(whole);
			return `${positions.map((position) => records[position]!).join('\r\n\r\n')}\r\n`;
		}
	}
}

/** Every record of a whole-record file, each as a file of its own: what pickRecords gives for each position alone. */
export function recordFiles(format: ReferenceFormat, whole: string): string[] {
	switch (format) {
		case 'csl.json':
			return (JSON.parse(whole) as object[]).map((item) => cslJson([item]));
		case 'bib':
			return bibRecords(whole);
		case 'ris':
			return risRecords(whole).map((record) => `${record}\r\n`);
	}
}
