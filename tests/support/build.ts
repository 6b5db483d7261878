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

/**
 * What Vitest puts in the environment of its own process (Vite's `import.meta.env`): a build inherits it, and Astro
 * then reads `import.meta.env.BASE_URL` as Vitest's '/' instead of the BASE_PATH it was given.
 */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function buildSite(contentDir: string, outDir: string, options: BuildOptions = {}): BuildResult {
	const env = {
		...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.includes(name))),
		// Vitest's NODE_ENV=test would make Vite build with import.meta.env.DEV true (drafts published, dev-only paths).
		NODE_ENV: 'production',
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
