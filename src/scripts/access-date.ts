/**
 * Fills the "[date of access]" of a citation (`data-placeholder`) with today's date: `22 November 2026` or
 * `2026년 11월 22일` (the page's language) in a reference, `2026-11-22` where an element asks for
 * `data-fill-access="iso"` (BibTeX). Without JavaScript the placeholder stays, to be filled in by hand.
 */
const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const korean = document.documentElement.lang === 'ko';
const formats = {
	long: now.toLocaleDateString(korean ? 'ko-KR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
	iso: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
};

for (const element of document.querySelectorAll<HTMLElement>('[data-fill-access]')) {
	const date = formats[element.dataset.fillAccess === 'iso' ? 'iso' : 'long'];
	const placeholder = element.dataset.placeholder ?? '';
	if (!placeholder) continue;
	const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	while (texts.nextNode())
		texts.currentNode.nodeValue = texts.currentNode.nodeValue!.replaceAll(placeholder, date);
	if (element.dataset.text) element.dataset.text = element.dataset.text.replaceAll(placeholder, date);
}
