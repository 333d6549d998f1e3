/**
 * Content that is allowed but was once dangerous: headings named like the page's own parts,
 * a glossary id equal to a page id, internal links of every supported form, a renamed
 * proposal. Built once in a copy of the site; its own build also runs the link check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isSectionId } from '../../src/lib/model/sections.ts';
import { copySite, type SiteCopy } from '../support/site-copy.ts';

const ID = '2021-lei-jun-intelligent-manufacturing';
const OTHER = '2021-lei-jun-elderly-digital-life';
let site: SiteCopy;
const page = (path: string) => readFileSync(join(site.dir, 'dist', path, 'index.html'), 'utf8');
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

beforeAll(() => {
	site = copySite();
	const add = (path: string, marker: string, text: string) => {
		const file = join(site.dir, path);
		site.write(path, readFileSync(file, 'utf8').replace(marker, `${marker}${text}`));
	};
	for (const [lang, main, cite, see] of [
		['zh', '## 背景', '正文', '参见'],
		['en', '## Background', 'Cite text', 'See'],
	] as const) {
		const file = `content/proposals/${ID}/${lang}.mdx`;
		add(file, `${main}\n`, `\n${see} <Ref to="${OTHER}">${see}</Ref>, <Ref to="${OTHER}#recommendations">${see}</Ref>, <Ref to="#about-the-sources">${see}</Ref>.\n`);
		const text = readFileSync(join(site.dir, file), 'utf8');
		site.write(file, `${text}\n## Main\n\n${cite} <Term id="header-search">header search</Term>.\n\n### ${cite}\n\n${cite}.\n`);
	}
	add('content/glossary.yaml', '', '- id: header-search\n  zh: header search\n  en: header search\n');
	add('content/redirects.yaml', '', `- { from: 2021-lei-jun-old-name, to: ${ID} }\n`);
	add('content/published.yaml', '', '- 2021-lei-jun-old-name\n');
	const build = site.build();
	if (build.status !== 0) throw new Error(build.output.slice(-3000));
}, 180_000);
afterAll(() => site?.remove());

describe('content that names itself like the page', () => {
	test('no id appears twice on a page, and the text’s headings keep their own namespace', () => {
		for (const lang of ['zh', 'en']) {
			const html = page(`${lang}/proposals/${ID}`);
			const all = ids(html);
			expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
			expect(all.filter(isSectionId)).toEqual(['background', 'recommendations', 'about-the-sources', 'section-4', 'section-5']);
			expect(html).toContain('<h2 id="section-4">Main</h2>');
			expect(html).toContain('<main id="main"');
		}
		const glossary = ids(page('en/glossary'));
		expect(glossary).toContain('term-header-search');
		expect(glossary.filter((id, i) => glossary.indexOf(id) !== i)).toEqual([]);
	});

	test('internal links resolve in the page’s language on the proposal page and the side-by-side view', () => {
		for (const lang of ['zh', 'en']) {
			for (const path of [`${lang}/proposals/${ID}`, `${lang}/proposals/${ID}/bilingual`]) {
				const html = page(path);
				expect(html).toContain(`href="/${lang}/proposals/${OTHER}/"`);
				expect(html).toContain(`href="/${lang}/proposals/${OTHER}/#recommendations"`);
				expect(html).toContain(`href="/${lang}/proposals/${ID}/#about-the-sources"`);
				expect(html).toContain(`href="/${lang}/glossary/#term-header-search"`);
			}
		}
	});

	test('the side-by-side view has no heading ids of its own (both languages would share them)', () => {
		const html = page(`en/proposals/${ID}/bilingual`);
		expect(ids(html).filter(isSectionId)).toEqual([]);
	});

	test('a renamed proposal’s old address is a real page: its language, the site’s CSP, and the way on', () => {
		for (const lang of ['zh', 'en']) {
			const html = page(`${lang}/proposals/2021-lei-jun-old-name`);
			expect(html).toMatch(new RegExp(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`));
			expect(html).toContain('http-equiv="content-security-policy"');
			expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${lang}/proposals/${ID}/">`);
			expect(html).toContain(`<a href="/${lang}/proposals/${ID}/">`);
		}
	});
});
