/** "Did you mean …?" for mistyped ids and field names. */

/** Edit distance between two strings, counting a swap of neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => {
		const row = new Array<number>(cols).fill(0);
		row[0] = i;
		return row;
	});
	for (let j = 0; j < cols; j++) d[0]![j] = j;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * The candidate closest to what was typed, when it is close enough to be a likely typo (at most a third of its
 * length, and at most 3 edits, ignoring case and separators), otherwise `undefined`.
 */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
	const key = (s: string) => s.toLowerCase().replace(/[\s_.]+/g, '-');
	const wanted = key(typed);
	let best: string | undefined;
	let bestDistance = Infinity;
	const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
	for (const candidate of candidates) {
		const other = key(candidate);
		// Lengths further apart than the limit cannot be within it: no need to measure (a value of 300,000 characters
		// measured against every id took minutes).
		if (Math.abs(other.length - wanted.length) > limit) continue;
		const distance = editDistance(wanted, other);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)`, or an empty string when nothing is close. */
export function didYouMean(typed: string, candidates: Iterable<string>): string {
	const match = closest(typed, candidates);
	return match === undefined ? '' : `did you mean "${match}"?`;
}
