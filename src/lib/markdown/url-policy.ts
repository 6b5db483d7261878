/**
 * Which link targets an entry may use: web pages (http, https), e-mail (mailto) and paths on this site. Anything
 * else (javascript:, data:, vbscript:, file:, protocol-relative //host, relative paths) is refused.
 */
import { sitePathOf } from '../../i18n/urls.ts';

export type LinkTarget =
	| { kind: 'external'; url: string }
	| { kind: 'internal'; url: string }
	| { kind: 'mailto'; url: string }
	| { kind: 'refused'; reason: string };

/** Browsers ignore tabs, newlines and leading control characters in an address, so a check must too. */
const invisible = /[\u0000-\u0020\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\uFEFF]/g;

export function classifyUrl(raw: string): LinkTarget {
	const url = raw.trim();
	const bare = url.replace(invisible, '').toLowerCase();
	if (bare === '') return { kind: 'refused', reason: 'the link has no address' };
	if (bare.startsWith('#')) return { kind: 'internal', url };
	if (bare.startsWith('//') || bare.startsWith('/\\') || bare.startsWith('\\')) {
		return {
			kind: 'refused',
			reason: 'an address starting with // leaves the protocol open (write https:// in full)',
		};
	}
	if (bare.startsWith('/')) return { kind: 'internal', url };
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(bare)?.[1];
	if (scheme === 'http' || scheme === 'https') {
		try {
			const parsed = new URL(url);
			if (!parsed.hostname) return { kind: 'refused', reason: 'the web address has no host' };
			return { kind: 'external', url: parsed.href };
		} catch {
			return { kind: 'refused', reason: 'the web address does not parse' };
		}
	}
	if (scheme === 'mailto') return { kind: 'mailto', url };
	if (scheme) return { kind: 'refused', reason: `${scheme}: links are not allowed` };
	return {
		kind: 'refused',
		reason: 'a relative address is ambiguous',
	};
}

/**
 * The id of the entry a site path points to (`/events/<id>/`, with or without a fragment, or the Korean edition's
 * `/ko/events/<id>/`, which a text may write too), if it does.
 */
export function eventIdOfPath(url: string): string | undefined {
	return /^\/events\/([^/?#]+)\/?(?:[?#].*)?$/.exec(sitePathOf(url, '').path)?.[1];
}
