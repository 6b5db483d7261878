/**
 * What a government's page says about it, in one language: its office and side, its days in office, the name the
 * administration went by, the acting presidents who held the powers within its term (or the president an acting one
 * stood in for), and its leader's page as a speaker. Links only to pages the site builds.
 */
import type { Lang } from '../i18n/languages.ts';
import { actorName, actorNameLang, governmentName } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';
import { localUrl } from '../i18n/urls.ts';
import { readableDate } from '../lib/dates.ts';
import { facetPath } from '../lib/timeline/facet-paths.ts';
import { actingFor, actingWithin, type GovernmentRecord } from '../lib/timeline/governments.ts';
import type { Timeline } from '../lib/timeline/model.ts';
import { sideView, type SideView } from './cards.ts';

export interface GovernmentLink {
	label: string;
	/** Its page, when it has one (a government in whose days no entry falls has none). */
	url?: string;
	span?: string;
}

export interface GovernmentFacts {
	side: SideView;
	office: string;
	tenure: { text: string; from: string; to?: string };
	administration?: string;
	leader?: { label: string; lang?: Lang; url: string };
	actingWithin: GovernmentLink[];
	actingFor?: GovernmentLink;
	rule: string;
}

/** The office a government held: President, Acting president, Leader of North Korea. */
export function governmentOffice(government: GovernmentRecord, lang: Lang): string {
	const { office } = t(lang).government;
	return government.side === 'north' ? office.north : government.acting ? office.acting : office.south;
}

/** Its days in office in words: `10 May 2017 to 9 May 2022`, `from 4 June 2025; no end recorded`. */
export function tenureText(government: GovernmentRecord, lang: Lang): string {
	return t(lang).government.tenure(
		readableDate(government.from, lang),
		government.to === undefined ? undefined : readableDate(government.to, lang),
	);
}

/** One line: `President of South Korea, 10 May 2017 to 9 May 2022`. */
export function governmentSummary(government: GovernmentRecord, lang: Lang): string {
	return `${governmentOffice(government, lang)}, ${tenureText(government, lang)}`;
}

const hasEntries = (government: GovernmentRecord, timeline: Timeline) =>
	timeline.entries.some((entry) => entry.governments[government.side] === government);

function link(government: GovernmentRecord, timeline: Timeline, lang: Lang): GovernmentLink {
	return {
		label: governmentName(government, lang),
		url: hasEntries(government, timeline) ? localUrl(facetPath('government', government.id), lang) : undefined,
		span: tenureText(government, lang),
	};
}

export function governmentFacts(government: GovernmentRecord, timeline: Timeline, lang: Lang): GovernmentFacts {
	const records = [...timeline.governments.values()];
	const leader = government.leader ? timeline.actors.get(government.leader) : undefined;
	const speaks = leader && timeline.entries.some((entry) => entry.speakers.some((speaker) => speaker.actor === leader));
	const stoodFor = government.acting ? actingFor(government, records) : undefined;
	return {
		side: sideView(government.side, lang),
		office: governmentOffice(government, lang),
		tenure: { text: tenureText(government, lang), from: government.from, to: government.to },
		administration: government.administrationKo,
		leader:
			leader && speaks
				? {
						label: actorName(leader, lang),
						lang: actorNameLang(leader, lang),
						url: localUrl(facetPath('actor', leader.id), lang),
					}
				: undefined,
		actingWithin: actingWithin(government, records).map((acting) => link(acting, timeline, lang)),
		actingFor: stoodFor && link(stoodFor, timeline, lang),
		rule: t(lang).government.rule,
	};
}
