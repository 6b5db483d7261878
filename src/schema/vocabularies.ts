/**
 * The fixed vocabularies of the content model, declared once as data (`id -> words`), in English and Korean side by
 * side. The zod enums, the filters, the labels on every page of both editions and the editors' JSON Schema all read
 * these declarations. Topics are not here: they are a registry editors extend, in `content/topics.yaml`.
 */

/** What an entry records. `tone` sorts kinds into overtures and rebuffs for the overview chart. */
export const kinds = {
	speech: {
		tone: 'neutral',
		en: { label: 'Speech', plural: 'Speeches', description: 'An address by a leader or official.' },
		ko: { label: '연설', plural: '연설', description: '지도자나 당국자의 연설.' },
	},
	statement: {
		tone: 'neutral',
		en: {
			label: 'Statement',
			plural: 'Statements',
			description: 'A written or broadcast statement, report, finding or warning.',
		},
		ko: { label: '성명·담화', plural: '성명·담화', description: '글이나 방송으로 낸 성명, 담화, 보도, 발표, 경고.' },
	},
	proposal: {
		tone: 'overture',
		en: {
			label: 'Proposal',
			plural: 'Proposals',
			description: 'An offer to the other side: talks, a meeting, aid, exchanges or a step to ease tension.',
		},
		ko: {
			label: '제안',
			plural: '제안',
			description: '상대편에 대한 제의: 회담, 만남, 지원, 교류, 긴장 완화 조치.',
		},
	},
	rejection: {
		tone: 'rebuff',
		en: {
			label: 'Rejection',
			plural: 'Rejections',
			description: 'A refusal of an offer, or a renunciation of talks or of an agreement.',
		},
		ko: { label: '거부', plural: '거부', description: '제안의 거절, 또는 대화나 합의의 파기 선언.' },
	},
	agreement: {
		tone: 'overture',
		en: { label: 'Agreement', plural: 'Agreements', description: 'A signed or announced accord between the sides.' },
		ko: { label: '합의', plural: '합의', description: '양측이 서명하거나 발표한 합의.' },
	},
	summit: {
		tone: 'overture',
		en: { label: 'Summit', plural: 'Summits', description: 'A meeting of leaders.' },
		ko: { label: '정상회담', plural: '정상회담', description: '정상 간의 만남.' },
	},
	talks: {
		tone: 'neutral',
		en: { label: 'Talks', plural: 'Talks', description: 'A meeting of officials or delegations.' },
		ko: { label: '회담', plural: '회담', description: '당국자나 대표단의 회담.' },
	},
	action: {
		tone: 'neutral',
		en: {
			label: 'Action',
			plural: 'Actions',
			description: 'A deed rather than words: a measure, a demolition, a broadcast, a launch.',
		},
		ko: { label: '조치·행동', plural: '조치·행동', description: '말이 아닌 행동: 조치, 폭파, 방송, 발사.' },
	},
} as const;

/** Which side an actor belongs to. */
export const actorSides = {
	north: {
		en: { label: 'North Korea', short: 'North', description: 'The Democratic People’s Republic of Korea (DPRK).' },
		ko: { label: '북한', short: '북', description: '조선민주주의인민공화국.' },
	},
	south: {
		en: { label: 'South Korea', short: 'South', description: 'The Republic of Korea (ROK).' },
		ko: { label: '한국', short: '남', description: '대한민국.' },
	},
	'united-states': {
		en: { label: 'United States', short: 'US', description: 'The United States of America.' },
		ko: { label: '미국', short: '미', description: '미합중국.' },
	},
	other: {
		en: { label: 'Other', short: 'Other', description: 'Any other government, body or person.' },
		ko: { label: '기타', short: '기타', description: '그 밖의 정부, 기관, 개인.' },
	},
} as const;

/**
 * The side of an entry, which follows from its speakers: the one side they all belong to, or `joint` when
 * speakers from more than one side speak together (both Koreas at a summit, say).
 */
export const entrySides = {
	north: actorSides.north,
	south: actorSides.south,
	joint: {
		en: { label: 'Joint', short: 'Joint', description: 'Speakers from more than one side speaking together.' },
		ko: { label: '공동', short: '공동', description: '여러 편의 발언자가 함께 낸 발언.' },
	},
	'united-states': actorSides['united-states'],
	other: actorSides.other,
} as const;

/** The sides that have governments in the registry (content/governments.yaml): the two Koreas, South first. */
export const governmentSides = {
	south: actorSides.south,
	north: actorSides.north,
} as const;

/** How one entry relates to an earlier one. `inverse` names the relation as seen from the earlier entry. */
export const relationTypes = {
	'responds-to': {
		en: { label: 'Responds to', inverse: 'Answered by', description: 'Answers or reacts to the earlier entry.' },
		ko: { label: '응답한 대상', inverse: '이에 대한 응답', description: '앞선 발언에 답하거나 반응한다.' },
	},
	rejects: {
		en: { label: 'Rejects', inverse: 'Rejected by', description: 'Turns down the earlier entry.' },
		ko: { label: '거부한 대상', inverse: '이를 거부한 발언', description: '앞선 발언을 거부한다.' },
	},
	accepts: {
		en: { label: 'Accepts', inverse: 'Accepted by', description: 'Takes up the earlier entry.' },
		ko: { label: '수용한 대상', inverse: '이를 수용한 발언', description: '앞선 발언을 받아들인다.' },
	},
	'follows-up': {
		en: {
			label: 'Follows up',
			inverse: 'Followed up by',
			description: 'Continues, implements or builds on the earlier entry.',
		},
		ko: { label: '후속 대상', inverse: '후속 발언', description: '앞선 발언을 잇거나 이행하거나 발전시킨다.' },
	},
} as const;

/** Whether an actor is a person or an organisation (a ministry, a committee, a news agency). */
export const actorTypes = {
	person: { en: { label: 'Person' }, ko: { label: '개인' } },
	organisation: { en: { label: 'Organisation' }, ko: { label: '기관' } },
} as const;

export type Kind = keyof typeof kinds;
export type ActorSide = keyof typeof actorSides;
export type EntrySide = keyof typeof entrySides;
export type GovernmentSide = keyof typeof governmentSides;
export type RelationType = keyof typeof relationTypes;
export type ActorType = keyof typeof actorTypes;

/** The ids of a vocabulary, as the non-empty tuple `z.enum` wants. */
export function idsOf<V extends Record<string, unknown>>(
	vocabulary: V,
): [keyof V & string, ...(keyof V & string)[]] {
	return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}
