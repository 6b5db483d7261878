/** Links that leave the site must say so (the ↗ mark, with its spoken words in the page's language) and carry rel="noopener noreferrer". */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtFiles, siteOrigin } from './site-files.ts';

export function unmarkedExternalLinks(dist: string): string[] {
	const problems: string[] = [];
	for (const page of builtFiles(dist, '.html')) {
		const html = readFileSync(path.join(dist, page), 'utf8');
		for (const match of html.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a>/g)) {
			const attributes = match[1]!;
			const href = /href="(https?:\/\/[^"]*)"/.exec(attributes)?.[1];
			if (!href || new URL(href).origin === siteOrigin) continue;
			const rel = /rel="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
			if (!rel.includes('noopener') || !rel.includes('noreferrer'))
				problems.push(`${page}: ${href} lacks rel="noopener noreferrer"`);
			if (!match[2]!.includes('class="external-mark"'))
				problems.push(`${page}: ${href} is not marked as leaving the site`);
		}
	}
	return problems;
}
