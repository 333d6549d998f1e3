/**
 * After the build (and after Pagefind), reads every page in `dist/` and fails the build with
 * the page and target of each broken internal link or fragment, cross-language link, or
 * third-party asset. The rules themselves are in lib/build/links.ts.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuiltLinks, type BuiltPage } from '../lib/build/links.ts';
import { seconds } from './elapsed.ts';

/** Every file below `dir`, as site paths (`/en/index.html`). */
function siteFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/** `/en/index.html` → `/en/`; `/404.html` stays. */
const pagePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

export function checkLinks(): AstroIntegration {
	return {
		name: 'lianghui:check-links',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				const files = siteFiles(outDir);
				const pages: BuiltPage[] = files
					.filter((file) => file.endsWith('.html'))
					.map((file) => ({ path: pagePath(file), html: readFileSync(join(outDir, file), 'utf8') }));
				const problems = checkBuiltLinks(pages, new Set(files));
				if (problems.length) {
					const list = problems.map((p) => `  ${p.page} → ${p.target}: ${p.problem}`).join('\n');
					throw new Error(`${problems.length} broken link(s) in the built site:\n${list}`);
				}
				logger.info(`checked links on ${pages.length} pages in ${seconds(started)}`);
			},
		},
	};
}
