/**
 * `npm run validate [-- DIR]`: checks every file of the content folder (default `content/`, or
 * TIMELINE_CONTENT_DIR) as the build does, without building, and prints one line per problem and a count, then how
 * much of the record is in Korean. Exit status 1 when there is a problem, 0 otherwise.
 */
import path from 'node:path';
import { contentDir } from '../corpus/content-dir.ts';
import { validateCorpus } from '../corpus/validate.ts';
import { coverage, formatCoverage } from '../lib/validation/coverage.ts';
import { formatReport } from '../lib/validation/problems.ts';

// Piped into a reader that stops early (`| head`), the report just ends, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	process.exit(process.exitCode ?? 0);
});

const dir = path.resolve(process.argv[2] ?? contentDir());
const corpus = await validateCorpus(dir);
console.log(formatReport(corpus.problems, corpus.checked));
if (corpus.problems.length === 0) console.log(`\n${formatCoverage(coverage(corpus.entries))}`);
process.exitCode = corpus.problems.length > 0 ? 1 : 0;
