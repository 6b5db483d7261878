/**
 * Writes `_headers` into the built site: the HTTP headers Netlify and Cloudflare Pages send with each file, from the
 * one declaration of the site's policy (src/lib/security/), for the base path the site is built for. The theme
 * script is read from the file the pages inline, so its hash is the one in every page's meta policy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/hosting/headers-file.ts';

export function hostHeaders(): AstroIntegration {
	let base = '';
	return {
		name: 'timeline-host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/+$/, '');
			},
			'astro:build:done': ({ dir }) => {
				const themeScript = readFileSync(new URL('../scripts/theme-init.js', import.meta.url), 'utf8');
				writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(themeScript, base));
			},
		},
	};
}
