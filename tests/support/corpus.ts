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
	registries: { actors?: string; topics?: string } = {},
): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'timeline-corpus-'));
	mkdirSync(path.join(dir, 'events'), { recursive: true });
	if (registries.actors !== '') writeFileSync(path.join(dir, 'actors.yaml'), registries.actors ?? actorsYaml);
	if (registries.topics !== '') writeFileSync(path.join(dir, 'topics.yaml'), registries.topics ?? topicsYaml);
	for (const [name, text] of Object.entries(events)) {
		const file = path.join(dir, 'events', name);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return dir;
}
