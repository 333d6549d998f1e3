/**
 * Runs the whole content check before Astro loads anything, and keeps content from ever
 * reaching the compiler unchecked:
 * - `astro build`: the previous dist/ is removed first, a content problem stops the build with
 *   every problem listed (`<file>:<line> › <field>: …`), and a build that fails later (a page,
 *   Pagefind, the link check) removes what it wrote, so no failed build leaves a dist/ that
 *   could be previewed or deployed as if it were good;
 * - `astro dev`: while any problem stands, every page is replaced by the list of problems
 *   (fail closed), and the refused files are left out of the collections; fixing the files
 *   brings the pages back;
 * - always: content-guard.ts checks every text again at the compiler's door;
 * - `astro build`, once the content passes: the social cards start rendering (lib/cards/early.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { ContentError, formatIssues, type ContentIssue } from '../lib/check/issues.ts';
import { checkedContent, forgetCheckedContent, onContentChange, reloaded } from './checked-content.ts';
import { contentGuard } from './content-guard.ts';
import { seconds } from './elapsed.ts';
import { UI } from '../i18n/translate.ts';
import { cardsFromContent } from '../lib/cards/early.ts';
import { startCards } from '../lib/cards/pool.ts';

const pair = (key: 'site.name' | 'session.undated') => ({ zh: UI.zh[key], en: UI.en[key] });

export function contentCheck(): AstroIntegration {
	let root = '';
	return {
		name: 'lianghui:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger, updateConfig }) => {
				root = fileURLToPath(config.root);
				if (command === 'build') discardFailedBuilds(fileURLToPath(config.outDir));
				const started = performance.now();
				const { issues, files, accepted } = checkedContent(root);
				const plugins: Plugin[] = [contentGuard(root, accepted)];
				if (command === 'dev') plugins.push(devGate(root, logger));
				updateConfig({ vite: { plugins } });
				if (issues.length && command === 'dev') logger.error(formatIssues(issues));
				else if (issues.length) throw new ContentError(issues);
				else logger.info(`content checked in ${seconds(started)}`);
				// The social cards take longest: start them now, beside Vite's bundling.
				if (command === 'build' && issues.length === 0) startCards(cardsFromContent(files, pair('site.name'), pair('session.undated')));
			},
			// The collections are loaded by now (Astro syncs content before the build starts), and
			// a build never reloads them: what the check read is no longer needed, and at 10,000
			// proposals it is 200 MB that would stay through Vite's bundling.
			'astro:build:start': () => forgetCheckedContent(root),
		},
	};
}

/** Remove `outDir` now, and again if this process ends in failure. */
function discardFailedBuilds(outDir: string) {
	const discard = () => rmSync(outDir, { recursive: true, force: true });
	discard();
	process.once('exit', (code) => {
		if (code !== 0) discard();
	});
}

/**
 * The dev server shows the content problems instead of any page until they are fixed. A page
 * asked for just after a change waits until the collections have reloaded, so it never shows
 * the content as it was before the fix.
 */
function devGate(root: string, logger: AstroIntegrationLogger): Plugin {
	let reported = checkedContent(root).issues.length;
	return {
		name: 'lianghui:content-gate',
		configureServer(server) {
			onContentChange(server.watcher, root, () => {
				const { issues } = checkedContent(root);
				if (issues.length) logger.error(formatIssues(issues));
				else if (reported) logger.info('content problems fixed; pages are served again');
				reported = issues.length;
			});
			server.middlewares.use((req, res, next) => {
				if (req.method !== 'GET' || !/text\/html/.test(req.headers.accept ?? '')) return next();
				void reloaded().then(() => {
					const { issues } = checkedContent(root);
					if (issues.length) sendProblems(res, issues);
					else next();
				});
			});
		},
	};
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

function sendProblems(res: ServerResponse, issues: readonly ContentIssue[]) {
	res.statusCode = 500;
	res.setHeader('content-type', 'text/html; charset=utf-8');
	res.setHeader('cache-control', 'no-store');
	res.end(
		`<!doctype html><html lang="en"><meta charset="utf-8"><title>Content problems</title>` +
			`<h1>Content problems: no page is shown until they are fixed</h1>` +
			`<p>Fix these files and reload, or run <code>npm run check:content</code>.</p>` +
			`<pre>${escape(formatIssues(issues))}</pre></html>`
	);
}
