/** Dates, numbers and name ordering through Intl in the page's locale; never a hard-coded one. */
import { LOCALES } from '../i18n/locales.ts';
import type { Lang } from './schema.ts';

/**
 * A YYYY-MM-DD date for readers.
 * @example formatDate('2021-03-04', 'zh') → '2021年3月4日'; formatDate('2021-03-04', 'en') → '4 March 2021'
 */
export function formatDate(iso: string, lang: Lang): string {
	const [year, month, day] = iso.split('-').map(Number);
	const date = new Date(Date.UTC(year!, month! - 1, day!));
	return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALES[lang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Sort by a label in the page's language: pinyin order for Chinese, alphabetical for English.
 * @example sortByLabel(['雷军', '马化腾'], (x) => x, 'zh') → ['雷军', '马化腾'] (lei before ma)
 */
export function sortByLabel<T>(items: readonly T[], labelOf: (item: T) => string, lang: Lang): T[] {
	const collator = new Intl.Collator(LOCALES[lang].intl);
	return [...items].sort((a, b) => collator.compare(labelOf(a), labelOf(b)));
}
