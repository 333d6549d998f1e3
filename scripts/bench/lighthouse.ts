/**
 * `node scripts/bench/lighthouse.ts <dist-dir>`
 *
 * Lighthouse 13 scores (mobile, the Lighthouse defaults) for pages of a built site, in Debian's
 * chromium (CHROME_PATH or /usr/bin/chromium). Run alone, it serves the given dist/ and prints a
 * markdown table for the home, a proposal and the search page in each language; the benchmark
 * imports `lighthouseScores`.
 *
 * Performance keeps Lighthouse's default simulated throttling (Slow 4G, 4× CPU slowdown, computed
 * from an unthrottled load), the figure PageSpeed Insights and the Lighthouse CLI report. The
 * simulation scales the CPU time observed here, so the performance score moves a little with the
 * machine's load; the other three categories do not depend on timing.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface LighthouseScores {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/**
	 * What keeps the scores from 100: `id (title: value)` of each audit in these categories scoring
	 * below 0.9, and of any weighted one below 1 (a metric at 0.95 still costs performance points),
	 * heaviest first. Audits of weight 0 (performance insights and diagnostics) are marked so: they
	 * suggest improvements but do not change the score.
	 */
	failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * Nothing here may wait on the internet, which this machine does not have. Every fetch Lighthouse
 * makes itself (robots.txt, source maps) goes to the page's own origin, and chrome-launcher's
 * default flags (kept) switch off Chrome's own background traffic. The full-page screenshot only
 * decorates the HTML report, so it is skipped to save time.
 */
const FLAGS: Flags = {
	onlyCategories: CATEGORIES,
	disableFullPageScreenshot: true,
	logLevel: 'error',
	output: 'json',
};

/** Lighthouse each of `paths` under `baseUrl` in turn, in one chromium with a throwaway profile. */
export async function lighthouseScores(baseUrl: string, paths: string[]): Promise<LighthouseScores[]> {
	const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
	try {
		const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, userDataDir: profile });
		try {
			const out: LighthouseScores[] = [];
			for (const path of paths) {
				const result = await lighthouse(new URL(path, baseUrl).href, { ...FLAGS, port: chrome.port });
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
				const { lhr } = result;
				// A page that failed to load still gets scores (of an error page): refuse them.
				if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
				const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
				const failing = CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
					.map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
					// A null score is an audit that does not apply, or is informative or manual.
					.filter(({ ref, audit }) => audit.score !== null && audit.score < (ref.weight > 0 ? 1 : 0.9))
					.sort((a, b) => b.ref.weight - a.ref.weight)
					.map(({ ref, audit }) => `${ref.id} (${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''})${ref.weight ? '' : ' [weight 0]'}`);
				out.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failing });
			}
			return out;
		} finally {
			// chrome-launcher SIGKILLs the process group; wait for the exit before deleting the profile.
			const exited = chrome.process.exitCode === null && chrome.process.signalCode === null ? once(chrome.process, 'exit') : undefined;
			chrome.kill();
			await exited;
		}
	} finally {
		rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
	}
}

/** The scores as a markdown table, then what keeps each page from 100. */
export function scoresTable(scores: LighthouseScores[]): string {
	const lines = ['| page | performance | accessibility | best practices | SEO |', '| --- | --- | --- | --- | --- |'];
	lines.push(...scores.map((s) => `| \`${s.path}\` | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`));
	const failing = scores.filter((s) => s.failing.length);
	if (failing.length) lines.push('', 'What keeps a score from 100 ([weight 0]: a hint that does not change the score):', '', ...failing.map((s) => `- \`${s.path}\`: ${s.failing.join('; ')}`));
	return lines.join('\n');
}

if (import.meta.main) {
	const dist = process.argv[2];
	if (!dist) {
		console.error('usage: node scripts/bench/lighthouse.ts <dist-dir>');
		process.exit(1);
	}
	const paths = ['/zh/', '/en/', '/zh/proposals/2020-ma-huateng-industrial-internet/', '/en/proposals/2020-ma-huateng-industrial-internet/', '/zh/search/', '/en/search/'];
	// The server's path guard compares against the root as given, so give it an absolute one.
	const server = await serveStatic(resolve(dist));
	const started = performance.now();
	try {
		console.log(scoresTable(await lighthouseScores(server.url, paths)));
		console.log(`\nLighthouse ${paths.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	} finally {
		await server.close();
	}
}
