/**
 * Fills the "[date of access]" of a citation with today's date: `22 November 2026` in a reference, `2026-11-22`
 * where an element asks for `data-fill-access="iso"` (BibTeX). Without JavaScript the placeholder stays, to be
 * filled in by hand.
 */
import { ACCESS_PLACEHOLDER } from '../lib/citation-placeholder.ts';

const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const formats = {
	long: now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
	iso: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
};

export function accessDate(format: keyof typeof formats = 'long'): string {
	return formats[format];
}

for (const element of document.querySelectorAll<HTMLElement>('[data-fill-access]')) {
	const date = formats[element.dataset.fillAccess === 'iso' ? 'iso' : 'long'];
	const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	while (texts.nextNode())
		texts.currentNode.nodeValue = texts.currentNode.nodeValue!.replaceAll(ACCESS_PLACEHOLDER, date);
	if (element.dataset.text) element.dataset.text = element.dataset.text.replaceAll(ACCESS_PLACEHOLDER, date);
}
