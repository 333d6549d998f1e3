import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import type { CardFacts } from '../../../src/lib/cards/layout.ts';
import { cardKey, isCached } from '../../../src/lib/cards/render.ts';
import { prerenderCards } from '../../../src/lib/cards/pool.ts';

const cache = mkdtempSync(join(tmpdir(), 'og-pool-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const card = (i: number): { id: string; facts: CardFacts } => ({
	id: `p${i}`,
	facts: {
		title: { zh: `关于第 ${i} 项数字化转型的建议`, en: `Suggestion number ${i} on digital transformation` },
		person: { zh: '马化腾', en: 'Ma Huateng' },
		session: { zh: '第十三届全国人民代表大会第三次会议', en: 'Third Session of the 13th National People’s Congress' },
		year: 2020,
		site: { zh: '两会科技建议档案', en: 'Two Sessions Tech Proposals' },
	},
});

test('child processes render every missing card into the cache, then nothing is left to do', { timeout: 60_000 }, async () => {
	const cards = Array.from({ length: 60 }, (_, i) => card(i));
	const ready = prerenderCards(cards, cache, 2);
	expect([...ready.keys()]).toEqual(cards.map((c) => c.id));
	await Promise.all(ready.values());
	for (const { facts } of cards) expect(existsSync(join(cache, `${cardKey(facts)}.png`))).toBe(true);
	expect(cards.every(({ facts }) => isCached(facts, cache))).toBe(true);
	expect(prerenderCards(cards, cache, 2).size).toBe(0);
});

test('a card process that fails releases its cards, for the build to render them itself', { timeout: 60_000 }, async () => {
	const notAFolder = join(cache, 'file');
	writeFileSync(notAFolder, '');
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	try {
		const ready = prerenderCards([card(1), card(2)], join(notAFolder, 'og'), 1);
		await Promise.all(ready.values());
		expect(warn).toHaveBeenCalledWith('[og-image] a card process failed (exit code 1), rendering its cards in the build instead');
	} finally {
		warn.mockRestore();
	}
});
