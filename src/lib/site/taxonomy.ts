/**
 * Grouping, ordering and relating proposals: pure functions over the few facts they need, so
 * the theme, person and session pages and the "related" lists are computed, never hand-written.
 */

/** The facts about a proposal that ordering and relating use. */
export interface Facts {
	id: string;
	/** The id of the person who filed it. */
	personId: string;
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

/** Oldest first (a person's timeline), undated last. */
export function byOldest(a: Facts, b: Facts): number {
	return (a.year ?? Infinity) - (b.year ?? Infinity) || a.id.localeCompare(b.id);
}

/** Group items by a key (one item may have several keys), keeping each group newest first. */
export function groupBy<T extends Facts>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keysOf(item)) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	for (const list of groups.values()) list.sort(byNewest);
	return groups;
}

export const groupByTheme = <T extends Facts>(items: readonly T[]) => groupBy(items, (p) => p.themes);
export const groupByPerson = <T extends Facts>(items: readonly T[]) => groupBy(items, (p) => [p.personId]);
export const groupBySession = <T extends Facts>(items: readonly T[]) => groupBy(items, (p) => [p.session]);

/**
 * Related proposals of every proposal, computed once for the whole archive: those sharing the
 * most themes first, then the same person, then the newest; a proposal sharing neither a theme
 * nor the person is not related. Each proposal only visits the members of its own theme and
 * person groups and keeps a running top `limit`, so the cost grows with the group sizes, not
 * with N² (scanning the whole archive per page took minutes at 10,000 proposals).
 */
export function relatedIndex<T extends Facts>(all: readonly T[], limit = 4): Map<string, T[]> {
	const ordered = [...all].sort(byNewest); // position = newest-first rank, the last tie-break
	const members = (keysOf: (item: T) => readonly string[]) => {
		const groups = new Map<string, number[]>();
		ordered.forEach((item, at) => {
			for (const key of keysOf(item)) {
				const group = groups.get(key);
				if (group) group.push(at);
				else groups.set(key, [at]);
			}
		});
		return groups;
	};
	const byTheme = members((item) => item.themes);
	const byPerson = members((item) => [item.personId]);
	const shared = new Int32Array(ordered.length); // reset after each proposal
	const index = new Map<string, T[]>();
	ordered.forEach((item, self) => {
		const candidates: number[] = [];
		for (const theme of new Set(item.themes)) {
			for (const at of byTheme.get(theme)!) {
				if (at === self) continue;
				if (shared[at] === 0) candidates.push(at);
				shared[at]! += 1;
			}
		}
		// Proposals sharing only the person rank below any sharing a theme: look only when short.
		if (candidates.length < limit) {
			for (const at of byPerson.get(item.personId)!) if (at !== self && shared[at] === 0) candidates.push(at);
		}
		const samePerson = (at: number) => (ordered[at]!.personId === item.personId ? 1 : 0);
		const before = (a: number, b: number) => shared[a]! - shared[b]! || samePerson(a) - samePerson(b) || b - a;
		const best: number[] = []; // at most `limit`, best first
		for (const at of candidates) {
			if (best.length === limit && before(at, best[limit - 1]!) <= 0) continue;
			let slot = best.length;
			while (slot > 0 && before(at, best[slot - 1]!) > 0) slot--;
			best.splice(slot, 0, at);
			if (best.length > limit) best.pop();
		}
		for (const at of candidates) shared[at] = 0;
		index.set(item.id, best.map((at) => ordered[at]!));
	});
	return index;
}

/** The previous (older) and next (newer) proposal by the same person, for every proposal. */
export function neighbourIndex<T extends Facts>(all: readonly T[]): Map<string, { previous: T | undefined; next: T | undefined }> {
	const index = new Map<string, { previous: T | undefined; next: T | undefined }>();
	for (const line of groupByPerson(all).values()) {
		line.sort(byOldest);
		line.forEach((item, at) => index.set(item.id, { previous: line[at - 1], next: line[at + 1] }));
	}
	return index;
}

/** People who raised a set of proposals, each once, in order of first appearance. */
export function peopleOf<T extends Facts>(items: readonly T[]): string[] {
	return [...new Set(items.map((item) => item.personId))];
}
