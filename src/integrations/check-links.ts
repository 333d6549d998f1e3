/**
 * After the build, reads every page in `dist/` and fails the build with the page and target of
 * each broken internal link or fragment, cross-language link, or third-party asset. The rules
 * themselves are in lib/build/links.ts; integrations/after-build.ts runs this beside Pagefind.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filesUnder } from '../lib/build/files.ts';
import { linkChecker } from '../lib/build/links.ts';
import { seconds } from './elapsed.ts';

/** Every file below `dir`, as site paths (`/en/index.html`). */
const siteFiles = (dir: string) => filesUnder(dir).map((file) => `/${file}`);

/** `/en/index.html` → `/en/`; `/404.html` stays. */
const pagePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * Check the links of the site built in `outDir`. `written`: settles when another writer of
 * `outDir` (Pagefind) is done; a link to a file not yet there is checked again after it.
 */
export async function checkSite(outDir: string, logger: AstroIntegrationLogger, written: Promise<unknown> = Promise.resolve()): Promise<void> {
	const started = performance.now();
	const files = siteFiles(outDir);
	const html = files.filter((file) => file.endsWith('.html'));
	const checker = linkChecker(html.map(pagePath), new Set(files));
	// Read without blocking, a few files at a time (tens of thousands at once run out of file
	// handles), so that Pagefind's process is never kept waiting for its next instruction. Each
	// page is checked as it is read and its HTML let go: at 10,000 proposals the pages would
	// take more memory than the rest of the build.
	for (let i = 0; i < html.length; i += 64) {
		const batch = await Promise.all(html.slice(i, i + 64).map((file) => readFile(join(outDir, file), 'utf8')));
		batch.forEach((text, j) => checker.add({ path: pagePath(html[i + j]!), html: text }));
	}
	let problems = checker.problems();
	if (problems.length) {
		await written.catch(() => {});
		problems = checker.problems(new Set(siteFiles(outDir)));
	}
	if (problems.length) {
		const list = problems.map((p) => `  ${p.page} → ${p.target}: ${p.problem}`).join('\n');
		throw new Error(`${problems.length} broken link(s) in the built site:\n${list}`);
	}
	logger.info(`checked links on ${html.length} pages in ${seconds(started)}`);
}
