/** The history of entries read from the repository: dates per entry, renames followed, and no history when unsure. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/corpus/history.ts';

function repository() {
	const dir = mkdtempSync(path.join(tmpdir(), 'history-'));
	const git = (...args: string[]) => {
		const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
		if (result.status !== 0) throw new Error(result.stderr);
	};
	git('init', '-q');
	const commit = (date: string, message: string) => {
		git('add', '-A');
		spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '-q', '-m', message], {
			cwd: dir,
			env: { ...process.env, GIT_AUTHOR_DATE: `${date}T23:30:00+09:00`, GIT_COMMITTER_DATE: `${date}T23:30:00+09:00` },
		});
	};
	return { dir, commit };
}

describe('the history of entries', () => {
	it('gives each entry the dates of the commits that changed either of its files, through a rename', () => {
		const { dir, commit } = repository();
		const events = path.join(dir, 'content', 'events');
		mkdirSync(events, { recursive: true });
		writeFileSync(path.join(events, '2019-08-16-old-name.md'), 'first\n');
		writeFileSync(path.join(events, '2019-08-15-other.md'), 'other\n');
		commit('2026-11-22', 'First wave');
		renameSync(path.join(events, '2019-08-16-old-name.md'), path.join(events, '2019-08-16-new-name.md'));
		commit('2026-11-25', 'Rename');
		writeFileSync(path.join(events, '2019-08-16-new-name.ko.md'), '한국어\n');
		commit('2026-12-01', 'Korean text');
		writeFileSync(path.join(events, '2019-08-16-new-name.md'), 'first, corrected\n');
		commit('2026-12-01', 'Correction the same day');
		const history = readHistory(path.join(dir, 'content'));
		expect(history.available).toBe(true);
		if (!history.available) return;
		// Newest first, a day once; the commit's own date, whatever the machine's time zone (23:30 in Seoul).
		expect(history.changes.get('2019-08-16-new-name')).toEqual(['2026-12-01', '2026-11-25', '2026-11-22']);
		expect(history.changes.get('2019-08-15-other')).toEqual(['2026-11-22']);
	});

	it('says there is none in a shallow clone or outside a repository, rather than give wrong dates', () => {
		const { dir, commit } = repository();
		writeFileSync(path.join(dir, 'a.md'), 'a\n');
		commit('2026-11-22', 'One');
		writeFileSync(path.join(dir, 'a.md'), 'b\n');
		commit('2026-11-23', 'Two');
		const shallow = mkdtempSync(path.join(tmpdir(), 'shallow-'));
		spawnSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
		expect(readHistory(shallow)).toEqual({ available: false, reason: 'shallow' });
		expect(readHistory(mkdtempSync(path.join(tmpdir(), 'no-repository-')))).toEqual({
			available: false,
			reason: 'no-repository',
		});
	});
});
