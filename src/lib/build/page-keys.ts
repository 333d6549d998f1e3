/**
 * The key under which a proposal's own pages are kept between builds (lib/build/page-cache.ts):
 * a rebuild copies them instead of rendering them again when the key is unchanged. A stale page
 * would be a wrong page, so a key covers everything the pages can show, generously:
 * - the proposal's own files (meta and both texts);
 * - the proposals its page links to (previous and next in the person's line, related
 *   proposals), whose titles, people, sessions and summaries it shows: their own files, by id;
 * - the archive's shared data (people, themes, sessions, sources, glossary, counts, redirects).
 * Nothing on a page depends on the day of the build (lib/data/citation.ts leaves the access date
 * to the reader's browser).
 * The site's code is not in this key: page-cache.ts adds a digest of all of it.
 */
import { createHash } from 'node:crypto';

/** A SHA-256 of the parts, each ended by a NUL so no two lists of parts give the same text. */
export function digestOf(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}

interface KeyInputs<P> {
	/** A digest of the proposal's own files. */
	own: (proposal: P) => string;
	/** The other proposals its pages show (undefined: no previous or next). */
	shown: (proposal: P) => readonly (P | undefined)[];
	/** A digest of everything else a page can show (the shared data). */
	shared: string;
}

/** Each proposal's page key, by id. */
export function proposalPageKeys<P extends { id: string }>(proposals: readonly P[], { own, shown, shared }: KeyInputs<P>): Map<string, string> {
	const owns = new Map(proposals.map((p) => [p.id, own(p)]));
	return new Map(
		proposals.map((p) => {
			const others = shown(p).flatMap((other) => (other ? [other.id, owns.get(other.id)!] : ['-']));
			return [p.id, digestOf(shared, p.id, owns.get(p.id)!, ...others)];
		})
	);
}
