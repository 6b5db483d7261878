import { tooDeep } from '../../src/lib/markdown/inspect.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitMarkdownFile } from '../../src/lib/validation/source-file.ts';
import { inspectMarkdown, inspectTree, placeInText } from '../../src/lib/markdown/inspect.ts';
import { createEntryRenderer } from '../../src/lib/markdown/processor.ts';
import { remarkLinks } from '../../src/lib/markdown/remark-links.ts';
import { remarkTypography } from '../../src/lib/markdown/remark-typography.ts';
import { classifyUrl, eventIdOfPath } from '../../src/lib/markdown/url-policy.ts';

const render = (markdown: string) =>
	String(
		unified().use(remarkParse).use(remarkLinks).use(remarkRehype).use(rehypeStringify).processSync(markdown),
	);

describe('link policy', () => {
	it('allows web pages, e-mail and site paths, and nothing else', () => {
		expect(classifyUrl('https://en.yna.co.kr/view/x').kind).toBe('external');
		expect(classifyUrl('mailto:editors@example.org').kind).toBe('mailto');
		expect(classifyUrl('/events/2019-08-16-cprk-refuses-talks/').kind).toBe('internal');
		expect(classifyUrl('#sources').kind).toBe('internal');
		for (const bad of [
			'javascript:alert(1)',
			' JaVaScRiPt:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,<b>',
			'vbscript:x',
			'file:///etc/passwd',
			'//evil.example/x',
			'relative/path',
			'',
		]) {
			expect(classifyUrl(bad).kind, bad).toBe('refused');
		}
	});

	it('finds the entry a site path points to', () => {
		expect(eventIdOfPath('/events/2019-08-16-cprk-refuses-talks/')).toBe('2019-08-16-cprk-refuses-talks');
		expect(eventIdOfPath('/events/2019-08-16-cprk-refuses-talks/#sources')).toBe(
			'2019-08-16-cprk-refuses-talks',
		);
		expect(eventIdOfPath('/ko/events/2019-08-16-cprk-refuses-talks/#source-2')).toBe('2019-08-16-cprk-refuses-talks');
		expect(eventIdOfPath('/about/')).toBeUndefined();
	});
});

describe('the remark plugin for links', () => {
	it('marks a link to another site and keeps the referrer to itself', () => {
		const html = render('See [Yonhap](https://en.yna.co.kr/view/AEN1).');
		expect(html).toContain(
			'<a href="https://en.yna.co.kr/view/AEN1" rel="noopener noreferrer" class="external">Yonhap',
		);
		expect(html).toContain(
			'<span aria-hidden="true">↗</span><span class="visually-hidden"> (external site)</span>',
		);
	});

	it('marks reference-style external links too', () => {
		expect(render('See [Yonhap][y].\n\n[y]: https://en.yna.co.kr/view/AEN1')).toContain(
			'rel="noopener noreferrer"',
		);
	});

	it('leaves links within the site alone', () => {
		expect(render('[the refusal](/events/2019-08-16-cprk-refuses-talks/)')).toBe(
			'<p><a href="/events/2019-08-16-cprk-refuses-talks/">the refusal</a></p>',
		);
	});

	it('turns an unsafe link into plain text and drops an image from elsewhere', () => {
		expect(render('[click](javascript:alert(1)) ![x](https://evil.example/x.png)')).toBe('<p>click </p>');
	});

	it('drops an image from elsewhere written as a reference too', () => {
		expect(render('![x][pic]\n\n[pic]: https://evil.example/x.png')).toBe('<p></p>');
		expect(render('![A map][pic]\n\n[pic]: /images/map.png')).toBe(
			'<p><img src="/images/map.png" alt="A map"></p>',
		);
	});
});

/** Every entry text at hand: the project's content, the hostile fixtures, and constructs GFM reads differently. */
function sampleTexts(): string[] {
	const texts = ['content/events', 'tests/fixtures/hostile'].flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.md'))
			.map((name) => splitMarkdownFile(readFileSync(path.join(dir, name), 'utf8')).body)
			// A text nested too deep is refused before it is parsed (tooDeep): no parser is asked to read it.
			.filter((body) => !tooDeep(body)),
	);
	return texts.concat([
		'See www.example.org and https://example.org/x and editors@example.org.',
		'Write to mailto:editors@example.org or xmpp:editors@example.org.',
		'[www.example.org](javascript:alert(1)) and [a](https://example.org)',
		'| a | b |\n| --- | --- |\n| `x | [y](javascript:z) ` | c |',
		'Text[^1].\n\n[^1]: javascript:alert(1)',
		'[x]: javascript:alert(1)\n\n![y][x] and ![][z]\n\n[z]: https://example.org/z.png',
		'<https://example.org> and <javascript:alert(1)> and <editors@example.org>',
		'`https://example.org` and ```\nwww.example.org\n```',
		'~~[gone](/events/2019-08-15-moon-liberation-day-address/)~~ and [kept](/events/2019-08-16-x/#sources)',
	]);
}

