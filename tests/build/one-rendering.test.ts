/**
 * One way to render a text: the side-by-side view shows each section with exactly the HTML the
 * proposal page has for it (both come from Astro's own rendering of the entry, split at the
 * headings), so a new component needs no second handler and the two views cannot drift.
 */
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { sectionsOfHtml, withSectionIds } from '../../src/lib/site/text-html.ts';
import { ROOT } from '../support/build-site.ts';
import { page } from '../support/dist.ts';

const written = readContentFiles(ROOT)
	.proposals.filter((p) => !(p.meta.data as { titleOnly?: true }).titleOnly)
	.map((p) => p.id);

/** The text of a proposal page: its `.prose` block (content holds no <div>, so the first close ends it). */
const proseOf = (html: string) => /<div class="prose"[^>]*>([\s\S]*?)<\/div>/.exec(html)![1]!;
/** The first column of the side-by-side view: the page's own language, section by section. */
const firstColumn = (html: string) =>
	[...html.matchAll(/<div class="row"><div class="cell prose" lang="[^"]+">([\s\S]*?)<\/div>/g)].map((m) => m[1]!.trim());

describe.each(['zh', 'en'] as const)('%s: the side-by-side view repeats the proposal page’s HTML', (lang) => {
	test.each(written)('%s', (id) => {
		const onPage = sectionsOfHtml(withSectionIds(proseOf(page(`/${lang}/proposals/${id}/`)), undefined)).map((s) => s.html);
		expect(firstColumn(page(`/${lang}/proposals/${id}/bilingual/`))).toEqual(onPage);
	});
});

test('typography is the renderer’s in both views (curly quotes, not straight)', () => {
	const html = page('/en/proposals/2020-ma-huateng-industrial-internet/bilingual/');
	expect(firstColumn(html).join('')).toMatch(/[‘’“”]/);
});
