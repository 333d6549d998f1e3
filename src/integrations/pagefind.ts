/**
 * Indexes the built site with Pagefind's Node API once Astro has written `dist/`, so
 * `astro build` alone gives a searchable site. Pages set `<html lang>`, so Pagefind writes one
 * index per language.
 *
 * The index is written into .cache/pagefind/ and linked into `dist/pagefind/`, as the cards
 * are: Pagefind skips a content-hashed file that already exists, so a rebuild compresses and
 * writes only the fragments and index chunks that changed (lib/build/pagefind-files.ts says
 * which files are this index's).
 */
import type { AstroIntegrationLogger } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefindApi from 'pagefind';
import { filesUnder, linkOrCopy } from '../lib/build/files.ts';
import { isHashed, pagefindFileStrings, splitIndexFiles, type PagefindEntry } from '../lib/build/pagefind-files.ts';
import { seconds } from './elapsed.ts';

/**
 * The pages that mark their content for the index (BaseLayout's `indexed`): proposals and the
 * glossary. Handing Pagefind only these halves its time; the others have nothing to index. A
 * build test checks that every page with `data-pagefind-body` is in the index.
 */
export const INDEXED_PAGES = '{zh,en}/{proposals/*,glossary}/index.html';

/** Read from the project (`astro build` runs in its root); the package exports no package.json. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;

/** Kept between builds, one folder per Pagefind version (its encoding may change with it). */
export const INDEX_CACHE_DIR = join(process.cwd(), '.cache', 'pagefind', PAGEFIND_VERSION);

/** Written once an index is complete: a folder without it may hold a half-written file. */
const COMPLETE = '.complete';

/** Write the search index of the site built in `outDir` (a path ending in `/`) to `outDir/pagefind`. */
export async function indexSite(outDir: string, logger: AstroIntegrationLogger, cacheDir = INDEX_CACHE_DIR): Promise<void> {
	const started = performance.now();
	prepareCache(cacheDir);
	try {
		const { index, errors } = await pagefindApi.createIndex({});
		if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
		if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		const before = new Set(filesIn(cacheDir));
		const written = await index.writeFiles({ outputPath: cacheDir });
		if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
		writeFileSync(join(cacheDir, COMPLETE), '');
		const linked = linkIndex(cacheDir, join(outDir, 'pagefind'));
		// Pagefind's scripts and entry file are rewritten every time: only hashed files are reused.
		const reused = linked.filter((file) => isHashed(file) && before.has(file)).length;
		logger.info(`indexed ${added.page_count} pages in ${seconds(started)} (${linked.length} files, ${reused} of them already in the cache)`);
	} finally {
		await pagefindApi.close();
	}
}

/** Other versions' folders go; so does this one if the last index was not completed. */
function prepareCache(cacheDir: string): void {
	const parent = dirname(cacheDir);
	if (existsSync(parent)) {
		for (const name of readdirSync(parent)) if (join(parent, name) !== cacheDir) rmSync(join(parent, name), { recursive: true, force: true });
	}
	if (!existsSync(join(cacheDir, COMPLETE))) rmSync(cacheDir, { recursive: true, force: true });
	else unlinkSync(join(cacheDir, COMPLETE));
	mkdirSync(cacheDir, { recursive: true });
}

/**
 * Put the files of the index just written from `cacheDir` into `target` and delete the stale
 * ones from the cache. Hashed files are hard-linked: Pagefind never writes them again. The others (its scripts, the
 * entry file) are copied, since the next index rewrites them in place.
 */
function linkIndex(cacheDir: string, target: string): string[] {
	const entry = JSON.parse(readFileSync(join(cacheDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	const metaStrings = new Set<string>();
	for (const { hash } of Object.values(entry.languages)) {
		for (const value of pagefindFileStrings(readFileSync(join(cacheDir, `pagefind.${hash}.pf_meta`)))) metaStrings.add(value);
	}
	const { current, stale } = splitIndexFiles(filesIn(cacheDir), entry, metaStrings);
	for (const file of stale) unlinkSync(join(cacheDir, file));
	for (const folder of new Set(current.map((file) => dirname(join(target, file))))) mkdirSync(folder, { recursive: true });
	for (const file of current) {
		const [from, to] = [join(cacheDir, file), join(target, file)];
		if (isHashed(file)) linkOrCopy(from, to);
		else copyFileSync(from, to);
	}
	return current;
}

/** The index's files in the cache (not the marker). */
const filesIn = (dir: string) => filesUnder(dir).filter((file) => file !== COMPLETE);