describe('a file split into front matter and text', () => {
	const shape = (file: string) => splitMarkdownFile(file).shapeProblem?.message;
	it('finds fields left after a --- that closed the front matter early, on the first line or before a later ---', () => {
		for (const file of [
			'---\ntitle: A\n---\ndraft: true\n\nText.\n',
			'---\ntitle: A\n---\nsources:\n  - title: B\n\nText.\n',
			'---\ntitle: A\n---\n\n  ---\ndraft: true\n---\n\nText.\n',
			'---\r\ntitle: A\r\n---\r\ndraft: true\r\n---\r\n\r\nText.\r\n',
		])
			expect(shape(file), file).toMatch(/^a line --- here ends the front matter, but fields follow it/);
	});

	it('leaves a text alone that only looks like it: a thematic break, a word and a colon further down', () => {
		for (const file of [
			'---\ntitle: A\n---\n\nText.\n\n---\n\nMore.\n',
			'---\ntitle: A\n---\n\nText.\n\nnote: a word and a colon, after the first line\n',
			'---\r\ntitle: A\r\n---\r\n\r\nText.\r\n',
		])
			expect(shape(file), file).toBeUndefined();
	});
});

describe('Markdown inspection', () => {
	it('reports raw HTML, refused links and images without a description, with their place', () => {
		const { problems } = inspectMarkdown(
			'Fine.\n\n<img src=x onerror=alert(1)>\n\n[a](data:text/html,x) ![](/images/a.png)\n',
		);
		expect(problems.map((p) => [p.line, p.column, p.message.slice(0, 30)])).toEqual([
			[3, 1, 'raw HTML is not allowed: "<img'],
			[5, 1, 'a link to "data:text/html,x" i'],
			[5, 23, 'an image has no description (w'],
		]);
	});

	it('collects links and images to paths of this site, and to places on the page, for the checks that they lead somewhere', () => {
		expect(
			inspectMarkdown('[x](/events/2019-08-15-moon/) [y](/about/) [z](#source-1)\n\n![A map](/images/map.png)').siteLinks,
		).toEqual([
			{ path: '/events/2019-08-15-moon/', image: false, line: 1, column: 1 },
			{ path: '/about/', image: false, line: 1, column: 31 },
			{ path: '#source-1', image: false, line: 1, column: 44 },
			{ path: '/images/map.png', image: true, line: 3, column: 1 },
		]);
	});

	it('knows the ids the text gives its headings and footnotes, as the render gives them', async () => {
		const text = [
			'## Background',
			'## Moon\'s "offer" to `Pyongyang`',
			'## Background',
			'## 김여정 *담화*',
			// What other plugins change or add in a heading does not change its id: dashes, a link's marker, a footnote.
			'## The 1950--53 war',
			'## Read [Yonhap](https://www.yna.co.kr/)',
			'## Talks[^a]',
			'See [the offer](#section-moons-offer-to-pyongyang).[^a] Again.[^Note2]',
			'[^a]: A note.',
			'[^Note2]: Another.',
		].join('\n\n');
		const { html, inspection } = await (await createEntryRenderer()).render(text);
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => decodeURIComponent(match[1]!));
		expect(inspection.headings).toEqual([
			'section-background',
			'section-moons-offer-to-pyongyang',
			'section-background-1',
			'section-김여정-담화',
			'section-the-1950--53-war',
			'section-read-yonhap',
			'section-talks',
		]);
		expect(ids).toEqual(expect.arrayContaining([...inspection.headings, 'footnote-label']));
		expect(ids).toEqual(expect.arrayContaining(['user-content-fn-note2', 'user-content-fnref-a-2']));
		for (const id of ids) expect(placeInText(inspection, id), id).toBe(true);
		expect(placeInText(inspection, 'section-context')).toBe(false);
		expect(placeInText(inspection, 'user-content-fn-b')).toBe(false);
		expect(placeInText(inspectMarkdown('## Background\n\n[x](#a)'), 'user-content-fn-a')).toBe(false);
	});

	it('gives a heading of no letters an id no other heading takes', async () => {
		const { html, inspection } = await (await createEntryRenderer()).render('## ?\n\n## Untitled\n\n## …\n\n[x](#section-untitled-1)');
		expect(inspection.headings).toEqual(['section-untitled', 'section-untitled-1', 'section-untitled-2']);
		expect([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])).toEqual(inspection.headings);
	});

	it('refuses a link whose words show one address and lead to another', () => {
		const messages = (text: string) => inspectMarkdown(text).problems.map((p) => p.message);
		expect(messages('[yna.co.kr](https://evil.example/x)')).toEqual([
			'a link shows "yna.co.kr" but leads to evil.example (make its words the address it leads to, or describe the page in words)',
		]);
		expect(messages('[https://www.yna.co.kr/view/1](https://yna.co.kr.evil.example/)')[0]).toMatch(/leads to yna\.co\.kr\.evil\.example/);
		expect(messages('[the report](https://www.yna.co.kr@evil.example/)')[0]).toMatch(/has a user name before its host, so it leads to evil\.example/);
		expect(messages('[yna.co.kr](https://en.yna.co.kr/view/1) [the report](https://evil.example/)')).toEqual([]);
	});

	it('refuses an image from elsewhere written as a reference, once', () => {
		const { problems } = inspectMarkdown('![A map][m]\n\n[m]: https://example.org/map.png');
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/^an image from "https:\/\/example.org\/map.png" would load from another site/),
		]);
	});

	it('finds exactly what a full GFM reading finds, though it reads most texts as plain CommonMark', () => {
		const gfm = unified().use(remarkParse).use(remarkGfm);
		const texts = sampleTexts();
		expect(texts.length).toBeGreaterThan(150);
		for (const text of texts)
			expect(inspectMarkdown(text), text).toEqual(inspectTree(gfm.runSync(gfm.parse(text)) as Root));
	});

	it('finds the same while rendering as the site does, from one parse', async () => {
		const renderer = await createEntryRenderer();
		for (const text of sampleTexts())
			expect((await renderer.render(text)).inspection, text).toEqual(inspectMarkdown(text));
	});
});

