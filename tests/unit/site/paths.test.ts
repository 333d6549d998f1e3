import { describe, expect, test } from 'vitest';
import { bilingualPath, langOfPath, localePath, proposalPath, switchLocale, yearPath } from '../../../src/lib/site/paths.ts';

describe('paths', () => {
	test('every path is prefixed and ends in a slash', () => {
		expect(localePath('en')).toBe('/en/');
		expect(localePath('zh', 'themes', 'healthcare')).toBe('/zh/themes/healthcare/');
		expect(proposalPath('zh', '2021-lei-jun-x')).toBe('/zh/proposals/2021-lei-jun-x/');
		expect(bilingualPath('en', 'a')).toBe('/en/proposals/a/bilingual/');
		expect(yearPath('en', 'undated')).toBe('/en/years/undated/');
	});

	test('segments are URL-encoded', () => {
		expect(localePath('en', 'a b')).toBe('/en/a%20b/');
	});

	test('the language of a path', () => {
		expect(langOfPath('/zh/themes/')).toBe('zh');
		expect(langOfPath('/en/')).toBe('en');
		expect(langOfPath('/')).toBeUndefined();
		expect(langOfPath('/english/')).toBeUndefined();
	});

	test('switchLocale swaps the prefix and keeps the rest', () => {
		expect(switchLocale('/en/themes/healthcare/', 'zh')).toBe('/zh/themes/healthcare/');
		expect(switchLocale('/zh/proposals/x/bilingual/', 'en')).toBe('/en/proposals/x/bilingual/');
		expect(switchLocale('/zh/', 'en')).toBe('/en/');
		expect(switchLocale('/', 'en')).toBe('/en/');
		expect(switchLocale('/en/search/', 'en')).toBe('/en/search/');
	});
});
