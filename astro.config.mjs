// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { outputFolder } from './src/lib/build/output-folder.ts';
import { cacheDirFor, contentDir } from './src/lib/corpus/content-dir.ts';
import { markdownProcessor, markdownSettings } from './src/lib/markdown/processor.ts';
import { searchIndex } from './src/lib/search/integration.ts';
import { themeScriptHash } from './src/lib/theme.ts';

export default defineConfig({
	// Another content folder (tests, benchmarks) gets its own cache, so builds of different corpora never share one.
	cacheDir: cacheDirFor(),
	// outputFolder first: it may empty dist/ before the search index looks at what is there.
	integrations: [
		outputFolder(() => contentDir()),
		sitemap({ filter: (page) => !page.endsWith('/404/') }),
		searchIndex(),
	],
	// The address the site is published at, for canonical links and feeds. Set SITE_URL when deploying.
	site: process.env.SITE_URL || 'http://localhost:4321',
	trailingSlash: 'always',
	// Stylesheets stay files: cached across pages, and no inline style for the Content Security Policy to allow.
	// Four pages at a time: one renders while the others are written out (measured with npm run bench).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// remark with our link and typography plugins; raw HTML dropped (src/lib/markdown/processor.ts).
	markdown: { ...markdownSettings, processor: markdownProcessor },
	// Scripts stay files too, however small: cacheable, and allowed by a Content Security Policy of 'self'.
	// dist/ is kept between builds for incremental builds; src/lib/build/output-folder.ts keeps it clean.
	vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
	// Lets the Astro editor extension complete and check the front matter of content/events/*.md.
	// Incremental builds: an entry's page is rendered again only when what it shows changed (page-key.ts).
	experimental: { contentIntellisense: true, incrementalBuild: true },
	// A Content Security Policy on every page: only this site's own scripts, styles, images and data; nothing
	// inline but what is hashed (Astro's own, and the theme script). The search page adds 'wasm-unsafe-eval' for Pagefind, and only it.
	security: {
		csp: {
			// The theme script runs before the first paint, so it is written into the head rather than bundled.
			scriptDirective: { hashes: [themeScriptHash()] },
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
