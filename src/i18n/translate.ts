/** `useTranslations(lang)` → `t(key, vars)`: the page's UI string with `{placeholders}` filled. */
import type { Lang } from '../lib/schema.ts';
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

/** `t(key, vars)` for one language; numbers are formatted with Intl in that language. */
export function useTranslations(lang: Lang) {
	const strings = UI[lang];
	const number = new Intl.NumberFormat(LOCALES[lang].intl);
	return (key: UiKey, vars: Readonly<Record<string, string | number>> = {}) =>
		fill(strings[key], Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'number' ? number.format(v) : v])));
}
