/**
 * The words for content in a language: vocabulary labels (declared in both languages in src/schema/vocabularies.ts)
 * and the registries' names and titles (actors.yaml, topics.yaml, with their Korean fields). Korean falls back to
 * the English where a registry has no Korean yet.
 */
import type { Lang } from './languages.ts';
import { entrySides, kinds, relationTypes, type EntrySide, type Kind, type RelationType } from '../schema/vocabularies.ts';
import type { Actor, Government, Role, Topic } from '../schema/index.ts';

export const kindLabel = (kind: Kind, lang: Lang) => kinds[kind][lang].label;
export const kindPlural = (kind: Kind, lang: Lang) => kinds[kind][lang].plural;
export const sideLabel = (side: EntrySide, lang: Lang) => entrySides[side][lang].label;

/** `Rejects` from the later entry, `Rejected by` from the earlier one. */
export const relationLabel = (type: RelationType, inverse: boolean, lang: Lang) =>
	inverse ? relationTypes[type][lang].inverse : relationTypes[type][lang].label;

/** The name readers of `lang` know: the Hangul name on /ko/ when the registry has it. */
export const actorName = (actor: Pick<Actor, 'name' | 'hangul'>, lang: Lang) =>
	lang === 'ko' ? (actor.hangul ?? actor.name) : actor.name;

/** The language `actorName` is written in where it is not the page's: English on /ko/ for a name with no Hangul yet. */
export const actorNameLang = (actor: Pick<Actor, 'hangul'>, lang: Lang): Lang | undefined =>
	lang === 'ko' && !actor.hangul ? 'en' : undefined;

export const actorDescription = (actor: Pick<Actor, 'description' | 'descriptionKo'>, lang: Lang) =>
	lang === 'ko' ? (actor.descriptionKo ?? actor.description) : actor.description;

export const roleTitle = (role: Pick<Role, 'title' | 'titleKo'>, lang: Lang) =>
	lang === 'ko' ? (role.titleKo ?? role.title) : role.title;

export const topicLabel = (topic: Pick<Topic, 'label' | 'labelKo'>, lang: Lang) =>
	lang === 'ko' ? (topic.labelKo ?? topic.label) : topic.label;

export const topicDescription = (topic: Pick<Topic, 'description' | 'descriptionKo'>, lang: Lang) =>
	lang === 'ko' ? (topic.descriptionKo ?? topic.description) : topic.description;

/** A government as readers of `lang` name it: the leader's name, and for an acting president, that he was acting. */
export const governmentName = (government: Pick<Government, 'name' | 'hangul' | 'acting'>, lang: Lang) =>
	lang === 'ko'
		? `${government.hangul}${government.acting ? ' 권한대행' : ''}`
		: `${government.name}${government.acting ? ' (acting)' : ''}`;
