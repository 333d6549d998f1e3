/**
 * Indexes the built site with Pagefind once Astro has written `dist/`, so `astro build` alone
 * gives a searchable site. Pages set `<html lang>`, so Pagefind writes one index per language;
 * each language is indexed by its own Pagefind process (pagefind-worker.ts), side by side, and
 * the two outputs are merged: they share every file but the list of languages.
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { seconds } from './elapsed.ts';

/**
 * The pages that mark their content for the index (BaseLayout's `indexed`), per language:
 * proposals and the glossary. Handing Pagefind only these halves its time; the others have
 * nothing to index. A build test checks that every page with `data-pagefind-body` is indexed.
 */
export const INDEXED_PAGES = { zh: 'zh/{proposals/*,glossary}/index.html', en: 'en/{proposals/*,glossary}/index.html' } as const;

const WORKER = new URL('./pagefind-worker.ts', import.meta.url);

/** Pagefind's `pagefind-entry.json`: its version and, per language, the index to load. */
export interface PagefindEntry {
	version: string;
	languages: Record<string, unknown>;
	[other: string]: unknown;
}

/** One entry listing every language of `entries`, as a single Pagefind run over all of them writes it (languages in order). */
export function mergeEntries(entries: PagefindEntry[]): PagefindEntry {
	const [first] = entries;
	if (!first) throw new Error('no Pagefind entries to merge');
	for (const entry of entries) if (entry.version !== first.version) throw new Error(`Pagefind entries of versions ${first.version} and ${entry.version}`);
	const languages = Object.fromEntries(entries.flatMap((entry) => Object.entries(entry.languages)).sort(([a], [b]) => a.localeCompare(b)));
	return { ...first, languages };
}

/** Index `glob` under `outDir` in a worker thread (its own Pagefind process) into `outputPath`. */
function indexInWorker(outDir: string, glob: string, outputPath: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER, { workerData: { outDir, glob, outputPath } });
		worker.once('message', (pages: number) => resolve(pages));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`Pagefind's worker for ${glob} stopped (exit code ${code})`)));
	});
}

/** Every file below `dir`, relative to it. */
const filesIn = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/** Write the search index of the site built in `outDir` (a path ending in `/`) to `outDir/pagefind`. */
export async function indexSite(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const target = join(outDir, 'pagefind');
	const parts = Object.entries(INDEXED_PAGES).map(([lang, glob]) => ({ glob, dir: join(outDir, `pagefind-${lang}.partial`) }));
	try {
		const counts = await Promise.all(parts.map(({ glob, dir }) => indexInWorker(outDir, glob, dir)));
		const entry = mergeEntries(parts.map(({ dir }) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry));
		for (const { dir } of parts) {
			for (const file of filesIn(dir)) {
				const to = join(target, file);
				if (file === 'pagefind-entry.json') continue;
				if (existsSync(to)) {
					// A file both runs write (the scripts, the UI): the same bytes, or something is wrong.
					if (!readFileSync(to).equals(readFileSync(join(dir, file)))) throw new Error(`Pagefind wrote two different ${file}`);
					continue;
				}
				mkdirSync(dirname(to), { recursive: true });
				renameSync(join(dir, file), to);
			}
		}
		writeFileSync(join(target, 'pagefind-entry.json'), JSON.stringify(entry));
		logger.info(`indexed ${counts.reduce((a, b) => a + b, 0)} pages in ${seconds(started)}`);
	} finally {
		for (const { dir } of parts) rmSync(dir, { recursive: true, force: true });
	}
}
