/** Small content folders written to a temporary directory, for tests of validation and of fixture builds. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

export const actorsYaml = `kim-yo-jong:
  name: Kim Yo Jong
  side: north
  type: person
  roles:
    - title: Vice department director, WPK Central Committee
      from: 2021-08
moon-jae-in:
  name: Moon Jae-in
  side: south
  type: person
cprk:
  name: Committee for the Peaceful Reunification of the Country
  side: north
  type: organisation
  dissolved: 2024-01-15
`;

export const topicsYaml = `dialogue:
  label: Dialogue
  description: Offers of talks and refusals to talk.
military-drills:
  label: Military drills
  description: Joint exercises and the reactions to them.
`;

/** Governments from content/governments.yaml, enough for every date the fixtures use (1988 on; 1948 on in the North). */
export const governmentsYaml = `roh-tae-woo:
  name: Roh Tae-woo
  hangul: 노태우
  side: south
  from: 1988-02-25
  to: 1993-02-24
kim-young-sam:
  name: Kim Young-sam
  hangul: 김영삼
  side: south
  from: 1993-02-25
  to: 1998-02-24
kim-dae-jung:
  name: Kim Dae-jung
  hangul: 김대중
  side: south
  from: 1998-02-25
  to: 2003-02-24
roh-moo-hyun:
  name: Roh Moo-hyun
  hangul: 노무현
  side: south
  from: 2003-02-25
  to: 2008-02-24
lee-myung-bak:
  name: Lee Myung-bak
  hangul: 이명박
  side: south
  from: 2008-02-25
  to: 2013-02-24
park-geun-hye:
  name: Park Geun-hye
  hangul: 박근혜
  side: south
  from: 2013-02-25
  to: 2017-03-10
hwang-kyo-ahn-acting:
  name: Hwang Kyo-ahn
  hangul: 황교안
  side: south
  acting: true
  from: 2016-12-09
  to: 2017-05-10
moon-jae-in:
  name: Moon Jae-in
  hangul: 문재인
  side: south
  leader: moon-jae-in
  from: 2017-05-10
  to: 2022-05-09
yoon-suk-yeol:
  name: Yoon Suk Yeol
  hangul: 윤석열
  side: south
  from: 2022-05-10
  to: 2025-04-04
lee-ju-ho-acting:
  name: Lee Ju-ho
  hangul: 이주호
  side: south
  acting: true
  from: 2025-05-02
  to: 2025-06-04
han-duck-soo-acting-2025:
  name: Han Duck-soo
  hangul: 한덕수
  side: south
  acting: true
  from: 2025-03-24
  to: 2025-05-01
lee-jae-myung:
  name: Lee Jae-myung
  hangul: 이재명
  side: south
  from: 2025-06-04
kim-il-sung:
  name: Kim Il Sung
  hangul: 김일성
  side: north
  from: 1948-09-09
  to: 1994-07-08
kim-jong-il:
  name: Kim Jong Il
  hangul: 김정일
  side: north
  from: 1994-07-08
  to: 2011-12-17
kim-jong-un:
  name: Kim Jong Un
  hangul: 김정은
  side: north
  from: 2011-12-17
`;

/** The front matter of a valid entry, with some fields replaced (a field set to `undefined` is left out). */
export function entry(fields: Record<string, unknown> = {}, body = 'A paragraph of context.\n'): string {
	const data: Record<string, unknown> = {
		title: 'Moon speaks on Liberation Day',
		date: '2019-08-15',
		speakers: ['moon-jae-in'],
		kind: 'speech',
		channel: 'Liberation Day address',
		topics: ['dialogue'],
		summary: 'Moon said the momentum for dialogue remained.',
		sources: [
			{
				title: 'Report',
				publisher: 'Yonhap',
				url: 'https://en.yna.co.kr/view/AEN20190815003600325',
				date: '2019-08-15',
			},
		],
		...fields,
	};
	for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
	return `---\n${stringify(data)}---\n\n${body}`;
}

/**
 * Writes a content folder and returns its path. `events` maps a path inside `events/` to the file's text.
 * Registries default to the ones above.
 */
export function writeCorpus(
	events: Record<string, string>,
	registries: { actors?: string; topics?: string; governments?: string } = {},
): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'timeline-corpus-'));
	mkdirSync(path.join(dir, 'events'), { recursive: true });
	if (registries.actors !== '') writeFileSync(path.join(dir, 'actors.yaml'), registries.actors ?? actorsYaml);
	if (registries.topics !== '') writeFileSync(path.join(dir, 'topics.yaml'), registries.topics ?? topicsYaml);
	if (registries.governments !== '')
		writeFileSync(path.join(dir, 'governments.yaml'), registries.governments ?? governmentsYaml);
	for (const [name, text] of Object.entries(events)) {
		const file = path.join(dir, 'events', name);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return dir;
}
