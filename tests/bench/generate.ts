/**
 * A realistic synthetic corpus for benchmarks, deterministic for a seed: `count` entries in the layout of content/
 * (events/ by year, actors.yaml with 30 actors, topics.yaml with 15 topics, governments.yaml with a government of each
 * side every five years). Titles of 40–110 characters, about one
 * in ten in Hangul; bodies of 2–5 paragraphs with links and a blockquote; 1–3 quotes; 1–3 sources; 0–2 relations to
 * earlier entries; dates from 1972 to 2025, several entries on some days. The text is invented filler: it is only
 * ever used to measure the pipeline, never published. Its words follow Zipf's law, as the words of real text do:
 * a few very common ones, the subject's words less often, and a long tail of rare ones (names, places), so that a
 * word of the subject is found in some entries, not in all (in content/, "agreement" is in 32 of 87).
 * Every entry has its Korean text (`<id>.ko.md`: title, summary, an account of about the English one's length, drawn
 * the same way from a Korean vocabulary), and half its quotations carry a Korean original, as in content/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { kinds } from '../../src/schema/index.ts';

/** A small, fast, seedable generator (mulberry32). */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const words =
	'talks offer proposal statement summit ministry committee dialogue border delegation agreement military drills leaflets loudspeakers envoy hotline liaison office reunification peace family reunions sanctions nuclear missile exercise response warning rejection measures cooperation exchange aid trust channel meeting declaration spokesperson press conference anniversary visit railway road zone line'.split(
		' ',
	);
const koreanWords =
	'남북 대화 회담 성명 제안 거부 통일 군사 합의 평화 확성기 전단 담화 정상회담 대표단 연락사무소 핫라인 이산가족 제재 미사일 훈련 협력 교류 신뢰 경고'.split(
		' ',
	);
/** The commonest words of English prose, the head of the vocabulary. */
const commonWords =
	'the of and to in a that for on was with by as said it is at from be this its not were had which have their would an or all after but been two over will they new first'.split(
		' ',
	);

/** Which version of the generator made a corpus: a corpus made by another is made again. */
export const GENERATOR_VERSION = 4;

/**
 * The vocabulary in order of frequency: the common words, then the subject's words spread over ranks 50 to 600,
 * among made-up words, up to 3,000 words in all. A word is drawn with a chance of 1/rank (Zipf's law), which puts
 * each word of the subject in about a fifth to three fifths of the entries (measured on 5,000: 18% to 58%).
 */
function vocabulary(): { words: string[]; cumulative: Float64Array } {
	const syllables =
		'ka ri mo sun jin pa do hae yeo gu chon bel mar ven sol dar lin os tae han gyeong nam pyo ul'.split(' ');
	const made = (n: number) => {
		let word = '';
		for (let rest = n + syllables.length; rest > 0; rest = Math.floor(rest / syllables.length))
			word += syllables[rest % syllables.length];
		return word;
	};
	const ranks: string[] = [...commonWords];
	const subject = new Map(words.map((word, i) => [Math.round(50 * 12 ** (i / (words.length - 1))), word]));
	for (let n = 0; ranks.length < 3000; n++) {
		const word = subject.get(ranks.length + 1);
		ranks.push(word ?? made(n));
	}
	const cumulative = new Float64Array(ranks.length);
	let total = 0;
	ranks.forEach((_, i) => (cumulative[i] = total += 1 / (i + 1)));
	return { words: ranks, cumulative };
}

const publishers = [
	'Yonhap',
	'KBS World',
	'The Korea Herald',
	'Korea JoongAng Daily',
	'NK News',
	'Reuters',
	'AP',
	'KCNA Watch',
	'The Hankyoreh',
	'Arirang News',
];
const sides = ['north', 'south', 'united-states', 'other'] as const;

export interface GeneratedCorpus {
	dir: string;
	ids: string[];
}

