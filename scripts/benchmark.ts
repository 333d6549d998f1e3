/**
 * `npm run bench -- [--sizes 1000,10000] [--runs 3,1] [--no-bare] [--no-browser]`
 *
 * For each size N: synthesises N proposals (both languages, real deputies, themes and
 * sessions, text recombined from the real content) in a temporary copy of the site, builds it,
 * and builds a bare Astro 7 project over the same MDX files for comparison. Records build time,
 * peak memory (GNU time: the largest process; and the whole process tree, from /proc), Pagefind
 * index size per language, page weight per page type (gzip), and the bytes a first search
 * transfers in chromium. Writes docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { lighthouseScores, scoresTable } from './bench/lighthouse.ts';
import { bareProject, reviseProposal, siteCopy, synthesize } from './bench/synthesize.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
	options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3,1' }, 'no-bare': { type: 'boolean' }, 'no-browser': { type: 'boolean' }, 'no-lighthouse': { type: 'boolean' } },
});
const sizes = values.sizes!.split(',').map(Number);
/**
 * Rounds of (site from scratch, site with cards cached, bare) builds, in turn, per size (one
 * number for all); figures are medians. Three rounds at 10,000 take most of an hour.
 */
const runsFor = (i: number) => {
	const list = values.runs!.split(',').map(Number);
	return Math.max(1, list[i] ?? list.at(-1) ?? 1);
};

interface Run {
	seconds: number;
	/** The largest process's peak (GNU time). */
	peakMb: number | undefined;
	/** The peak of the build's process tree taken together. */
	treeMb: number | undefined;
	ok: boolean;
	/** Seconds of the site's own phases, read from the integrations' log lines. */
	phases: Record<string, number>;
}

const PHASES = {
	'content check': /content checked in ([\d.]+) s/,
	'after the build (cards linked, sitemap, then Pagefind beside the link check)': /cards, index and links in ([\d.]+) s/,
	Pagefind: /indexed \d+ pages in ([\d.]+) s/,
	'link check': /checked links on \d+ pages in ([\d.]+) s/,
};
const AFTER_BUILD = Object.keys(PHASES)[1]!;

/**
 * Build in `dir` under GNU time (when installed) for wall time and the largest process's peak
 * resident memory; on Linux, the peak of the whole process tree as well (Pagefind runs in a
 * process of its own, which GNU time's figure leaves out).
 */
async function timedBuild(dir: string): Promise<Run> {
	const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
	const gnuTime = existsSync('/usr/bin/time');
	const started = performance.now();
	const [command, args] = gnuTime
		? ['/usr/bin/time', ['-f', 'PEAK_KB %M', process.execPath, '--max-old-space-size=8192', astro, 'build']]
		: [process.execPath, [astro, 'build']];
	const child = spawn(command, args, { cwd: dir });
	const treeFile = join(tmpdir(), `lianghui-tree-memory-${child.pid}`);
	const sampler = existsSync('/proc/self/stat') ? spawn(process.execPath, [join(ROOT, 'scripts/bench/tree-memory.ts'), String(child.pid), treeFile], { stdio: 'ignore' }) : undefined;
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const seconds = (performance.now() - started) / 1000;
	if (sampler && sampler.exitCode === null) await new Promise((resolve) => sampler.on('close', resolve));
	const treeMb = existsSync(treeFile) ? Number(readFileSync(treeFile, 'utf8')) : undefined;
	rmSync(treeFile, { force: true });
	const peak = /PEAK_KB (\d+)/.exec(stderr)?.[1];
	if (status !== 0) console.error(stderr.slice(-3000));
	const log = `${stdout}\n${stderr}`;
	const phases = Object.fromEntries(
		Object.entries(PHASES).flatMap(([name, pattern]) => {
			const found = pattern.exec(log)?.[1];
			return found ? [[name, Number(found)]] : [];
		})
	);
	return { seconds, peakMb: peak ? Number(peak) / 1024 : undefined, treeMb, ok: status === 0, phases };
}

const htmlCount = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => ({ path: join(e.parentPath, e.name), size: statSync(join(e.parentPath, e.name)).size }));
const dirSize = (dir: string): number => files(dir).reduce((sum, f) => sum + f.size, 0);
/** The largest file under `dir`, as a path relative to `root` (hosts limit file and site sizes). */
function largestFile(dir: string, root: string): string {
	const top = files(dir).reduce((a, b) => (b.size > a.size ? b : a));
	return `${kb(top.size)} (\`${relative(root, top.path)}\`)`;
}

/** Gzipped bytes of a page's HTML and of the CSS and JS files it links. */
function pageWeight(dist: string, path: string) {
	const html = readFileSync(join(dist, path, 'index.html'));
	const linked = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(css|js))"/g)];
	const gz = (ext: string) => linked.filter((m) => m[2] === ext).reduce((sum, m) => sum + gzipSync(readFileSync(join(dist, m[1]!))).length, 0);
	return { html: gzipSync(html).length, css: gz('css'), js: gz('js') };
}

