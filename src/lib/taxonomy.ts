/**
 * Grouping, ordering and relating proposals: pure functions over the few facts they need, so
 * the theme, deputy and session pages and the "related" lists are computed, never hand-written.
 */

/** The facts about a proposal that ordering and relating use. */
export interface Facts {
	id: string;
	deputy: string;
	session: string;
	/** Calendar year; undefined when the sources do not establish it. */
	year: number | undefined;
	themes: readonly string[];
}

/**
 * Newest first: by year descending, undated last, then by id for a stable order.
 * @example [2018, undefined, 2021] → [2021, 2018, undefined]
 */
export function byNewest(a: Facts, b: Facts): number {
	return (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.id.localeCompare(b.id);
}

/** Oldest first (a deputy's timeline), undated last. */
export function byOldest(a: Facts, b: Facts): number {
	return (a.year ?? Infinity) - (b.year ?? Infinity) || a.id.localeCompare(b.id);
}

/** Group items by a key (one item may have several keys), keeping each group newest first. */
export function groupBy<T extends Facts>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
	}
	for (const list of groups.values()) list.sort(byNewest);
	return groups;
}

export const groupByTheme = <T extends Facts>(items: readonly T[]) => groupBy(items, (p) => p.themes);
export const groupByDeputy = <T extends Facts>(items: readonly T[]) => groupBy(items, (p) => [p.deputy]);
export const groupBySession = <T extends Facts>(items: readonly T[]) => groupBy(items, (p) => [p.session]);

/**
 * Related proposals: those sharing the most themes first, then the same deputy, then the
 * newest; a proposal sharing neither a theme nor the deputy is not related.
 */
export function relatedTo<T extends Facts>(item: T, all: readonly T[], limit = 4): T[] {
	const score = (other: T) => ({
		shared: other.themes.filter((theme) => item.themes.includes(theme)).length,
		sameDeputy: other.deputy === item.deputy ? 1 : 0,
	});
	return all
		.filter((other) => other.id !== item.id)
		.map((other) => ({ other, ...score(other) }))
		.filter(({ shared, sameDeputy }) => shared + sameDeputy > 0)
		.sort((a, b) => b.shared - a.shared || b.sameDeputy - a.sameDeputy || byNewest(a.other, b.other))
		.slice(0, limit)
		.map(({ other }) => other);
}

/** The previous (older) and next (newer) proposal by the same deputy. */
export function neighbours<T extends Facts>(item: T, all: readonly T[]): { previous: T | undefined; next: T | undefined } {
	const line = all.filter((other) => other.deputy === item.deputy).sort(byOldest);
	const at = line.findIndex((other) => other.id === item.id);
	return { previous: at > 0 ? line[at - 1] : undefined, next: at >= 0 ? line[at + 1] : undefined };
}

/** Deputies who raised a set of proposals, each once, in order of first appearance. */
export function deputiesOf<T extends Facts>(items: readonly T[]): string[] {
	return [...new Set(items.map((item) => item.deputy))];
}
