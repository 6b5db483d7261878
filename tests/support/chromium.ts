/**
 * Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium and the usual names on
 * the PATH. On a Debian machine with none, as root, it installs Debian's `chromium` package, saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];
const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function executable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function onPath(name: string): string | undefined {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		const file = path.join(dir, name);
		if (dir && executable(file)) return file;
	}
	return undefined;
}

export function findChromium(): string | undefined {
	const configured = process.env.CHROMIUM_PATH?.trim();
	if (configured) {
		if (!executable(configured))
			throw new Error(`CHROMIUM_PATH is set to ${configured}, which is not an executable file.`);
		return configured;
	}
	return candidates.find(executable) ?? names.map(onPath).find(Boolean);
}

/** A Chromium, installed from Debian's packages when there is none and this machine can. */
export function ensureChromium(log: (line: string) => void = console.log): string {
	const found = findChromium();
	if (found) return found;
	const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	const root = process.getuid?.() === 0;
	if (!debian || !root) {
		throw new Error(
			'No Chromium found for the browser tests. Install one (on Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
		);
	}
	log('No Chromium found: installing Debian\'s "chromium" package (apt-get install -y chromium)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
	if (update.status !== 0) log('apt-get update failed; trying the install with the package lists at hand.');
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env,
	});
	const installed = findChromium();
	if (!installed)
		throw new Error("Installed Debian's chromium package, but found no chromium executable afterwards.");
	return installed;
}

/** The flags every test browser starts with: headless, no sandbox (root in CI), nothing phoning home. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
];
