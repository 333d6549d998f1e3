/**
 * The search page's state lives in its URL, so a journalist can share exactly what they see:
 * `?q=fraud&theme=Healthcare&year=2021&all=1`. Pure functions, unit-tested.
 */

/** The Pagefind filters the proposal pages carry (see ProposalFacts.astro). */
export const FILTERS = ['theme', 'person', 'body', 'kind', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface SearchState {
	query: string;
	filters: Record<FilterName, string[]>;
	/** Search both languages' indexes, not just the page's. */
	allLanguages: boolean;
}

/** @example stateFromSearch('?q=乡村振兴&theme=Healthcare') → { query: '乡村振兴', filters: { theme: ['Healthcare'], … }, allLanguages: false } */
export function stateFromSearch(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters = Object.fromEntries(FILTERS.map((name) => [name, params.getAll(name).filter(Boolean)])) as SearchState['filters'];
	return { query: (params.get('q') ?? '').trim(), filters, allLanguages: params.get('all') === '1' };
}

/** The URL query for a state; empty parts are left out. @example searchFromState({ query: 'fraud', … }) → '?q=fraud' */
export function searchFromState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const name of FILTERS) for (const value of state.filters[name]) params.append(name, value);
	if (state.allLanguages) params.set('all', '1');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The query part of a link into the search, e.g. from the glossary or a theme's timeline. @example searchLink('', { year: ['2020'] }) → '?year=2020' */
export function searchLink(query: string, filters: Partial<SearchState['filters']> = {}): string {
	return searchFromState({ query, filters: { theme: [], person: [], body: [], kind: [], year: [], ...filters }, allLanguages: false });
}

/** Pagefind's filter argument: only the groups with a selection. */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
	return Object.fromEntries(FILTERS.filter((name) => state.filters[name].length).map((name) => [name, state.filters[name]]));
}
