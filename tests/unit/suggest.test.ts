import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/suggest.ts';

describe('did you mean', () => {
	it('counts edits, a swap of neighbours as one', () => {
		expect(editDistance('speakers', 'spekers')).toBe(1);
		expect(editDistance('kind', 'knid')).toBe(1);
		expect(editDistance('title', 'title')).toBe(0);
	});

	it('suggests near misses and nothing for strangers', () => {
		const fields = ['title', 'date', 'speakers', 'kind', 'channel', 'topics', 'summary', 'sources'];
		expect(closest('spekers', fields)).toBe('speakers');
		expect(closest('Summary', fields)).toBe('summary');
		expect(closest('kim-yo-jung', ['kim-yo-jong', 'kim-jong-un', 'moon-jae-in'])).toBe('kim-yo-jong');
		expect(closest('publisher', fields)).toBeUndefined();
		expect(closest('x', fields)).toBeUndefined();
	});
});
