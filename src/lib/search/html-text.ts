/**
 * The words of an entry's rendered text, for the search index: one line per paragraph, heading, list item or
 * quotation, without tags. The HTML is the site's own (src/lib/markdown/processor.ts: no raw HTML gets through), so
 * tags and character references are all this needs to read. The "↗ (external site)" marks on links are left out:
 * they are words for readers of the page, not of the entry.
 */
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
		if (name[0] !== '#') return named[name.toLowerCase()] ?? reference;
		const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
		return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
	});
}

export function htmlText(html: string): string {
	return decode(
		html
			.replace(/<span class="external-mark">.*?<\/span><\/span>/g, '')
			.replace(/<\/(p|h[1-6]|li|blockquote|pre|td|th|dd|dt)>|<br\s*\/?>/g, '\n')
			.replace(/<[^>]*>/g, ''),
	)
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}
