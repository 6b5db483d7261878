/**
 * The fixed vocabularies of the content model, declared once as data (`id -> label`). The zod enums, the
 * filters, the labels on every page and the editors' JSON Schema all read these declarations.
 * Topics are not here: they are a registry editors extend, in `content/topics.yaml`.
 */

/** What an entry records. `tone` sorts kinds into overtures and rebuffs for the overview chart. */
export const kinds = {
	speech: {
		label: 'Speech',
		plural: 'Speeches',
		tone: 'neutral',
		description: 'An address by a leader or official.',
	},
	statement: {
		label: 'Statement',
		plural: 'Statements',
		tone: 'neutral',
		description: 'A written or broadcast statement, report, finding or warning.',
	},
	proposal: {
		label: 'Proposal',
		plural: 'Proposals',
		tone: 'overture',
		description: 'An offer to the other side: talks, a meeting, aid, exchanges or a step to ease tension.',
	},
	rejection: {
		label: 'Rejection',
		plural: 'Rejections',
		tone: 'rebuff',
		description: 'A refusal of an offer, or a renunciation of talks or of an agreement.',
	},
	agreement: {
		label: 'Agreement',
		plural: 'Agreements',
		tone: 'overture',
		description: 'A signed or announced accord between the sides.',
	},
	summit: { label: 'Summit', plural: 'Summits', tone: 'overture', description: 'A meeting of leaders.' },
	talks: {
		label: 'Talks',
		plural: 'Talks',
		tone: 'neutral',
		description: 'A meeting of officials or delegations.',
	},
	action: {
		label: 'Action',
		plural: 'Actions',
		tone: 'neutral',
		description: 'A deed rather than words: a measure, a demolition, a broadcast, a launch.',
	},
} as const;

/** Which side an actor belongs to. */
export const actorSides = {
	north: {
		label: 'North Korea',
		short: 'North',
		description: 'The Democratic People’s Republic of Korea (DPRK).',
	},
	south: { label: 'South Korea', short: 'South', description: 'The Republic of Korea (ROK).' },
	'united-states': { label: 'United States', short: 'US', description: 'The United States of America.' },
	other: { label: 'Other', short: 'Other', description: 'Any other government, body or person.' },
} as const;

/**
 * The side of an entry, which follows from its speakers: the one side they all belong to, or `joint` when
 * speakers from more than one side speak together (both Koreas at a summit, say).
 */
export const entrySides = {
	north: actorSides.north,
	south: actorSides.south,
	joint: {
		label: 'Joint',
		short: 'Joint',
		description: 'Speakers from more than one side speaking together.',
	},
	'united-states': actorSides['united-states'],
	other: actorSides.other,
} as const;

/** How one entry relates to an earlier one. `inverse` names the relation as seen from the earlier entry. */
export const relationTypes = {
	'responds-to': {
		label: 'Responds to',
		inverse: 'Answered by',
		description: 'Answers or reacts to the earlier entry.',
	},
	rejects: { label: 'Rejects', inverse: 'Rejected by', description: 'Turns down the earlier entry.' },
	accepts: { label: 'Accepts', inverse: 'Accepted by', description: 'Takes up the earlier entry.' },
	'follows-up': {
		label: 'Follows up',
		inverse: 'Followed up by',
		description: 'Continues, implements or builds on the earlier entry.',
	},
} as const;

/** Whether an actor is a person or an organisation (a ministry, a committee, a news agency). */
export const actorTypes = {
	person: { label: 'Person' },
	organisation: { label: 'Organisation' },
} as const;

export type Kind = keyof typeof kinds;
export type ActorSide = keyof typeof actorSides;
export type EntrySide = keyof typeof entrySides;
export type RelationType = keyof typeof relationTypes;
export type ActorType = keyof typeof actorTypes;

/** The ids of a vocabulary, as the non-empty tuple `z.enum` wants. */
export function idsOf<V extends Record<string, unknown>>(
	vocabulary: V,
): [keyof V & string, ...(keyof V & string)[]] {
	return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}
