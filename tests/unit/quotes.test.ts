import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The vetted research and the quote checker live beside the project (../shared), as they do in CI.
const checker = path.resolve('..', 'shared', 'tools', 'check-quotes.mjs');

describe.runIf(existsSync(checker))('quotations', () => {
	it('are all found word for word in the vetted sources and research', () => {
		const result = spawnSync(process.execPath, [checker], { encoding: 'utf8' });
		expect(result.stdout).toMatch(/ 0 not found in the reference texts/);
		expect(result.status, result.stdout).toBe(0);
	});
});
