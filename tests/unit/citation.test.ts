import { describe, expect, it } from 'vitest';
import { bibtex, formattedCitation } from '../../src/lib/citation.ts';

const entry = {
	id: '2019-08-16-cprk-refuses-talks',
	title: "North Korea's reunification committee says it has nothing more to discuss with Seoul",
	date: '2019-08-16',
	readableDate: '16 August 2019',
	url: 'https://example.org/events/2019-08-16-cprk-refuses-talks/',
};

describe('citations', () => {
	it('formats a reference with the permanent address and the access date', () => {
		expect(formattedCitation(entry, 'en', '22 November 2026')).toBe(
			"“North Korea's reunification committee says it has nothing more to discuss with Seoul.” Inter-Korean Statements, entry for 16 August 2019. https://example.org/events/2019-08-16-cprk-refuses-talks/ (accessed 22 November 2026).",
		);
	});

	it('writes a BibTeX record, escaping what BibTeX treats specially', () => {
		const record = bibtex({ ...entry, title: 'Talks 50% off & {done}' }, 'en', '2026-11-22');
		expect(record).toContain('@misc{2019-08-16-cprk-refuses-talks,');
		expect(record).toContain('title        = {Talks 50\\% off \\& \\{done\\}},');
		expect(record).toContain('url          = {https://example.org/events/2019-08-16-cprk-refuses-talks/},');
		expect(record).toContain('urldate      = {2026-11-22},');
	});

	it('cites the Korean page in Korean', () => {
		const korean = {
			...entry,
			title: '조평통, 남측과 더 할 말도 다시 마주 앉을 생각도 없다',
			readableDate: '2019년 8월 16일',
			url: 'https://example.org/ko/events/2019-08-16-cprk-refuses-talks/',
		};
		expect(formattedCitation(korean, 'ko', '2026년 11월 22일')).toBe(
			'“조평통, 남측과 더 할 말도 다시 마주 앉을 생각도 없다.” 남북 발언 기록, 2019년 8월 16일 항목. https://example.org/ko/events/2019-08-16-cprk-refuses-talks/ (2026년 11월 22일 접속).',
		);
		expect(bibtex(korean, 'ko', '2026-11-22')).toContain('langid       = {korean},');
	});
});
