/**
 * A helper thread of references.ts: formats the references it is asked for, as format.ts does in any thread. It runs
 * outside Vite, so the style files format.ts imports as text (`./styles/….csl?raw`) are read as text here.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Answer, Request } from './references.ts';

registerHooks({
	load(url, context, nextLoad) {
		if (!url.endsWith('?raw')) return nextLoad(url, context);
		const text = readFileSync(new URL(url.slice(0, -'?raw'.length)), 'utf8');
		return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
	},
});

const { references } = await import('../lib/citation/format.ts');

parentPort!.on('message', ({ id, item, lang }: Request) => {
	let answer: Answer;
	try {
		answer = { id, references: references(item, lang) };
	} catch (error) {
		answer = { id, error: (error as Error).message };
	}
	parentPort!.postMessage(answer);
});
