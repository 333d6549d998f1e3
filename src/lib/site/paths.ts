/**
 * Every URL the site links to, built in one place. Both languages are prefixed (`/zh/…`,
 * `/en/…`) and every path ends in `/`, so the language switch is a pure prefix swap.
 */
import { LANGS, type Lang } from '../model/schema.ts';

/**
 * A path under a language, with a trailing slash.
 * @example localePath('en', 'themes', 'healthcare') → '/en/themes/healthcare/'
 */
export function localePath(lang: Lang, ...segments: string[]): string {
	return `/${[lang, ...segments.map(encodeURIComponent)].join('/')}/`;
}

export const homePath = (lang: Lang) => localePath(lang);
export const proposalsPath = (lang: Lang) => localePath(lang, 'proposals');
/** @example proposalPath('zh', '2021-lei-jun-intelligent-manufacturing') → '/zh/proposals/2021-lei-jun-intelligent-manufacturing/' */
export const proposalPath = (lang: Lang, id: string) => localePath(lang, 'proposals', id);
/** The side-by-side Chinese/English reading view of a proposal. */
export const bilingualPath = (lang: Lang, id: string) => localePath(lang, 'proposals', id, 'bilingual');
export const themesPath = (lang: Lang) => localePath(lang, 'themes');
export const themePath = (lang: Lang, id: string) => localePath(lang, 'themes', id);
export const peoplePath = (lang: Lang) => localePath(lang, 'people');
export const personPath = (lang: Lang, id: string) => localePath(lang, 'people', id);
export const yearsPath = (lang: Lang) => localePath(lang, 'years');
/** @example yearPath('en', '2020') → '/en/years/2020/' */
export const yearPath = (lang: Lang, session: string) => localePath(lang, 'years', session);
export const glossaryPath = (lang: Lang) => localePath(lang, 'glossary');
export const aboutPath = (lang: Lang) => localePath(lang, 'about');
export const searchPath = (lang: Lang) => localePath(lang, 'search');
/**
 * The element id of a glossary entry on the glossary page: prefixed, so no term id can collide
 * with an id of the page itself (`main`, `header-search` …).
 */
export const termAnchor = (id: string) => `term-${id}`;
/** A glossary entry. @example termPath('en', 'fintech') → '/en/glossary/#term-fintech' */
export const termPath = (lang: Lang, id: string) => `${glossaryPath(lang)}#${termAnchor(id)}`;
/** The element id of a source in a proposal's source list, which `<Cite>` links to. */
export const sourceAnchor = (id: string) => `source-${id}`;
/**
 * A proposal's social card image, shared by both languages (the card is bilingual).
 * @example ogImagePath('2020-ma-huateng-fintech') → '/og/2020-ma-huateng-fintech.png'
 */
export const ogImagePath = (id: string) => `/og/${encodeURIComponent(id)}.png`;

/** The language a path belongs to, or undefined for `/` and other unprefixed paths. */
export function langOfPath(pathname: string): Lang | undefined {
	const first = pathname.split('/')[1];
	return LANGS.find((lang) => lang === first);
}

/**
 * The same page in the other language: swap the prefix, keep the rest (query and fragment too).
 * @example switchLocale('/en/themes/healthcare/', 'zh') → '/zh/themes/healthcare/'
 * @example switchLocale('/', 'en') → '/en/'
 */
export function switchLocale(pathname: string, to: Lang): string {
	const from = langOfPath(pathname);
	if (!from) return localePath(to);
	return `/${to}${pathname.slice(from.length + 1)}`;
}
