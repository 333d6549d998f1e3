/**
 * Social cards rendered in parallel: at 10,000 proposals, rendering them one by one on the main
 * thread added about five minutes to the build. At the start of the build the cards not yet in
 * the cache are shared among worker threads (one per core), which render them into .cache/og/
 * while Astro generates the pages; each card's endpoint waits only for its own card.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardFacts } from './layout.ts';
import { isCached, OG_CACHE_DIR } from './render.ts';

/** The worker's source (Node runs it directly; the build's bundle has no copy of it). */
const WORKER = join(process.cwd(), 'src', 'lib', 'cards', 'worker.ts');

/**
 * Start rendering every uncached card; returns, per id, a promise settled when that card is in
 * the cache (or its worker failed: the endpoint then renders the card itself).
 */
export function prerenderCards(cards: { id: string; facts: CardFacts }[], cacheDir = OG_CACHE_DIR, threads = availableParallelism()): Map<string, Promise<void>> {
	const todo = cards.filter(({ facts }) => !isCached(facts, cacheDir));
	const settle = new Map<string, () => void>();
	const ready = new Map(todo.map(({ id }) => [id, new Promise<void>((resolve) => settle.set(id, resolve))]));
	const count = Math.min(threads, Math.ceil(todo.length / 50)); // a few cards are not worth a thread
	for (let t = 0; t < count; t++) {
		const batch = todo.filter((_, i) => i % count === t);
		const worker = new Worker(WORKER, { workerData: { cards: batch, cacheDir } });
		worker.on('message', (id: string) => settle.get(id)?.());
		// On exit (done, or failed) release everyone still waiting; they render their own card.
		worker.on('exit', () => batch.forEach(({ id }) => settle.get(id)?.()));
		worker.on('error', (error) => console.warn(`[og-image] a card worker failed, rendering its cards in the build instead: ${error.message}`));
	}
	return ready;
}

const SHARED = Symbol.for('lianghui.cardRendering');

/**
 * Cards already being rendered, started by the content check before Astro loaded the site (the
 * card route runs in another module graph, hence globalThis); undefined when none was started.
 */
export function startedCards(): Map<string, Promise<void>> | undefined {
	return (globalThis as Record<symbol, Map<string, Promise<void>> | undefined>)[SHARED];
}

/** Start rendering `cards` now, for the card route to wait on later. */
export function startCards(cards: { id: string; facts: CardFacts }[], cacheDir = OG_CACHE_DIR): void {
	(globalThis as Record<symbol, Map<string, Promise<void>>>)[SHARED] = prerenderCards(cards, cacheDir);
}
