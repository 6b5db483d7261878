/**
 * The output folder kept from one build to the next, for incremental builds (experimental.incrementalBuild): a page
 * whose cache key and code are unchanged stays in dist/ as it is, neither rendered nor written again (Astro would
 * otherwise empty dist/ and copy every page back from its cache). What this asks of us:
 * - a folder last built from other content or settings, or changed since by anything else (another build, a hand),
 *   is emptied first, so nothing stale survives;
 * - after the build, pages and files of the previous build that this one did not make (an entry removed or renamed,
 *   a file gone from public/, old script and style bundles) are deleted.
 * A stamp in Astro's cache folder (not in the published folder, whose bytes must not depend on where it was built)
 * records what made the folder and the time each of its files was written.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

interface Stamp {
	/** What the folder was built from: the content folder. */
	from: string;
	/** The pages, endpoints and public files it holds, relative to it, with the time each was last written. */
	files: Record<string, number>;
}

function filesIn(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function readStamp(file: string): Stamp | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
	} catch {
		return undefined;
	}
}

function writtenAt(file: string): number | undefined {
	try {
		return statSync(file).mtimeMs;
	} catch {
		return undefined;
	}
}

/** Whether `root` still holds what the stamp says this project's last build into it left there. */
function untouched(root: string, stamp: Stamp | undefined, from: string): boolean {
	if (stamp?.from !== from) return false;
	return Object.entries(stamp.files).every(([file, time]) => writtenAt(path.join(root, file)) === time);
}

/** Deletes `files` (relative to `root`), and the folders they leave empty. */
function remove(root: string, files: Iterable<string>): void {
	const folders = new Set<string>();
	for (const file of files) {
		rmSync(path.join(root, file), { force: true });
		for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) folders.add(folder);
	}
	// Deepest first, so a parent is looked at after its children.
	for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
		const full = path.join(root, folder);
		if (existsSync(full) && readdirSync(full).length === 0) rmdirSync(full);
	}
}

export function outputFolder(content: () => string): AstroIntegration {
	let outDir = '';
	let publicDir = '';
	let stampFile = '';
	let started = 0;
	return {
		name: 'timeline-output-folder',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				publicDir = fileURLToPath(config.publicDir);
				const folder = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
				stampFile = path.join(fileURLToPath(config.cacheDir), 'output-folders', `${folder}.json`);
			},
			'astro:build:start': ({ logger }) => {
				started = Date.now();
				if (!existsSync(outDir) || untouched(outDir, readStamp(stampFile), content())) return;
				if (readdirSync(outDir).length > 0)
					logger.info(`${outDir} holds another build's output: emptying it.`);
				for (const name of readdirSync(outDir))
					rmSync(path.join(outDir, name), { recursive: true, force: true });
				rmSync(stampFile, { force: true });
			},
			'astro:build:done': ({ dir, assets }) => {
				const root = fileURLToPath(dir);
				const made = new Set(filesIn(publicDir));
				for (const urls of assets.values())
					for (const url of urls) made.add(path.relative(root, fileURLToPath(url)).split(path.sep).join('/'));
				const before = readStamp(stampFile);
				const stale = Object.keys(before?.files ?? {}).filter((file) => !made.has(file));
				// Bundles are named by their content: those of earlier builds are older than this one.
				for (const file of filesIn(path.join(root, '_astro')))
					if (statSync(path.join(root, '_astro', file)).mtimeMs < started - 1000)
						stale.push(`_astro/${file}`);
				remove(root, stale);
				const files: Record<string, number> = {};
				for (const file of [...made].sort()) {
					const time = writtenAt(path.join(root, file));
					if (time !== undefined) files[file] = time;
				}
				mkdirSync(path.dirname(stampFile), { recursive: true });
				writeFileSync(stampFile, JSON.stringify({ from: content(), files } satisfies Stamp));
			},
		},
	};
}
