/**
 * `npm run dev` on the benchmark's corpus, as an editor meets it: how long from the command until an entry's page
 * is served, and how long from saving an edit to that entry until its page shows the edit.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface DevFigures {
	/** Seconds from `npm run dev` to the entry's page answering 200. */
	ready: number;
	/** Seconds from saving an edit to the page showing it. */
	edit: number;
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Polls `url` until `done(body)` holds; the seconds it took from `since`. */
async function until(url: string, done: (body: string) => boolean, since: number, limitSeconds: number) {
	while ((performance.now() - since) / 1000 < limitSeconds) {
		try {
			const response = await fetch(url);
			if (response.ok && done(await response.text())) return (performance.now() - since) / 1000;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	throw new Error(`${url} did not answer as expected within ${limitSeconds} s.`);
}

/** Starts the dev server on the corpus in `dir`, opens entry `id` (in `file`), edits it, and stops the server. */
export async function measureDev(dir: string, id: string, file: string): Promise<DevFigures> {
	const port = await freePort();
	const started = performance.now();
	const server = spawn('npm', ['run', 'dev', '--silent', '--', '--port', String(port), '--host', '127.0.0.1'], {
		env: { ...process.env, TIMELINE_CONTENT_DIR: dir, ASTRO_DEV_BACKGROUND: '0' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	server.stdout.on('data', (chunk) => (output += chunk));
	server.stderr.on('data', (chunk) => (output += chunk));
	const url = `http://127.0.0.1:${port}/events/${id}/`;
	const original = readFileSync(file, 'utf8');
	try {
		const ready = await until(url, () => true, started, 300);
		const marker = `Edited for the benchmark ${Date.now()}`;
		const saved = performance.now();
		writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
		const edit = await until(url, (body) => body.includes(marker), saved, 120);
		return { ready, edit };
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${output.slice(-3000)}`);
	} finally {
		writeFileSync(file, original);
		try {
			process.kill(-server.pid!, 'SIGTERM');
		} catch {
			// gone already
		}
	}
}
