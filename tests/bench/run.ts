/**
 * `npm run bench -- --count N [--json] [--seed S] [--keep]`: measures the whole pipeline on a synthetic corpus of N
 * entries (several sizes with --count 1000,5000,10000), made by generate.ts once and reused:
 * - `npm run validate`: wall time (median of three runs);
 * - `npm run build`, cold (no cache, a new empty output folder) and warm (after one entry's text changed, into the
 *   same folder, as an editor rebuilds): wall time and the peak resident memory of the whole process tree;
 * - the peer, in the same run: a bare Eleventy 3 build of the same Markdown (eleventy.ts), and the ratio of the cold
 *   build to it, so that the figure does not depend on the machine;
 * - `npm run dev`: ready to serve an entry, and an edit to it shown (dev-server.ts);
 * - what was built: pages, files, total size, the largest page, the search index;
 * - in headless Chromium: the timeline's first load, filtering, a full-text query (browser-timings.ts).
 * Prints a table, or one JSON object with --json. Targets are in README.md; this script only measures.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDirFor } from '../../src/corpus/content-dir.ts';
import { measureDev, type DevFigures } from './dev-server.ts';
import { buildWithEleventy } from './eleventy.ts';
import { startPreview } from '../support/preview-server.ts';
import { measureBrowser, timings, type BrowserFigures } from './browser-timings.ts';
import { GENERATOR_VERSION, generateCorpus } from './generate.ts';
import { outputSize, type OutputSize } from './output-size.ts';
import { run, type Run } from './process-tree.ts';

const { values } = parseArgs({
	options: {
		count: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		json: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const counts = values.count.split(',').map((n) => Number(n.trim()));
if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('Usage: npm run bench -- --count N[,N…] [--json] [--seed S] [--keep]');
	process.exit(1);
}
const seed = Number(values.seed);
const work = path.resolve('tests/.tmp/bench');
const log = (line: string) => {
	if (!values.json) console.error(line);
};

interface Figures {
	entries: number;
	validate: { seconds: number; runs: number[] };
	coldBuild: { seconds: number; peakRss?: number; perEntryMs: number };
	eleventy: { seconds: number; peakRss?: number; ofCold: number };
	warmBuild: { seconds: number; peakRss?: number; ofCold: number };
	dev: DevFigures;
	output: OutputSize;
	browser: BrowserFigures;
}

/** Where caches are put aside until the benchmark ends. */
function trash(): string {
	const dir = path.join(work, 'trash');
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** The corpus of `count` entries for `seed`, generated unless this version of the generator made it already. */
function corpus(count: number): string {
	const dir = path.join(work, `corpus-${count}-seed-${seed}`);
	const stamp = path.join(dir, '.generated');
	const made = `${count} ${seed} ${GENERATOR_VERSION}\n`;
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== made) {
		log(`Generating ${count} entries in ${path.relative(process.cwd(), dir)}…`);
		generateCorpus(count, dir, seed);
		writeFileSync(stamp, made);
	}
	return dir;
}

function build(dir: string, outDir: string): Promise<Run> {
	return run('npm', ['run', 'build', '--silent', '--', '--outDir', outDir], { TIMELINE_CONTENT_DIR: dir });
}

function succeeded(what: string, result: Run): Run {
	if (result.status !== 0) throw new Error(`${what} failed:\n${result.output.slice(-4000)}`);
	return result;
}

