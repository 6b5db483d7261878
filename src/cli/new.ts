/**
 * `npm run new -- --date 2025-07-28 --title "…" --speaker kim-yo-jong --kind rejection [--topic dialogue] [--slug …]`
 * creates content/events/YYYY-MM-DD-slug.md and its Korean text, YYYY-MM-DD-slug.ko.md. In a terminal it asks for whatever the flags leave out (`--ask` asks
 * even when not in one). It knows the actors, kinds and topics, suggests the nearest when one is mistyped, never
 * overwrites a file, and writes an entry that is valid except for the parts marked [[TODO: …]].
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentDir } from '../corpus/content-dir.ts';
import {
	dateProblem,
	entryFileName,
	kindProblem,
	proposedSlug,
	scaffoldEntry,
	scaffoldKorean,
	slugProblem,
	speakerProblem,
	topicProblem,
} from '../lib/validation/scaffold.ts';
import { layout } from '../corpus/files.ts';
import { kinds } from '../schema/index.ts';

const usage = `Usage: npm run new -- --date YYYY-MM-DD --title "Headline" --speaker actor-id --kind kind [--topic topic-id] [--slug words]
  --speaker and --topic may repeat. Run in a terminal without flags to be asked for each value.
  Kinds: ${Object.keys(kinds).join(', ')}.`;

const { values } = parseArgs({
	options: {
		date: { type: 'string' },
		title: { type: 'string' },
		speaker: { type: 'string', multiple: true },
		kind: { type: 'string' },
		topic: { type: 'string', multiple: true },
		slug: { type: 'string' },
		dir: { type: 'string' },
		ask: { type: 'boolean' },
		help: { type: 'boolean', short: 'h' },
	},
});

if (values.help) {
	console.log(usage);
	process.exit(0);
}

const dir = path.resolve(values.dir ?? contentDir());
/** The ids of a registry, to check what the editor types against. */
function idsIn(file: string): Set<string> {
	if (!existsSync(file)) return new Set();
	try {
		const data: unknown = parse(readFileSync(file, 'utf8'));
		return new Set(data && typeof data === 'object' ? Object.keys(data) : []);
	} catch {
		return new Set();
	}
}
const actors = idsIn(path.join(dir, layout.actors));
const topics = idsIn(path.join(dir, layout.topics));

const interactive = values.ask || (process.stdin.isTTY && process.stdout.isTTY);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const lines = prompt?.[Symbol.asyncIterator]();

async function ask(question: string): Promise<string> {
	process.stdout.write(question);
	const next = await lines!.next();
	if (next.done) throw new Error('No more answers on standard input.');
	if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
	return next.value.trim();
}

/** A value from its flag, or asked for until it passes `check`; without a terminal, a bad value ends the run. */
async function obtain<T>(
	flag: T | undefined,
	question: string,
	read: (answer: string) => T,
	check: (value: T) => string | undefined,
): Promise<T> {
	if (flag !== undefined) {
		const problem = check(flag);
		if (!problem) return flag;
		if (!prompt) fail(problem);
		console.log(problem);
	} else if (!prompt) {
		fail(`${question.replace(/[:?]\s*$/, '')} is missing.\n${usage}`);
	}
	for (;;) {
		const value = read(await ask(question));
		const problem = check(value);
		if (!problem) return value;
		console.log(problem);
	}
}

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const split = (answer: string) => answer.split(/[,\s]+/).filter(Boolean);
const firstProblem = (problems: (string | undefined)[]) => problems.find(Boolean);

const date = await obtain(
	values.date,
	'Date (YYYY-MM-DD, or YYYY-MM / YYYY if that is all you know): ',
	(a) => a,
	dateProblem,
);
const title = await obtain(
	values.title,
	'Title (a short headline, who did what): ',
	(a) => a,
	(t) => (t.trim() ? undefined : 'The title is empty.'),
);
const speakers = await obtain(
	values.speaker,
	'Speaker ids from content/actors.yaml (several separated by commas): ',
	split,
	(ids) =>
		ids.length === 0
			? 'Name at least one speaker.'
			: firstProblem(ids.map((id) => speakerProblem(id, actors))),
);
const kind = await obtain(values.kind, `Kind (${Object.keys(kinds).join(', ')}): `, (a) => a, kindProblem);
const topicList = await obtain(
	values.topic ?? (prompt ? undefined : []),
	'Topic ids from content/topics.yaml (several separated by commas; Enter to fill in later): ',
	split,
	(ids) => firstProblem(ids.map((id) => topicProblem(id, topics))),
);
const slug = await obtain(
	values.slug ?? (prompt ? undefined : proposedSlug(title)),
	`File name after the date (Enter for ${proposedSlug(title)}): `,
	(a) => a || proposedSlug(title),
	slugProblem,
);
prompt?.close();

const eventsDir = path.join(dir, layout.events);
const fileName = entryFileName(date, slug);
const target = path.join(eventsDir, fileName);
const id = fileName.slice(0, -'.md'.length);
const taken = existsSync(eventsDir)
	? readdirSync(eventsDir, { recursive: true, encoding: 'utf8' }).find(
			(file) => path.basename(file, '.md').toLowerCase() === id,
		)
	: undefined;
if (existsSync(target) || taken) {
	fail(
		`${path.relative(process.cwd(), taken ? path.join(eventsDir, taken) : target)} already exists; nothing was written. Choose another name with --slug.`,
	);
}

mkdirSync(eventsDir, { recursive: true });
writeFileSync(target, scaffoldEntry({ date, title, speakers, kind, topics: topicList }), {
	flag: 'wx',
});
const korean = target.replace(/\.md$/, '.ko.md');
writeFileSync(korean, scaffoldKorean(), { flag: 'wx' });
console.log(`Created ${path.relative(process.cwd(), target)}
    and ${path.relative(process.cwd(), korean)} (the Korean edition's text; delete it to leave that for later)
Fill in every part marked [[TODO: …]], then run npm run validate; npm run dev shows the entry as you save.`);
