/** Builds the site from another content folder (TIMELINE_CONTENT_DIR) into a folder of its own. */
import { spawnSync } from 'node:child_process';

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, stdout and stderr. */
	output: string;
}

export function buildSite(contentDir: string, outDir: string): BuildResult {
	const result = spawnSync(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
		{
			env: {
				...process.env,
				TIMELINE_CONTENT_DIR: contentDir,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
			encoding: 'utf8',
		},
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
