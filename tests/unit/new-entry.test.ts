/** `npm run new`: the scaffold an editor starts from. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { validateCorpus } from '../../src/corpus/validate.ts';
import { assemble } from '../support/hostile.ts';

function runNew(dir: string, args: string[], input?: string) {
	const result = spawnSync(process.execPath, ['src/cli/new.ts', '--dir', dir, ...args], {
		encoding: 'utf8',
		input,
	});
	return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const flags = [
	'--date',
	'2019-08-20',
	'--title',
	'Seoul answers the refusal',
	'--speaker',
	'moon-jae-in',
	'--kind',
	'statement',
];

describe('npm run new', () => {
	it('writes an entry that only its marked placeholders keep from validating', async () => {
		const dir = assemble([]);
		const { status, out } = runNew(dir, [...flags, '--topic', 'dialogue']);
		expect(status, out).toBe(0);
		const file = path.join(dir, 'events', '2019-08-20-seoul-answers-refusal.md');
		expect(out).toContain('2019-08-20-seoul-answers-refusal.md');
		const problems = (await validateCorpus(dir, { cwd: dir })).problems.map(formatProblem);
		expect(problems.length).toBeGreaterThan(3);
		expect(problems.every((line) => line.includes('still has a placeholder to fill in: [[TODO:'))).toBe(true);

		const filled = readFileSync(file, 'utf8')
			.replace(/"\[\[TODO: where[^\]]*\]\]"/, 'KCNA')
			.replace(/"\[\[TODO: one or two[^\]]*\]\]"/, '"Seoul regretted the refusal and kept its offer open."')
			.replace(/"\[\[TODO: the headline[^\]]*\]\]"/, '"Seoul regrets the refusal"')
			.replace(/"\[\[TODO: who published[^\]]*\]\]"/, 'Yonhap')
			.replace(/"\[\[TODO: the page's address[^\]]*\]\]"/, 'https://en.yna.co.kr/view/AEN20190820000000315')
			.replace(/"\[\[TODO: the page's date[^\]]*\]\]"/, '2019-08-20')
			.replace(/\[\[TODO: the setting[^\]]*\]\]/, 'Seoul answered the committee the next working day.');
		writeFileSync(file, filled);
		const korean = file.replace(/\.md$/, '.ko.md');
		expect(readFileSync(korean, 'utf8')).toMatch(/^---\ntitle: "\[\[TODO: 한국어 제목/);
		writeFileSync(
			korean,
			'---\ntitle: 한국 정부, 거부에 유감 표명\nsummary: 한국 정부는 거부에 유감을 나타내고 제안을 유지했다.\n---\n\n한국 정부는 다음 근무일에 답했다.\n',
		);
		const corpus = await validateCorpus(dir, { cwd: dir });
		expect(corpus.problems.map(formatProblem)).toEqual([]);
		expect(corpus.entries.find((entry) => entry.id === '2019-08-20-seoul-answers-refusal')?.ko?.data.title).toBe('한국 정부, 거부에 유감 표명');
	});

	it('proposes an ASCII file name even for a Hangul title', () => {
		const dir = assemble([]);
		const { status } = runNew(dir, [
			'--date',
			'2019-08-20',
			'--title',
			'김여정 담화',
			'--speaker',
			'kim-yo-jong',
			'--kind',
			'statement',
		]);
		expect(status).toBe(0);
		expect(existsSync(path.join(dir, 'events', '2019-08-20-gimyeojeong-damhwa.md'))).toBe(true);
	});

	it('never proposes a name ending in -ko, which validation refuses, and refuses one given', () => {
		const dir = assemble([]);
		const args = ['--date', '2019-08-21', '--speaker', 'kim-yo-jong', '--kind', 'statement'];
		expect(runNew(dir, [...args, '--title', 'Talks in KO']).status).toBe(0);
		expect(existsSync(path.join(dir, 'events', '2019-08-21-talks-ko-entry.md'))).toBe(true);
		const refused = runNew(dir, [...args, '--title', 'Talks', '--slug', 'talks-ko']);
		expect(refused.status).not.toBe(0);
		expect(readdirSync(path.join(dir, 'events')).filter((name) => name.includes('talks-ko.'))).toEqual([]);
	});

	it('suggests the nearest actor, kind or topic and writes nothing', () => {
		const dir = assemble([]);
		const before = readdirSync(path.join(dir, 'events')).length;
		const speaker = runNew(dir, [
			'--date',
			'2019-08-20',
			'--title',
			'x y',
			'--speaker',
			'kim-yo-jung',
			'--kind',
			'statement',
		]);
		expect(speaker.status).toBe(1);
		expect(speaker.out).toContain('unknown actor "kim-yo-jung" (did you mean "kim-yo-jong"?)');
		const kind = runNew(dir, [...flags.slice(0, 6), '--kind', 'rejektion']);
		expect(kind.out).toContain('"rejektion" is not a kind (did you mean "rejection"? expected one of');
		const topic = runNew(dir, [...flags, '--topic', 'dialog']);
		expect(topic.out).toContain('unknown topic "dialog" (did you mean "dialogue"?)');
		const date = runNew(dir, ['--date', '2019-02-30', ...flags.slice(2)]);
		expect(date.out).toContain('"2019-02-30" is not a calendar date');
		// A year validation would refuse is refused here too, not written into a file that then fails.
		const old = runNew(dir, ['--date', '0219-08-16', ...flags.slice(2)]);
		expect(old.out).toContain('"0219-08-16" is before 1900');
		expect(readdirSync(path.join(dir, 'events')).length).toBe(before);
	});

	it('refuses to overwrite an entry, even one whose name differs only in case', () => {
		const dir = assemble([]);
		expect(runNew(dir, flags).status).toBe(0);
		const again = runNew(dir, flags);
		expect(again.status).toBe(1);
		expect(again.out).toContain('already exists; nothing was written');
		const clash = runNew(dir, [
			'--date',
			'2019-08-15',
			'--title',
			'x',
			'--slug',
			'base-speech',
			'--speaker',
			'moon-jae-in',
			'--kind',
			'speech',
		]);
		expect(clash.status).toBe(1);
	});

	it('says what is missing when it cannot ask', () => {
		const { status, out } = runNew(assemble([]), ['--title', 'No date']);
		expect(status).toBe(1);
		expect(out).toMatch(/^Date \(YYYY-MM-DD.* is missing\./);
		expect(out).toContain('Usage: npm run new');
	});

	it('asks for what the flags leave out, again until the answer is right', () => {
		const dir = assemble([]);
		const answers = [
			'2019-08-21',
			'The committee speaks again',
			'cprk',
			'rejektion',
			'rejection',
			'dialogue',
			'',
		].join('\n');
		const { status, out } = runNew(dir, ['--ask'], `${answers}\n`);
		expect(status, out).toBe(0);
		expect(out).toContain('"rejektion" is not a kind (did you mean "rejection"? expected one of');
		const text = readFileSync(path.join(dir, 'events', '2019-08-21-committee-speaks-again.md'), 'utf8');
		expect(text).toContain('kind: rejection');
		expect(text).toContain('speakers: [cprk]');
		expect(text).toContain('topics: [dialogue]');
	});
});
