/**
 * Indexes the built site with Pagefind's Node API once Astro has written `dist/`, so
 * `astro build` alone gives a searchable site. Pages set `<html lang>`, so Pagefind writes one
 * index per language.
 */
import type { AstroIntegrationLogger } from 'astro';
import * as pagefindApi from 'pagefind';
import { seconds } from './elapsed.ts';

/**
 * The pages that mark their content for the index (BaseLayout's `indexed`): proposals and the
 * glossary. Handing Pagefind only these halves its time; the others have nothing to index. A
 * build test checks that every page with `data-pagefind-body` is in the index.
 */
export const INDEXED_PAGES = '{zh,en}/{proposals/*,glossary}/index.html';

/** Write the search index of the site built in `outDir` (a path ending in `/`) to `outDir/pagefind`. */
export async function indexSite(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	try {
		const { index, errors } = await pagefindApi.createIndex({});
		if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
		if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
		if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
		logger.info(`indexed ${added.page_count} pages in ${seconds(started)}`);
	} finally {
		await pagefindApi.close();
	}
}
