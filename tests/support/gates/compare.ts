/** Two builds compared file by file: the files only one has, and the files whose bytes differ. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtFiles } from './site-files.ts';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function treeDifferences(a: string, b: string): string[] {
	const filesA = builtFiles(a);
	const filesB = new Set(builtFiles(b));
	const differences: string[] = [];
	for (const file of filesA) {
		if (!filesB.has(file)) differences.push(`only in the first: ${file}`);
		else if (digest(path.join(a, file)) !== digest(path.join(b, file))) differences.push(`differs: ${file}`);
		filesB.delete(file);
	}
	for (const file of filesB) differences.push(`only in the second: ${file}`);
	return differences;
}
