/**
 * Incremental builds are right by construction: after each edit, to the content (a retitle, a text, a Korean text,
 * an entry removed, an entry added, an actor's role) or to the code (a vocabulary's label, a remark plugin, a
 * component, the configuration, a helper), a rebuild that reuses what the last build kept gives exactly, byte for byte, what a build from
 * scratch gives, the search index included. The project is copied so its code can be edited; the corpus is the
 * benchmark's generator at a small size, both languages.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate.ts';
import { buildSite } from '../support/build.ts';
import { treeDifferences } from '../support/gates/compare.ts';

const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `incremental-${name}-`));

/** A copy of the project whose code a step may edit, sharing the installed packages. */
function copyProject(): string {
	const project = temporary('project');
	for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
		cpSync(name, path.join(project, name), { recursive: true });
	symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
	return project;
}

function build(project: string, content: string, out: string): string {
	const result = buildSite(content, out, { search: true, cwd: project });
	if (result.status !== 0) throw new Error(result.output);
	return result.output;
}

const edit = (file: string, change: (text: string) => string) => {
	const before = readFileSync(file, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`The edit changed nothing in ${file}`);
	writeFileSync(file, after);
};

describe('incremental builds', () => {
	it('give exactly what a build from scratch gives, after every kind of edit', { timeout: 900_000 }, () => {
		const project = copyProject();
		const content = temporary('content');
		const { ids } = generateCorpus(40, content, 7);
		const file = (id: string, suffix = '.md') => path.join(content, 'events', id.slice(0, 4), `${id}${suffix}`);
		const out = temporary('out');
		build(project, content, out);
		// The output folder holds the site and nothing else (src/integrations/output-folder.ts moves the old one aside).
		writeFileSync(path.join(out, 'left-by-hand.txt'), 'Not part of the site.\n');

		const steps: [string, () => void, 'content' | 'code'][] = [
			['retitle an entry others show', () => edit(file(ids[10]!), (t) => t.replace(/^title: .*$/m, 'title: "Retitled by the test"')), 'content'],
			['change the text of an entry', () => edit(file(ids[20]!), (t) => `${t.trimEnd()}\n\nA sentence added by the test.\n`), 'content'],
			['change a Korean text', () => edit(file(ids[21]!, '.ko.md'), (t) => t.replace(/^title: .*$/m, 'title: "시험이 바꾼 제목"')), 'content'],
			['remove an entry no other names', () => {
				const last = ids.at(-1)!;
				rmSync(file(last));
				rmSync(file(last, '.ko.md'));
			}, 'content'],
			['add an entry', () => writeFileSync(file(ids[30]!).replace(ids[30]!, `${ids[30]!.slice(0, 10)}-added-by-the-test`), readFileSync(file(ids[30]!), 'utf8').replace(/^title: .*$/m, 'title: "Added by the test"')), 'content'],
			// A government's days move the entries it holds, and a relation's type the dialogue figures and /relations.*.
			['move the day power changed hands', () => edit(path.join(content, 'governments.yaml'), (t) => t.replace('  to: 1974-12-31', '  to: 1974-06-30').replace('  from: 1975-01-01', '  from: 1974-07-01')), 'content'],
			['retype a relation', () => {
				const id = ids.slice(1, -1).find((candidate) => readFileSync(file(candidate), 'utf8').includes('type: follows-up'))!;
				edit(file(id), (t) => t.replace('type: follows-up', 'type: responds-to'));
			}, 'content'],
			["change an actor's role", () => edit(path.join(content, 'actors.yaml'), (t) => t.replace(/^ {4}- title: .*$/m, '    - title: A title the test gave')), 'content'],
			['relabel a kind (a vocabulary)', () => edit(path.join(project, 'src/schema/vocabularies.ts'), (t) => t.replace("label: 'Rejection'", "label: 'Refusal'")), 'code'],
			['change a remark plugin', () => edit(path.join(project, 'src/lib/markdown/remark-typography.ts'), (t) => t.replace("char = '\\u2026';", "char = '\\u2026\\u200a';")), 'code'],
			['change a component', () => edit(path.join(project, 'src/components/EntryFacts.astro'), (t) => t.replace('<dl class="facts">', '<dl class="facts" data-edited>')), 'code'],
			// One stylesheet for the site, not one per component: every page links other files, while nothing in a
			// page's props or code changed (Astro's hash of a page's code leaves the bundler's settings out).
			['change the configuration', () => edit(path.join(project, 'astro.config.mjs'), (t) => t.replace('assetsInlineLimit: 0 }', 'assetsInlineLimit: 0, cssCodeSplit: false }')), 'code'],
			['change a helper (hangul.ts)', () => edit(path.join(project, 'src/lib/hangul.ts'), (t) => t.replace("[\\\\s\\\\d.,·!?'\"“”‘’()\\\\-]+", "[\\\\s.,·!?'\"“”‘’()\\\\-]+")), 'code'],
		];
		for (const [name, apply, kind] of steps) {
			apply();
			const output = build(project, content, out);
			// A content edit keeps most pages; a code edit may render them all again.
			if (kind === 'content') expect(output.match(/\((cached|restored)\)/g)?.length ?? 0, name).toBeGreaterThan(40);
			const scratch = temporary('scratch');
			cpSync(content, scratch, { recursive: true });
			const fresh = temporary('fresh');
			build(project, scratch, fresh);
			expect(treeDifferences(out, fresh), name).toEqual([]);
			expect(existsSync(path.join(out, 'pagefind/pagefind-entry.json')), name).toBe(true);
			rmSync(scratch, { recursive: true });
			rmSync(fresh, { recursive: true });
		}
	});
});
