/** `useTranslations(lang)` → `t(key, vars)`: the page's UI string with `{placeholders}` filled. */
import type { Lang } from '../lib/model/schema.ts';
import { en, type UiKey, type UiStrings } from './en.ts';
import { LOCALES } from './locales.ts';
import { zh } from './zh.ts';

export const UI: Readonly<Record<Lang, UiStrings>> = { zh, en };

/**
 * Fill `{name}` placeholders; a placeholder with no value is an error, never silently left.
 * @example fill('{count} proposals', { count: 3 }) → '3 proposals'
 */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		if (!(name in vars)) throw new Error(`UI string "${template}" needs a value for {${name}}`);
		return String(vars[name]);
	});
}

/** The placeholder names in a template, e.g. `['count']`. */
export const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

export type Translate = (key: UiKey, vars?: Readonly<Record<string, string | number>>) => string;

// One translator per language for the whole build: every component calls useTranslations, and
// building an Intl formatter each time showed up in the profile at 10,000 proposals.
const translators = new Map<Lang, Translate>();

/** `t(key, vars)` for one language; numbers are formatted with Intl in that language. */
export function useTranslations(lang: Lang): Translate {
	let t = translators.get(lang);
	if (!t) {
		const strings = UI[lang];
		const number = new Intl.NumberFormat(LOCALES[lang].intl);
		t = (key, vars = {}) => fill(strings[key], Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'number' ? number.format(v) : v])));
		translators.set(lang, t);
	}
	return t;
}
