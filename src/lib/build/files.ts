/**
 * File helpers for the steps that fill `dist/` after Astro: the card cache and the search
 * index cache are both put into `dist/` as links, and both the index and the link check list
 * a folder's files.
 */
import { copyFileSync, linkSync, readdirSync, renameSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as `/`-separated paths relative to it (`en/index.html`). */
export const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));

/**
 * Put `from` at `to` as a hard link: writing the same bytes again took more of the build than
 * making them. A copy where the two are on different file systems, written under another name
 * first: either way `to` is never seen half-written, so a cache can trust any file it holds.
 */
export function linkOrCopy(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch {
		const partial = `${to}.${process.pid}.partial`;
		copyFileSync(from, partial);
		renameSync(partial, to);
	}
}
