/**
 * The search page's client: Pagefind's JS API with our own accessible markup and strings (so
 * every string comes from the site's tables, and no inline style or script is needed under
 * the CSP). State lives in the URL (lib/search/state.ts). Loaded only on the search page.
 */
import { FILTERS, pagefindFilters, searchFromState, stateFromSearch, type SearchState } from '../lib/search/state.ts';

interface Pagefind {
	options(o: object): Promise<void>;
	mergeIndex(url: string, o: object): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(q: string | null, o: object): Promise<{ results: { data(): Promise<Result> }[] } | null>;
}
interface Result {
	url: string;
	excerpt: string;
	meta: { title?: string };
	language?: string;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
const form = root.querySelector('form')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const all = form.querySelector<HTMLInputElement>('input[name=all]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
/** Results are loaded 20 at a time: each one shown costs a fragment download. */
const BATCH = 20;
let unshown: { data(): Promise<Result> }[] = [];
/** Bumped by every search, so a slower earlier one never writes over a later one's results. */
let generation = 0;
/** The state (as its URL query) on screen or being fetched: the same state is never run twice. */
let current: string | undefined;

async function showMore() {
	const mine = generation;
	const batch = unshown.splice(0, BATCH);
	more.hidden = unshown.length === 0;
	const items = (await Promise.all(batch.map((r) => r.data()))).map(resultItem);
	if (mine === generation) list.append(...items);
}
more.addEventListener('click', () => void showMore());
const fill = (key: string, vars: Record<string, string | number>) => strings[key]!.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

let primary: Pagefind | undefined;
let both: Pagefind | undefined;
const bundle = new URL('/pagefind/pagefind.js', location.href).href;

/** One Pagefind instance for the page's language, another merging the other language's index. */
async function engine(allLanguages: boolean): Promise<Pagefind> {
	if (!allLanguages) return (primary ??= (await import(/* @vite-ignore */ bundle)) as Pagefind);
	if (!both) {
		const module = (await import(/* @vite-ignore */ `${bundle}?both`)) as Pagefind;
		await module.mergeIndex(new URL('/pagefind/', location.href).href, { language: root.dataset.otherLang });
		both = module;
	}
	return both;
}

function readForm(): SearchState {
	const state = stateFromSearch(`?${new URLSearchParams(new FormData(form) as never).toString()}`);
	return { ...state, allLanguages: all.checked };
}

async function renderFilters(pagefind: Pagefind, state: SearchState) {
	const available = await pagefind.filters();
	// The boxes are rebuilt; a focused one gets its focus back on its successor.
	const focused = filterBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
	filterBox.replaceChildren(
		...FILTERS.filter((name) => available[name] && Object.keys(available[name]!).length).map((name) => {
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = strings[`filter.${name}`]!;
			fieldset.append(legend);
			// Years newest first; names in the page language's order (pinyin for Chinese).
			const values = Object.keys(available[name]!).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, document.documentElement.lang)));
			for (const value of values) {
				const label = document.createElement('label');
				const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value, checked: state.filters[name].includes(value) });
				label.append(box, ` ${value}`);
				fieldset.append(label);
			}
			return fieldset;
		})
	);
	if (focused) filterBox.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
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
		await renderFilters(pagefind, state);
		const filters = pagefindFilters(state);
		// No words but some filters: browse what the filters select (the theme timeline links here).
		const browsing = !state.query && Object.keys(filters).length > 0;
		if (!state.query && !browsing) {
			status.textContent = strings['search.prompt']!;
			return;
		}
		status.textContent = strings['search.loading']!;
		const found = await pagefind.search(browsing ? null : state.query, { filters });
		if (mine !== generation) return;
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
	const excerpt = document.createElement('p');
	// Pagefind's excerpt is our own page text, escaped, with <mark> around the matched words.
	excerpt.innerHTML = result.excerpt;
	item.append(heading, excerpt);
	return item;
}

let timer: number | undefined;
form.addEventListener('submit', (event) => {
	event.preventDefault();
	// The submit runs the search now; a search still waiting on the typing delay is dropped.
	window.clearTimeout(timer);
	void run(readForm(), true);
});
form.addEventListener('input', (event) => {
	window.clearTimeout(timer);
	timer = window.setTimeout(() => void run(readForm(), true), event.target === input ? 250 : 0);
});

const initial = stateFromSearch(location.search);
input.value = initial.query;
all.checked = initial.allLanguages;
void run(initial, false);
