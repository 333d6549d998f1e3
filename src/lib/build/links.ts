/**
 * Post-build link rules, as pure functions over the built pages' HTML: every internal link
 * and fragment resolves, a Chinese page links within Chinese pages (and English within
 * English) except through hreflang-marked language links, social preview images on the site's
 * own host exist, and nothing loads from another host.
 */

export interface LinkProblem {
	page: string;
	target: string;
	problem: string;
}

/** A built page: its URL path (`/en/themes/`) and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i');
const attr = (tag: string, name: string) => {
	const match = ATTR(name).exec(tag);
	return match ? (match[1] ?? match[2] ?? '').replaceAll('&amp;', '&') : undefined;
};

/** Every `id` and `name` anchor on a page. */
export function anchorsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]+)"|'([^']+)')/g)].map((m) => decodeURIComponent(m[1] ?? m[2] ?? '')));
}

/** The language prefix of a URL path (`/zh/…` → `zh`), if any. */
export function localeOf(path: string): string | undefined {
	return /^\/(zh|en)(?:\/|$)/.exec(path)?.[1];
}

/**
 * Normalise an internal href against the page it is on, to a site path and fragment.
 * @example resolveHref('/en/a/', '../b/#x') → { path: '/en/b/', fragment: 'x' }
 */
export function resolveHref(page: string, href: string): { path: string; fragment: string } {
	const url = new URL(href, `http://site.invalid${page}`);
	return { path: decodeURI(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');

/**
 * A deep copy of strings cut from a page. V8 keeps a substring as a view into its whole string,
 * so an id or href kept from a page would keep that page's HTML alive.
 */
const detach = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A problem found so far, numbered in reading order so that deferred ones sort into place. */
type Found = LinkProblem & { order: number; path?: string };

/**
 * The link rules over pages read one at a time: each page is checked as it is read and only
 * its anchors are kept, with the few links that wait for another page's anchors, so the HTML
 * of tens of thousands of pages is never held at once. `pagePaths`: every page's URL path;
 * `files`: every other file in the output (`/pagefind/pagefind.js`, …).
 */
export function linkChecker(pagePaths: Iterable<string>, files: ReadonlySet<string>) {
	const pages = new Set(pagePaths);
	const anchors = new Map<string, Set<string>>();
	const found: Found[] = [];
	const fragmentLinks: { page: string; target: string; path: string; fragment: string; order: number }[] = [];
	let order = 0;
	const exists = (path: string, others: ReadonlySet<string>) => pages.has(path) || others.has(path);
	return {
		/** Check one page now, as far as it can be without the pages not yet read. */
		add(page: BuiltPage): void {
			const own = new Set(detach([...anchorsOf(page.html)]));
			anchors.set(page.path, own);
			for (const [tag] of page.html.matchAll(/<a\s[^>]*>/gi)) {
				const href = attr(tag, 'href');
				if (href === undefined || isExternal(href)) continue;
				const { path, fragment } = resolveHref(page.path, href);
				if (!exists(path, files)) found.push(detach({ page: page.path, target: href, problem: 'no such page', order: order++, path }));
				else if (fragment && path === page.path && !own.has(fragment)) found.push(detach({ page: page.path, target: href, problem: `no element with id "${fragment}"`, order: order++ }));
				else if (fragment && path !== page.path && pages.has(path)) fragmentLinks.push(detach({ page: page.path, target: href, path, fragment, order: order++ }));
				const from = localeOf(page.path);
				const to = localeOf(path);
				if (from && to && from !== to && attr(tag, 'hreflang') === undefined) {
					found.push(detach({ page: page.path, target: href, problem: `links from ${from} into ${to} without hreflang`, order: order++ }));
				}
			}
			for (const problem of [...missingPreviewImages(page, (path) => exists(path, files)), ...thirdPartyAssets(page)]) found.push(detach({ ...problem, order: order++ }));
		},
		/**
		 * Every problem, in reading order. `filesNow`: the output's files if another writer has
		 * added some since (a target missing before may be there now).
		 */
		problems(filesNow: ReadonlySet<string> = files): LinkProblem[] {
			const missing = found.filter((problem) => !problem.path || !exists(problem.path, filesNow));
			const fragments = fragmentLinks
				.filter((link) => !anchors.get(link.path)?.has(link.fragment))
				.map(({ page, target, fragment, order }) => ({ page, target, problem: `no element with id "${fragment}"`, order }));
			return [...missing, ...fragments].sort((a, b) => a.order - b.order).map(({ page, target, problem }) => ({ page, target, problem }));
		},
	};
}

/** Check all pages at once (tests over a built site; the build itself uses linkChecker). */
export function checkBuiltLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>): LinkProblem[] {
	const checker = linkChecker(
		pages.map((page) => page.path),
		files
	);
	for (const page of pages) checker.add(page);
	return checker.problems();
}

/**
 * `og:image` / `twitter:image` meta on the site's own host (the canonical URL's origin) or
 * relative, whose file was not built. Preview images must be absolute URLs, so the <a> rules
 * above, which skip absolute URLs, would never see them.
 */
export function missingPreviewImages(page: BuiltPage, exists: (path: string) => boolean): (LinkProblem & { path: string })[] {
	const canonical = [...page.html.matchAll(/<link\s[^>]*>/gi)].map(([tag]) => tag).find((tag) => /\brel\s*=\s*["']?canonical\b/i.test(tag));
	const origin = canonical ? URL.parse(attr(canonical, 'href') ?? '')?.origin : undefined;
	const problems: (LinkProblem & { path: string })[] = [];
	for (const [tag] of page.html.matchAll(/<meta\s[^>]*>/gi)) {
		if (!/^(?:og:image(?::url|:secure_url)?|twitter:image)$/i.test(attr(tag, 'property') ?? attr(tag, 'name') ?? '')) continue;
		const url = attr(tag, 'content') ?? '';
		const absolute = URL.parse(url);
		if (absolute ? absolute.origin !== origin : isExternal(url)) continue;
		const path = absolute ? decodeURI(absolute.pathname) : resolveHref(page.path, url).path;
		if (!exists(path)) problems.push({ page: page.path, target: url, problem: 'no such image', path });
	}
	return problems;
}

/** Scripts, styles, images, frames and CSS url()s that would load from another host. */
export function thirdPartyAssets(page: BuiltPage): LinkProblem[] {
	const problems: LinkProblem[] = [];
	const remote = (url: string | undefined) => url !== undefined && /^(?:https?:)?\/\//i.test(url.trim());
	for (const [tag, name] of page.html.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object)\s[^>]*>/gi)) {
		const rel = attr(tag, 'rel') ?? '';
		if (name!.toLowerCase() === 'link' && /\b(canonical|alternate)\b/i.test(rel)) continue;
		for (const key of ['src', 'href', 'srcset', 'data']) {
			const url = attr(tag, key);
			if (remote(url)) problems.push({ page: page.path, target: url!, problem: `<${name}> loads from another host` });
		}
	}
	for (const [, url] of page.html.matchAll(/url\(\s*['"]?([^'")]+)/gi)) {
		if (remote(url)) problems.push({ page: page.path, target: url!, problem: 'CSS url() loads from another host' });
	}
	return problems;
}
