import { describe, expect, it } from 'vitest';
import { csvField, csvTable } from '../../src/lib/exports/csv.ts';

describe('CSV', () => {
	it('quotes fields as RFC 4180 says and ends lines with CRLF', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "no"')).toBe('"say ""no"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(
			csvTable([
				['id', 'title'],
				['x', '김여정, "no"'],
			]),
		).toBe('id,title\r\nx,"김여정, ""no"""\r\n');
	});
});
