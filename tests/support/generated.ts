/** A valid corpus of any size for tests, written with the fixture helpers: varied dates, kinds, speakers, topics. */
import { entry, writeCorpus } from './corpus.ts';

const speakers = ['moon-jae-in', 'kim-yo-jong', 'cprk'];
const kinds = ['speech', 'statement', 'proposal', 'rejection'];

/** `count` entries from 1990 on, a few per month, some in subfolders; every fifth answers the one before. */
export function generatedCorpus(count: number): { dir: string; ids: string[] } {
	const files: Record<string, string> = {};
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const year = 1990 + Math.floor(i / 12);
		const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
		const id = `${date}-generated-entry-${i}`;
		const relations = i % 5 === 4 ? [{ type: 'responds-to', event: ids[i - 1] }] : undefined;
		files[`${i % 3 === 0 ? `${year}/` : ''}${id}.md`] = entry({
			title: `Generated entry number ${i}`,
			date,
			speakers: [speakers[i % 3]],
			kind: kinds[i % 4],
			topics: [i % 2 ? 'dialogue' : 'military-drills'],
			summary: `A generated summary for entry ${i}.`,
			relations,
		});
		ids.push(id);
	}
	return { dir: writeCorpus(files), ids };
}
