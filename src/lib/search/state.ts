/**
 * The search page's state lives in its URL, so a journalist can share exactly what they see:
 * `?q=fraud&theme=Healthcare&year=2021&sort=date&all=1`. Pure functions, unit-tested.
 */

/** The Pagefind filters the proposal pages carry (see ProposalFacts.astro), in the order shown. */
export const FILTERS = ['theme', 'person', 'body', 'kind', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];

/**
 * A proposal has several themes but one person, body, kind and year: themes combine (a page
 * must have every theme ticked), the others are a single choice.
 */
export const SINGLE_CHOICE: ReadonlySet<FilterName> = new Set(['person', 'body', 'kind', 'year']);

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
	query: string;
	filters: Record<FilterName, string[]>;
	/** Relevance (Pagefind's ranking) or newest session first. */
	sort: SortOrder;
	/** Search both languages' indexes, not just the page's. */
	allLanguages: boolean;
}

/** @example stateFromSearch('?q=乡村振兴&theme=Healthcare') → { query: '乡村振兴', filters: { theme: ['Healthcare'], … }, sort: 'relevance', allLanguages: false } */
export function stateFromSearch(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters = Object.fromEntries(
		FILTERS.map((name) => {
			const values = params.getAll(name).filter(Boolean);
			return [name, SINGLE_CHOICE.has(name) ? values.slice(0, 1) : values];
		})
	) as SearchState['filters'];
	return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance', allLanguages: params.get('all') === '1' };
}

/** The URL query for a state; empty parts are left out. @example searchFromState({ query: 'fraud', … }) → '?q=fraud' */
export function searchFromState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const name of FILTERS) for (const value of state.filters[name]) params.append(name, value);
	if (state.sort === 'date') params.set('sort', 'date');
	if (state.allLanguages) params.set('all', '1');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The query part of a link into the search, e.g. from the glossary or the theme × year table. @example searchLink('', { year: ['2020'] }) → '?year=2020' */
export function searchLink(query: string, filters: Partial<SearchState['filters']> = {}): string {
	return searchFromState({ query, filters: { theme: [], person: [], body: [], kind: [], year: [], ...filters }, sort: 'relevance', allLanguages: false });
}

/** Pagefind's filter argument: only the groups with a selection, leaving out `except` (to count that group's other values). */
export function pagefindFilters(state: SearchState, except?: FilterName): Record<string, string[]> {
	return Object.fromEntries(FILTERS.filter((name) => name !== except && state.filters[name].length).map((name) => [name, state.filters[name]]));
}

/**
 * What a filter value would give, from Pagefind's counts: for a single-choice group with a
 * selection, the counts of the search without that group (choosing another value replaces the
 * selection); otherwise the counts within the current results (ticking narrows them).
 * Values that would give nothing are left out unless selected. Most results first, then by name.
 */
export function filterOptions(
	name: FilterName,
	state: SearchState,
	counts: Record<string, number> | undefined,
	compare: (a: string, b: string) => number
): { value: string; count: number; selected: boolean }[] {
	const selected = new Set(state.filters[name]);
	const entries = Object.entries(counts ?? {}).map(([value, count]) => ({ value, count, selected: selected.has(value) }));
	for (const value of selected) if (!entries.some((e) => e.value === value)) entries.push({ value, count: 0, selected: true });
	const order = name === 'year' ? (a: string, b: string) => b.localeCompare(a) : compare;
	return entries.filter((e) => e.count > 0 || e.selected).sort((a, b) => (name === 'year' ? order(a.value, b.value) : b.count - a.count || order(a.value, b.value)));
}
