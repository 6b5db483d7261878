/**
 * The gates every build must pass: valid HTML, internal links that resolve, a Content Security Policy on every
 * page with nothing inline it does not allow, and external links that say they leave the site. Each gate is also
 * run on a fixture that breaks it (tests/fixtures/gates), to show it can fail.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems } from '../support/gates/csp.ts';
import { unmarkedExternalLinks } from '../support/gates/external-links.ts';
import { htmlErrors } from '../support/gates/html.ts';
import { brokenLinks } from '../support/gates/links.ts';
import { treeDifferences } from '../support/gates/compare.ts';

const dist = 'dist';
const fixture = (name: string) => path.resolve('tests/fixtures/gates', name);

describe('the built site', () => {
	it('is valid HTML on every page (html-validate)', async () => {
		expect(await htmlErrors(dist)).toEqual([]);
	});

	it('has no broken internal link or anchor', () => {
		expect(brokenLinks(dist)).toEqual([]);
	});

	it('declares a strict Content Security Policy on every page; only the search page may run WebAssembly', () => {
		expect(cspProblems(dist, ['search/index.html', 'ko/search/index.html'])).toEqual([]);
	});

	it('marks every link that leaves the site and keeps the referrer to itself', () => {
		expect(unmarkedExternalLinks(dist)).toEqual([]);
	});
});

describe('the gates can fail', () => {
	it('a broken link and a missing anchor', () => {
		expect(brokenLinks(fixture('broken-link')).map((link) => link.reason)).toEqual([
			'no such page or file',
			'no element with id "an-anchor-nobody-has"',
		]);
	});

	it('a link that leaves the base path the site is built for', () => {
		expect(brokenLinks(fixture('outside-base'), { basePath: '/timeline' })).toEqual([
			{ page: 'index.html', link: '/about/', reason: 'outside the base path /timeline/' },
		]);
	});

	it('a missing text alternative', async () => {
		expect(await htmlErrors(fixture('missing-alt'))).toContainEqual(
			expect.stringMatching(/^index\.html:\d+:\d+ wcag\/h37: /),
		);
	});

	it('an inline script the policy does not allow', () => {
		expect(cspProblems(fixture('inline-script'))).toContainEqual(
			expect.stringMatching(/^index\.html: an inline script is not allowed by the policy/),
		);
	});

	it('a link leaving the site unmarked', () => {
		expect(unmarkedExternalLinks(fixture('external-unmarked'))).toEqual([
			'index.html: https://en.yna.co.kr/view/AEN20190816000452325 lacks rel="noopener noreferrer"',
			'index.html: https://en.yna.co.kr/view/AEN20190816000452325 is not marked as leaving the site',
		]);
	});

	it('a value that changes from one build to the next', () => {
		expect(treeDifferences(fixture('nondeterministic/first'), fixture('nondeterministic/second'))).toEqual([
			'differs: index.html',
		]);
	});
});
