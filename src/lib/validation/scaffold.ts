/**
 * The new-entry scaffold behind `npm run new`: checks what the editor gave (with suggestions for near misses) and
 * writes a file that is valid except for the parts marked `[[TODO: …]]`, which validation reports until filled in.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../suggest.ts';
import { kinds } from '../../schema/index.ts';
import { calendarDate, oneOf } from '../../schema/fields.ts';
import { slugFromTitle } from './entry-id.ts';
import { koreanKeyClash } from '../citation/item.ts';

export interface ScaffoldInput {
	date: string;
	title: string;
	speakers: string[];
	kind: string;
	/** Topic ids; when none are given the scaffold leaves a placeholder. */
	topics: string[];
}

const todo = (what: string) => `[[TODO: ${what}]]`;
const hint = (typed: string, known: Iterable<string>) => {
	const match = didYouMean(typed, known);
	return match ? ` (${match})` : '';
};

/** What the schema finds wrong with `value` (its first problem), or `undefined`: the scaffold checks as validation does. */
function schemaProblem(schema: z.ZodType, value: string): string | undefined {
	const result = schema.safeParse(value);
	return result.success ? undefined : result.error.issues[0]!.message;
}

export const dateProblem = (date: string) => schemaProblem(calendarDate(), date);
export const kindProblem = (kind: string) => schemaProblem(oneOf(kinds, 'a kind'), kind);

export function speakerProblem(id: string, actors: ReadonlySet<string>): string | undefined {
	return actors.has(id)
		? undefined
		: `unknown actor "${id}"${hint(id, actors)}; actors are listed in content/actors.yaml`;
}

export function topicProblem(id: string, topics: ReadonlySet<string>): string | undefined {
	return topics.has(id)
		? undefined
		: `unknown topic "${id}"${hint(id, topics)}; topics are listed in content/topics.yaml`;
}

/** A slug ending in the word `ko` would make an id ending as a Korean page's reference key does. */
const endsInKo = (slug: string) => koreanKeyClash(`-${slug}`);

export function slugProblem(slug: string): string | undefined {
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
		return `"${slug}" is not a usable slug (expected lowercase ASCII words joined by hyphens, e.g. kim-yo-jong-rebuffs-lee)`;
	return endsInKo(slug)
		? `"${slug}" ends in -ko, the ending of a Korean page's reference key (expected another last word, e.g. ${slug}rea)`
		: undefined;
}

/** The slug to propose for a title, never empty, and never one validation would refuse. */
export function proposedSlug(title: string): string {
	const slug = slugFromTitle(title) || 'entry';
	return endsInKo(slug) ? `${slug}-entry` : slug;
}

/** `YYYY-MM-DD-slug.md` */
export const entryFileName = (date: string, slug: string) => `${date}-${slug}.md`;

/** The text of the new file. String values are written as JSON strings, which YAML reads as they are. */
export function scaffoldEntry(input: ScaffoldInput): string {
	const string = (value: string) => JSON.stringify(value);
	const list = (values: string[]) => `[${values.join(', ')}]`;
	return [
		'---',
		`title: ${string(input.title)}`,
		`date: ${input.date}`,
		`speakers: ${list(input.speakers)}`,
		`kind: ${input.kind}`,
		`channel: ${string(todo('where it was said or how it was carried, e.g. KCNA'))}`,
		`topics: ${input.topics.length > 0 ? list(input.topics) : list([string(todo('topic ids from content/topics.yaml, e.g. dialogue'))])}`,
		`summary: ${string(todo('one or two plain sentences in your own words, at most 300 characters'))}`,
		'# Quotations, copied word for word from a source below (1 is the first source):',
		'# quotes:',
		'#   - text: the words exactly as the source prints them',
		'#     source: 1',
		'sources:',
		`  - title: ${string(todo('the headline of the page, as published'))}`,
		`    publisher: ${string(todo('who published the page, e.g. Yonhap'))}`,
		`    url: ${string(todo("the page's address, starting with https://"))}`,
		`    date: ${string(todo("the page's date as YYYY-MM-DD, or delete this line"))}`,
		'# Earlier entries this one answers (responds-to, rejects, accepts or follows-up):',
		'# relations:',
		'#   - type: responds-to',
		'#     event: 2025-06-04-lee-inauguration-pledge',
		'---',
		'',
		todo(
			'the setting, what was said, why it mattered and what came next, in a few paragraphs of your own words',
		),
		'',
	].join('\n');
}

/**
 * The text of the entry's Korean file (`<id>.ko.md`): the Korean edition's title, summary, channel and account. Facts
 * stay in the English file; a quotation is never translated here (see content/README.md).
 */
export function scaffoldKorean(): string {
	const string = (value: string) => JSON.stringify(value);
	return [
		'---',
		`title: ${string(todo('한국어 제목: 누가 무엇을 했는지, 160자 이내'))}`,
		`summary: ${string(todo('한두 문장의 요약, 300자 이내'))}`,
		`channel: ${string(todo('발표 경로, 예: 조선중앙통신이 보도한 담화'))}`,
		'---',
		'',
		todo('영어 항목과 같은 사실을 한국어로 쓴 경위. 인용문은 번역하지 말고, 출처에 있는 한국어 원문만 “ ” 안에 옮긴다'),
		'',
	].join('\n');
}
