// @ts-check
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { markdownProcessor, markdownSettings } from './src/lib/markdown/processor.ts';
import { searchIndex } from './src/lib/search/integration.ts';

// Another content folder (tests, benchmarks) gets its own cache, so builds of different corpora never share one.
const corpus = process.env.TIMELINE_CONTENT_DIR;
const cacheDir = corpus
	? `./node_modules/.astro/corpus-${createHash('sha256').update(corpus).digest('hex').slice(0, 12)}`
	: undefined;

export default defineConfig({
	cacheDir,
	integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), searchIndex()],
	// The address the site is published at, for canonical links and feeds. Set SITE_URL when deploying.
	site: process.env.SITE_URL || 'http://localhost:4321',
	trailingSlash: 'always',
	// Stylesheets stay files: cached across pages, and no inline style for the Content Security Policy to allow.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// remark with our link and typography plugins; raw HTML dropped (src/lib/markdown/processor.ts).
	markdown: { ...markdownSettings, processor: markdownProcessor },
	// Scripts stay files too, however small: cacheable, and allowed by a Content Security Policy of 'self'.
	vite: { build: { assetsInlineLimit: 0 } },
	// Lets the Astro editor extension complete and check the front matter of content/events/*.md.
	experimental: { contentIntellisense: true },
	// A Content Security Policy on every page: only this site's own scripts, styles, images and data; nothing
	// inline but what Astro hashes. The search page adds 'wasm-unsafe-eval' for Pagefind, and only it.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	devToolbar: { enabled: false },
});
