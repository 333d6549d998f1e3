/**
 * The search page's client: Pagefind's JS API with our own accessible markup and strings (so
 * every string comes from the site's tables, and no inline style or script is needed under
 * the CSP). State lives in the URL (lib/search/state.ts). Loaded only on the search page.
 * Results come first; the filters sit in a panel folded on a phone, each value with the number
 * of results it would give.
 */
import { FILTERS, SINGLE_CHOICE, filterOptions, pagefindFilters, searchFromState, stateFromSearch, type FilterName, type SearchState } from '../lib/search/state.ts';

interface Found {
	results: { data(): Promise<Result> }[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(o: object): Promise<void>;
	mergeIndex(url: string, o: object): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(q: string | null, o: object): Promise<Found | null>;
}
interface Result {
	url: string;
	excerpt: string;
	meta: { title?: string; person?: string; year?: string; kind?: string };
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
const form = root.querySelector('form')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const all = form.querySelector<HTMLInputElement>('input[name=all]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
const panel = root.querySelector<HTMLDetailsElement>('[data-filters-panel]')!;
const selectedCount = root.querySelector<HTMLElement>('[data-selected-count]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const lang = document.documentElement.lang;
/** Results are loaded 20 at a time: each one shown costs a fragment download. */
const BATCH = 20;
let unshown: { data(): Promise<Result> }[] = [];
/** Bumped by every search, so a slower earlier one never writes over a later one's results. */
let generation = 0;
/** The state (as its URL query) on screen or being fetched: the same state is never run twice. */
let current: string | undefined;

const fill = (key: string, vars: Record<string, string | number>) => strings[key]!.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

// Open beside the results on a wide screen; folded behind one line on a phone, so the first
// result is in view after a search.
const wide = window.matchMedia('(min-width: 60rem)');
panel.open = wide.matches;
wide.addEventListener('change', () => (panel.open = wide.matches));

async function showMore() {
	const mine = generation;
	const batch = unshown.splice(0, BATCH);
	more.hidden = unshown.length === 0;
	const items = (await Promise.all(batch.map((r) => r.data()))).map(resultItem);
	if (mine === generation) list.append(...items);
}
more.addEventListener('click', () => void showMore());

let primary: Pagefind | undefined;
let both: Pagefind | undefined;
const bundle = new URL('/pagefind/pagefind.js', location.href).href;
/**
 * Ranking: a proposal known only by its title is a few lines long, and Pagefind's default
 * length normalisation would put it above the full texts that discuss the same words at length.
 */
const RANKING = { ranking: { pageLength: 0.25 } };

/** One Pagefind instance for the page's language, another merging the other language's index. */
async function engine(allLanguages: boolean): Promise<Pagefind> {
	if (!allLanguages) {
		if (!primary) {
			const module = (await import(/* @vite-ignore */ bundle)) as Pagefind;
			await module.options(RANKING);
			// Pagefind counts a filter's values only once that filter's index is loaded: load them all.
			await module.filters();
			primary = module;
		}
		return primary;
	}
	if (!both) {
		const module = (await import(/* @vite-ignore */ `${bundle}?both`)) as Pagefind;
		await module.options(RANKING);
		await module.mergeIndex(new URL('/pagefind/', location.href).href, { language: root.dataset.otherLang });
		await module.filters();
		both = module;
	}
	return both;
}

function readForm(): SearchState {
	const data = new FormData(form);
	const state = stateFromSearch(`?${new URLSearchParams(data as never).toString()}`);
	return { ...state, allLanguages: all.checked };
}

/** Each filter group's counts: what each value would give (see filterOptions). */
async function groupCounts(pagefind: Pagefind, state: SearchState, found: Found | null): Promise<Partial<Record<FilterName, Record<string, number>>>> {
	const query = state.query || null;
	const entries = await Promise.all(
		FILTERS.map(async (name): Promise<[FilterName, Record<string, number> | undefined]> => {
			if (!found) return [name, undefined];
			if (!SINGLE_CHOICE.has(name) || state.filters[name].length === 0) return [name, found.filters[name]];
			const without = await pagefind.search(query, { filters: pagefindFilters(state, name) });
			return [name, without?.filters[name]];
		})
	);
	return Object.fromEntries(entries);
}

function renderFilters(counts: Partial<Record<FilterName, Record<string, number>>>, state: SearchState) {
	// The boxes are rebuilt; a focused one gets its focus back on its successor.
	const focused = filterBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
	const compare = (a: string, b: string) => a.localeCompare(b, lang);
	filterBox.replaceChildren(
		...FILTERS.flatMap((name) => {
			const options = filterOptions(name, state, counts[name], compare);
			if (options.length === 0) return [];
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = strings[`filter.${name}`]!;
			fieldset.append(legend);
			const single = SINGLE_CHOICE.has(name);
			if (single) fieldset.append(option(name, '', strings['filter.all']!, undefined, state.filters[name].length === 0, 'radio'));
			for (const { value, count, selected } of options) fieldset.append(option(name, value, value, count, selected, single ? 'radio' : 'checkbox'));
			return [fieldset];
		})
	);
	const chosen = FILTERS.reduce((sum, name) => sum + state.filters[name].length, 0);
	selectedCount.textContent = chosen ? fill('search.filtersChosen', { count: chosen }) : '';
	if (focused) filterBox.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
}

function option(name: string, value: string, text: string, count: number | undefined, checked: boolean, type: 'radio' | 'checkbox'): HTMLLabelElement {
	const label = document.createElement('label');
	// The filters sit outside the form (beside the results); `form` makes them part of it.
	const box = Object.assign(document.createElement('input'), { type, name, value, checked });
	box.setAttribute('form', form.id);
	label.append(box, ` ${text}`);
	if (count !== undefined) {
		const number = Object.assign(document.createElement('span'), { className: 'count', textContent: String(count) });
		label.append(' ', number);
	}
	return label;
}

async function run(state: SearchState, push: boolean) {
	const query = searchFromState(state);
	if (query === current) return;
	current = query;
	if (push) history.replaceState(null, '', `${location.pathname}${query}`);
	const mine = ++generation;
	// Replacing the results under a keyboard user's focus would drop it on <body>: move it to
	// the status line first, which then announces the new results.
	if (list.contains(document.activeElement) || more === document.activeElement) status.focus();
	list.replaceChildren();
	unshown = [];
	more.hidden = true;
	try {
		const pagefind = await engine(state.allLanguages);
		const filters = pagefindFilters(state);
		// No words but some filters: browse what the filters select (the theme × year table links here).
		const browsing = !state.query && Object.keys(filters).length > 0;
		if (!state.query && !browsing) {
			renderFilters(await pagefind.filters(), state);
			status.textContent = strings['search.prompt']!;
			return;
		}
		status.textContent = strings['search.loading']!;
		const options = { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
		const found = await pagefind.search(browsing ? null : state.query, options);
		const counts = await groupCounts(pagefind, state, found);
		if (mine !== generation) return;
		renderFilters(counts, state);
		// The first results, then the count: the status never announces results not yet on screen.
		unshown = [...(found?.results ?? [])];
		await showMore();
		if (mine !== generation) return;
		const count = found?.results.length ?? 0;
		status.textContent = browsing
			? fill(count === 1 ? 'search.filteredOne' : 'search.filtered', { count })
			: count === 0
				? fill('search.none', { query: state.query })
				: fill(count === 1 ? 'search.countOne' : 'search.count', { count, query: state.query });
	} catch (error) {
		current = undefined; // so the same search can be tried again
		status.textContent = strings['search.failed']!;
		console.error(error);
	}
}

function resultItem(result: Result): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
	heading.append(link);
	item.append(heading);
	const facts = [result.meta.person, result.meta.kind, result.meta.year].filter(Boolean).join(' · ');
	if (facts) item.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: facts }));
	const excerpt = document.createElement('p');
	// Pagefind's excerpt is our own page text, escaped, with <mark> around the matched words.
	excerpt.innerHTML = result.excerpt;
	item.append(excerpt);
	return item;
}

let timer: number | undefined;
form.addEventListener('submit', (event) => {
	event.preventDefault();
	// The submit runs the search now; a search still waiting on the typing delay is dropped.
	window.clearTimeout(timer);
	void run(readForm(), true);
});
const onInput = (event: Event) => {
	window.clearTimeout(timer);
	timer = window.setTimeout(() => void run(readForm(), true), event.target === input ? 250 : 0);
};
form.addEventListener('input', onInput);
filterBox.addEventListener('input', onInput);

const initial = stateFromSearch(location.search);
input.value = initial.query;
all.checked = initial.allLanguages;
sort.value = initial.sort === 'date' ? 'date' : '';
void run(initial, false);
