/**
 * The peer of the build in the benchmark: the same synthetic corpus built by a bare Eleventy 3 site (eleventy/:
 * one page per Markdown file, both languages, with Eleventy's own Markdown, and one list page). Eleventy is
 * installed into tests/.tmp/bench/eleventy/ the first time the benchmark runs, never with the project.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { run, type Run } from './process-tree.ts';

const here = path.resolve('tests/bench/eleventy');
const install = path.resolve('tests/.tmp/bench/eleventy');

/** Eleventy, installed from eleventy/package.json unless that exact manifest is installed already. */
function ensureEleventy(log: (line: string) => void): string {
	const manifest = readFileSync(path.join(here, 'package.json'), 'utf8');
	const cli = path.join(install, 'node_modules/@11ty/eleventy/cmd.cjs');
	const installed = path.join(install, 'package.json');
	if (!existsSync(cli) || !existsSync(installed) || readFileSync(installed, 'utf8') !== manifest) {
		log('Installing Eleventy for the benchmark…');
		rmSync(install, { recursive: true, force: true });
		mkdirSync(install, { recursive: true });
		cpSync(path.join(here, 'package.json'), installed);
		const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
			cwd: install,
			encoding: 'utf8',
		});
		if (result.status !== 0) throw new Error(`Installing Eleventy failed:\n${result.stdout}${result.stderr}`);
	}
	return cli;
}

/** Builds the corpus in `corpus` (its `events/`) with Eleventy into `outDir`, cold. */
export async function buildWithEleventy(corpus: string, outDir: string, log: (line: string) => void): Promise<Run> {
	const cli = ensureEleventy(log);
	const input = `${outDir}-input`;
	rmSync(input, { recursive: true, force: true });
	mkdirSync(input, { recursive: true });
	symlinkSync(path.join(corpus, 'events'), path.join(input, 'events'));
	cpSync(path.join(here, 'index.njk'), path.join(input, 'index.njk'));
	cpSync(path.join(here, '_includes'), path.join(input, '_includes'), { recursive: true });
	const result = await run(process.execPath, [cli, `--config=${path.join(here, 'eleventy.config.js')}`, '--quiet'], {
		BENCH_INPUT: input,
		BENCH_OUTPUT: outDir,
	});
	// Every Markdown file and the list page, or the figure means nothing.
	const sources = readdirSync(path.join(corpus, 'events'), { recursive: true, encoding: 'utf8' }).filter((name) =>
		name.endsWith('.md'),
	).length;
	const written = Number(/Wrote (\d+) files/.exec(result.output)?.[1] ?? 0);
	if (result.status === 0 && written !== sources + 1)
		throw new Error(`Eleventy wrote ${written} files for ${sources} Markdown files:\n${result.output.slice(-3000)}`);
	return result;
}
