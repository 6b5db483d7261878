/**
 * The hash that lets the theme script (src/scripts/theme-init.js) run under the Content Security Policy: a script
 * that must run before the first paint cannot wait for a bundle, so Base.astro writes it into every page's head as
 * it is, and an inline script runs under the policy only if its exact text is hashed there. The script applies the
 * reader's saved theme (or none: the system's) before the page is painted, wires every theme chooser
 * (ThemeChoice.astro) once the page is parsed, and follows a choice made in another tab. It has no comments of its
 * own because every page carries it: they are here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const themeScriptFile = new URL('../scripts/theme-init.js', import.meta.url);

/** Read from the file, where astro.config.mjs runs (Base.astro imports the same text with `?raw`). */
export function themeScriptHash(): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(readFileSync(themeScriptFile, 'utf8')).digest('base64')}`;
}
