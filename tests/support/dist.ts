/** Reading the built site in tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from './build-site.ts';

export { DIST };

/** Every built HTML page as its URL path (`/en/themes/`) with its HTML; redirect stubs for renamed ids are left out. */
export function builtPages(): { path: string; html: string }[] {
	return readdirSync(DIST, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => {
			const file = relative(DIST, join(e.parentPath, e.name)).split(sep).join('/');
			return { path: `/${file}`.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(join(DIST, file), 'utf8') };
		})
		.filter((page) => !page.html.includes('http-equiv="refresh"'));
}

/** The HTML of one page by its URL path. */
export function page(path: string): string {
	const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) throw new Error(`no built page at ${path}`);
	return readFileSync(file, 'utf8');
}

/** Values of an attribute on tags matching a selector-ish regex, e.g. all hreflang links. */
export function attrs(html: string, tagPattern: RegExp, attr: string): string[] {
	return [...html.matchAll(tagPattern)].map((m) => new RegExp(`${attr}="([^"]*)"`).exec(m[0])?.[1] ?? '');
}
