/**
 * The theme × year table: how many proposals each theme had in each session, computed once
 * from the archive's indexes. Pure, unit-tested.
 */

export interface GridCell {
	year: number;
	count: number;
	/** 0 for none, then 1–4 by the count's share of the largest cell (the shade drawn). */
	level: 0 | 1 | 2 | 3 | 4;
}

export interface GridRow<T> {
	theme: T;
	total: number;
	cells: GridCell[];
}

/**
 * Rows (themes, most proposals first) by columns (the years that have any proposal, oldest
 * first); undated proposals are left out.
 * @example themeYearGrid([{ id: 'a' }], (id) => [{ year: 2020 }, { year: 2020 }]) → { years: [2020], rows: [{ theme, total: 2, cells: [{ year: 2020, count: 2, level: 4 }] }] }
 */
export function themeYearGrid<T extends { id: string }>(themes: readonly T[], proposalsOf: (themeId: string) => readonly { year: number | undefined }[]): { years: number[]; rows: GridRow<T>[] } {
	const counts = new Map(themes.map((theme) => [theme.id, new Map<number, number>()]));
	const years = new Set<number>();
	for (const theme of themes) {
		for (const { year } of proposalsOf(theme.id)) {
			if (year === undefined) continue;
			years.add(year);
			const row = counts.get(theme.id)!;
			row.set(year, (row.get(year) ?? 0) + 1);
		}
	}
	const columns = [...years].sort((a, b) => a - b);
	const max = Math.max(1, ...[...counts.values()].flatMap((row) => [...row.values()]));
	const level = (count: number): GridCell['level'] => (count === 0 ? 0 : (Math.min(4, Math.ceil((count / max) * 4)) as GridCell['level']));
	const rows = themes
		.map((theme) => {
			const row = counts.get(theme.id)!;
			const cells = columns.map((year) => ({ year, count: row.get(year) ?? 0, level: level(row.get(year) ?? 0) }));
			return { theme, total: cells.reduce((sum, cell) => sum + cell.count, 0), cells };
		})
		.filter((row) => row.total > 0)
		.sort((a, b) => b.total - a.total);
	return { years: columns, rows };
}
