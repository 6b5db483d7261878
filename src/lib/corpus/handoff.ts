/**
 * The content as the build's loader validated and rendered it, handed to the rest of the build in the same process
 * (the search index, integration.ts), so nothing reads, checks or renders the files twice. The loader runs in Astro's module runner and
 * integrations do not, so the two meet on `globalThis`.
 */
import type { Actor, EventData, Topic } from '../../schema/index.ts';

export interface ValidatedContent {
	/** The content folder it was read from. */
	dir: string;
	/** Every entry, with its text as rendered. */
	entries: { id: string; data: EventData; html: string }[];
	actors: Map<string, Actor>;
	topics: Map<string, Topic>;
}

const key = Symbol.for('inter-korean-timeline.validated-content');

export function shareValidatedContent(content: ValidatedContent): void {
	(globalThis as { [key]?: ValidatedContent })[key] = content;
}

/** The content validated for `dir` in this process, if the loader has run. */
export function validatedContent(dir: string): ValidatedContent | undefined {
	const content = (globalThis as { [key]?: ValidatedContent })[key];
	return content?.dir === dir ? content : undefined;
}
