/**
 * The hosts' configurations, generated from src/lib/security/: deploy/nginx.conf is in step with its generator (as
 * `npm run nginx` writes it), and a site built for a sub-path gets every rule under its base path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/hosting/headers-file.ts';
import { DEFAULT_ROOT, nginxConfig } from '../../src/lib/hosting/nginx.ts';
import { parseHeadersFile } from '../support/headers-file.ts';

const themeScript = readFileSync('src/scripts/theme-init.js', 'utf8');

describe('the nginx configuration', () => {
	it('in deploy/ is in step with the policy and the theme script (run npm run nginx after changing either)', () => {
		expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig({ themeScript, root: DEFAULT_ROOT }));
	});

	it('for a sub-path serves only under it, with each edition’s 404 page there', () => {
		const config = nginxConfig({ themeScript, root: '/srv/www', base: '/timeline' });
		const locations = [...config.matchAll(/^\tlocation (.*) \{$/gm)].map((match) => match[1]!);
		expect(locations).toContain('/timeline/');
		expect(
			locations.filter((location) => !location.includes('/timeline/') && !location.includes('\\.csv')),
		).toEqual([]);
		expect(config).toContain('default /timeline/404.html;');
		expect(config).toContain('~^/timeline/ko(/|$) /timeline/ko/404/index.html;');
	});
});

describe('the _headers file', () => {
	it('for a sub-path has the rules of a site at the root, each under the base path', () => {
		const atRoot = parseHeadersFile(headersFile(themeScript));
		const underBase = parseHeadersFile(headersFile(themeScript, '/timeline'));
		expect(underBase.map((rule) => rule.pattern)).toEqual(atRoot.map((rule) => `/timeline${rule.pattern}`));
		expect(underBase.map((rule) => rule.headers)).toEqual(atRoot.map((rule) => rule.headers));
	});
});
