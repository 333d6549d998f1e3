import { describe, expect, test } from 'vitest';
import { sortByLabel } from '../../../src/lib/site/format.ts';
import { byNewest, peopleOf, groupByTheme, neighbourIndex, relatedIndex, type Facts } from '../../../src/lib/site/taxonomy.ts';

const p = (id: string, deputy: string, year: number | undefined, themes: string[]): Facts => ({
	id,
	personId: deputy,
	session: year ? String(year) : 'undated',
	year,
	themes,
});
const gba17 = p('2017-ma-gba', 'ma', 2017, ['gba', 'innovation']);
const gba18 = p('2018-ma-gba', 'ma', 2018, ['gba', 'regional']);
const eco20 = p('2020-ma-eco', 'ma', 2020, ['gba', 'ecology']);
const health = p('undated-ma-health', 'ma', undefined, ['healthcare']);
const lei = p('2021-lei-health', 'lei', 2021, ['healthcare', 'ageing']);
const all = [gba17, health, lei, eco20, gba18];

describe('ordering and grouping', () => {
	test('newest first, undated last', () => {
		expect([...all].sort(byNewest).map((x) => x.id)).toEqual(['2021-lei-health', '2020-ma-eco', '2018-ma-gba', '2017-ma-gba', 'undated-ma-health']);
	});

	test('a proposal appears under each of its themes, newest first', () => {
		const groups = groupByTheme(all);
		expect(groups.get('gba')?.map((x) => x.id)).toEqual(['2020-ma-eco', '2018-ma-gba', '2017-ma-gba']);
		expect(groups.get('healthcare')?.map((x) => x.id)).toEqual(['2021-lei-health', 'undated-ma-health']);
		expect(groups.has('nothing')).toBe(false);
	});

	test('deputies of a list, each once', () => {
		expect(peopleOf(all)).toEqual(['ma', 'lei']);
	});

	test('Chinese labels sort in pinyin order', () => {
		expect(sortByLabel(['马化腾', '雷军', '乡村振兴', '产业互联网'], (x) => x, 'zh')).toEqual(['产业互联网', '雷军', '马化腾', '乡村振兴']);
	});
});

const relatedTo = (item: Facts, items: Facts[], limit?: number) => relatedIndex(items, limit).get(item.id)!;
const neighbours = (item: Facts, items: Facts[]) => neighbourIndex(items).get(item.id)!;

describe('related and neighbours', () => {
	test('shared themes rank first, then the same deputy; unrelated ones are left out', () => {
		expect(relatedTo(gba18, all).map((x) => x.id)).toEqual(['2020-ma-eco', '2017-ma-gba', 'undated-ma-health']);
		expect(relatedTo(lei, all).map((x) => x.id)).toEqual(['undated-ma-health']);
	});

	test('the limit applies and the proposal itself is never related', () => {
		expect(relatedTo(gba18, all, 1).map((x) => x.id)).toEqual(['2020-ma-eco']);
		expect(relatedTo(gba18, all).some((x) => x.id === gba18.id)).toBe(false);
	});

	test('the index agrees with a plain scan of the whole archive on a large random one', () => {
		// The definition, written the slow obvious way: score everything, sort, take the first four.
		const scan = (item: Facts, items: Facts[]) =>
			items
				.filter((o) => o.id !== item.id)
				.map((o) => ({ o, shared: o.themes.filter((t) => item.themes.includes(t)).length, same: o.personId === item.personId ? 1 : 0 }))
				.filter((x) => x.shared + x.same > 0)
				.sort((a, b) => b.shared - a.shared || b.same - a.same || byNewest(a.o, b.o))
				.slice(0, 4)
				.map((x) => x.o.id);
		let seed = 7;
		const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
		const themes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const items = Array.from({ length: 400 }, (_, i) =>
			p(`p${i}`, `d${random(12)}`, random(5) ? 2015 + random(8) : undefined, [...new Set([themes[random(8)]!, themes[random(8)]!])].slice(0, 1 + random(2)))
		);
		const index = relatedIndex(items);
		for (const item of items) expect(index.get(item.id)!.map((x) => x.id), item.id).toEqual(scan(item, items));
	});

	test('previous and next follow the deputy’s timeline, undated last', () => {
		expect(neighbours(gba18, all)).toEqual({ previous: gba17, next: eco20 });
		expect(neighbours(gba17, all).previous).toBeUndefined();
		expect(neighbours(eco20, all).next).toBe(health);
		expect(neighbours(lei, all)).toEqual({ previous: undefined, next: undefined });
	});
});
