// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { remarkLinks } from './src/lib/markdown/remark-links.ts';

// Another content folder (tests, benchmarks) gets its own cache, so builds of different corpora never share one.
const corpus = process.env.TIMELINE_CONTENT_DIR;
const cacheDir = corpus
	? `./node_modules/.astro/corpus-${createHash('sha256').update(corpus).digest('hex').slice(0, 12)}`
	: undefined;

export default defineConfig({
	cacheDir,
	// The address the site is published at, for canonical links and feeds. Set SITE_URL when deploying.
	site: process.env.SITE_URL || 'http://localhost:4321',
	trailingSlash: 'always',
	// Stylesheets stay files: cached across pages, and no inline style for the Content Security Policy to allow.
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		syntaxHighlight: false,
		// remark, not Sätteri: our own plugin marks external links and neutralises unsafe ones; raw HTML in an
		// entry is refused by validation and, should any slip through, dropped here (allowDangerousHtml: false).
		processor: unified({ remarkPlugins: [remarkLinks], remarkRehype: { allowDangerousHtml: false } }),
	},
	// Scripts stay files too, however small: cacheable, and allowed by a Content Security Policy of 'self'.
	vite: { build: { assetsInlineLimit: 0 } },
	// Lets the Astro editor extension complete and check the front matter of content/events/*.md.
	experimental: { contentIntellisense: true },
	devToolbar: { enabled: false },
});
