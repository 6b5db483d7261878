/**
 * Serving a built site through nginx, with the configuration the project generates for self-hosting
 * (src/lib/hosting/nginx.ts), so tests see the headers a real host sends. Finds nginx (NGINX_PATH, Debian's
 * /usr/sbin/nginx, the PATH); on a Debian machine without it, as root, installs Debian's `nginx` package, saying so.
 * The server runs in the foreground, as the current user, with everything it writes in a folder of its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxConfig } from '../../src/lib/hosting/nginx.ts';
import { ensureTool, findTool, type Tool } from './debian-tool.ts';
import { freePort, waitFor } from './preview-server.ts';

const themeScript = readFileSync(new URL('../../src/scripts/theme-init.js', import.meta.url), 'utf8');

const nginxTool: Tool = {
	name: 'nginx',
	purpose: 'the hosting tests',
	setting: 'NGINX_PATH',
	paths: ['/usr/sbin/nginx'],
	commands: ['nginx'],
	debianPackage: 'nginx',
};

export const findNginx = () => findTool(nginxTool);

/** nginx, installed from Debian's packages when there is none and this machine can. */
export const ensureNginx = (log?: (line: string) => void) => ensureTool(nginxTool, log);

export interface Served {
	/** The server's origin: `http://127.0.0.1:<port>`. */
	origin: string;
	stop: () => void;
}

/**
 * Serves `root` through nginx with the project's configuration for a site under `base` ('' or '/timeline'): for a
 * site at the root, `root` is the built folder; under a sub-path, the folder that holds it as `<base>/`.
 */
export async function startNginx(root: string, base = ''): Promise<Served> {
	const nginx = ensureNginx();
	const port = await freePort();
	const dir = mkdtempSync(path.join(tmpdir(), 'timeline-nginx-'));
	for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, temp));
	const site = nginxConfig({
		themeScript,
		base,
		root: path.resolve(root),
		listen: `127.0.0.1:${port}`,
		serverName: 'localhost',
	});
	writeFileSync(path.join(dir, 'site.conf'), site);
	// Debian's list of file types, as a packaged nginx has it; the site's configuration adds what it lacks.
	const mimeTypes = ['/etc/nginx/mime.types', path.join(path.dirname(nginx), '../conf/mime.types')].find(
		existsSync,
	);
	writeFileSync(
		path.join(dir, 'nginx.conf'),
		[
			'daemon off;',
			'master_process off;',
			`pid ${dir}/nginx.pid;`,
			`error_log ${dir}/error.log warn;`,
			'events { worker_connections 256; }',
			'http {',
			mimeTypes ? `\tinclude ${mimeTypes};` : '',
			'\tdefault_type application/octet-stream;',
			'\taccess_log off;',
			...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(temp) => `\t${temp === 'body' ? 'client_body' : temp}_temp_path ${dir}/${temp};`,
			),
			`\tinclude ${dir}/site.conf;`,
			'}',
			'',
		].join('\n'),
	);
	const server = spawn(nginx, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	server.stdout.on('data', (chunk) => (output += chunk));
	server.stderr.on('data', (chunk) => (output += chunk));
	const origin = `http://127.0.0.1:${port}`;
	try {
		await waitFor(`${origin}${base}/`, 30_000);
	} catch (error) {
		server.kill();
		const log = existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, 'utf8') : '';
		throw new Error(`nginx did not serve ${root}: ${(error as Error).message}\n${output}\n${log}`);
	}
	return { origin, stop: () => server.kill() };
}