describe('typographic punctuation', () => {
	const typeset = (markdown: string) =>
		String(
			unified()
				.use(remarkParse)
				.use(remarkTypography)
				.use(remarkRehype)
				.use(rehypeStringify)
				.processSync(markdown),
		);

	it('curls quotes and apostrophes by what comes before them, in any script', () => {
		expect(typeset(`"Peace," he said. Kim's 'final' word on the '90s. "평화"`)).toBe(
			'<p>“Peace,” he said. Kim’s ‘final’ word on the ’90s. “평화”</p>',
		);
	});

	it('sets dashes and ellipses', () => {
		expect(typeset('Talks -- or not --- and then...')).toBe('<p>Talks — or not — and then…</p>');
	});

	it('follows a quotation across a link and emphasis', () => {
		expect(typeset('"[the speech](https://example.org)" and "*never*"')).toBe(
			'<p>“<a href="https://example.org">the speech</a>” and “<em>never</em>”</p>',
		);
	});

	it('leaves code and addresses as written', () => {
		expect(typeset('`"--"` and <https://example.org/a--b...>')).toBe(
			'<p><code>"--"</code> and <a href="https://example.org/a--b...">https://example.org/a--b...</a></p>',
		);
	});

	it('gives the headings of a text ids the page around it does not use', async () => {
		const renderer = await createEntryRenderer();
		const { html } = await renderer.render('## Source 1\n\n## Main\n\n## 경위');
		expect(html).toContain('<h2 id="section-source-1">');
		expect(html).toContain('<h2 id="section-main">');
		expect(html).toContain('<h2 id="section-경위">');
	});

	it('keeps the id of the footnotes’ heading, which every footnote reference names', async () => {
		const { html } = await (await createEntryRenderer()).render('Said so.[^1]\n\n[^1]: In the statement.');
		const named = /aria-describedby="([^"]+)"/.exec(html)?.[1];
		expect(named).toBeDefined();
		expect(html).toContain(`id="${named}"`);
	});

	it('links to pages of this site in the text’s own edition, and to files in one place', async () => {
		const renderer = await createEntryRenderer();
		const ko = (
			await renderer.render('[앞선 발언](/events/2019-08-15-x/) [데이터](/events.json) [이미](/ko/actors/x/) [표](/ko/events.csv)', 'ko')
		).html;
		expect(ko).toContain('href="/events.csv"');
		expect(ko).toContain('href="/ko/events/2019-08-15-x/"');
		expect(ko).toContain('href="/events.json"');
		expect(ko).toContain('href="/ko/actors/x/"');
		expect(ko).not.toContain('/ko/ko/');
		const en = (await renderer.render('[the speech](/events/2019-08-15-x/)', 'en')).html;
		expect(en).toContain('href="/events/2019-08-15-x/"');
	});
});