export function generateCorpus(count: number, dir: string, seed = 1): GeneratedCorpus {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
	const { words: ranked, cumulative } = vocabulary();
	const word = () => {
		const wanted = next() * cumulative[cumulative.length - 1]!;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle]! < wanted) low = middle + 1;
			else high = middle;
		}
		return ranked[low]!;
	};
	const koreanVocabulary = (() => {
		const syllables = '남 북 대 화 회 담 성 명 제 안 거 부 통 일 군 사 합 의 평 정 상 단 확 기 전 경 고 훈 련 협 력 교 류 신 뢰 측 위 원 장 국 민 발 표 조 선 중 앙'.split(' ');
		const made = Array.from({ length: 2000 }, (_, n) => {
			let word = '';
			for (let rest = n + syllables.length * 2; rest > 0; rest = Math.floor(rest / syllables.length))
				word += syllables[rest % syllables.length];
			return word;
		});
		const ranks = ['그리고', '이', '그', '및', '등', '것', '수', '때', '대한', '위해', ...koreanWords, ...made];
		const weights = new Float64Array(ranks.length);
		let total = 0;
		ranks.forEach((_, i) => (weights[i] = total += 1 / (i + 1)));
		return { ranks, weights };
	})();
	const koreanWord = () => {
		const wanted = next() * koreanVocabulary.weights[koreanVocabulary.weights.length - 1]!;
		let low = 0;
		let high = koreanVocabulary.weights.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (koreanVocabulary.weights[middle]! < wanted) low = middle + 1;
			else high = middle;
		}
		return koreanVocabulary.ranks[low]!;
	};
	const koreanSentence = (min: number, max: number) =>
		`${Array.from({ length: between(min, max) }, koreanWord).join(' ')}${pick(['다', '했다', '밝혔다'])}.`;
	const sentence = (min: number, max: number) => {
		const n = between(min, max);
		const text = Array.from({ length: n }, word).join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	const titleOf = (korean: boolean) => {
		const target = between(40, 110);
		let title = korean
			? ''
			: `${pick(['Seoul', 'Pyongyang', 'Washington', 'The committee', 'The ministry'])}`;
		while (title.length < target) title += `${title ? ' ' : ''}${korean ? pick(koreanWords) : pick(words)}`;
		return title.slice(0, target).trim();
	};

	rmSync(dir, { recursive: true, force: true });
	mkdirSync(path.join(dir, 'events'), { recursive: true });

	const actors = Array.from({ length: 30 }, (_, i) => ({
		id: `actor-${i + 1}`,
		side: sides[i % 4]!,
		person: i % 3 !== 0,
	}));
	writeFileSync(
		path.join(dir, 'actors.yaml'),
		actors
			.map(
				(actor, i) =>
					`${actor.id}:\n  name: ${actor.person ? `Person Number ${i + 1}` : `Organisation Number ${i + 1}`}\n${i % 5 === 0 ? `  hangul: ${pick(koreanWords)}${pick(koreanWords)}\n` : ''}  side: ${actor.side}\n  type: ${actor.person ? 'person' : 'organisation'}\n  roles:\n    - title: ${sentence(2, 5)}\n      from: 1972\n`,
			)
			.join(''),
	);
	const topics = Array.from({ length: 15 }, (_, i) => `topic-${i + 1}`);
	writeFileSync(
		path.join(dir, 'topics.yaml'),
		topics
			.map((topic, i) => `${topic}:\n  label: Topic ${i + 1}\n  description: ${sentence(4, 10)}\n`)
			.join(''),
	);

	// Governments: one per side every five years from 1970, the last still in office, so every date falls in one.
	writeFileSync(
		path.join(dir, 'governments.yaml'),
		(['south', 'north'] as const)
			.flatMap((side) =>
				Array.from({ length: 12 }, (_, i) => {
					const from = 1970 + 5 * i;
					return `${side}-government-${i + 1}:\n  name: Leader Number ${i + 1}\n  hangul: ${pick(koreanWords)}\n  side: ${side}\n  from: ${from}-01-01\n${i < 11 ? `  to: ${from + 4}-12-31\n` : ''}`;
				}),
			)
			.join(''),
	);

	// Dates: spread over 1972–2025, in order, with runs of several entries on one day.
	const first = Date.UTC(1972, 0, 1);
	const last = Date.UTC(2025, 11, 31);
	const days: string[] = [];
	while (days.length < count) {
		const day = new Date(first + Math.floor(next() * (last - first))).toISOString().slice(0, 10);
		const repeat = next() < 0.15 ? between(2, 4) : 1;
		for (let i = 0; i < repeat && days.length < count; i++) days.push(day);
	}
	days.sort();

	const ids: string[] = [];
	const kindIds = Object.keys(kinds);
	days.forEach((day, i) => {
		const id = `${day}-generated-${i + 1}`;
		const korean = next() < 0.1;
		const sourceCount = between(1, 3);
		const sources = Array.from(
			{ length: sourceCount },
			(_, s) =>
				`  - title: ${JSON.stringify(sentence(4, 10))}\n    publisher: ${pick(publishers)}\n    url: https://news.example.org/${day}/${i + 1}-${s + 1}\n    date: ${day}\n`,
		).join('');
		// A Korean page, last among the sources, for the quotations' originals.
		const koreanSource = `  - title: ${JSON.stringify(koreanSentence(3, 8))}\n    publisher: ${pick(['연합뉴스', 'KBS', '조선중앙통신'])}\n    url: https://news.example.kr/${day}/${i + 1}\n    date: ${day}\n`;
		const quotes = Array.from(
			{ length: between(1, 3) },
			() =>
				`  - text: ${JSON.stringify(sentence(8, 25))}\n    source: ${between(1, sourceCount)}\n` +
				(next() < 0.5
					? `    original:\n      text: ${JSON.stringify(koreanSentence(6, 20))}\n      source: ${sourceCount + 1}\n`
					: ''),
		).join('');
		const relationCount = i === 0 ? 0 : between(0, 2);
		const targets = new Set<string>();
		for (let r = 0; r < relationCount; r++) targets.add(ids[Math.max(0, i - between(1, 40))]!);
		const relations = [...targets]
			.map(
				(target) =>
					`  - type: ${pick(['responds-to', 'rejects', 'accepts', 'follows-up'])}\n    event: ${target}\n`,
			)
			.join('');
		const speakers = [...new Set(Array.from({ length: next() < 0.2 ? 2 : 1 }, () => pick(actors).id))];
		const entryTopics = [...new Set(Array.from({ length: between(1, 3) }, () => pick(topics)))];
		const paragraphs = Array.from({ length: between(2, 5) }, (_, p) => {
			let text = Array.from({ length: between(2, 5) }, () => sentence(8, 20)).join(' ');
			if (p === 0) text += ` See [the report](https://news.example.org/${day}/${i + 1}-1).`;
			if (p === 1 && i > 0) text += ` It followed [an earlier statement](/events/${ids[i - 1]}/).`;
			return text;
		});
		paragraphs.splice(1, 0, `> ${sentence(10, 20)}`);
		const front = [
			'---',
			`title: ${JSON.stringify(titleOf(korean))}`,
			`date: ${day}`,
			`speakers: [${speakers.join(', ')}]`,
			`kind: ${pick(kindIds)}`,
			`channel: ${pick(['KCNA', 'Press conference in Seoul', 'Address to the nation', 'Panmunjom'])}`,
			`topics: [${entryTopics.join(', ')}]`,
			`summary: ${JSON.stringify(sentence(15, 35).slice(0, 290))}`,
			'quotes:',
			quotes.trimEnd(),
			'sources:',
			sources.trimEnd(),
			koreanSource.trimEnd(),
			...(relations ? ['relations:', relations.trimEnd()] : []),
			'---',
			'',
			paragraphs.join('\n\n'),
			'',
		].join('\n');
		const folder = path.join(dir, 'events', day.slice(0, 4));
		mkdirSync(folder, { recursive: true });
		writeFileSync(path.join(folder, `${id}.md`), front);
		const koreanParagraphs = Array.from({ length: between(2, 5) }, (_, p) => {
			let text = Array.from({ length: between(2, 5) }, () => koreanSentence(6, 16)).join(' ');
			if (p === 0) text += ` [보도](https://news.example.org/${day}/${i + 1}-1) 참조.`;
			if (p === 1 && i > 0) text += ` [앞선 발언](/events/${ids[i - 1]}/)에 이은 것이다.`;
			return text;
		});
		writeFileSync(
			path.join(folder, `${id}.ko.md`),
			[
				'---',
				`title: ${JSON.stringify(titleOf(true))}`,
				`summary: ${JSON.stringify(koreanSentence(12, 28).slice(0, 290))}`,
				`channel: ${pick(['조선중앙통신', '서울 기자회견', '대국민 담화', '판문점'])}`,
				'---',
				'',
				koreanParagraphs.join('\n\n'),
				'',
			].join('\n'),
		);
		ids.push(id);
	});
	return { dir, ids };
}
