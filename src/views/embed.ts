/**
 * An entry's embeddable card (`/events/<id>/embed/`) and the code that embeds it in another site's page: the card
 * shows the headline, date, speakers with their sides and the key quotation (the first) with its source, taken
 * from the entry page's own view so the two never disagree; the code is an `<iframe>` snippet (what the entry page's
 * Embed button copies) and the oEmbed response that hands the same snippet to sites that discover it.
 */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { localUrl } from '../i18n/urls.ts';
import type { SideView, Words } from './cards.ts';
import type { EntryPageView, QuotedPassage } from './entry-page.ts';

export interface EmbedCardView {
	lang: Lang;
	/** The entry page's site path: `/events/<id>/`. */
	path: string;
	/** The entry's permanent page, absolute: every link of the card leads there. */
	permalink: string;
	title: Words;
	/** Its kind and date: `Statement · 16 August 2019`. */
	kicker: string;
	date: { iso: string; text: string };
	speakers: { name: Words; side: SideView }[];
	/** The key quotation with its source; an entry without quotations shows its summary instead. */
	quote?: { passage: QuotedPassage; speaker?: Words; note?: string };
	summary: Words;
}

export interface EmbedCode {
	/** The card's absolute address. */
	url: string;
	/** The card's address on this site, to look at it here. */
	preview: string;
	/** The oEmbed response's absolute address. */
	oembed: string;
	/** The `<iframe>` to paste into a page. */
	html: string;
	title: string;
	width: number;
	height: number;
}

/** The card of an entry, from its page's view. */
export function embedCard(view: EntryPageView): EmbedCardView {
	const { lang, facts } = view;
	const [key] = view.quotes;
	return {
		lang,
		path: view.path,
		permalink: view.permalink,
		title: view.title,
		kicker: view.kicker,
		date: { iso: facts.isoDate, text: facts.date },
		speakers: facts.speakers.map((speaker) => ({
			name: { text: speaker.name, lang: speaker.lang ?? lang },
			side: speaker.side,
		})),
		quote: key && { passage: key.first, speaker: key.speaker, note: key.note },
		summary: view.summary,
	};
}

/** The card's width in CSS pixels, the width it is laid out for. */
export const EMBED_WIDTH = 560;

/** Lines of `text` at `perLine` Latin letters a line, a Hangul syllable taking the room of two. */
const lines = (text: string, perLine: number) =>
	Math.max(
		1,
		Math.ceil(
			[...text].reduce(
				(sum, char) => sum + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(char) ? 2 : 1),
				0,
			) / perLine,
		),
	);

/** The narrowest column the card is laid out for (a phone's), where its quotation may scroll in its own box. */
export const EMBED_NARROWEST = 360;

/**
 * The height the card needs at `width` px: the fixed parts, and the lines of the headline, the speakers, the quotation
 * (or summary; at most `textLines` of it, as its box scrolls) and its caption at the letters a line their type sets at
 * that width.
 */
function needed(card: EmbedCardView, width: number, textLines = Infinity): number {
	const { quote } = card;
	const per = (letters: number) => Math.floor((letters * (width - 50)) / (EMBED_WIDTH - 50));
	const speakers = card.speakers
		.map((speaker) => `${speaker.name.text} ▲ ${speaker.side.label}`)
		.join('      ');
	const caption = quote
		? `${quote.speaker?.text ?? ''}, ${t(card.lang).entry.reportedBy} ${quote.passage.source.publisher.text} ↗ ${quote.note ?? ''}`
		: '';
	return (
		140 +
		lines(card.title.text, per(40)) * 27 +
		lines(speakers, per(56)) * 24 +
		Math.min(textLines, lines(quote?.passage.text ?? card.summary.text, per(54))) * 27 +
		(quote ? lines(caption, per(66)) * 22 : 0)
	);
}

/**
 * The frame's height: all of the card at EMBED_WIDTH, and at EMBED_NARROWEST (the snippet lets the frame shrink to a
 * narrow column) everything but the quotation, of which three lines show and the rest scrolls; with room to spare for
 * other fonts. (The card scrolls inside its frame should a reader's fonts need more still.)
 */
export function embedHeight(card: EmbedCardView): number {
	const height = Math.max(needed(card, EMBED_WIDTH), needed(card, EMBED_NARROWEST, 3));
	return Math.ceil((height * 1.12) / 10) * 10;
}

/** `"` `&` `<` escaped for an attribute value. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The code that embeds the card: a frame that may open links in a new tab and nothing else. */
export function embedCode(card: EmbedCardView): EmbedCode {
	const title = t(card.lang).embed.frameTitle(card.title.text);
	const url = `${card.permalink}embed/`;
	const height = embedHeight(card);
	const html =
		`<iframe src="${attribute(url)}" width="${EMBED_WIDTH}" height="${height}" title="${attribute(title)}" ` +
		`loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox" style="border: 0; max-width: 100%"></iframe>`;
	const preview = localUrl(`${card.path}embed/`, card.lang);
	return { url, preview, oembed: `${card.permalink}oembed.json`, html, title, width: EMBED_WIDTH, height };
}

/** The oEmbed response (https://oembed.com, type "rich") for a card, naming the site in the card's language. */
export function oembedResponse(card: EmbedCardView, code: EmbedCode, site: URL) {
	return {
		version: '1.0',
		type: 'rich',
		title: card.title.text,
		provider_name: t(card.lang).siteName,
		provider_url: new URL(localUrl('/', card.lang), site).href,
		html: code.html,
		width: code.width,
		height: code.height,
	};
}
