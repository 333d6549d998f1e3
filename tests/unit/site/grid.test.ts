import { expect, test } from 'vitest';
import { themeYearGrid } from '../../../src/lib/site/grid.ts';

test('themes by years: counts, years with any proposal, shades by share of the largest cell, biggest theme first', () => {
	const themes = [{ id: 'small' }, { id: 'big' }, { id: 'none' }];
	const data: Record<string, { year: number | undefined }[]> = {
		small: [{ year: 2019 }],
		big: [{ year: 2021 }, { year: 2021 }, { year: 2021 }, { year: 2021 }, { year: 2019 }, { year: undefined }],
		none: [],
	};
	const { years, rows } = themeYearGrid(themes, (id) => data[id]!);
	expect(years).toEqual([2019, 2021]);
	expect(rows.map((r) => [r.theme.id, r.total])).toEqual([
		['big', 5],
		['small', 1],
	]);
	expect(rows[0]!.cells).toEqual([
		{ year: 2019, count: 1, level: 1 },
		{ year: 2021, count: 4, level: 4 },
	]);
	expect(rows[1]!.cells[1]).toEqual({ year: 2021, count: 0, level: 0 });
});
