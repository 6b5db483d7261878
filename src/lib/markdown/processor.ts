/**
 * The Markdown processor of the site: remark, not Sätteri, because our own plugin marks external links and
 * neutralises unsafe ones. Raw HTML in an entry is refused by validation and, should any slip through, dropped
 * here (allowDangerousHtml: false). astro.config.mjs uses it; tests render with it too.
 */
import { unified } from '@astrojs/markdown-remark';
import { remarkLinks } from './remark-links.ts';

export const markdownProcessor = unified({
	remarkPlugins: [remarkLinks],
	remarkRehype: { allowDangerousHtml: false },
});
