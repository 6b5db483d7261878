import { describe, expect, it } from 'vitest';
import { koreanRuns } from '../../src/lib/hangul.ts';
import { createEntryRenderer } from '../../src/lib/markdown/processor.ts';

describe('Korean in English text', () => {
	it('finds the runs of Hangul, with the spaces and punctuation inside them', () => {
		expect(koreanRuns('Kim Yo Jong (김여정 부부장) said')).toEqual([
			{ text: 'Kim Yo Jong (', korean: false },
			{ text: '김여정 부부장', korean: true },
			{ text: ') said', korean: false },
		]);
		expect(koreanRuns('남북한 관계의 기본합의서를 체결하다')).toEqual([
			{ text: '남북한 관계의 기본합의서를 체결하다', korean: true },
		]);
		expect(koreanRuns('No Korean here.')).toEqual([{ text: 'No Korean here.', korean: false }]);
	});

	it('marks Korean in an entry’s Markdown lang="ko", in links too, and leaves code alone', async () => {
		const { render } = await createEntryRenderer();
		const { html } = await render('The KCNA text [조선중앙통신](https://kcnawatch.org/) says `코드` 통일.');
		expect(html).toContain('<a href="https://kcnawatch.org/"');
		expect(html).toContain('<span lang="ko">조선중앙통신</span>');
		expect(html).toContain('<code>코드</code>');
		expect(html).toContain('<span lang="ko">통일</span>.');
	});
});
