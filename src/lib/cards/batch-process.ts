/**
 * A child process rendering a batch of social cards into the cache (cards/pool.ts starts it and
 * sends the batch). Run by Node itself, not bundled, so it imports the renderer's source
 * directly. Glyph masks are kept for the whole batch, so each glyph is rasterised once per
 * process. Each finished card's id goes back to the parent; the process ends with its batch.
 */
import type { CardFacts } from './layout.ts';
import { cachedCard } from './render.ts';

type Batch = { cards: { id: string; facts: CardFacts }[]; cacheDir: string };

/** Send a message and wait until it is written, so nothing is lost when the channel closes. */
const reply = (id: string) => new Promise<void>((resolve, reject) => process.send!(id, undefined, {}, (error) => (error ? reject(error) : resolve())));

process.once('message', async ({ cards, cacheDir }: Batch) => {
	for (const { id, facts } of cards) {
		await cachedCard(facts, cacheDir);
		await reply(id);
	}
	process.disconnect();
});
