/**
 * The sitemap: every page of both languages, each with hreflang links to itself and its twin in
 * the other language. @astrojs/sitemap gave the same, but paired twins by comparing every page
 * with every other: 12 s of the build at 10,000 proposals. Here twins are found by path.
 */

/** The site's languages: a URL path's first segment, and the hreflang it stands for. */
export const SITEMAP_LOCALES = { zh: 'zh-CN', en: 'en' } as const;

/** The most URLs one sitemap file may list (the protocol allows 50,000). */
export const URLS_PER_FILE = 45_000;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * The sitemap files for the pages at `paths` (URL paths such as `/en/themes/`): those in a
 * language folder, ending in a slash (pages, with trailingSlash: 'always'; feeds and data
 * files do not). Gives `sitemap-index.xml` and `sitemap-0.xml`, `sitemap-1.xml`, …
 */
export function sitemapFiles(paths: Iterable<string>, site: string, perFile = URLS_PER_FILE): { name: string; xml: string }[] {
	const locales = Object.keys(SITEMAP_LOCALES) as (keyof typeof SITEMAP_LOCALES)[];
	const split = (path: string) => {
		const match = /^\/(zh|en)(\/(?:.*\/)?)$/.exec(path);
		return match ? { locale: match[1] as keyof typeof SITEMAP_LOCALES, rest: match[2]! } : undefined;
	};
	const pages = [...new Set(paths)].filter((path) => split(path)).sort();
	const present = new Set(pages);
	const url = (path: string) => escapeXml(new URL(path, site).href);
	const entries = pages.map((path) => {
		const { rest } = split(path)!;
		const twins = locales.filter((locale) => present.has(`/${locale}${rest}`));
		const links = twins.length > 1 ? twins.map((locale) => `<xhtml:link rel="alternate" hreflang="${SITEMAP_LOCALES[locale]}" href="${url(`/${locale}${rest}`)}"/>`).join('') : '';
		return `<url><loc>${url(path)}</loc>${links}</url>`;
	});
	const files: { name: string; xml: string }[] = [];
	for (let i = 0; i * perFile < Math.max(entries.length, 1); i++) {
		const chunk = entries.slice(i * perFile, (i + 1) * perFile).join('');
		files.push({ name: `sitemap-${i}.xml`, xml: `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${chunk}</urlset>` });
	}
	const index = files.map(({ name }) => `<sitemap><loc>${url(`/${name}`)}</loc></sitemap>`).join('');
	return [{ name: 'sitemap-index.xml', xml: `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>` }, ...files];
}
