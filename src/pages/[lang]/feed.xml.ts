/** `/zh/feed.xml`, `/en/feed.xml`: an RSS feed per language, newest proposals first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../../content.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { UI, useTranslations } from '../../i18n/translate.ts';
import { noTextNotice } from '../../lib/site/no-text.ts';
import { homePath, proposalPath } from '../../lib/site/paths.ts';
import { langParams } from '../../lib/site/routes.ts';
import type { Lang } from '../../lib/model/schema.ts';

export const getStaticPaths = langParams;

const FEED_SIZE = 50;

export const GET: APIRoute = async ({ params, site }) => {
	const lang = params.lang as Lang;
	const { proposals } = await getArchive();
	return rss({
		title: UI[lang]['site.name'],
		description: UI[lang]['site.tagline'],
		site: new URL(homePath(lang), site),
		customData: `<language>${LOCALES[lang].htmlLang}</language>`,
		// The newest entries only, as feed readers expect; the archive itself is on the site.
		items: proposals.slice(0, FEED_SIZE).map((p) => ({
			title: p.title[lang],
			description: p.summary[lang] ?? noTextNotice(useTranslations(lang), { ...p, person: p.person.name[lang] }),
			link: proposalPath(lang, p.id),
			// The archive's own date for the entry: when it was last checked against its sources.
			pubDate: new Date(`${p.meta.reviewed}T00:00:00Z`),
			categories: p.themeList.map((theme) => theme.name[lang]),
		})),
	});
};
