import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { fill, placeholders, UI, useTranslations } from '../../../src/i18n/translate.ts';
import { zh } from '../../../src/i18n/zh.ts';

describe('UI strings', () => {
	test('both tables have exactly the same keys', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});

	test('no string is empty', () => {
		for (const table of Object.values(UI)) {
			for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe('');
		}
	});

	test('each key has the same placeholders in both languages', () => {
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
		}
	});

	test('fill replaces placeholders and refuses a missing value', () => {
		expect(fill('{count} proposals', { count: 3 })).toBe('3 proposals');
		expect(() => fill('{count} proposals')).toThrow(/needs a value for \{count\}/);
	});

	test('useTranslations picks the page language', () => {
		expect(useTranslations('zh')('nav.themes')).toBe('主题');
		expect(useTranslations('en')('list.count', { count: 2 })).toBe('2 proposals');
		expect(useTranslations('en')('list.count', { count: 12000 })).toBe('12,000 proposals');
	});
});
