import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CardFacts } from '../../../src/lib/cards/layout.ts';
import { missingGlyphs } from '../../../src/lib/cards/fonts.ts';
import { cardKey, renderCard } from '../../../src/lib/cards/render.ts';
import { pngSize } from '../../support/png.ts';

const facts: CardFacts = {
	title: { zh: '关于推动“互联网+医疗”发展的建议', en: 'Suggestion on promoting "Internet Plus" healthcare' },
	person: { zh: '马化腾', en: 'Ma Huateng' },
	session: { zh: '年份未能确定', en: 'Year not established' },
	year: undefined,
	site: { zh: '两会科技建议档案', en: 'Two Sessions Tech Proposals' },
};
const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('rendering', () => {
	test('the fonts cover Chinese, Latin and typographic punctuation, not emoji', () => {
		expect(missingGlyphs('关于推动“互联网+医疗”发展的建议 · Ma Huateng’s — 2020…《》，。')).toEqual([]);
		expect(missingGlyphs('科技🤖')).toEqual(['🤖']);
	});

	test('a card renders to a 1200×630 PNG and is cached under the hash of its facts', { timeout: 30_000 }, async () => {
		const png = await renderCard(facts, cache);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		const key = cardKey(facts);
		expect(readdirSync(cache)).toEqual([`${key}.png`]);
		// A second render is served from the cache: prove it by planting a marker there.
		writeFileSync(join(cache, `${key}.png`), 'cached');
		expect(Buffer.from(await renderCard(facts, cache)).toString()).toBe('cached');
	});

	test('any change to what is drawn is a new cache key', () => {
		const key = cardKey(facts);
		const changed: CardFacts[] = [
			{ ...facts, title: { ...facts.title, en: `${facts.title.en}.` } },
			{ ...facts, person: { ...facts.person, zh: '雷军' } },
			{ ...facts, session: { ...facts.session, en: 'Another session' } },
			{ ...facts, year: 2021 },
			{ ...facts, site: { ...facts.site, en: 'Another name' } },
		];
		const keys = new Set(changed.map((f) => cardKey(f)));
		expect(keys.size).toBe(changed.length);
		expect(keys.has(key)).toBe(false);
		expect(cardKey({ ...facts })).toBe(key);
	});
});
