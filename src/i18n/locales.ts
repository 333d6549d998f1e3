/** The site's two locales: URL prefix → HTML lang, Intl locale, and the name shown in the switch. */
import type { Lang } from '../lib/model/schema.ts';

export interface Locale {
	/** `<html lang>` and hreflang value. */
	htmlLang: string;
	/** Locale for Intl (dates, numbers, collation). */
	intl: string;
	/** The language's own name, shown in the language switch. */
	label: string;
	/** Open Graph locale. */
	ogLocale: string;
}

export const LOCALES: Readonly<Record<Lang, Locale>> = {
	zh: { htmlLang: 'zh-CN', intl: 'zh-CN', label: '中文', ogLocale: 'zh_CN' },
	en: { htmlLang: 'en', intl: 'en', label: 'English', ogLocale: 'en_US' },
};

/** The other language. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
