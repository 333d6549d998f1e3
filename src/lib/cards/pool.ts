/**
 * Social cards rendered in parallel, off Astro's path: as soon as the content check passes, the
 * cards not yet in the cache are shared among worker threads (one per core), which render them
 * into .cache/og/ while Vite bundles and Astro generates the pages. When the pages are written,
 * the cards are linked into dist/og/ (integrations/after-build.ts): a thousand card routes
 * cost Astro more than the links. The card route (pages/og) serves them in dev only.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { linkOrCopy } from '../build/files.ts';
import type { CardFacts } from './layout.ts';
import { ogImagePath } from '../site/paths.ts';
import { cachedCard, isCached, OG_CACHE_DIR } from './render.ts';

type Card = { id: string; facts: CardFacts };

/** The worker's source (Node runs it directly; the build's bundle has no copy of it). */
const WORKER = join(process.cwd(), 'src', 'lib', 'cards', 'worker.ts');

/**
 * Start rendering every uncached card; returns, per id, a promise settled when that card is in
 * the cache (or its worker failed: writeCards then renders the card itself).
 */
export function prerenderCards(cards: Card[], cacheDir = OG_CACHE_DIR, threads = availableParallelism()): Map<string, Promise<void>> {
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

/** The cards this build renders (both integrations import this module from astro.config). */
let started: { cards: Card[]; cacheDir: string; ready: Map<string, Promise<void>> } | undefined;

/** Start rendering `cards` now (the content check does, with every proposal's card). */
export function startCards(cards: Card[], cacheDir = OG_CACHE_DIR): void {
	started = { cards, cacheDir, ready: prerenderCards(cards, cacheDir) };
}

/**
 * Put every card started by startCards into `outDir/og/<id>.png`, each as soon as it is ready;
 * a card a worker failed to render is rendered here. Each is a hard link to its file in the
 * cache (lib/build/files.ts). Returns how many there are.
 */
export async function writeCards(outDir: string): Promise<number> {
	if (!started) return 0;
	for (const { id, facts } of started.cards) {
		await started.ready.get(id);
		const file = join(outDir, ogImagePath(id));
		mkdirSync(dirname(file), { recursive: true });
		linkOrCopy(await cachedCard(facts, started.cacheDir), file);
	}
	return started.cards.length;
}
