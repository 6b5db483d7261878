import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { inspectMarkdown } from '../../src/lib/markdown/inspect.ts';
import { remarkLinks } from '../../src/lib/markdown/remark-links.ts';
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

	it('collects links to entries for the existence check', () => {
		expect(inspectMarkdown('[x](/events/2019-08-15-moon/) [y](/about/)').eventLinks).toEqual([
			{ id: '2019-08-15-moon', line: 1, column: 1 },
		]);
	});
});
