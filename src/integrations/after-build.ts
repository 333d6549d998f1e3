/**
 * Once Astro has written `dist/`: the proposals' pages left out of this build are linked in from
 * the page cache, and those just rendered are kept there (lib/build/page-cache.ts); the social
 * cards are linked in from the card processes' cache (lib/cards/pool.ts) and the sitemap is
 * written (lib/build/sitemap.ts); then Pagefind indexes
 * the site (in its own process) while the link check reads every page (on this one), so neither
 * waits for the other. The link check sees Pagefind's files too: if it finds a link to a
 * missing file, it looks again once the index is written.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePages, settlePages } from '../lib/build/page-cache.ts';
import { sitemapFiles } from '../lib/build/sitemap.ts';
import { writeCards } from '../lib/cards/pool.ts';
import { checkSite } from './check-links.ts';
import { seconds } from './elapsed.ts';
import { indexSite } from './pagefind.ts';

export function afterBuild(): AstroIntegration {
	let site = '';
	let distDir = '';
	return {
		name: 'lianghui:after-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
				distDir = fileURLToPath(config.outDir);
			},
			// Only a build reuses pages, into the dist/ it is about to write.
			'astro:build:start': () => preparePages(distDir),
			'astro:build:done': async ({ dir, pages, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				const { reusedPages, reused, stored } = await settlePages();
				logger.fork('lianghui:pages').info(`${reused} proposals' pages copied from the last build, ${stored} kept for the next, in ${seconds(started)}`);
				const cards = await writeCards(outDir);
				logger.fork('lianghui:cards').info(`linked ${cards} social cards in ${seconds(started)}`);
				const paths = [...pages.map(({ pathname }) => `/${pathname}`), ...reusedPages];
				for (const { name, xml } of sitemapFiles(paths, site)) writeFileSync(join(outDir, name), xml);
				const indexing = indexSite(outDir, logger.fork('lianghui:pagefind'));
				// A rejection is awaited below; until then the link check runs.
				indexing.catch(() => {});
				await checkSite(outDir, logger.fork('lianghui:check-links'), indexing);
				await indexing;
				logger.info(`cards, index and links in ${seconds(started)}`);
			},
		},
	};
}
