import { expect, test } from 'vitest';
import { mergeEntries } from '../../../src/integrations/pagefind.ts';

const entry = (languages: Record<string, unknown>, version = '1.6.0') => ({ version, languages, include_characters: ['_'] });

test('the languages indexed apart are listed in one entry, in order, as one run over both writes it', () => {
	const zh = entry({ 'zh-cn': { hash: 'zh-cn_1', wasm: null, page_count: 3 } });
	const en = entry({ en: { hash: 'en_2', wasm: 'en', page_count: 4 } });
	const merged = mergeEntries([zh, en]);
	expect(JSON.stringify(merged)).toBe(JSON.stringify(entry({ en: { hash: 'en_2', wasm: 'en', page_count: 4 }, 'zh-cn': { hash: 'zh-cn_1', wasm: null, page_count: 3 } })));
});

test('entries of different Pagefind versions, or none, are refused', () => {
	expect(() => mergeEntries([entry({ en: {} }), entry({ 'zh-cn': {} }, '1.5.0')])).toThrow('Pagefind entries of versions 1.6.0 and 1.5.0');
	expect(() => mergeEntries([])).toThrow('no Pagefind entries to merge');
});
