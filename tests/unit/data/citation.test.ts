import { expect, test } from 'vitest';
import { citationBibtex, citationCsl, citationText, type CitationInput } from '../../../src/lib/data/citation.ts';

const en: CitationInput = {
	id: '2021-lei-jun-x',
	lang: 'en',
	author: 'Lei Jun',
	genre: 'written suggestion of an NPC deputy',
	title: 'On intelligent manufacturing',
	titleZh: '关于智能制造的建议',
	officialTitle: false,
	year: 2021,
	sessionLabel: 'Fourth Session of the 13th National People’s Congress',
	siteName: 'Two Sessions Tech Proposals',
	url: 'https://site.example/en/proposals/2021-lei-jun-x/',
};

test('plain text in English names the Chinese title and the access date', () => {
	expect(citationText(en, '2026-11-23')).toBe(
		'Lei Jun. “On intelligent manufacturing” [“关于智能制造的建议”]. Written suggestion of an NPC deputy, Fourth Session of the 13th National People’s Congress, 2021. Two Sessions Tech Proposals. https://site.example/en/proposals/2021-lei-jun-x/ (accessed 23 November 2026).'
	);
});

test('plain text in Chinese uses 《》 for an official title and Chinese dates', () => {
	const zh = { ...en, lang: 'zh' as const, author: '雷军', genre: '全国人大代表书面建议', title: '关于智能制造的建议', officialTitle: true, sessionLabel: '第十三届全国人民代表大会第四次会议', siteName: '两会科技建议档案' };
	expect(citationText(zh, '2026-11-23')).toBe(
		'雷军：《关于智能制造的建议》，第十三届全国人民代表大会第四次会议，全国人大代表书面建议，2021 年。两会科技建议档案，https://site.example/en/proposals/2021-lei-jun-x/（访问日期：2026年11月23日）。'
	);
});

test('an undated proposal has no year anywhere', () => {
	const undated = { ...en, year: undefined };
	expect(citationText(undated, '2026-11-23')).toContain('Congress. Two Sessions');
	expect(citationBibtex(undated, '2026-11-23')).not.toContain('year =');
	expect(JSON.parse(citationCsl(undated, '2026-11-23'))[0].issued).toBeUndefined();
});

test('BibTeX and CSL-JSON carry the same facts', () => {
	const bibtex = citationBibtex(en, '2026-11-23');
	expect(bibtex).toMatch(/^@misc\{lianghui-2021-lei-jun-x-en,/);
	expect(bibtex).toContain('author = {{Lei Jun}}');
	expect(bibtex).toContain('urldate = {2026-11-23}');
	const [csl] = JSON.parse(citationCsl(en, '2026-11-23'));
	expect(csl).toMatchObject({ title: en.title, 'original-title': en.titleZh, URL: en.url, issued: { 'date-parts': [[2021]] }, accessed: { 'date-parts': [[2026, 11, 23]] } });
});

test('without an access date (the page as built, before the browser adds the reader’s) none is made up', () => {
	expect(citationText(en, undefined)).toBe(
		'Lei Jun. “On intelligent manufacturing” [“关于智能制造的建议”]. Written suggestion of an NPC deputy, Fourth Session of the 13th National People’s Congress, 2021. Two Sessions Tech Proposals. https://site.example/en/proposals/2021-lei-jun-x/.'
	);
	expect(citationText({ ...en, lang: 'zh' }, undefined)).toMatch(/2021-lei-jun-x\/。$/);
	expect(citationBibtex(en, undefined)).not.toContain('urldate');
	expect(JSON.parse(citationCsl(en, undefined))[0].accessed).toBeUndefined();
});
