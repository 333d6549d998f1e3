/**
 * A worker thread rendering a batch of social cards into the cache (cards/pool.ts starts it).
 * Run by Node itself, not bundled, so it imports the renderer's source directly. Glyph masks
 * are kept for the whole batch, so each glyph is rasterised once per thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardFacts } from './layout.ts';
import { cachedCard } from './render.ts';

const { cards, cacheDir } = workerData as { cards: { id: string; facts: CardFacts }[]; cacheDir: string };
for (const { id, facts } of cards) {
	await cachedCard(facts, cacheDir);
	parentPort!.postMessage(id);
}