/** Bytes of one language's Pagefind index: its metadata, WebAssembly, index, filter and fragment files. */
function indexSize(pagefindDir: string, lang: string): number {
	const mine = (name: string) => name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`;
	return readdirSync(pagefindDir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && mine(e.name))
		.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Bytes transferred by a first search on a cold cache, per language. */
async function firstSearchBytes(dist: string): Promise<Record<string, number>> {
	const server = await serveStatic(dist);
	const browser = await launchBrowser();
	const out: Record<string, number> = {};
	try {
		for (const [lang, query] of [['en', 'industrial internet'], ['zh', '乡村振兴']] as const) {
			// A cold cache: a fresh context opening a search deep link, counting every Pagefind file.
			const context = await browser.newContext();
			const page = await context.newPage();
			let bytes = 0;
			page.on('response', async (response) => {
				if (response.url().includes('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
			});
			await page.goto(`${server.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
			await page.waitForFunction(() => /\d/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
			await page.waitForLoadState('networkidle');
			out[lang] = bytes;
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return out;
}

const memoryRow = (label: string, site: number | undefined, bare: number | undefined) =>
	`| ${label} | ${site?.toFixed(0) ?? 'n/a'} MB | ${bare?.toFixed(0) ?? 'n/a'} MB | ${site && bare ? (site / bare).toFixed(2) : 'n/a'} |`;

/** Build time less the phases a bare Astro project has no counterpart for (search index, link check). */
const own = (run: Run) => run.seconds - (run.phases[AFTER_BUILD] ?? 0);

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** The median run: its seconds, peak memory and phases each the median over the runs. */
function medianRun(list: Run[]): Run {
	const peaks = list.flatMap((run) => (run.peakMb === undefined ? [] : [run.peakMb]));
	const trees = list.flatMap((run) => (run.treeMb === undefined ? [] : [run.treeMb]));
	const phases = Object.fromEntries(Object.keys(list[0]?.phases ?? {}).map((name) => [name, median(list.map((run) => run.phases[name] ?? 0))]));
	return { seconds: median(list.map((run) => run.seconds)), peakMb: peaks.length ? median(peaks) : undefined, treeMb: trees.length ? median(trees) : undefined, ok: list.every((run) => run.ok), phases };
}
const range = (list: Run[]) => (list.length > 1 ? ` (${Math.min(...list.map((r) => r.seconds)).toFixed(1)}–${Math.max(...list.map((r) => r.seconds)).toFixed(1)})` : '');

/** Lighthouse (mobile) over the real archive, built from the repository's own content. */
async function lighthouseSection(): Promise<string[]> {
	const work = mkdtempSync(join(tmpdir(), 'lianghui-bench-lighthouse-'));
	try {
		const site = siteCopy(ROOT, work);
		cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
		console.log('Lighthouse: building the real archive…');
		if (!(await timedBuild(site)).ok) return ['### Lighthouse', '', 'The build failed; no scores.', ''];
		const id = '2020-ma-huateng-industrial-internet';
		const paths = ['zh', 'en'].flatMap((lang) => [`/${lang}/`, `/${lang}/proposals/${id}/`, `/${lang}/search/`]);
		const server = await serveStatic(join(site, 'dist'));
		try {
			console.log('Lighthouse: scoring six pages…');
			const scores = await lighthouseScores(server.url, paths);
			return ['### Lighthouse (mobile), the real archive', '', 'Lighthouse 13 with its default mobile settings (simulated Slow 4G, 4× CPU slowdown) against the built site on a local server (no compression or caching headers, which a real host adds).', '', scoresTable(scores), ''];
		} finally {
			await server.close();
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

const rows: string[] = [];
if (!values['no-lighthouse']) rows.push(...(await lighthouseSection()));
for (const [i, n] of sizes.entries()) {
	const runs = runsFor(i);
	const work = mkdtempSync(join(tmpdir(), `lianghui-bench-${n}-`));
	const site = siteCopy(ROOT, work);
	synthesize(join(ROOT, 'content'), join(site, 'content'), n);
	const bareDir = join(work, 'bare');
	if (!values['no-bare']) bareProject(join(site, 'content'), bareDir, join(ROOT, 'node_modules'));
	const fulls: Run[] = [];
	const rebuilds: Run[] = [];
	const bares: Run[] = [];
	// In turn, so that the machine's slow and fast spells fall on all three alike.
	for (let round = 1; round <= runs; round++) {
		rmSync(join(site, '.cache'), { recursive: true, force: true });
		console.log(`N=${n}, round ${round}/${runs}: building the site from scratch…`);
		const full = await timedBuild(site);
		fulls.push(full);
		if (!full.ok) break;
		// A deploy of a changed archive: one proposal's text changed, the social cards already in
		// .cache/og/, the search index in .cache/pagefind/ and the proposals' pages in .cache/pages/
		// (CI keeps all three).
		reviseProposal(join(site, 'content'), round);
		console.log(`N=${n}, round ${round}/${runs}: rebuilding it with the cards cached…`);
		rebuilds.push(await timedBuild(site));
		if (values['no-bare']) continue;
		console.log(`N=${n}, round ${round}/${runs}: building the bare Astro project…`);
		bares.push(await timedBuild(bareDir));
	}
	const full = medianRun(fulls);
	const rebuild = rebuilds.length ? medianRun(rebuilds) : undefined;
	const bare = bares.length ? medianRun(bares) : undefined;
	const barePages = bare ? htmlCount(join(bareDir, 'dist')) : 0;
	const dist = join(site, 'dist');
	const sitePages = full.ok ? htmlCount(dist) : 0;
	const perPage = (run: Run, pages: number) => (run.seconds / pages) * 1000;
	const pagefindDir = join(dist, 'pagefind');
	const id = readdirSync(join(site, 'content/proposals'))[0]!;
	const types = { home: 'en/', proposal: `en/proposals/${id}/`, 'proposal (zh)': `zh/proposals/${id}/`, bilingual: `en/proposals/${id}/bilingual/`, theme: 'en/themes/healthcare/', search: 'en/search/' };
	const weights = full.ok ? Object.entries(types).map(([name, path]) => ({ name, ...pageWeight(dist, path) })) : [];
	const search = full.ok && !values['no-browser'] ? await firstSearchBytes(dist) : {};
	rows.push(
		`### ${n.toLocaleString('en')} proposals (${(2 * n).toLocaleString('en')} proposal pages)\n`,
		`Medians of ${fulls.length} round${fulls.length > 1 ? 's' : ''} of builds, from scratch, with the cards cached and bare, in turn; the range is in brackets.\n`,
		'| measure | site | bare Astro | ratio |',
		'| --- | --- | --- | --- |',
		`| build time | ${full.seconds.toFixed(1)} s${range(fulls)}${full.ok ? '' : ' (FAILED)'} | ${bare ? `${bare.seconds.toFixed(1)} s${range(bares)}` : 'n/a'} | ${bare ? (full.seconds / bare.seconds).toFixed(2) : 'n/a'} |`,
		...(bare && full.ok
			? [`| build time without the search index and link check | ${own(full).toFixed(1)} s | ${bare.seconds.toFixed(1)} s | ${(own(full) / bare.seconds).toFixed(2)} |`]
			: []),
		...(bare && rebuild?.ok
			? [`| rebuild, social cards already rendered (.cache/ kept: cards, search index, proposals’ pages; one proposal changed) | ${rebuild.seconds.toFixed(1)} s${range(rebuilds)} | ${bare.seconds.toFixed(1)} s | ${(rebuild.seconds / bare.seconds).toFixed(2)} |`]
			: []),
		...(bare && full.ok && barePages
			? [`| build time per HTML page (${sitePages.toLocaleString('en')} vs ${barePages.toLocaleString('en')} pages) | ${perPage(full, sitePages).toFixed(1)} ms | ${perPage(bare, barePages).toFixed(1)} ms | ${(perPage(full, sitePages) / perPage(bare, barePages)).toFixed(2)} |`]
			: []),
		memoryRow('peak memory (largest process)', full.peakMb, bare?.peakMb),
		memoryRow('peak memory (largest process), rebuild', rebuild?.peakMb, bare?.peakMb),
		memoryRow('peak memory (all processes: Pagefind’s too)', full.treeMb, bare?.treeMb),
		memoryRow('peak memory (all processes), rebuild', rebuild?.treeMb, bare?.treeMb),
		'',
		full.ok ? `Site phases: ${Object.entries(full.phases).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}.` : '',
		'',
		full.ok ? `Output: \`dist/\` ${(dirSize(dist) / 2 ** 20).toFixed(0)} MB in all; the largest \`/data\` file ${largestFile(join(dist, 'data'), dist)}.` : '',
		'',
		full.ok ? `Pagefind: ${kb(dirSize(pagefindDir))} in all (UI bundles included); index per language: en ${kb(indexSize(pagefindDir, 'en'))}, zh-cn ${kb(indexSize(pagefindDir, 'zh-cn'))}.` : '',
		'',
		'| page type | HTML (gzip) | CSS (gzip) | JS (gzip) | HTML+CSS |',
		'| --- | --- | --- | --- | --- |',
		...weights.map((w) => `| ${w.name} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.html + w.css)} |`),
		'',
		Object.keys(search).length ? `First search on a cold cache transfers: en “industrial internet” ${kb(search.en!)}, zh “乡村振兴” ${kb(search.zh!)} (Pagefind files only).` : '',
		''
	);
	rmSync(work, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const doc = join(ROOT, 'docs/performance.md');
const previous = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
const notes = previous.includes('<!-- notes -->') ? previous.slice(previous.indexOf('<!-- notes -->')) : '<!-- notes -->\n';
writeFileSync(
	doc,
	`# Performance\n\nFigures written by \`npm run bench\` (scripts/benchmark.ts) on ${new Date().toISOString().slice(0, 10)}, ${machine}.\nThe ratio to a bare Astro 7 build of the same MDX files is the figure to compare: these machines are noisy.\n\n## Measurements\n\n${rows.join('\n')}\n${notes}`
);
console.log(`wrote ${doc}`);
