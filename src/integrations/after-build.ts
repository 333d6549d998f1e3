/**
 * Once Astro has written `dist/`: the social cards are linked in from the card processes' cache
 * (lib/cards/pool.ts) and the sitemap is written (lib/build/sitemap.ts); then Pagefind indexes
 * the site (in its own process) while the link check reads every page (on this one), so neither
 * waits for the other. The link check sees Pagefind's files too: if it finds a link to a
 * missing file, it looks again once the index is written.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapFiles } from '../lib/build/sitemap.ts';
import { writeCards } from '../lib/cards/pool.ts';
import { checkSite } from './check-links.ts';
import { seconds } from './elapsed.ts';
import { indexSite } from './pagefind.ts';

export function afterBuild(): AstroIntegration {
	let site = '';
	return {
		name: 'lianghui:after-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				const cards = await writeCards(outDir);
				logger.fork('lianghui:cards').info(`linked ${cards} social cards in ${seconds(started)}`);
				const paths = pages.map(({ pathname }) => `/${pathname}`);
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
