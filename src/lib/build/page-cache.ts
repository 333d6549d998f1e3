/**
 * A proposal's own pages (its page and side-by-side view in each language, and its JSON export)
 * kept between builds in .cache/pages/, as the cards and the search index are. Most of a
 * rebuild's page generation went into proposals that had not changed. Now:
 * 1. when the build starts (integrations/after-build.ts), `preparePages` says where `dist/` is;
 * 2. while Astro asks for the routes (src/content.ts), `planPages` works out each proposal's
 *    key: its page key (lib/build/page-keys.ts: everything its pages show) and a digest of the
 *    site's code, dependencies and address. A proposal whose files are all in the cache under
 *    that key is left out of the routes, and its files are linked into `dist/` while the other
 *    pages render (Astro has emptied `dist/` by then);
 * 3. once Astro has written `dist/`, `settlePages` keeps the pages just rendered in the cache and
 *    deletes what no proposal uses any more.
 * Astro's own incremental build (`experimental.incrementalBuild`) does the same through its
 * routes' `cacheKey`, but made a full build's page generation about twice as slow at 1,000
 * proposals (it records every page as it renders; docs/performance.md).
 *
 * The cache is one folder of files named `<key>.<path in dist/, flattened>`: a file is there
 * whole or not at all (lib/build/files.ts), so a proposal is reused only when all its files are.
 * State passes between the integration and the routes on `globalThis`: Astro runs the routes
 * from its own bundle, in the same process, with its own copy of this module.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LANGS } from '../model/schema.ts';
import { bilingualPath, proposalPath } from '../site/paths.ts';
import { digestOf } from './page-keys.ts';
import { filesUnder, linkOrCopy } from './files.ts';

/** Kept between builds (`astro build` runs in the project root). */
export const PAGE_CACHE_DIR = join(process.cwd(), '.cache', 'pages');

/** A proposal as the page cache sees it: its id, its page key, whether it has texts. */
export interface CachedProposal {
	id: string;
	key: string;
	hasTexts: boolean;
}

interface Build {
	outDir: string;
	cacheDir: string;
	plan?: {
		/** Per proposal id: the prefix of its files in the cache and its files in `dist/`. */
		proposals: Map<string, { prefix: string; files: string[] }>;
		reused: Set<string>;
		/** Linking the reused files into `dist/`. */
		linking: Promise<void>;
	};
}

const BUILD = Symbol.for('lianghui.page-cache');
const shared = globalThis as { [BUILD]?: Build };

/** `/en/proposals/x/` → `en/proposals/x/index.html` */
const pageFile = (path: string) => `${decodeURI(path).slice(1)}index.html`;

/** The files in `dist/` of a proposal's own pages. */
export function proposalFiles(id: string, hasTexts: boolean): string[] {
	const pages = LANGS.flatMap((lang) => [proposalPath(lang, id), ...(hasTexts ? [bilingualPath(lang, id)] : [])]);
	return [...pages.map(pageFile), `data/proposals/${id}.json`];
}

/** A file's name in the cache: its proposal's key, then its path in `dist/` flattened. */
const cachedName = (prefix: string, file: string) => `${prefix}.${encodeURIComponent(file)}`;

/**
 * What the pages are made with besides the content: the site's code (src/), its configuration,
 * its dependencies as locked, Node's version and the site's address. Any change renders every
 * page again.
 */
export function codeDigest(root: string, site: string): string {
	const files = [...filesUnder(join(root, 'src')).map((file) => `src/${file}`).sort(), 'astro.config.mjs', 'package-lock.json'];
	return digestOf(process.version, site, ...files.flatMap((file) => [file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '']));
}

/** At the start of a build: pages may be reused into `outDir`. Without this call none are. */
export function preparePages(outDir: string, cacheDir = PAGE_CACHE_DIR): void {
	shared[BUILD] = { outDir, cacheDir };
}

/**
 * Decide which proposals' pages come from the cache in this build, and start linking them into
 * `dist/`. Returns the ids of those proposals: their routes leave them out.
 */
export function planPages(proposals: readonly CachedProposal[], site: string): Set<string> {
	const build = shared[BUILD];
	const reused = new Set<string>();
	if (!build) return reused;
	const code = codeDigest(process.cwd(), site);
	const cached = new Set(existsSync(build.cacheDir) ? readdirSync(build.cacheDir) : []);
	const plan = { proposals: new Map<string, { prefix: string; files: string[] }>(), reused, linking: Promise.resolve() };
	for (const { id, key, hasTexts } of proposals) {
		const prefix = digestOf(code, key).slice(0, 32);
		const files = proposalFiles(id, hasTexts);
		plan.proposals.set(id, { prefix, files });
		if (files.every((file) => cached.has(cachedName(prefix, file)))) reused.add(id);
	}
	plan.linking = linkReused(build, plan.proposals, reused);
	build.plan = plan;
	return reused;
}

/**
 * Link the reused files into `dist/` off the main thread, four at a time (libuv's threads), while Astro renders the
 * other pages (making the folders was most of the cost: over a second at 1,000 after the pages).
 */
async function linkReused({ outDir, cacheDir }: Build, proposals: Map<string, { prefix: string; files: string[] }>, reused: Set<string>): Promise<void> {
	const jobs = [...reused].flatMap((id) => {
		const { prefix, files } = proposals.get(id)!;
		return files.map((file) => ({ from: join(cacheDir, cachedName(prefix, file)), to: join(outDir, file) }));
	});
	const folders = new Map<string, Promise<unknown>>();
	const run = async () => {
		for (let job = jobs.pop(); job; job = jobs.pop()) {
			const folder = dirname(job.to);
			if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
			await folders.get(folder);
			await link(job.from, job.to).catch(() => copyFile(job.from, job.to)); // another file system
		}
	};
	await Promise.all([run(), run(), run(), run()]);
}

/**
 * Once `dist/` is written: wait for the reused pages' links, keep the pages rendered in this
 * build in the cache, and delete the files no proposal uses any more. Returns the site paths of
 * the reused HTML pages (for the sitemap), and how many proposals' pages were reused and stored.
 */
export async function settlePages(): Promise<{ reusedPages: string[]; reused: number; stored: number }> {
	const build = shared[BUILD];
	delete shared[BUILD];
	if (!build?.plan) return { reusedPages: [], reused: 0, stored: 0 };
	const { outDir, cacheDir, plan } = build;
	await plan.linking;
	mkdirSync(cacheDir, { recursive: true });
	const cached = new Set(readdirSync(cacheDir));
	const current = new Set<string>();
	const reusedPages: string[] = [];
	let stored = 0;
	for (const [id, { prefix, files }] of plan.proposals) {
		const names = files.map((file) => cachedName(prefix, file));
		names.forEach((name) => current.add(name));
		if (plan.reused.has(id)) {
			reusedPages.push(...files.filter((file) => file.endsWith('.html')).map((file) => `/${file.replace(/index\.html$/, '')}`));
			continue;
		}
		if (!files.every((file) => existsSync(join(outDir, file)))) continue; // not all of them built: nothing to keep
		files.forEach((file, i) => cached.has(names[i]!) || linkOrCopy(join(outDir, file), join(cacheDir, names[i]!)));
		stored++;
	}
	for (const name of cached) if (!current.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
	return { reusedPages, reused: plan.reused.size, stored };
}
