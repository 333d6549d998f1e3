/** Every theme, person and session page lists exactly the proposals that claim it, in both languages. */
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { ROOT } from '../support/build-site.ts';
import { page } from '../support/dist.ts';

const content = readContentFiles(ROOT);
const metas = content.proposals.map((p) => ({ id: p.id, ...(p.meta.data as { person: string; session: string; themes: string[] }) }));
/** The proposals a list shows, across all its pages (following the pager's "next" links). */
function listed(first: string): string[] {
	const ids: string[] = [];
	for (let path: string | undefined = first; path; path = /<a rel="next" href="([^"]+)"/.exec(page(path))?.[1]) {
		ids.push(...[...page(path).matchAll(/<li class="card" data-proposal="([^"]+)"/g)].map((m) => m[1]!));
	}
	return ids.sort();
}
const ofList = (file: string) => ((content.data as Record<string, { data: unknown }>)[file]!.data as { id: string }[]).map((x) => x.id);

describe.each(['zh', 'en'])('taxonomy pages in %s', (lang) => {
	test.each(ofList('themes'))('theme %s', (theme) => {
		expect(listed(`/${lang}/themes/${theme}/`)).toEqual(metas.filter((m) => m.themes.includes(theme)).map((m) => m.id).sort());
	});
	test.each(ofList('people'))('person %s', (person) => {
		expect(listed(`/${lang}/people/${person}/`)).toEqual(metas.filter((m) => m.person === person).map((m) => m.id).sort());
	});
	// A session has a page once it has a proposal.
	test.each([...new Set(metas.map((m) => m.session))])('session %s', (session) => {
		expect(listed(`/${lang}/years/${session}/`)).toEqual(metas.filter((m) => m.session === session).map((m) => m.id).sort());
	});
});

test.each(['zh', 'en'])('the Greater Bay Area hub shows its line of proposals, first session to last, as a timeline (%s)', (lang) => {
	const html = page(`/${lang}/themes/greater-bay-area/`);
	const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
	const years = [...timeline.matchAll(/<span class="timeline-year">(\d{4})<\/span>/g)].map((m) => m[1]);
	const dated = metas.filter((m) => m.themes.includes('greater-bay-area') && /^\d{4}$/.test(m.session)).map((m) => m.session).sort();
	expect(years[0]).toBe(dated[0]);
	expect(years.at(-1)).toBe(dated.at(-1));
	expect(years).toEqual([...years].sort());
});
