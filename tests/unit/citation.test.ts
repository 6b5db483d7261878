import { describe, expect, it } from 'vitest';
import { bibtex, formattedCitation } from '../../src/lib/citation.ts';

const entry = {
	id: '2019-08-16-cprk-refuses-talks',
	title: "North Korea's reunification committee says it has nothing more to discuss with Seoul",
	date: '2019-08-16',
	url: 'https://example.org/events/2019-08-16-cprk-refuses-talks/',
};

describe('citations', () => {
	it('formats a reference with the permanent address and the access date', () => {
		expect(formattedCitation(entry, '22 November 2026')).toBe(
			"“North Korea's reunification committee says it has nothing more to discuss with Seoul.” Inter-Korean Statements, entry for 16 August 2019. https://example.org/events/2019-08-16-cprk-refuses-talks/ (accessed 22 November 2026).",
		);
	});

	it('writes a BibTeX record, escaping what BibTeX treats specially', () => {
		const record = bibtex({ ...entry, title: 'Talks 50% off & {done}' }, '2026-11-22');
		expect(record).toContain('@misc{2019-08-16-cprk-refuses-talks,');
		expect(record).toContain('title        = {Talks 50\\% off \\& \\{done\\}},');
		expect(record).toContain('url          = {https://example.org/events/2019-08-16-cprk-refuses-talks/},');
		expect(record).toContain('urldate      = {2026-11-22},');
	});
});
