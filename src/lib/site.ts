/** The site's name and the wording that appears on every page. */
export const site = {
	name: 'Inter-Korean Statements',
	tagline: 'A sourced timeline of what the two Koreas said to each other',
	description:
		'A chronological, sourced record of statements between North and South Korea (and those around them), from the 1972 Joint Communiqué to today. Every quotation is exact and every entry cites its sources.',
} as const;

/** `Page title · Site name`, or the site name alone. */
export const pageTitle = (title?: string) =>
	title ? `${title} · ${site.name}` : `${site.name}: ${site.tagline}`;
