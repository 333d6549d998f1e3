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

/** Check all pages; `files` is every other file in the output (`/pagefind/pagefind.js`, …). */
export function checkBuiltLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>): LinkProblem[] {
	const byPath = new Map(pages.map((p) => [p.path, anchorsOf(p.html)]));
	const problems: LinkProblem[] = [];
	for (const page of pages) {
		for (const [tag] of page.html.matchAll(/<a\s[^>]*>/gi)) {
			const href = attr(tag, 'href');
			if (href === undefined || isExternal(href)) continue;
			const { path, fragment } = resolveHref(page.path, href);
			const anchors = byPath.get(path);
			if (!anchors && !files.has(path)) problems.push({ page: page.path, target: href, problem: 'no such page' });
			else if (fragment && anchors && !anchors.has(fragment)) problems.push({ page: page.path, target: href, problem: `no element with id "${fragment}"` });
			const from = localeOf(page.path);
			const to = localeOf(path);
			if (from && to && from !== to && attr(tag, 'hreflang') === undefined) {
				problems.push({ page: page.path, target: href, problem: `links from ${from} into ${to} without hreflang` });
			}
		}
		problems.push(...missingPreviewImages(page, (path) => byPath.has(path) || files.has(path)));
		problems.push(...thirdPartyAssets(page));
	}
	return problems;
}

/**
 * `og:image` / `twitter:image` meta on the site's own host (the canonical URL's origin) or
 * relative, whose file was not built. Preview images must be absolute URLs, so the <a> rules
 * above, which skip absolute URLs, would never see them.
 */
export function missingPreviewImages(page: BuiltPage, exists: (path: string) => boolean): LinkProblem[] {
	const canonical = [...page.html.matchAll(/<link\s[^>]*>/gi)].map(([tag]) => tag).find((tag) => /\brel\s*=\s*["']?canonical\b/i.test(tag));
	const origin = canonical ? URL.parse(attr(canonical, 'href') ?? '')?.origin : undefined;
	const problems: LinkProblem[] = [];
	for (const [tag] of page.html.matchAll(/<meta\s[^>]*>/gi)) {
		if (!/^(?:og:image(?::url|:secure_url)?|twitter:image)$/i.test(attr(tag, 'property') ?? attr(tag, 'name') ?? '')) continue;
		const url = attr(tag, 'content') ?? '';
		const absolute = URL.parse(url);
		if (absolute ? absolute.origin !== origin : isExternal(url)) continue;
		const path = absolute ? decodeURI(absolute.pathname) : resolveHref(page.path, url).path;
		if (!exists(path)) problems.push({ page: page.path, target: url, problem: 'no such image' });
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
