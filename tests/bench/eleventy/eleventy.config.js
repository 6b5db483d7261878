/**
 * The least a site of this kind does: every Markdown file of the corpus (both languages) through Eleventy's own
 * Markdown into a page of its own, and one page listing them all. BENCH_INPUT is a folder holding `events/` (the
 * corpus's) and this folder's templates; BENCH_OUTPUT is where the site goes.
 */
export default function (config) {
	// The input lives under tests/.tmp/, which the project's .gitignore names: Eleventy would skip every file in it.
	config.setUseGitIgnore(false);
	config.addGlobalData('layout', 'entry.njk');
	config.addGlobalData('permalink', () => (data) => `/events/${data.page.fileSlug}/`);
	return { dir: { input: process.env.BENCH_INPUT, output: process.env.BENCH_OUTPUT } };
}
