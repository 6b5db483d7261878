/**
 * Every word of the interface, in English and Korean, declared once as data: the Korean dictionary must have every
 * key the English one has (the type says so), so no page shows an English word on /ko/. Counts are functions: Korean
 * counts entries with 건 and speakers with 명, and `josa` (es-hangul) picks the particle that follows a name.
 */
import { josa } from 'es-hangul';
import { downloadWords } from './downloads.ts';
import { filterPanelWords, filterWords } from './filter.ts';
import type { Lang } from './languages.ts';

const en = {
	siteName: 'Inter-Korean Statements',
	tagline: 'A sourced timeline of what the two Koreas said to each other',
	description:
		'A chronological, sourced record of statements between North and South Korea (and those around them), from the 1972 Joint Communiqué to today. Every quotation is exact and every entry cites its sources.',
	skipLink: 'Skip to content',
	nav: { timeline: 'Timeline', speakers: 'Speakers', topics: 'Topics', about: 'About' },
	navLabel: 'Site',
	searchLabel: 'Search the full text',
	searchPlaceholder: 'Search the record',
	searchButton: 'Search',
	/** The title of the link to the other edition, written in the language it leads to: the English one is on Korean pages. */
	switchTo: 'Read this page in English',
	footer: {
		sourced:
			' is a sourced record: every quotation is copied word for word from the page it cites, and every entry lists its sources.',
		howMade: 'How the timeline is made',
		dialogue: 'Who answered whom, and how fast',
		dialogueText: ': the record’s answers, counted from its relations.',
		dataLabel: 'Open data and feed',
		openData: 'Open data',
		json: 'JSON',
		csv: 'CSV',
		schema: 'JSON Schema',
		feed: 'RSS feed',
		search: 'Search',
		relations: 'Relations (CSV)',
	},
	theme: { label: 'Theme', system: 'System theme', light: 'Light theme', dark: 'Dark theme' },
	/** Embedding an entry's card in another site's page (/events/<id>/embed/), and the card itself. */
	embed: {
		button: 'Embed',
		copied: 'Embed code copied',
		heading: 'Embed this entry',
		intro:
			'Paste this HTML into a web page to show a card of this entry there: its headline, date, speakers and key quotation, with a link to this page.',
		preview: 'See the card',
		frameTitle: (title: string) => `${title} (${en.siteName})`,
		readEntry: 'Read the entry and all its sources',
	},
	entries: filterWords.en.entries,
	speakersCount: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'speaker' : 'speakers'}`,
	external: ' (external site)',
	printedFrom: (url: string) => `${en.siteName}: ${url}`,
	timeline: {
		heading: 'What the two Koreas said to each other',
		lede: 'A timeline of statements, proposals and refusals between North and South Korea, and those around them. Every quotation is copied word for word from the page it cites, and every entry lists its sources.',
		extent: (n: number, from: string, to: string, pages: number) =>
			`${en.entries(n)} from ${from} to ${to}, oldest first${pages > 1 ? `, on ${pages} pages` : ''}.`,
		pageTitle: (span: string) => `Timeline, ${span}`,
		browseBy: 'Browse by',
		browseLabel: 'Browse',
		noScript:
			'The filter runs in your browser with JavaScript: without it, a link with a filter shows the whole timeline. Each side, speaker, kind, topic and year has its own page.',
	},
	pagination: {
		label: 'Pages',
		earlier: (span: string) => `← Earlier: ${span}`,
		later: (span: string) => `Later: ${span} →`,
		where: (page: number, pages: number) => `Page ${page} of ${pages}`,
	},
	filter: { ...filterWords.en, ...filterPanelWords.en },
	downloads: downloadWords.en,
	facets: {
		side: { singular: 'Side', plural: 'Sides' },
		actor: { singular: 'Speaker', plural: 'Speakers' },
		kind: { singular: 'Kind', plural: 'Kinds' },
		topic: { singular: 'Topic', plural: 'Topics' },
		year: { singular: 'Year', plural: 'Years' },
		government: { singular: 'Government', plural: 'Governments' },
	},
	facetIndex: {
		intro: (singular: string) =>
			`Every ${singular.toLowerCase()} in the timeline, with its number of entries. Each page lists the entries in order.`,
		description: (singular: string) => `The timeline's entries by ${singular.toLowerCase()}.`,
	},
	facetPage: {
		count: (n: number, span: string) => `${en.entries(n)}, ${span}.`,
		inTimeline: 'Show them in the timeline, where you can filter further →',
		description: (label: string) => `Entries of the timeline: ${label}.`,
		alsoWritten: 'also written',
		hanja: 'Hanja',
		northSpelling: 'North Korean spelling',
		roles: 'Titles over time',
		roleSpan: (from: string | undefined, to: string | undefined) =>
			`${from ?? 'earlier'} to ${to ?? 'the latest entry'}`,
		rolesNote: 'Dates are those between which the sources show the title in use.',
		dissolved: 'Dissolved on',
		/** After a speaker's or government's name: `Kim Yo Jong, year by year`. */
		yearByYear: ', year by year',
		everyYear: 'Every year in figures',
		feedTitle: (label: string) => `${label} · ${en.siteName}`,
		follow: 'Follow in a feed reader (RSS)',
	},
	chart: {
		heading: 'The decades at a glance',
		legendEntries: 'Entries per year, by side',
		overtures: 'Overtures (proposals, agreements, summits)',
		rebuffs: 'Rebuffs (rejections)',
		year: 'Year',
		total: 'Entries',
		inWords: 'The chart in words',
		tableCaption: 'Entries per year, by side and tone',
	},
	entry: {
		back: '← In the timeline',
		copyLink: 'Copy link',
		facts: 'Facts',
		date: 'Date',
		speaker: 'Speaker',
		speakers: 'Speakers',
		kind: 'Kind',
		channel: 'Channel',
		topics: 'Topics',
		allOf: (year: number) => `All of ${year}`,
		quotes: 'In their words',
		reportedBy: 'as reported by',
		original: 'Korean original',
		rendering: 'English rendering',
		englishOnly: 'Quoted from an English report',
		koreanOnly: 'Korean original; no English rendering is cited',
		body: 'What happened',
		relations: 'Connected statements',
		thread: 'The thread',
		threadIntro: (n: number) => `What this statement answered and what answered it, in order: ${n} statements.`,
		sources: 'Sources',
		archived: 'archived copy',
		cite: 'Cite this entry',
		permalink: 'Permanent address',
		copyBibtex: 'Copy BibTeX',
		pagerLabel: 'Previous and next entries',
		previous: 'Previous',
		next: 'Next',
		untranslated: '',
		copied: 'Copied',
		copyBlocked: 'Copying is blocked here: select the text and copy it',
		corrected: 'Corrected',
		corrections: 'Corrections',
		correctedOn: (date: string) => `Corrected on ${date}:`,
		history: 'History of this entry',
		published: 'First published',
		changed: 'Last changed',
		changes: (n: number) => `${n} ${n === 1 ? 'version' : 'versions'} in the site’s repository.`,
		noHistory: {
			shallow:
				'This copy of the site was built from a shallow clone of its repository, so the dates its entries were published and changed are not shown.',
			'no-repository':
				'This copy of the site was built outside its repository, so the dates its entries were published and changed are not shown.',
			uncommitted: 'This entry is not in the site’s repository yet, so it has no history of publication.',
		},
	},
	citation: {
		/** The styles of the formatted references (src/lib/citation/format.ts). */
		styles: { chicago: 'Chicago (author-date)', apa: 'APA', mla: 'MLA' },
		copy: (style: string) => `Copy ${style}`,
		files: 'For reference managers',
	},
	search: {
		title: 'Search',
		description:
			'Search the full text of every entry: titles, accounts and quotations, in English and Korean.',
		heading: 'Search the record',
		label: 'Words to find in titles, accounts and quotations',
		label2: 'Full-text search',
		noScript:
			"Full-text search runs in your browser with JavaScript. Without it, use the timeline's pages for each side, speaker, kind, topic and year below.",
		unavailable: 'The search index is not available here (it is made by npm run build).',
		/** Templates the search script fills: {q} the query, {n} the number found, {shown} how many are shown. */
		messages: {
			nothing: 'Nothing found for “{q}”.',
			one: '1 entry found for “{q}”.',
			many: '{n} entries found for “{q}”.',
			more: '{n} entries found for “{q}”; the first {shown} are shown.',
			/** When some results' excerpts did not load: {shown} of them are shown. */
			partial: '{n} entries found for “{q}”, but only {shown} could be loaded: search again to see the others.',
			failed: 'The results for “{q}” could not be loaded: search again.',
			/** Under the results of a query in Hangul on the English edition, linking the Korean edition's search. */
			korean: 'Korean words are best found in the Korean edition: search it for “{q}” →',
		},
		browse: 'Browse the record',
		allOf: (plural: string) => `All ${plural.toLowerCase()} →`,
	},
	notFound: {
		title: 'Page not found',
		heading: 'This page is not in the timeline',
		text: 'The address may be mistyped, or the entry may have been renamed. Entry addresses look like',
		example: 'the date the statement was made, then a few words about it.',
		readAll: 'Read the whole timeline',
		oldestFirst: ', oldest first',
		jump: 'Jump to a year:',
		latest: 'Latest entries',
		/** Said in the other language, for a reader who followed a link to the other edition. */
		otherEdition: 'Looking for the English edition? Read the timeline in English →',
	},
	about: {
		title: 'About',
		description: 'How the timeline of inter-Korean statements is compiled, sourced and kept.',
		heading: 'How the timeline is made',
		intro:
			'This is a record of what North and South Korea, and those around them, said to each other: offers, answers, refusals, agreements and the deeds that went with them.',
		extent: (entries: number, speakers: number, topics: number, sources: number, quotes: number) =>
			`It holds ${en.entries(entries)} by ${en.speakersCount(speakers)}, tagged with ${topics} topics, drawing on ${sources.toLocaleString('en')} cited pages and ${quotes.toLocaleString('en')} quotations.`,
		sections: [
			{
				heading: 'Every line is sourced',
				text: 'Each entry lists the pages its facts come from, with publisher, title, date and address. Dates, names, titles and figures are taken from those pages; where sources disagree, the entry says which value it uses and why.',
			},
			{
				heading: 'Quotations are exact',
				text: 'A quotation is copied word for word from the page it cites and attributed to it; it is never composed, tidied or translated. Statements from Pyongyang often circulate in several English translations, so the same sentence may read differently elsewhere: the wording here is the one the cited page printed.',
			},
			{
				heading: 'The original words beside the translations',
				text: 'The statements were made in Korean. Where a Korean page prints the original words of a quotation, the entry gives them beside the English rendering, each with its own source. A quotation known only from an English report is marked as such in the Korean edition, and is never translated by us.',
			},
			{
				heading: 'Dates are calendar dates',
				text: 'Dates are given as written in Korea unless an entry says otherwise. When only the month or year of an event is known, the entry says so rather than inventing a day.',
			},
			{
				heading: 'Summaries are our own',
				text: 'Headlines, summaries and the account of each entry are written for this timeline, in English and in Korean; they carry the facts of the sources, not their prose.',
			},
		],
		glossary: '',
		glossaryIntro: '',
		dialogueHeading: 'Who answered whom',
		dialogueText:
			'Relations between entries say which statement answers which. From them the site counts, for each side and each government, how many overtures the record shows answered, accepted, rejected or met with silence, and how fast:',
		dialogueLink: 'who answered whom, and how fast',
		governmentsText: 'Every entry also falls under the governments of both Koreas in office on its date:',
		governmentsLink: 'the governments',
	},
	data: {
		title: 'Open data',
		description: 'The timeline of inter-Korean statements as JSON, CSV and RSS, with a JSON Schema.',
		heading: 'Open data',
		intro: (count: number, latest: string) =>
			`The whole record is published as data, rebuilt with the site. This version holds ${en.entries(count)}; its latest date is ${latest}. Its version identifier is`,
		citeVersion: ': cite it with the data so others can tell which state of the record you used.',
		json: 'Every published entry, oldest first: its id and addresses in both editions, every field of its front matter (title, date, speakers, kind, channel, topics, summary, quotations with their Korean originals, sources, relations), the side, the speakers’ names in English and Hangul, and its Korean text. The file starts with format, version, generated (the latest date in the content, not the time of the build) and count. Its structure is described by',
		csv: 'One row per entry, for spreadsheets: UTF-8 (Hangul as written), fields quoted as RFC 4180 says, lists joined with “; ”, and anything a spreadsheet would run as a formula escaped. The columns are:',
		feed: 'The newest entries first, for feed readers: in English, and in Korean at',
		references:
			'Every entry’s page as a reference, for Zotero, Mendeley, EndNote or BibTeX, made with its formatted citations by a Citation Style Language library. Each entry’s page offers its own (cite.bib, cite.ris, cite.csl.json beside it), and reference managers capture it from the page itself. The Korean pages’ references are at',
		slices: 'A speaker, a topic, a filter',
		slicesText:
			'Every speaker, topic, kind and side has its own feed (feed.xml beside its page), and every facet page, years included, offers its entries as CSV and JSON (entries.csv, entries.json: id, address, date, headline, side, kind, speakers, topics and summary). Once the timeline is filtered, the matching entries can be downloaded the same way, or their references.',
		using: 'Using the data',
		usingText:
			'Quotations are exact and each is tied to its source by number (1 is the first source of the entry); a Korean original names its own source. When you quote from the data, quote the source it names as well.',
		relations:
			'Every relation between two entries, in the order of the entries that declare them: from (the later entry) and to (the earlier one), the type, both dates, the calendar days between them (empty when a date is known only to the month or year), both sides, kinds and governments, and whether the relation answers an overture as the dialogue page counts it. The same in JSON, described by',
		relationsCsv: 'The columns of relations.csv are:',
		relationsPage: 'The figures drawn from them are on',
	},
	sides: { joint: 'Joint' },
	government: {
		office: { south: 'President of South Korea', acting: 'Acting president of South Korea', north: 'Leader of North Korea' },
		tenure: (from: string, to: string | undefined) => (to ? `${from} to ${to}` : `from ${from}; no end recorded`),
		administration: 'Known in Korean as',
		asSpeaker: 'As a speaker:',
		actingWithin: 'Acting presidents held the powers of the office during this term. The entries of their days are on their pages:',
		actingFor: 'Took over the powers of the office during the term of',
		rule: 'An entry falls under the government in office on its date (a date known only to the month or the year counts from its first day); on a day when power changed hands, under the government that began that day.',
		figuresHeading: 'Overtures under this government, and their answers',
		figuresCaption: (label: string) => `Overtures counted under ${label}, and how the record answers them`,
		figuresIntro:
			'Its side’s proposals, agreements and summits in its days, and those both Koreas made together, counted as on the dialogue page. The record is a curated selection: an absent answer in it is not proof that none was given.',
		noOvertures: 'The record holds no overture under this government.',
		everyHeading: 'Every overture counted here, and its first answer',
		overtures: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'overture' : 'overtures'}`,
		figuresLink: 'Every government’s figures, and how they are counted →',
	},
	dialogue: {
		title: 'Who answered whom',
		description:
			'How the two Koreas answered each other’s overtures in this record: how many were answered, accepted, rejected or met with silence, and how fast, under each government.',
		heading: 'Who answered whom, and how fast',
		lede: 'Every proposal, agreement and summit in the record, and the statements that answered it: counted for each side and each government from the relations editors recorded between entries, never typed by hand.',
		framing: (entries: number, relations: number, overtures: number, answers: number) =>
			`These figures describe this record, which is a curated selection of statements, not everything the two Koreas said. They rest on ${en.entries(entries)} and the ${relations.toLocaleString('en')} ${relations === 1 ? 'relation' : 'relations'} recorded between them; ${overtures.toLocaleString('en')} of the entries are overtures, which the record answers ${answers.toLocaleString('en')} ${answers === 1 ? 'time' : 'times'}.`,
		absence:
			'An overture without an answer here may have been answered by a statement the record does not hold: an absent answer in the record is not proof that none was given.',
		method: 'How the figures are counted',
		methodItems: (overtureKinds: string) => [
			`An overture is an entry of a kind the vocabulary marks as an overture: ${overtureKinds}.`,
			'An answer is a later entry from another side that says it responds to, accepts or rejects the overture. A follow-up continues a statement rather than answering it, and a reply from the overture’s own side is not an answer: neither is counted.',
			'Accepted and rejected follow the relation the answer declares. An overture can be both, by different answers; an answer that only responds counts as answered.',
			'Each overture counts under its side’s government on its date. Joint overtures, and those of others, count under both Koreas’ governments of the day.',
			'Days are calendar days from the overture’s date to that of its first answer (the same day is 0). When either date is known only to the month or the year, the answer is counted, but not in the days: the median and the range leave it out and say so.',
		],
		chartHeading: 'Overtures and their answers over time',
		chartInWords: (overtures: number, answered: number, accepted: number, rejected: number, from: number, to: number) =>
			`${overtures.toLocaleString('en')} overtures from ${from} to ${to}, each a mark on the time line of its side, filled when the record holds an answer (${answered.toLocaleString('en')}) and hollow when it holds none (${(overtures - answered).toLocaleString('en')}). An arc joins each overture to each of its answers: solid where the answer accepts (${accepted.toLocaleString('en')} overtures), dashed where it rejects (${rejected.toLocaleString('en')}), dotted where it only responds. Overtures answered within days show as short arcs; the table below gives every figure.`,
		legend: {
			answered: 'Answered',
			unanswered: 'No answer in the record',
			accepts: 'Accepts',
			rejects: 'Rejects',
			respondsTo: 'Responds',
		},
		lanes: { others: 'Joint and others' },
		tableHeading: 'By side and government',
		tableCaption: 'Overtures by side and government, and how the record answers them',
		columns: {
			side: 'Side',
			government: 'Government',
			overtures: 'Overtures',
			answered: 'Answered',
			accepted: 'Accepted',
			rejected: 'Rejected',
			unanswered: 'No answer',
			median: 'Median days to first answer',
			range: 'Fastest–slowest (days)',
			untimed: 'Not known to the day',
		},
		allGovernments: 'All governments',
		days: (n: number) => `${n.toLocaleString('en', { maximumFractionDigits: 1 })} ${n === 1 ? 'day' : 'days'}`,
		range: (from: number, to: number) =>
			from === to ? from.toLocaleString('en') : `${from.toLocaleString('en')}–${to.toLocaleString('en')}`,
		notTimed: '—',
		unansweredHeading: 'Overtures still unanswered in the record',
		unansweredIntro: (n: number) =>
			`${n.toLocaleString('en')} ${n === 1 ? 'overture has' : 'overtures have'} no answer in the record, oldest first.`,
		fastestHeading: 'The fastest answers',
		slowestHeading: 'The slowest answers',
		answerLine: (days: number) => (days === 0 ? 'the same day' : `${days.toLocaleString('en')} ${days === 1 ? 'day' : 'days'} later`),
		everyWhere:
			'Every overture, with its first answer, is listed on the page of the government it counts under: follow a government in the table.',
		everyColumns: { date: 'Date', overture: 'Overture', side: 'Side', answer: 'First answer', how: 'How', days: 'Days' },
		none: 'None.',
		data: 'The relations behind these figures, as data:',
	},
};

export type Strings = typeof en;

const ko: Strings = {
	siteName: '남북 발언 기록',
	tagline: '남과 북이 서로에게 한 말, 출처를 밝힌 연대기',
	description:
		'1972년 7·4 남북공동성명부터 오늘까지 남북한(그리고 주변국)이 서로에게 한 발언을 시간순으로 정리하고 출처를 밝힌 기록입니다. 모든 인용은 원문 그대로이며 모든 항목에 출처가 있습니다.',
	skipLink: '본문으로 건너뛰기',
	nav: { timeline: '타임라인', speakers: '발언자', topics: '주제', about: '소개' },
	navLabel: '사이트',
	searchLabel: '전문 검색',
	searchPlaceholder: '기록 검색',
	searchButton: '검색',
	switchTo: '이 페이지를 한국어로 보기',
	footer: {
		sourced: '은 출처를 밝힌 기록입니다. 모든 인용은 출처 페이지에서 한 글자도 바꾸지 않고 옮겼고, 모든 항목에 출처를 적었습니다.',
		howMade: '타임라인을 만드는 방법',
		dialogue: '누가 누구에게, 얼마나 빨리 답했나',
		dialogueText: ': 관계 기록으로 센 응답 수치.',
		dataLabel: '공개 데이터와 피드',
		openData: '공개 데이터',
		json: 'JSON',
		csv: 'CSV',
		schema: 'JSON 스키마',
		feed: 'RSS 피드',
		search: '검색',
		relations: '관계 (CSV)',
	},
	theme: { label: '화면 테마', system: '시스템 설정', light: '밝은 테마', dark: '어두운 테마' },
	embed: {
		button: '퍼가기',
		copied: '퍼가기 코드를 복사했습니다',
		heading: '이 항목 퍼가기',
		intro:
			'이 HTML을 웹 페이지에 붙여 넣으면 이 항목의 제목, 날짜, 발언자, 핵심 인용문과 이 페이지로 가는 링크를 담은 카드가 나타납니다.',
		preview: '카드 미리 보기',
		frameTitle: (title: string) => `${title} (${ko.siteName})`,
		readEntry: '항목 전체와 출처 보기',
	},
	entries: filterWords.ko.entries,
	speakersCount: (n: number) => `${n.toLocaleString('ko')}명`,
	external: ' (외부 사이트)',
	printedFrom: (url: string) => `${ko.siteName}: ${url}`,
	timeline: {
		heading: '남과 북이 서로에게 한 말',
		lede: '남북한과 주변국이 주고받은 성명, 제안, 거부를 시간순으로 정리한 타임라인입니다. 모든 인용은 출처 페이지에서 그대로 옮겼고, 모든 항목에 출처를 밝혔습니다.',
		extent: (n: number, from: string, to: string, pages: number) =>
			`${from}부터 ${to}까지 ${ko.entries(n)}, 오래된 순${pages > 1 ? `, ${pages}쪽` : ''}.`,
		pageTitle: (span: string) => `타임라인, ${span}`,
		browseBy: '둘러보기:',
		browseLabel: '둘러보기',
		noScript:
			'필터는 브라우저에서 자바스크립트로 작동합니다. 자바스크립트 없이는 필터가 걸린 링크도 타임라인 전체를 보여 줍니다. 편, 발언자, 종류, 주제, 연도마다 따로 페이지가 있습니다.',
	},
	pagination: {
		label: '쪽',
		earlier: (span: string) => `← 이전: ${span}`,
		later: (span: string) => `다음: ${span} →`,
		where: (page: number, pages: number) => `${pages}쪽 중 ${page}쪽`,
	},
	filter: { ...filterWords.ko, ...filterPanelWords.ko },
	downloads: downloadWords.ko,
	facets: {
		side: { singular: '편', plural: '편' },
		actor: { singular: '발언자', plural: '발언자' },
		kind: { singular: '종류', plural: '종류' },
		topic: { singular: '주제', plural: '주제' },
		year: { singular: '연도', plural: '연도' },
		government: { singular: '정부', plural: '정부' },
	},
	facetIndex: {
		intro: (singular: string) =>
			`타임라인의 ${josa(singular, '을/를')} 모두 항목 수와 함께 보여 줍니다. 각 페이지는 해당 항목을 시간순으로 나열합니다.`,
		description: (singular: string) => `${singular}별로 본 타임라인 항목.`,
	},
	facetPage: {
		count: (n: number, span: string) => `${span}, ${ko.entries(n)}.`,
		inTimeline: '타임라인에서 보기 (더 거를 수 있습니다) →',
		description: (label: string) => `타임라인 항목: ${label}.`,
		alsoWritten: '다른 표기',
		hanja: '한자',
		northSpelling: '북한 표기',
		roles: '직함의 변화',
		roleSpan: (from: string | undefined, to: string | undefined) =>
			`${from ?? '그 이전'}부터 ${to ?? '최근 항목'}까지`,
		rolesNote: '날짜는 출처에서 해당 직함이 쓰인 것을 확인한 기간입니다.',
		dissolved: '해체일',
		yearByYear: ', 연도별',
		everyYear: '연도별 수치',
		feedTitle: (label: string) => `${label} · ${ko.siteName}`,
		follow: '피드 리더로 구독하기 (RSS)',
	},
	chart: {
		heading: '수십 년을 한눈에',
		legendEntries: '연도별 항목 수 (편별)',
		overtures: '유화 (제안, 합의, 정상회담)',
		rebuffs: '거부',
		year: '연도',
		total: '항목',
		inWords: '그래프 설명',
		tableCaption: '연도별 항목 수 (편별, 성격별)',
	},
	entry: {
		back: '← 타임라인에서 보기',
		copyLink: '링크 복사',
		facts: '개요',
		date: '날짜',
		speaker: '발언자',
		speakers: '발언자',
		kind: '종류',
		channel: '경로',
		topics: '주제',
		allOf: (year: number) => `${year}년 전체`,
		quotes: '발언 원문',
		reportedBy: '출처:',
		original: '한국어 원문',
		rendering: '영문 보도',
		englishOnly: '영어 보도 인용',
		koreanOnly: '한국어 원문 (영문 번역 출처 없음)',
		body: '경위',
		relations: '관련 발언',
		thread: '발언의 흐름',
		threadIntro: (n: number) => `이 발언이 답한 것과 이 발언에 답한 것, 시간순 ${n}건.`,
		sources: '출처',
		archived: '보관본',
		cite: '이 항목 인용하기',
		permalink: '고유 주소',
		copyBibtex: 'BibTeX 복사',
		pagerLabel: '이전 항목과 다음 항목',
		previous: '이전',
		next: '다음',
		untranslated: '이 항목의 경위는 아직 한국어로 옮기지 않아 영어로 보여 줍니다.',
		copied: '복사했습니다',
		copyBlocked: '여기서는 복사할 수 없습니다. 글을 선택해 복사하세요',
		corrected: '정정됨',
		corrections: '정정',
		correctedOn: (date: string) => `${date} 정정:`,
		history: '이 항목의 이력',
		published: '처음 게시',
		changed: '마지막 수정',
		changes: (n: number) => `사이트 저장소에 기록된 판 ${n}개.`,
		noHistory: {
			shallow:
				'이 사본은 저장소의 얕은 복제본(shallow clone)에서 만들어져, 항목을 처음 게시하고 수정한 날짜를 보여 주지 않습니다.',
			'no-repository':
				'이 사본은 사이트 저장소 밖에서 만들어져, 항목을 처음 게시하고 수정한 날짜를 보여 주지 않습니다.',
			uncommitted: '이 항목은 아직 사이트 저장소에 없어 게시 이력이 없습니다.',
		},
	},
	citation: {
		styles: { chicago: '시카고 (저자-연도)', apa: 'APA', mla: 'MLA' },
		copy: (style: string) => `${style} 복사`,
		files: '참고문헌 관리 프로그램용 파일',
	},
	search: {
		title: '검색',
		description: '모든 항목의 제목, 경위, 인용문을 한국어와 영어로 검색합니다.',
		heading: '기록 검색',
		label: '제목, 경위, 인용문에서 찾을 말',
		label2: '전문 검색',
		noScript:
			'전문 검색은 브라우저에서 자바스크립트로 작동합니다. 자바스크립트 없이는 아래의 편, 발언자, 종류, 주제, 연도별 페이지를 이용하세요.',
		unavailable: '여기서는 검색 색인을 쓸 수 없습니다 (npm run build가 만듭니다).',
		messages: {
			nothing: '“{q}”에 대한 결과가 없습니다.',
			one: '“{q}” 검색 결과 1건.',
			many: '“{q}” 검색 결과 {n}건.',
			more: '“{q}” 검색 결과 {n}건, 처음 {shown}건을 보여 줍니다.',
			partial: '“{q}” 검색 결과 {n}건 가운데 {shown}건만 불러왔습니다. 나머지를 보려면 다시 검색하세요.',
			failed: '“{q}” 검색 결과를 불러오지 못했습니다. 다시 검색하세요.',
			korean: '',
		},
		browse: '기록 둘러보기',
		allOf: (plural: string) => `${plural} 전체 →`,
	},
	notFound: {
		title: '페이지를 찾을 수 없습니다',
		heading: '타임라인에 없는 페이지입니다',
		text: '주소를 잘못 입력했거나 항목 이름이 바뀌었을 수 있습니다. 항목 주소는 다음과 같은 모양입니다:',
		example: '발언한 날짜 다음에 내용을 나타내는 몇 단어가 붙습니다.',
		readAll: '타임라인 전체 읽기',
		oldestFirst: ' (오래된 순)',
		jump: '연도로 이동:',
		latest: '최근 항목',
		otherEdition: '한국어판을 찾으시나요? 한국어로 타임라인 읽기 →',
	},
	about: {
		title: '소개',
		description: '남북 발언 기록을 어떻게 모으고, 출처를 밝히고, 관리하는지 설명합니다.',
		heading: '타임라인을 만드는 방법',
		intro:
			'남북한과 주변국이 서로에게 한 말을 모은 기록입니다. 제안과 답변, 거부와 합의, 그리고 말과 함께한 행동을 담았습니다.',
		extent: (entries: number, speakers: number, topics: number, sources: number, quotes: number) =>
			`발언자 ${ko.speakersCount(speakers)}의 항목 ${ko.entries(entries)}을 주제 ${topics}개로 분류했고, 출처 페이지 ${sources.toLocaleString('ko')}개와 인용문 ${quotes.toLocaleString('ko')}개를 근거로 합니다.`,
		sections: [
			{
				heading: '모든 문장에 출처가 있습니다',
				text: '각 항목은 사실의 근거가 된 페이지를 발행처, 제목, 날짜, 주소와 함께 밝힙니다. 날짜, 이름, 직함, 수치는 그 페이지에서 가져왔고, 출처끼리 엇갈리면 어느 값을 왜 따랐는지 적었습니다.',
			},
			{
				heading: '인용은 원문 그대로입니다',
				text: '인용문은 출처 페이지에서 한 글자도 바꾸지 않고 옮기며, 새로 짓거나 다듬거나 번역하지 않습니다. 북한 발표문은 여러 영어 번역으로 퍼지기 때문에 같은 문장도 다른 곳에서는 달리 읽힐 수 있습니다. 여기 실린 문구는 출처 페이지에 실린 그대로입니다.',
			},
			{
				heading: '번역 옆에 원문을 함께 싣습니다',
				text: '발언은 한국어로 나왔습니다. 한국어 페이지가 인용문의 원문을 싣고 있으면 영문 번역 옆에 원문을 함께 보여 주고, 각각의 출처를 밝힙니다. 영어 보도로만 확인된 인용문은 한국어판에서 ‘영어 보도 인용’으로 표시하며, 우리가 번역하지 않습니다.',
			},
			{
				heading: '날짜는 달력 날짜입니다',
				text: '따로 밝히지 않는 한 날짜는 한국 날짜입니다. 사건의 달이나 해만 알려진 경우에는 날을 지어내지 않고 그렇다고 밝힙니다.',
			},
			{
				heading: '요약은 직접 썼습니다',
				text: '각 항목의 제목, 요약, 경위는 이 타임라인을 위해 영어와 한국어로 직접 썼습니다. 출처의 사실을 옮길 뿐 문장을 옮기지 않습니다.',
			},
		],
		dialogueHeading: '누가 누구에게 답했나',
		dialogueText:
			'항목 사이의 관계는 어느 발언이 어느 발언에 답하는지 보여 줍니다. 사이트는 이를 바탕으로 편별, 정부별로 유화 항목이 기록상 몇 건 응답·수용·거부되었고 몇 건이 응답 없이 남았는지, 응답까지 얼마나 걸렸는지 셉니다:',
		dialogueLink: '누가 누구에게, 얼마나 빨리 답했나',
		governmentsText: '모든 항목은 날짜 당시 재임한 남북 두 정부에도 속합니다:',
		governmentsLink: '정부별 보기',
		glossary: '용어',
		glossaryIntro:
			'한국어판은 통일부와 연합뉴스 같은 한국의 참고 자료가 쓰는 용어를 따릅니다. 북한이 쓰는 말(조선, 북남, 조선반도 등)은 인용문 안에서만 그대로 둡니다.',
	},
	data: {
		title: '공개 데이터',
		description: '남북 발언 기록을 JSON, CSV, RSS와 JSON 스키마로 제공합니다.',
		heading: '공개 데이터',
		intro: (count: number, latest: string) =>
			`기록 전체를 데이터로 공개하며, 사이트를 빌드할 때마다 새로 만듭니다. 이 판은 ${ko.entries(count)}을 담고 있고, 가장 최근 날짜는 ${latest}입니다. 판 식별자는`,
		citeVersion: '입니다. 데이터를 인용할 때 함께 적으면 어느 시점의 기록을 썼는지 알 수 있습니다.',
		json: '공개된 모든 항목을 오래된 순으로 담습니다. 항목의 id와 두 판의 주소, 머리말의 모든 필드(제목, 날짜, 발언자, 종류, 경로, 주제, 요약, 한국어 원문을 포함한 인용문, 출처, 관계), 편, 발언자의 영어·한글 이름, 한국어 텍스트가 들어 있습니다. 파일은 format, version, generated(빌드 시각이 아니라 내용 가운데 가장 최근 날짜), count로 시작합니다. 구조는 다음 파일에 설명되어 있습니다:',
		csv: '스프레드시트용으로 항목마다 한 줄입니다. UTF-8(한글은 그대로), RFC 4180에 따른 따옴표, “; ”로 이은 목록을 쓰고, 스프레드시트가 수식으로 실행할 수 있는 값은 무력화합니다. 열은 다음과 같습니다:',
		feed: '피드 리더용 최신 항목 목록입니다. 한국어 피드는 다음 주소에 있습니다:',
		references:
			'모든 항목 페이지를 참고문헌 관리 프로그램에서 쓰는 참고문헌으로 담았습니다. 인용 양식 언어(CSL) 라이브러리가 인용문과 함께 만듭니다. 항목마다 자기 페이지에서 자기 참고문헌 파일(옆의 cite.bib, cite.ris, cite.csl.json)을 제공하며, 참고문헌 관리 프로그램은 페이지에서 바로 가져갈 수도 있습니다. 한국어판 페이지의 참고문헌은 다음 주소에 있습니다:',
		slices: '발언자별, 주제별, 거른 결과',
		slicesText:
			'발언자, 주제, 종류, 편마다 피드가 있고(각 페이지 옆의 feed.xml), 연도를 포함한 모든 분류 페이지는 해당 항목을 CSV와 JSON으로 내려받게 합니다(entries.csv, entries.json: 식별자, 주소, 날짜, 제목, 편, 종류, 발언자, 주제, 요약). 타임라인을 거르면 조건에 맞는 항목이나 그 참고문헌을 같은 방식으로 내려받을 수 있습니다.',
		using: '데이터 활용',
		usingText:
			'인용문은 원문 그대로이며 각각 번호로 출처와 연결됩니다(1은 항목의 첫 번째 출처). 한국어 원문은 자체 출처를 밝힙니다. 데이터에서 인용할 때는 그 출처도 함께 밝혀 주세요.',
		relations:
			'두 항목 사이의 모든 관계를, 관계를 밝힌 항목의 순서대로 담습니다. from(나중 항목)과 to(앞선 항목), 관계 종류, 두 날짜, 그 사이의 달력 날수(어느 한쪽 날짜가 월이나 연도까지만 알려지면 비워 둠), 두 항목의 편, 종류, 정부, 그리고 대화 페이지가 세는 방식으로 이 관계가 유화 항목에 대한 응답인지가 들어 있습니다. JSON 파일의 구조는 다음 파일에 설명되어 있습니다:',
		relationsCsv: 'relations.csv의 열은 다음과 같습니다:',
		relationsPage: '이 데이터로 계산한 수치는 다음 페이지에 있습니다:',
	},
	sides: { joint: '공동' },
	government: {
		office: { south: '대한민국 대통령', acting: '대한민국 대통령 권한대행', north: '북한 최고지도자' },
		tenure: (from: string, to: string | undefined) => (to ? `${from}~${to}` : `${from}부터 (임기 종료 기록 없음)`),
		administration: '명칭',
		asSpeaker: '발언자 페이지:',
		actingWithin: '이 임기 중에는 대통령 권한대행이 권한을 행사한 기간이 있습니다. 그 기간의 항목은 각 권한대행의 페이지에 있습니다:',
		actingFor: '다음 대통령의 임기 중 권한을 대행했습니다:',
		rule: '항목은 날짜 당시 재임한 정부에 속합니다(월이나 연도만 알려진 날짜는 그 첫날 기준). 정권이 바뀐 날의 항목은 그날 출범한 정부에 속합니다.',
		figuresHeading: '이 정부의 유화 항목과 그 응답',
		figuresCaption: (label: string) => `${label} 재임 기간의 유화 항목과 기록에 있는 응답`,
		figuresIntro:
			'재임 기간에 해당 편이 낸 제안, 합의, 정상회담과 남북이 함께 낸 항목을 ‘누가 누구에게 답했나’ 페이지와 같은 방법으로 셉니다. 이 기록은 골라 모은 발언이므로, 기록에 응답이 없다는 것이 응답이 없었다는 증거는 아닙니다.',
		noOvertures: '이 기록에는 이 정부에 속하는 유화 항목이 없습니다.',
		everyHeading: '여기에서 센 모든 유화 항목과 첫 응답',
		overtures: (n: number) => `${n.toLocaleString('ko')}건`,
		figuresLink: '모든 정부의 수치와 세는 방법 →',
	},
	dialogue: {
		title: '누가 누구에게 답했나',
		description:
			'이 기록에서 남북이 서로의 유화 제스처에 어떻게 답했는지 보여 줍니다. 정부별로 몇 건이 응답·수용·거부되었고 몇 건이 응답 없이 남았는지, 응답까지 며칠이 걸렸는지 셉니다.',
		heading: '누가 누구에게, 얼마나 빨리 답했나',
		lede: '기록에 있는 모든 제안, 합의, 정상회담과 그에 답한 발언을 편별, 정부별로 셉니다. 수치는 편집자가 항목 사이에 기록한 관계에서 계산하며, 손으로 적어 넣지 않습니다.',
		framing: (entries: number, relations: number, overtures: number, answers: number) =>
			`이 수치는 이 기록에 대한 것입니다. 이 기록은 남북이 한 모든 말이 아니라 골라 모은 발언입니다. 항목 ${ko.entries(entries)}과 그 사이에 기록된 관계 ${relations.toLocaleString('ko')}건을 근거로 합니다. 항목 가운데 유화 항목은 ${overtures.toLocaleString('ko')}건이고, 기록에 있는 그 응답은 ${answers.toLocaleString('ko')}건입니다.`,
		absence:
			'여기서 응답이 없는 항목도 이 기록에 없는 발언으로 응답을 받았을 수 있습니다. 기록에 응답이 없다는 것이 응답이 없었다는 증거는 아닙니다.',
		method: '세는 방법',
		methodItems: (overtureKinds: string) => [
			`유화 항목은 어휘 목록에서 유화로 분류한 종류의 항목입니다: ${overtureKinds}.`,
			'응답은 다른 편이 나중에 낸 항목으로, 그 유화 항목에 응답하거나 이를 수용하거나 거부한다고 밝힌 것입니다. 후속 발언은 앞선 발언을 이어 가는 것이지 답하는 것이 아니므로 세지 않고, 같은 편의 반응도 응답으로 세지 않습니다.',
			'수용과 거부는 응답 항목이 밝힌 관계를 따릅니다. 한 유화 항목이 서로 다른 응답에 의해 수용되고 거부될 수도 있습니다. 응답만 한 경우는 ‘응답’으로만 셉니다.',
			'각 유화 항목은 그 날짜에 재임한 해당 편의 정부에 속합니다. 공동 항목과 그 밖의 편의 항목은 당시 남북 두 정부에 함께 속합니다.',
			'일수는 유화 항목의 날짜부터 첫 응답의 날짜까지의 달력 날수입니다(같은 날이면 0일). 어느 한쪽 날짜가 월이나 연도까지만 알려진 경우에는 응답으로는 세지만 일수에는 넣지 않으며, 중앙값과 범위에서 빠진 건수를 따로 밝힙니다.',
		],
		chartHeading: '시간에 따른 유화 항목과 응답',
		chartInWords: (overtures: number, answered: number, accepted: number, rejected: number, from: number, to: number) =>
			`${from}년부터 ${to}년까지의 유화 항목 ${overtures.toLocaleString('ko')}건을 각 편의 시간축에 표시했습니다. 기록에 응답이 있는 항목(${answered.toLocaleString('ko')}건)은 속을 채우고, 없는 항목(${(overtures - answered).toLocaleString('ko')}건)은 비웠습니다. 곡선은 유화 항목과 각 응답을 잇습니다. 수용은 실선(${accepted.toLocaleString('ko')}건), 거부는 파선(${rejected.toLocaleString('ko')}건), 단순 응답은 점선입니다. 며칠 안에 나온 응답은 짧은 곡선으로 보이며, 모든 수치는 아래 표에 있습니다.`,
		legend: {
			answered: '응답 있음',
			unanswered: '기록에 응답 없음',
			accepts: '수용',
			rejects: '거부',
			respondsTo: '응답',
		},
		lanes: { others: '공동 및 기타' },
		tableHeading: '편별, 정부별',
		tableCaption: '편별, 정부별 유화 항목과 기록에 나타난 응답',
		columns: {
			side: '편',
			government: '정부',
			overtures: '유화 항목',
			answered: '응답',
			accepted: '수용',
			rejected: '거부',
			unanswered: '응답 없음',
			median: '첫 응답까지 일수(중앙값)',
			range: '최단~최장(일)',
			untimed: '날짜 미상',
		},
		allGovernments: '전체 정부',
		days: (n: number) => `${n.toLocaleString('ko', { maximumFractionDigits: 1 })}일`,
		range: (from: number, to: number) =>
			from === to ? from.toLocaleString('ko') : `${from.toLocaleString('ko')}~${to.toLocaleString('ko')}`,
		notTimed: '—',
		unansweredHeading: '기록에 아직 응답이 없는 유화 항목',
		unansweredIntro: (n: number) => `기록에 응답이 없는 유화 항목 ${n.toLocaleString('ko')}건, 오래된 순.`,
		fastestHeading: '가장 빠른 응답',
		slowestHeading: '가장 늦은 응답',
		answerLine: (days: number) => (days === 0 ? '같은 날' : `${days.toLocaleString('ko')}일 뒤`),
		everyWhere: '유화 항목 하나하나와 그 첫 응답은 해당 항목이 속한 정부의 페이지에 있습니다. 표에서 정부를 눌러 보세요.',
		everyColumns: { date: '날짜', overture: '유화 항목', side: '편', answer: '첫 응답', how: '방식', days: '일수' },
		none: '없습니다.',
		data: '이 수치의 근거가 된 관계 데이터:',
	},
};

export const ui: Record<Lang, Strings> = { en, ko };

/** The words of the interface in `lang`. */
export const t = (lang: Lang): Strings => ui[lang];
