/**
 * The site's two languages, declared once: English, the default (no prefix in addresses), and Korean, under `/ko/`.
 * Each is named by its language tag, as `lang` and `hreflang` write it.
 * The facts are the same in both; the words are in ui.ts, the vocabularies' labels in src/schema/vocabularies.ts.
 */
export const languages = {
	en: { name: 'English', prefix: '', ogLocale: 'en_GB' },
	ko: { name: '한국어', prefix: '/ko', ogLocale: 'ko_KR' },
} as const;

export type Lang = keyof typeof languages;

/** English first: the default and the `x-default` of every page. */
export const LANGS = ['en', 'ko'] as const satisfies readonly Lang[];

export const isLang = (value: unknown): value is Lang => value === 'en' || value === 'ko';

/** The other language. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'ko' : 'en');
