import { describe, expect, it } from 'vitest';
import { romanizeHangul, slugFromTitle, splitEntryId } from '../../src/lib/validation/entry-id.ts';

describe('entry ids', () => {
	it('split into the date they start with and the slug', () => {
		expect(splitEntryId('2019-08-16-cprk-refuses-talks')).toEqual({
			date: '2019-08-16',
			slug: 'cprk-refuses-talks',
		});
		expect(splitEntryId('2019-08-launches')).toEqual({ date: '2019-08', slug: 'launches' });
		expect(splitEntryId('2019-Moon')).toBeUndefined();
		expect(splitEntryId('moon-speech')).toBeUndefined();
	});

	it('get a slug proposed from the title: ASCII, short, without small words', () => {
		expect(slugFromTitle('Kim Yo Jong rebuffs Lee, saying Pyongyang has no interest in any proposal')).toBe(
			'kim-yo-jong-rebuffs-lee-saying',
		);
		expect(slugFromTitle('The Körber speech: a “new era”?')).toBe('korber-speech-new-era');
		expect(slugFromTitle('North Korea’s refusal')).toBe('north-koreas-refusal');
	});

	it('romanize Hangul titles, so even a Korean title gives an ASCII name', () => {
		expect(romanizeHangul('김여정')).toBe('gimyeojeong');
		expect(romanizeHangul('조국평화통일위원회')).toBe('jogukpyeonghwatongilwiwonhoe');
		expect(slugFromTitle('김여정 담화')).toBe('gimyeojeong-damhwa');
		expect(slugFromTitle('문재인 대통령 경축사 2019')).toBe('munjaein-daetongryeong-gyeongchuksa-2019');
	});
});
