/**
 * A program the tests need from the machine (Chromium, nginx): found where a setting says, in the usual places or on
 * the PATH; on a Debian machine without it, as root, installed from Debian's packages, saying so, the way a fresh CI
 * machine gets everything it needs from `npm test`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

export interface Tool {
	/** What the tests call it, in messages: "Chromium". */
	name: string;
	/** What they need it for: "the browser tests". */
	purpose: string;
	/** The environment variable that names its executable: CHROMIUM_PATH. */
	setting: string;
	/** Where Debian and others put it, tried first. */
	paths: string[];
	/** The names it goes by on the PATH. */
	commands: string[];
	/** Debian's package. */
	debianPackage: string;
}

function executable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function onPath(command: string): string | undefined {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		const file = path.join(dir, command);
		if (dir && executable(file)) return file;
	}
	return undefined;
}

export function findTool(tool: Tool): string | undefined {
	const configured = process.env[tool.setting]?.trim();
	if (configured) {
		if (!executable(configured))
			throw new Error(`${tool.setting} is set to ${configured}, which is not an executable file.`);
		return configured;
	}
	return tool.paths.find(executable) ?? tool.commands.map(onPath).find(Boolean);
}

/** The tool, installed from Debian's packages when there is none and this machine can. */
export function ensureTool(tool: Tool, log: (line: string) => void = console.log): string {
	const found = findTool(tool);
	if (found) return found;
	const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	if (!debian || process.getuid?.() !== 0)
		throw new Error(
			`No ${tool.name} found for ${tool.purpose}. Install it (on Debian: apt-get install ${tool.debianPackage}) or set ${tool.setting} to its executable.`,
		);
	log(
		`No ${tool.name} found: installing Debian's "${tool.debianPackage}" package (apt-get install -y ${tool.debianPackage})…`,
	);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
	if (update.status !== 0) log('apt-get update failed; trying the install with the package lists at hand.');
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', tool.debianPackage], {
		stdio: 'inherit',
		env,
	});
	const installed = findTool(tool);
	if (!installed)
		throw new Error(
			`Installed Debian's ${tool.debianPackage} package, but found no ${tool.name} executable afterwards.`,
		);
	return installed;
}
