/**
 * HTML validation of built pages with html-validate and the project's rules (tests/htmlvalidate.json): its recommended
 * set, with checkboxes allowed to share a name (a facet's values, as the filter form sends them: ?side=a&side=b).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtFiles } from './site-files.ts';

const config = JSON.parse(readFileSync(new URL('../../htmlvalidate.json', import.meta.url), 'utf8'));

export async function htmlErrors(dist: string): Promise<string[]> {
	const validator = new HtmlValidate(config);
	const errors: string[] = [];
	for (const page of builtFiles(dist, '.html')) {
		const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
		for (const result of report.results) {
			for (const message of result.messages)
				errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		}
	}
	return errors;
}
