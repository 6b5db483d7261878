/**
 * The Markdown processor of the site: remark, not Sätteri, because our own plugins check links, mark external
 * ones and neutralise unsafe ones, set typographic punctuation and mark Korean text. Raw HTML in an entry is refused by validation
 * and, should any slip through, dropped here (allowDangerousHtml: false). astro.config.mjs uses it; the content
 * loader renders entries with it (in helper threads, src/corpus/pool.ts); tests render with it too.
 */
import { unified } from '@astrojs/markdown-remark';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkInspect, requestInspection, type MarkdownInspection } from './inspect.ts';
import { remarkLinks } from './remark-links.ts';
import { remarkKorean } from './remark-korean.ts';
import { remarkTypography } from './remark-typography.ts';
import type { Lang } from '../../i18n/languages.ts';

/** What a render tells the plugins, as Astro's `frontmatter`: the edition the text belongs to. */
export interface RenderSettings {
	lang: Lang;
}

export const markdownProcessor = unified({
	// remarkInspect and remarkHeadingIds first: they read the text as written, before the others change it.
	remarkPlugins: [remarkInspect, remarkHeadingIds, remarkLinks, remarkTypography, remarkKorean],
	remarkRehype: { allowDangerousHtml: false },
	gfm: true,
	// remarkTypography does this job at a fraction of the cost (see its header).
	smartypants: false,
});

/** The rest of Astro's Markdown settings, shared by astro.config.mjs and every renderer made here. */
export const markdownSettings = { syntaxHighlight: false } as const;

export interface RenderedEntry {
	html: string;
	metadata: Record<string, unknown>;
	/** What validation needs from the text (raw HTML, refused links, links to entries), from the same parse. */
	inspection: MarkdownInspection;
}

/** Renders entry text as the site does, inspecting it in the same pass; `lang` is the text's edition. */
export async function createEntryRenderer(): Promise<{
	render(markdown: string, lang?: Lang): Promise<RenderedEntry>;
}> {
	const renderer = await markdownProcessor.createRenderer(markdownSettings);
	return {
		async render(markdown, lang = 'en') {
			// What the plugins read (the edition, for links to the site) and the key of the inspection request.
			const settings: RenderSettings = { lang };
			const inspection = requestInspection(settings);
			const { code, metadata } = await renderer.render(markdown, { frontmatter: settings });
			const found = inspection();
			if (!found)
				throw new Error(
					'The Markdown processor did not inspect the text: remarkInspect must be one of its remark plugins.',
				);
			const images = [
				...((metadata.localImagePaths as string[]) ?? []),
				...((metadata.remoteImagePaths as string[]) ?? []),
			];
			// The shape Astro's own renderMarkdown gives, so render(entry) finds everything it expects.
			return {
				html: code,
				metadata: { ...metadata, frontmatter: {}, imagePaths: images },
				inspection: found,
			};
		},
	};
}
