import { expect, test } from 'vitest';
import { filterOptions, pagefindFilters, searchFromState, searchLink, stateFromSearch } from '../../../src/lib/search/state.ts';

const none = { theme: [], person: [], body: [], kind: [], year: [] };

test('a deep link becomes a search state', () => {
	expect(stateFromSearch('?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4&theme=Healthcare&theme=Fintech&sort=date&all=1')).toEqual({
		query: '乡村振兴',
		filters: { ...none, theme: ['Healthcare', 'Fintech'] },
		sort: 'date',
		allLanguages: true,
	});
	expect(stateFromSearch('')).toEqual({ query: '', filters: none, sort: 'relevance', allLanguages: false });
});

test('a single-choice group keeps one value; themes combine', () => {
	expect(stateFromSearch('?person=Lei+Jun&person=Ma+Huateng&theme=A&theme=B').filters).toEqual({ ...none, person: ['Lei Jun'], theme: ['A', 'B'] });
});

test('a state round-trips through the URL', () => {
	const state = stateFromSearch('?q=online+fraud&person=Ma+Huateng&body=NPC+deputy&year=2020&sort=date');
	expect(stateFromSearch(searchFromState(state))).toEqual(state);
	expect(searchFromState(stateFromSearch(''))).toBe('');
});

test('only selected filter groups reach Pagefind, and a group can be left out to count its values', () => {
	const state = stateFromSearch('?q=x&year=2021&person=Lei+Jun');
	expect(pagefindFilters(state)).toEqual({ person: ['Lei Jun'], year: ['2021'] });
	expect(pagefindFilters(state, 'year')).toEqual({ person: ['Lei Jun'] });
});

test('links into the search carry only what they set', () => {
	expect(searchLink('', { theme: ['Healthcare'], year: ['2020'] })).toBe('?theme=Healthcare&year=2020');
	expect(searchLink('乡村振兴')).toBe(`?q=${encodeURIComponent('乡村振兴')}`);
	expect(stateFromSearch(searchLink('', { year: ['2020'] })).filters).toEqual({ ...none, year: ['2020'] });
});

test('filter values: most results first, values that give nothing left out unless chosen, years newest first', () => {
	const state = stateFromSearch('?q=x&theme=Gone');
	const compare = (a: string, b: string) => a.localeCompare(b);
	expect(filterOptions('theme', state, { Healthcare: 2, Fintech: 5, Empty: 0 }, compare)).toEqual([
		{ value: 'Fintech', count: 5, selected: false },
		{ value: 'Healthcare', count: 2, selected: false },
		{ value: 'Gone', count: 0, selected: true },
	]);
	expect(filterOptions('year', state, { '2019': 4, '2021': 1, '2020': 9 }, compare).map((o) => o.value)).toEqual(['2021', '2020', '2019']);
});
