/**
 * Writes each entry's reference files (`/events/<id>/cite.bib`, `.ris`, `.csl.json`, and under /ko/) by cutting them
 * from the whole record's (`/events.bib`, …, made by Astro's routes), as the filtered timeline cuts its downloads
 * (src/lib/citation/records.ts): the same bytes an entry's own route gives, without 30,000 routes at 5,000 entries.
 * Each was a page of Astro's, written twice (the output and its cache) at a cost out of all proportion to its few
 * hundred bytes: about a fifth of a cold build. `npm run dev` serves them from their routes
 * (src/pages/[...lang]/events/[id]/cite.*.ts), which a build leaves to this. Made again by every build, from what
 * that build wrote: nothing is kept, so nothing can go stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n/languages.ts';
import { recordFiles, type ReferenceFormat } from '../lib/citation/records.ts';

const FORMATS: ReferenceFormat[] = ['bib', 'ris', 'csl.json'];

export function citationFiles(): AstroIntegration {
	let base = '';
	return {
		name: 'timeline-citation-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/+$/, '');
			},
			'astro:build:done': ({ dir }) => {
				const dist = fileURLToPath(dir);
				for (const lang of LANGS) {
					const file = (format: ReferenceFormat) =>
						readFileSync(path.join(dist, lang === 'en' ? '' : lang, `events.${format}`), 'utf8');
					const records = Object.fromEntries(
						FORMATS.map((format) => [format, recordFiles(format, file(format))]),
					);
					// The items are in the files' order; each names its entry's page, in whose folder its files go.
					const items = JSON.parse(file('csl.json')) as { URL: string }[];
					items.forEach((item, position) => {
						const folder = path.join(dist, decodeURI(new URL(item.URL).pathname.slice(base.length)));
						mkdirSync(folder, { recursive: true });
						for (const format of FORMATS)
							writeFileSync(path.join(folder, `cite.${format}`), records[format]![position]!);
					});
				}
			},
		},
	};
}
