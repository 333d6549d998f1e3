import { expect, test } from 'vitest';
import { pagefindFilters, searchFromState, searchLink, stateFromSearch } from '../../../src/lib/search/state.ts';

test('a deep link becomes a search state', () => {
	expect(stateFromSearch('?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4&theme=Healthcare&theme=Fintech&all=1')).toEqual({
		query: '乡村振兴',
		filters: { theme: ['Healthcare', 'Fintech'], person: [], body: [], kind: [], year: [] },
		allLanguages: true,
	});
	expect(stateFromSearch('')).toEqual({ query: '', filters: { theme: [], person: [], body: [], kind: [], year: [] }, allLanguages: false });
});

test('a state round-trips through the URL', () => {
	const state = stateFromSearch('?q=online+fraud&person=Ma+Huateng&body=NPC+deputy&year=2020');
	expect(stateFromSearch(searchFromState(state))).toEqual(state);
	expect(searchFromState(stateFromSearch(''))).toBe('');
});

test('only selected filter groups reach Pagefind', () => {
	expect(pagefindFilters(stateFromSearch('?q=x&year=2021'))).toEqual({ year: ['2021'] });
});

test('links into the search carry only what they set', () => {
	expect(searchLink('', { theme: ['Healthcare'], year: ['2020'] })).toBe('?theme=Healthcare&year=2020');
	expect(searchLink('乡村振兴')).toBe(`?q=${encodeURIComponent('乡村振兴')}`);
	expect(stateFromSearch(searchLink('', { year: ['2020'] })).filters).toEqual({ theme: [], person: [], body: [], kind: [], year: ['2020'] });
});
