/**
 * The `_headers` file Netlify and Cloudflare Pages read from the output folder: the headers of src/lib/security/
 * headers.ts as their rules (a path pattern, then its headers, indented). Common headers and the cache of Astro's
 * bundles go to every response by `/*` and `/_astro/*`, which set headers no page rule sets; each page's policy comes
 * from the one page rule that matches it.
 */
import { commonHeaders, immutableAssets, pageHeaders, pagePatterns } from '../security/headers.ts';

const rule = (pattern: string, headers: Record<string, string>) =>
	[pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** The file's text for a site published under `base` ('' at the root, '/timeline' under a sub-path). */
export function headersFile(themeScript: string, base = ''): string {
	const rules = [
		rule(`${base}/*`, commonHeaders),
		rule(`${base}${immutableAssets.folder}*`, immutableAssets.headers),
		...pagePatterns(base).map(({ pattern, kind }) => rule(pattern, pageHeaders(kind, themeScript))),
	];
	return `# The site's HTTP headers for Netlify and Cloudflare Pages, written by the build from src/lib/security/.\n\n${rules.join('\n\n')}\n`;
}
