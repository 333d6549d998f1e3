import { expect, test } from 'vitest';
import { termsUsed } from '../../../src/lib/site/terms.ts';

const terms = [
	{ id: 'rural-revitalization', zh: '乡村振兴', en: 'rural revitalization' },
	{ id: 'industrial-internet', zh: '产业互联网', en: 'industrial internet' },
];

test('a term counts when either language uses it, case-insensitively in English', () => {
	expect(termsUsed(terms, { zh: '推进乡村振兴。', en: '' }).map((t) => t.id)).toEqual(['rural-revitalization']);
	expect(termsUsed(terms, { zh: '', en: 'The Industrial Internet is…' }).map((t) => t.id)).toEqual(['industrial-internet']);
	expect(termsUsed(terms, { zh: '工业互联网', en: 'industry' })).toEqual([]);
});

test('variants count too: a page that says 无人驾驶 or "self-driving" uses the autonomous-driving term', () => {
	const withVariants = [{ id: 'autonomous-driving', zh: '自动驾驶', en: 'autonomous driving', variants: { zh: ['无人驾驶', '智能驾驶'], en: ['driverless', 'self-driving'] } }];
	expect(termsUsed(withVariants, { zh: '发展无人驾驶。', en: '' })).toHaveLength(1);
	expect(termsUsed(withVariants, { zh: '', en: 'Self-driving cars need rules.' })).toHaveLength(1);
});

test('English forms match whole words only, and capital abbreviations only in capitals', () => {
	const ai = [{ id: 'artificial-intelligence', zh: '人工智能', en: 'artificial intelligence', variants: { en: ['AI'] } }];
	expect(termsUsed(ai, { zh: '', en: 'He said the plan would maintain growth.' })).toEqual([]);
	expect(termsUsed(ai, { zh: '', en: 'Rules for AI models.' })).toHaveLength(1);
	expect(termsUsed([{ id: 'iot', zh: '物联网', en: 'Internet of Things' }], { zh: '', en: 'the internet of things' })).toHaveLength(1);
});

test('the quick substring filter never hides a match the pattern would find', () => {
	expect(termsUsed(terms, { zh: '', en: 'INDUSTRIAL INTERNET platforms' })).toHaveLength(1);
	// The pattern's case-insensitive match folds the long s to s; lower case does not.
	expect(termsUsed([{ id: 'smart-city', zh: '智慧城市', en: 'smart city' }], { zh: '', en: 'a ſmart city' })).toHaveLength(1);
	expect(termsUsed([{ id: 'e-cny', zh: '数字人民币', en: 'e-CNY' }], { zh: '', en: 'pilots of the E-cny' })).toHaveLength(1);
});
