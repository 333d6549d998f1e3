/** Over the built dist/: twins, languages, alternates, the search index, no third-party hosts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { checkBuiltLinks } from '../../src/lib/build/links.ts';
import { switchLocale } from '../../src/lib/site/paths.ts';
import { isSectionId } from '../../src/lib/model/sections.ts';
import type { Kind } from '../../src/lib/model/schema.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { noTextNotice } from '../../src/lib/site/no-text.ts';
import { ROOT } from '../support/build-site.ts';
import { attrs, builtPages, DIST, page } from '../support/dist.ts';

const pages = builtPages();
const localized = pages.filter((p) => /^\/(zh|en)\//.test(p.path));
const files = readContentFiles(ROOT);
const content = files.proposals;
const people = new Map((files.data.people.data as { id: string; name: Record<'zh' | 'en', string> }[]).map((person) => [person.id, person.name]));
const ids = content.map((p) => p.id);
/** Proposals with texts (the others are known only by their title and have no side-by-side view). */
const written = content.filter((p) => !(p.meta.data as { titleOnly?: true }).titleOnly).map((p) => p.id);

describe('the built site', () => {
	test('ids of the content sections’ namespace stand only on the texts’ headings, never on the page around them', () => {
		const misused = pages.flatMap(({ path, html }) =>
			[...html.matchAll(/<([a-z0-9]+)[^>]*\sid="([^"]+)"/g)].filter(([, tag, id]) => isSectionId(id!) && !/^h[23]$/.test(tag!)).map(([, tag, id]) => `${path} <${tag} id="${id}">`)
		);
		expect(misused).toEqual([]);
		expect(page('/en/proposals/2020-ma-huateng-fintech/')).toContain('<h2 id="recommendations">');
	});

	test('every proposal has a page in both languages, and each written-up one a side-by-side view', () => {
		for (const id of ids) {
			for (const lang of ['zh', 'en']) {
				expect(page(`/${lang}/proposals/${id}/`)).toContain('data-pagefind-body');
				if (written.includes(id)) expect(() => page(`/${lang}/proposals/${id}/bilingual/`)).not.toThrow();
				else expect(() => page(`/${lang}/proposals/${id}/bilingual/`)).toThrow();
			}
		}
	});

	test('a proposal without text says why: its title is known, or only its subject', () => {
		const noText = content.filter((p) => (p.meta.data as { titleOnly?: true }).titleOnly);
		const bySubject = noText.filter((p) => (p.meta.data as { subjectOnly?: true }).subjectOnly);
		expect(bySubject.length).toBeGreaterThan(0);
		for (const p of noText) {
			const { kind, subjectOnly, person } = p.meta.data as { kind: Kind; subjectOnly?: true; person: string };
			for (const lang of ['zh', 'en'] as const) {
				const notice = noTextNotice(useTranslations(lang), { kind, subjectOnly: subjectOnly === true, person: people.get(person)![lang] });
				expect(page(`/${lang}/proposals/${p.id}/`), p.id).toContain(`<p class="lead notice">${notice}</p>`);
			}
		}
	});

	test('every page under /zh/ or /en/ has its twin in the other language', () => {
		const paths = new Set(pages.map((p) => p.path));
		const orphans = localized.map((p) => p.path).filter((path) => !paths.has(switchLocale(path, path.startsWith('/zh/') ? 'en' : 'zh')));
		expect(orphans).toEqual([]);
	});

	test('<html lang> matches the URL prefix', () => {
		for (const { path, html } of localized) {
			const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
			expect(lang, path).toBe(path.startsWith('/zh/') ? 'zh-CN' : 'en');
		}
	});

	test('each page names its canonical URL and both language alternates', () => {
		for (const { path, html } of localized) {
			expect(attrs(html, /<link rel="canonical"[^>]*>/g, 'href'), path).toEqual([expect.stringMatching(new RegExp(`${path}$`))]);
			const alternates = attrs(html, /<link rel="alternate" hreflang="(?:zh-CN|en)"[^>]*>/g, 'href').map((href) => new URL(href).pathname);
			expect(alternates.sort(), path).toEqual([path, switchLocale(path, path.startsWith('/zh/') ? 'en' : 'zh')].sort());
		}
	});

	test('the language switch links to the twin with hreflang', () => {
		const html = page(`/en/proposals/${ids[0]}/`);
		expect(html).toMatch(new RegExp(`<a class="language-switch" href="/zh/proposals/${ids[0]}/" hreflang="zh-CN"`));
	});

	test('Pagefind wrote one index per language', () => {
		const files = readdirSync(join(DIST, 'pagefind'));
		expect(files.some((f) => /^pagefind\.en_.*\.pf_meta$/.test(f))).toBe(true);
		expect(files.some((f) => /^pagefind\.zh-cn_.*\.pf_meta$/.test(f))).toBe(true);
		expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
	});

	test('every page that marks content for search is in the index (the integration only hands Pagefind some pages)', () => {
		const marked = pages.filter((p) => p.html.includes('data-pagefind-body'));
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
		expect(marked.length).toBeGreaterThan(0);
		expect(indexed).toBe(marked.length);
	});

	test('no page links to a missing page or loads anything from another host', () => {
		const files = new Set(readdirSync(DIST, { recursive: true }).map((f) => `/${String(f)}`));
		expect(checkBuiltLinks(pages, files)).toEqual([]);
	});

	test('every page carries a strict Content Security Policy', () => {
		for (const { path, html } of pages) {
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(csp, path).toBeDefined();
			expect(csp, path).toContain("default-src 'self'");
			expect(csp, path).not.toContain('unsafe-inline');
			expect(csp, path).not.toMatch(/'unsafe-eval'/);
			expect(html, path).not.toMatch(/\sstyle="/);
		}
	});

	test('the root is a language chooser and the 404 page is bilingual', () => {
		const root = page('/');
		expect(root).toContain('href="/zh/"');
		expect(root).toContain('href="/en/"');
		expect(root).not.toMatch(/http-equiv="refresh"|<script/);
		const notFound = page('/404.html');
		expect(notFound).toContain('页面不存在');
		expect(notFound).toContain('Page not found');
	});
});
