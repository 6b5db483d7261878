/**
 * The nginx configuration for self-hosting: the headers of src/lib/security/headers.ts, the 404 page of each edition
 * (`/ko/<missing>` gets the Korean one), and the file types Debian's nginx does not know. nginx sends the headers of
 * the one `location` that serves a request, so each location lists all of its headers; every address that is not an
 * embed card or the search page, a missing one included, is served as a page that may not be framed.
 * `npm run nginx` writes it (deploy/nginx.conf); the hosting tests serve dist/ through it.
 */
import { commonHeaders, immutableAssets, pageHeaders, pagePatterns } from '../security/headers.ts';
import type { PageKind } from '../security/policy.ts';

export interface NginxOptions {
	/** The theme script's text, whose hash the policy allows. */
	themeScript: string;
	/** The folder nginx serves from: dist/ for a site at the root, the folder holding it as `<base>/` under a sub-path. */
	root: string;
	/** The base path: '' at the root, '/timeline' under a sub-path. */
	base?: string;
	listen?: string;
	serverName?: string;
}

/** Where deploy/nginx.conf expects the built site: a site at the root of its server, copied from dist/. */
export const DEFAULT_ROOT = '/var/www/inter-korean-statements';

/** Files nginx's list of types lacks, with theirs. */
const extraTypes: Record<string, string> = { csv: 'text/csv' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A site path pattern (`/ko/events/:id/embed/`) as a regular expression of the paths that serve it, `index.html` too. */
function patternRegex(pattern: string): string {
	const body = pattern
		.split(/(:[a-z]+|\*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)))
		.join('');
	return `^${body}${pattern.endsWith('/') ? '(?:index\\.html)?' : ''}$`;
}

const headerLines = (headers: Record<string, string>, indent: string) =>
	Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);

function location(match: string, headers: Record<string, string>, extra: string[] = []): string {
	return [
		`\tlocation ${match} {`,
		...extra.map((line) => `\t\t${line}`),
		...headerLines(headers, '\t\t'),
		'\t}',
	].join('\n');
}

export function nginxConfig(options: NginxOptions): string {
	const { themeScript, root, base = '', listen = '80', serverName = '_' } = options;
	const headers = (kind: PageKind) => ({ ...commonHeaders, ...pageHeaders(kind, themeScript) });
	// Pages other than plain pages get a location each; the rest of the site is served as plain pages.
	const special = pagePatterns(base).filter(({ kind }) => kind !== 'page');
	const kinds = [...new Set(special.map(({ kind }) => kind))];
	return `# The site's nginx configuration, written by \`npm run nginx\` from src/lib/security/ (run it again rather than
# editing this file). Include it in nginx's http block (on Debian: /etc/nginx/conf.d/), with \`root\` where the built
# site is published and \`server_name\` its domain (--root, --server-name), and add TLS (listen 443 ssl, with your
# certificate) in front of it.

# The 404 page of the edition an address is in.
map $uri $timeline_not_found {
	default ${base}/404.html;
	~^${escape(base)}/ko(/|$) ${base}/ko/404/index.html;
}

server {
	listen ${listen};
	server_name ${serverName};
	root ${root};
	index index.html;
	charset utf-8;
	charset_types text/css text/csv text/plain text/xml application/javascript application/json application/rss+xml image/svg+xml;
	# Text goes out compressed (nginx compresses only HTML unless told); Pagefind's own files come compressed already.
	gzip on;
	gzip_vary on;
	gzip_min_length 256;
	gzip_types text/css text/csv text/plain text/xml application/javascript application/json application/rss+xml application/xml image/svg+xml;
	# Redirects to the address with its slash stay on the host and port the reader used.
	absolute_redirect off;
	error_page 404 $timeline_not_found;

${location(`^~ ${base}${immutableAssets.folder}`, { ...commonHeaders, ...immutableAssets.headers })}

${kinds
	.map((kind) =>
		location(
			`~ ${special
				.filter((page) => page.kind === kind)
				.map(({ pattern }) => patternRegex(pattern))
				.join('|')}`,
			headers(kind),
		),
	)
	.join('\n\n')}

${Object.entries(extraTypes)
	.map(([extension, type]) =>
		// The bare type: charset_types adds the charset, and gzip_types would not match a type with one.
		location(`~ \\.${extension}$`, headers('page'), ['types { }', `default_type ${type};`]),
	)
	.join('\n\n')}

${location(`${base}/`, headers('page'))}
}
`;
}
