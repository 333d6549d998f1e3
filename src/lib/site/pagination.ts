/**
 * Long lists (all proposals, a theme, a session) split into pages, so no list page grows with
 * the archive: at 10,000 proposals a theme page would otherwise be a megabyte on a phone.
 * Page 1 keeps the list's own URL; later pages live at `<list>/page/<n>/`.
 */

/** Proposals per list page: a screenful of cards times a few, about 25 KB of HTML (gzip ≈ 6 KB). */
export const PAGE_SIZE = 40;

export interface ListPage<T> {
	/** 1-based. */
	number: number;
	/** Number of pages, at least 1 (an empty list still has its page). */
	count: number;
	items: T[];
}

/** @example paginate([1, 2, 3], 2) → [{ number: 1, count: 2, items: [1, 2] }, { number: 2, count: 2, items: [3] }] */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** The rest parameter for a page route: undefined for page 1 (the list's own URL). @example pageParam(3) → 'page/3' */
export const pageParam = (number: number) => (number === 1 ? undefined : `page/${number}`);

/** @example pageUrl('/en/themes/healthcare/', 2) → '/en/themes/healthcare/page/2/' */
export const pageUrl = (listPath: string, number: number) => (number === 1 ? listPath : `${listPath}page/${number}/`);

/**
 * Page numbers to show in the pager: the first, the last, and two either side of the current
 * one; `undefined` marks a gap. Keeps the pager short at hundreds of pages.
 * @example pageWindow(10, 20) → [1, undefined, 8, 9, 10, 11, 12, undefined, 20]
 */
export function pageWindow(number: number, count: number): (number | undefined)[] {
	const shown = Array.from({ length: count }, (_, i) => i + 1).filter((n) => n === 1 || n === count || Math.abs(n - number) <= 2);
	return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [undefined, n] : [n]));
}