async function measure(count: number): Promise<Figures> {
	const dir = corpus(count);
	const runs: number[] = [];
	for (let i = 0; i < 3; i++) {
		log(`${count}: npm run validate (${i + 1}/3)…`);
		runs.push(
			succeeded('npm run validate', await run('npm', ['run', 'validate', '--silent', '--', dir], {})).seconds,
		);
	}

	// Cold: no cache. The old one is moved aside, not deleted, until the end: on some file systems (ext4), making
	// thousands of files just after deleting thousands costs seconds that have nothing to do with the build.
	const cache = path.resolve(cacheDirFor(dir)!);
	if (existsSync(cache)) renameSync(cache, path.join(trash(), `cache-${Date.now()}`));
	const outDir = path.join(work, `out-${count}-${Date.now()}`);
	log(`${count}: cold build…`);
	const cold = succeeded('The cold build', await build(dir, outDir));
	const output = outputSize(outDir);

	const files = readdirSync(path.join(dir, 'events'), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md') && !name.endsWith('.ko.md'))
		.sort();
	const edited = path.join(dir, 'events', files[Math.floor(files.length / 2)]!);
	const original = readFileSync(edited, 'utf8');
	writeFileSync(edited, `${original.trimEnd()}\n\nA sentence added for the benchmark's warm rebuild.\n`);
	log(`${count}: warm build after editing ${path.basename(edited)}…`);
	let warm: Run;
	try {
		warm = succeeded('The warm build', await build(dir, outDir));
	} finally {
		writeFileSync(edited, original);
	}

	log(`${count}: the same Markdown with Eleventy 3…`);
	const peer = succeeded('The Eleventy build', await buildWithEleventy(dir, `${outDir}-eleventy`, log));

	log(`${count}: npm run dev…`);
	const dev = await measureDev(dir, path.basename(edited, '.md'), edited);

	log(`${count}: measuring in Chromium…`);
	const preview = await startPreview(outDir);
	let browser: BrowserFigures;
	try {
		browser = await measureBrowser(preview.baseUrl);
	} finally {
		preview.stop();
	}
	return {
		entries: count,
		validate: { seconds: timings(runs).median, runs },
		coldBuild: { seconds: cold.seconds, peakRss: cold.peakRss, perEntryMs: (cold.seconds * 1000) / count },
		eleventy: { seconds: peer.seconds, peakRss: peer.peakRss, ofCold: cold.seconds / peer.seconds },
		dev,
		warmBuild: { seconds: warm.seconds, peakRss: warm.peakRss, ofCold: warm.seconds / cold.seconds },
		output,
		browser,
	};
}

const mb = (bytes?: number) => (bytes === undefined ? 'unknown' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

type Pair = BrowserFigures['facetChange'];
const workCell = (pair: Pair, what: string) =>
	`${ms(pair.work.median)} / ${ms(pair.work.p95)} (${pair.work.count} ${what})`;
const frameCell = (pair: Pair) => `${ms(pair.frame.median)} / ${ms(pair.frame.p95)}`;

function table(all: Figures[]): string {
	const rows: [string, (f: Figures) => string][] = [
		['entries', (f) => String(f.entries)],
		['npm run validate (median of 3)', (f) => s(f.validate.seconds)],
		['cold build', (f) => s(f.coldBuild.seconds)],
		['cold build, per entry', (f) => ms(f.coldBuild.perEntryMs)],
		['cold build, peak RSS (process tree)', (f) => mb(f.coldBuild.peakRss)],
		['bare Eleventy 3, same Markdown', (f) => `${s(f.eleventy.seconds)}, ${mb(f.eleventy.peakRss)}`],
		['cold build ÷ Eleventy 3', (f) => f.eleventy.ofCold.toFixed(2)],
		[
			'warm rebuild after one edit',
			(f) => `${s(f.warmBuild.seconds)} (${Math.round(f.warmBuild.ofCold * 100)}% of cold)`,
		],
		['warm rebuild, peak RSS', (f) => mb(f.warmBuild.peakRss)],
		['npm run dev: an entry served', (f) => s(f.dev.ready)],
		['npm run dev: an edit shown', (f) => s(f.dev.edit)],
		['pages built', (f) => String(f.output.pages)],
		['output: files, total size', (f) => `${f.output.files}, ${mb(f.output.bytes)}`],
		[
			'largest page',
			(f) =>
				`${f.output.largestPage.path} ${kb(f.output.largestPage.bytes)} (${kb(f.output.largestPage.gzip)} gz)`,
		],
		[
			'first load: HTML raw / gz',
			(f) => `${kb(f.browser.firstLoad.html.raw)} / ${kb(f.browser.firstLoad.html.gzip)}`,
		],
		[
			'first load: CSS raw / gz',
			(f) => `${kb(f.browser.firstLoad.css.raw)} / ${kb(f.browser.firstLoad.css.gzip)}`,
		],
		[
			'first load: JS raw / gz',
			(f) => `${kb(f.browser.firstLoad.js.raw)} / ${kb(f.browser.firstLoad.js.gzip)}`,
		],
		[
			'first load: total raw / gz',
			(f) => `${kb(f.browser.firstLoad.total.raw)} / ${kb(f.browser.firstLoad.total.gzip)}`,
		],
		['first load: elements in the page', (f) => String(f.browser.firstLoad.elements)],
		[
			'first facet change (loads the index)',
			(f) =>
				`${ms(f.browser.firstFacetChange.ms)}, index ${kb(f.browser.firstFacetChange.indexBytes.gzip)} gz`,
		],
		['facet change → painted: median / p95', (f) => workCell(f.browser.facetChange, 'changes')],
		['  … and the wait for the frame', (f) => frameCell(f.browser.facetChange)],
		['text query → painted: median / p95', (f) => workCell(f.browser.textQuery, 'queries')],
		['  … and the wait for the frame', (f) => frameCell(f.browser.textQuery)],
		[
			'full-text search: index',
			(f) => `${f.output.searchIndex.files} files, ${mb(f.output.searchIndex.bytes)}`,
		],
		[
			'full-text query: first / median / p95',
			(f) =>
				`${ms(f.browser.fullText.firstQuery)} / ${ms(f.browser.fullText.query.median)} / ${ms(f.browser.fullText.query.p95)}`,
		],
	];
	const width = Math.max(...rows.map(([label]) => label.length));
	return rows
		.map(([label, value]) => `${label.padEnd(width)}  ${all.map((f) => value(f).padEnd(28)).join('  ')}`)
		.join('\n');
}

const started = new Date();
const results: Figures[] = [];
try {
	for (const count of counts) results.push(await measure(count));
} finally {
	// Deleted only now, when nothing is measured any more.
	rmSync(trash(), { recursive: true, force: true });
	if (!values.keep)
		for (const name of existsSync(work) ? readdirSync(work) : [])
			if (name.startsWith('out-')) rmSync(path.join(work, name), { recursive: true, force: true });
}
const machine = {
	node: process.version,
	cores: (await import('node:os')).availableParallelism(),
	date: started.toISOString(),
};
if (values.json) console.log(JSON.stringify({ machine, seed, results }, null, '\t'));
else console.log(`\n${table(results)}\n\n(${machine.cores} cores, Node ${machine.node}, seed ${seed})`);
