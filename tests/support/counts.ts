/** Every place a built site lists its entries, read back: the counts a "nothing lost" test compares. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv.ts';

export function listedEntries(out: string) {
	const timelinePages = [
		'index.html',
		...(existsSync(path.join(out, 'page'))
			? readdirSync(path.join(out, 'page')).map((n) => `page/${n}/index.html`)
			: []),
	];
	const timeline = timelinePages.flatMap((file) =>
		[...readFileSync(path.join(out, file), 'utf8').matchAll(/<li id="([^"]+)" class="entry /g)].map(
			(match) => match[1]!,
		),
	);
	const pages = readdirSync(path.join(out, 'events'));
	const json = JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')) as {
		count: number;
		entries: { id: string }[];
	};
	const [header, ...rows] = parseCsv(readFileSync(path.join(out, 'events.csv'), 'utf8'));
	const csv = rows.map((row) => row[header!.indexOf('id')]!);
	const sitemap = readdirSync(out)
		.filter((file) => /^sitemap-\d+\.xml$/.test(file))
		.flatMap((file) =>
			[...readFileSync(path.join(out, file), 'utf8').matchAll(/<loc>[^<]*\/events\/([^/<]+)\/<\/loc>/g)].map(
				(match) => match[1]!,
			),
		);
	const index = (
		JSON.parse(readFileSync(path.join(out, 'timeline-index.json'), 'utf8')) as { rows: string[][] }
	).rows.map((row) => row[0]!);
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
