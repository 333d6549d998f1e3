/**
 * A worker thread rendering a batch of social cards into the cache (cards/pool.ts starts it).
 * Run by Node itself, not bundled, so it imports the renderer's source directly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardFacts } from './layout.ts';
import { cardText, renderCard, slicesFor } from './render.ts';

const { cards, cacheDir } = workerData as { cards: { id: string; facts: CardFacts }[]; cacheDir: string };
// One set of font slices for the whole batch: the fonts are parsed once.
const slices = slicesFor(cards.map(({ facts }) => cardText(facts)).join(''));
for (const { id, facts } of cards) {
	await renderCard(facts, cacheDir, slices);
	parentPort!.postMessage(id);
}
