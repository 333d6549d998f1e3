/** Dates, numbers and name ordering through Intl in the page's locale; never a hard-coded one. */
import { LOCALES } from '../../i18n/locales.ts';
import type { Lang } from '../model/schema.ts';

/**
 * A YYYY-MM-DD date for readers.
 * @example formatDate('2021-03-04', 'zh') → '2021年3月4日'; formatDate('2021-03-04', 'en') → '4 March 2021'
 */
export function formatDate(iso: string, lang: Lang): string {
	const [year, month, day] = iso.split('-').map(Number);
	return dateFormat(lang).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

// Built once per language: constructing Intl formatters per call is slow over thousands of pages.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
function dateFormat(lang: Lang): Intl.DateTimeFormat {
	let format = dateFormats.get(lang);
	if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALES[lang].intl, { dateStyle: 'long', timeZone: 'UTC' })));
	return format;
}

/**
 * Sort by a label in the page's language: pinyin order for Chinese, alphabetical for English.
 * @example sortByLabel(['雷军', '马化腾'], (x) => x, 'zh') → ['雷军', '马化腾'] (lei before ma)
 */
export function sortByLabel<T>(items: readonly T[], labelOf: (item: T) => string, lang: Lang): T[] {
	const collator = new Intl.Collator(LOCALES[lang].intl);
	return [...items].sort((a, b) => collator.compare(labelOf(a), labelOf(b)));
}
