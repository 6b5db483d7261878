/**
 * Serving a built site with `astro preview` in the foreground (never in the background, whatever Astro thinks of
 * the caller) on a free port. The default export is the browser tests' global setup: it serves dist/ and makes
 * sure a Chromium is at hand.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		chromiumPath: string;
	}
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
			);
		});
	});
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`The preview server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/** Serves `dist` and returns its address and a function that stops the server. */
export async function startPreview(dist: string): Promise<{ baseUrl: string; stop: () => void }> {
	if (!existsSync(`${dist}/index.html`))
		throw new Error(`No built site in ${dist}/: run \`npm run build\` first.`);
	const port = await freePort();
	const server = spawn(
		process.execPath,
		[
			'node_modules/astro/bin/astro.mjs',
			'preview',
			'--ignore-lock',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--outDir',
			dist,
		],
		{
			env: {
				...process.env,
				ASTRO_PREVIEW_BACKGROUND: '0',
				ASTRO_DEV_BACKGROUND: '0',
				ASTRO_TELEMETRY_DISABLED: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	server.stdout.on('data', (chunk) => (output += chunk));
	server.stderr.on('data', (chunk) => (output += chunk));
	const baseUrl = `http://127.0.0.1:${port}`;
	try {
		await waitFor(`${baseUrl}/`, 30_000);
	} catch (error) {
		server.kill();
		throw new Error(`${(error as Error).message}\n${output}`);
	}
	return { baseUrl, stop: () => server.kill() };
}

export default async function setup(project: TestProject) {
	project.provide('chromiumPath', ensureChromium());
	const { baseUrl, stop } = await startPreview(process.env.TIMELINE_DIST ?? 'dist');
	project.provide('baseUrl', baseUrl);
	return stop;
}
