/**
 * Every place a built site lists its entries, read back for one edition (English at the root, Korean under /ko/):
 * the counts a "nothing lost" test compares. The card patterns the timeline script clones (inside <template>) are
 * not entries and are left out, as a reader never sees them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv.ts';

const withoutTemplates = (html: string) => html.replace(/<template\b[\s\S]*?<\/template>/g, '');

export function listedEntries(out: string, lang: 'en' | 'ko' = 'en') {
	const root = lang === 'en' ? out : path.join(out, 'ko');
	const timelinePages = [
		'index.html',
		...(existsSync(path.join(root, 'page'))
			? readdirSync(path.join(root, 'page')).map((n) => `page/${n}/index.html`)
			: []),
	];
	const timeline = timelinePages.flatMap((file) =>
		[
			...withoutTemplates(readFileSync(path.join(root, file), 'utf8')).matchAll(/<li id="([^"]+)" class="entry /g),
		].map((match) => match[1]!),
	);
	const pages = readdirSync(path.join(root, 'events'));
	const json = JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')) as {
		count: number;
		entries: { id: string }[];
	};
	const [header, ...rows] = parseCsv(readFileSync(path.join(out, 'events.csv'), 'utf8'));
	const csv = rows.map((row) => row[header!.indexOf('id')]!);
	const inSitemap = lang === 'en' ? /<loc>https?:\/\/[^/<]+(?:\/(?!ko\/)[^<]*)?\/events\/([^/<]+)\/<\/loc>/g : /<loc>[^<]*\/ko\/events\/([^/<]+)\/<\/loc>/g;
	const sitemap = readdirSync(out)
		.filter((file) => /^sitemap-\d+\.xml$/.test(file))
		.flatMap((file) =>
			[...readFileSync(path.join(out, file), 'utf8').matchAll(inSitemap)].map((match) => match[1]!),
		);
	const index = (
		JSON.parse(readFileSync(path.join(out, 'timeline-index.json'), 'utf8')) as { rows: { id: string }[] }
	).rows.map((row) => row.id);
	return {
		timelinePages: timelinePages.length,
		timeline,
		pages,
		json: json.entries.map((entry) => entry.id),
		jsonCount: json.count,
		csv,
		sitemap,
		index,
	};
}
