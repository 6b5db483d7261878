// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cacheDirFor } from './src/corpus/content-dir.ts';
import { citationFiles } from './src/integrations/citation-files.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { outputFolder } from './src/integrations/output-folder.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { markdownProcessor, markdownSettings } from './src/lib/markdown/processor.ts';

export default defineConfig({
	// The address the site is published at (canonical links, feeds, the sitemap) and the path under it (a project
	// site on a code host: /<repo>/). Set SITE_URL and BASE_PATH when deploying.
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
	// Another content folder (tests, benchmarks) gets its own cache, so builds of different corpora never share one.
	cacheDir: cacheDirFor(),
	integrations: [
		// The last build's files are moved aside and deleted while this one runs (src/integrations/output-folder.ts).
		outputFolder(),
		// Both editions, each page with its counterpart (hreflang); the 404 pages have no address of their own, and
		// embed cards (/events/<id>/embed/) are parts of other sites' pages, not pages to find.
		sitemap({
			filter: (page) => !/\/(?:404|embed)\/?$/.test(page),
			i18n: { defaultLocale: 'en', locales: { en: 'en', ko: 'ko' } },
		}),
		searchIndex(),
		// Each entry's reference files, cut from the whole record's (src/integrations/citation-files.ts).
		citationFiles(),
		// dist/_headers: the policy and the other security headers as Netlify and Cloudflare Pages send them.
		hostHeaders(),
	],
	// Stylesheets stay files: cached across pages, and no inline style for the Content Security Policy to allow.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// remark with our link and typography plugins; raw HTML dropped (src/lib/markdown/processor.ts).
	markdown: { ...markdownSettings, processor: markdownProcessor },
	vite: {
		// Scripts stay files too, however small: cacheable, and allowed by a Content Security Policy of 'self'.
		build: { assetsInlineLimit: 0 },
		// The base path, where src/i18n/urls.ts reads it, also in the browser.
		define: { 'process.env.BASE_PATH': JSON.stringify(process.env.BASE_PATH || '/') },
	},
	experimental: {
		// Lets the Astro editor extension complete and check the front matter of content/events/*.md.
		contentIntellisense: true,
		// A page is rendered again only when its props (src/site/paths.ts: its cache key) or its code changed.
		incrementalBuild: true,
	},
	devToolbar: { enabled: false },
});
