/** Builds the site from a content folder (TIMELINE_CONTENT_DIR) into a folder of its own, as `npm run build` does. */
import { spawnSync } from 'node:child_process';

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, stdout and stderr. */
	output: string;
}

export interface BuildOptions {
	/** Also build the full-text search index, as `npm run build` does (TIMELINE_SEARCH). */
	search?: boolean;
	/** More environment, e.g. a time zone. */
	env?: Record<string, string>;
	/** The project to build (default: this one), e.g. a copy whose code a test edits. */
	cwd?: string;
}

export function buildSite(contentDir: string, outDir: string, options: BuildOptions = {}): BuildResult {
	const env = {
		...process.env,
		TIMELINE_CONTENT_DIR: contentDir,
		TIMELINE_SEARCH: options.search ? '1' : '0',
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
		...options.env,
	};
	const astro = spawnSync(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
		{ env, encoding: 'utf8', cwd: options.cwd },
	);
	return { status: astro.status, output: `${astro.stdout}\n${astro.stderr}` };
}
