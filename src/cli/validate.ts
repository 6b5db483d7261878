/**
 * `npm run validate [-- DIR]`: checks every file of the content folder (default `content/`, or
 * TIMELINE_CONTENT_DIR) as the build does, without building, and prints one line per problem and a count.
 * Exit status 1 when there is a problem, 0 otherwise.
 */
import path from 'node:path';
import { contentDir } from '../lib/corpus/content-dir.ts';
import { formatReport } from '../lib/corpus/problems.ts';
import { validateCorpus } from '../lib/corpus/validate.ts';

const dir = path.resolve(process.argv[2] ?? contentDir());
const corpus = await validateCorpus(dir);
console.log(formatReport(corpus.problems, corpus.checked));
process.exitCode = corpus.problems.length > 0 ? 1 : 0;
