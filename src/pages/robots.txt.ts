/** `/robots.txt`: everything may be crawled; the sitemap lists every page of both editions. */
import type { APIContext } from 'astro';
import { localUrl } from '../i18n/urls.ts';

export function GET({ site }: APIContext) {
	const sitemap = new URL(localUrl('/sitemap-index.xml'), site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
}
