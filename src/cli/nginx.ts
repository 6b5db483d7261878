/**
 * `npm run nginx`: writes the nginx configuration for self-hosting (src/lib/hosting/nginx.ts) to deploy/nginx.conf,
 * for a site at the root of its server in /var/www/inter-korean-statements. For another folder or a sub-path:
 * `BASE_PATH=/timeline/ npm run nginx -- --root /srv/www --server-name example.org --out /etc/nginx/conf.d/timeline.conf`
 * (`--out -` prints it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { basePath } from '../i18n/urls.ts';
import { DEFAULT_ROOT, nginxConfig } from '../lib/hosting/nginx.ts';

export const nginxFile = path.join('deploy', 'nginx.conf');

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: DEFAULT_ROOT },
		out: { type: 'string', default: nginxFile },
		// The site's domain: Debian's default site already answers any other name on port 80.
		'server-name': { type: 'string', default: '_' },
	},
});
const themeScript = readFileSync(new URL('../scripts/theme-init.js', import.meta.url), 'utf8');
const base = basePath();
const config = nginxConfig({
	themeScript,
	root: path.resolve(values.root),
	base,
	serverName: values['server-name'],
});
if (values.out === '-') process.stdout.write(config);
else {
	mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
	writeFileSync(values.out, config);
	console.log(
		`Wrote ${values.out}${base ? ` for a site under ${base}/` : ''}, serving ${path.resolve(values.root)}`,
	);
}
