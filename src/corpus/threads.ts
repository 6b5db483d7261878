/**
 * How many helper threads a large job gets: the one switch behind every helper thread of the build (checking and
 * rendering entries, pool.ts; formatting references, src/site/references.ts). TIMELINE_WORKERS sets it (0: none,
 * everything in the calling thread); by default a small job gets none, where starting helpers costs more than it
 * saves, and a large one a helper per core, less the calling thread's own when it works through the job too.
 */
import { availableParallelism } from 'node:os';

/** Fewer jobs than this are done in the calling thread alone. */
const HELPERS_FROM = 200;

export function helperCount(jobs: number, caller: 'shares' | 'waits'): number {
	const asked = process.env.TIMELINE_WORKERS;
	if (asked !== undefined && asked !== '') return Math.max(0, Math.floor(Number(asked)) || 0);
	const cores = Math.min(availableParallelism(), 8);
	return jobs < HELPERS_FROM ? 0 : Math.max(1, caller === 'shares' ? cores - 1 : cores);
}
