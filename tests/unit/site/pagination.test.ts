import { describe, expect, test } from 'vitest';
import { perLangPages } from '../../../src/lib/site/routes.ts';
import { pageParam, pageUrl, pageWindow, paginate } from '../../../src/lib/site/pagination.ts';

describe('list pages', () => {
	test('every item lands on exactly one page, in order, none over the size', () => {
		const items = Array.from({ length: 101 }, (_, i) => i);
		const pages = paginate(items, 40);
		expect(pages.map((p) => p.items.length)).toEqual([40, 40, 21]);
		expect(pages.flatMap((p) => p.items)).toEqual(items);
		expect(pages.map((p) => [p.number, p.count])).toEqual([[1, 3], [2, 3], [3, 3]]);
	});

	test('an empty list still has its one page; an exact multiple has no empty last page', () => {
		expect(paginate([], 40)).toEqual([{ number: 1, count: 1, items: [] }]);
		expect(paginate(Array.from({ length: 80 }), 40)).toHaveLength(2);
	});

	test('page 1 keeps the list URL; later pages nest under it', () => {
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(2)).toBe('page/2');
		expect(pageUrl('/zh/years/2020/', 1)).toBe('/zh/years/2020/');
		expect(pageUrl('/zh/years/2020/', 3)).toBe('/zh/years/2020/page/3/');
	});

	test('the pager shows the ends and the neighbourhood of the current page, with gaps', () => {
		expect(pageWindow(10, 20)).toEqual([1, undefined, 8, 9, 10, 11, 12, undefined, 20]);
		expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
		expect(pageWindow(1, 8)).toEqual([1, 2, 3, undefined, 8]);
		expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 6, undefined, 8]);
	});
});

describe('paged routes', () => {
	test('one route per language, item and page; page 1 has no page segment', () => {
		const themes = [{ id: 'big', size: 81 }, { id: 'small', size: 2 }];
		const routes = perLangPages(themes, 'theme', (t) => t.id, (t) => Array.from({ length: t.size }, (_, i) => i));
		const zh = routes.filter((r) => r.params.lang === 'zh').map((r) => [r.params.theme, r.params.page, r.props.page.items.length]);
		expect(zh).toEqual([['big', undefined, 40], ['big', 'page/2', 40], ['big', 'page/3', 1], ['small', undefined, 2]]);
		expect(routes).toHaveLength(8);
	});
});
