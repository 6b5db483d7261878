/**
 * `npm run bench:corpus -- --count N --out DIR [--seed S]`: writes a valid synthetic corpus of N entries into DIR,
 * in the layout of content/ (see generate.ts). The same seed always gives the same files.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';

const { values } = parseArgs({
	options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.count || !values.out) {
	console.error('Usage: npm run bench:corpus -- --count N --out DIR [--seed S]');
	process.exit(1);
}
const started = performance.now();
const { dir, ids } = generateCorpus(Number(values.count), path.resolve(values.out), Number(values.seed));
console.log(
	`Wrote ${ids.length} entries to ${path.relative(process.cwd(), dir) || dir} in ${Math.round(performance.now() - started)} ms.`,
);
