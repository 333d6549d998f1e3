/**
 * The archive at a size where lists paginate: 130 synthetic proposals (the benchmark's
 * generator) built in a temporary copy of the site. Its own build checks every link, pager
 * links included; these tests check that paging loses and repeats nothing and stays valid HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { buildSyntheticSite, type SyntheticSite } from '../support/synthetic-site.ts';

const N = 130;
let site: SyntheticSite;
const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const idsOn = (html: string) => [...html.matchAll(/<li class="card" data-proposal="([^"]+)"/g)].map((m) => m[1]!);

/** The ids on a list and all its later pages, following the pager's "next" links. */
function walk(listPath: string): { ids: string[]; pages: string[] } {
	const ids: string[] = [];
	const pages: string[] = [];
	for (let path: string | undefined = listPath; path; ) {
		const html = page(path);
		pages.push(path);
		ids.push(...idsOn(html));
		path = /<a rel="next" href="([^"]+)"/.exec(html)?.[1];
	}
	return { ids, pages };
}

beforeAll(() => {
	site = buildSyntheticSite(N);
}, 180_000);
afterAll(() => site?.remove());

describe(`an archive of ${N} proposals`, () => {
	test('the full list pages through every proposal once, 40 a page', () => {
		const { ids, pages } = walk('/en/proposals/');
		expect(pages).toEqual(['/en/proposals/', '/en/proposals/page/2/', '/en/proposals/page/3/', '/en/proposals/page/4/']);
		expect(new Set(ids).size).toBe(N);
		expect(ids).toHaveLength(N);
		expect(idsOn(page('/en/proposals/'))).toHaveLength(40);
	});

	test('each theme lists, across its pages, exactly the proposals that claim it', () => {
		const dir = join(site.dir, 'content', 'proposals');
		const claims = new Map<string, string[]>();
		for (const id of readdirSync(dir)) {
			for (const theme of (parse(readFileSync(join(dir, id, 'meta.yaml'), 'utf8')) as { themes: string[] }).themes) claims.set(theme, [...(claims.get(theme) ?? []), id]);
		}
		for (const [theme, ids] of claims) expect(walk(`/zh/themes/${theme}/`).ids.sort(), theme).toEqual(ids.sort());
	});

	test('a later page is marked in the pager and titled with its number, in the page language', () => {
		const html = page('/zh/proposals/page/2/');
		expect(html).toMatch(/<a href="\/zh\/proposals\/page\/2\/" aria-current="page"/);
		expect(html).toMatch(/<a rel="prev" href="\/zh\/proposals\/"/);
		expect(html).toMatch(/<title>[^<]*第 2 页，共 4 页/);
	});

	test('the theme timeline keeps three a year and links to the filtered search for the rest', () => {
		// The generator gives the first theme a share of every session (scripts/bench/synthesize.ts).
		const html = page('/en/themes/industrial-internet/');
		const more = [...html.matchAll(/href="(\/en\/search\/\?theme=[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
		expect(more.length).toBeGreaterThan(0);
		expect(more.every((href) => /theme=Industrial\+internet&year=20\d\d$/.test(href))).toBe(true);
	});

	test('paged list pages are valid HTML', async () => {
		const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
		const validator = new HtmlValidate(config);
		for (const path of ['/en/proposals/page/2/', '/zh/proposals/page/4/', '/zh/themes/industrial-internet/', '/en/years/2020/']) {
			const report = await validator.validateString(page(path), path);
			expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), path).toEqual([]);
		}
	});
});
