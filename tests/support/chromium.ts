/** Chromium for the browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium and the usual names on the PATH. */
import { ensureTool, findTool, type Tool } from './debian-tool.ts';

const chromiumTool: Tool = {
	name: 'Chromium',
	purpose: 'the browser tests',
	setting: 'CHROMIUM_PATH',
	paths: [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
	],
	commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
	debianPackage: 'chromium',
};

export const findChromium = () => findTool(chromiumTool);

/** A Chromium, installed from Debian's packages when there is none and this machine can. */
export const ensureChromium = (log?: (line: string) => void) => ensureTool(chromiumTool, log);

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
