/**
 * Social cards rendered in parallel, off Astro's path: as soon as the content check passes, the
 * cards not yet in the cache are shared among child processes (one per core), which render them
 * into .cache/og/ while Vite bundles and Astro generates the pages. When the pages are written,
 * the cards are linked into dist/og/ (integrations/after-build.ts): a thousand card routes
 * cost Astro more than the links. The card route (pages/og) serves them in dev only.
 *
 * Processes rather than worker threads: a process gives all its memory back when it ends. A
 * worker thread that had rendered 500 cards left about 100 MB behind in the build's process
 * (allocator arenas), held until the build ended.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fork } from 'node:child_process';
import { linkOrCopy } from '../build/files.ts';
import type { CardFacts } from './layout.ts';
import { ogImagePath } from '../site/paths.ts';
import { cachedCard, isCached, OG_CACHE_DIR } from './render.ts';

type Card = { id: string; facts: CardFacts };

/** The card process's source (Node runs it directly; the build's bundle has no copy of it). */
const BATCH_PROCESS = join(process.cwd(), 'src', 'lib', 'cards', 'batch-process.ts');

/**
 * Start rendering every uncached card; returns, per id, a promise settled when that card is in
 * the cache (or its process failed: writeCards then renders the card itself).
 */
export function prerenderCards(cards: Card[], cacheDir = OG_CACHE_DIR, processes = availableParallelism()): Map<string, Promise<void>> {
	const todo = cards.filter(({ facts }) => !isCached(facts, cacheDir));
	const settle = new Map<string, () => void>();
	const ready = new Map(todo.map(({ id }) => [id, new Promise<void>((resolve) => settle.set(id, resolve))]));
	const count = Math.min(processes, Math.ceil(todo.length / 50)); // a few cards are not worth a process
	for (let p = 0; p < count; p++) {
		const batch = todo.filter((_, i) => i % count === p);
		// No inherited flags (a profiler's, a test runner's): the process needs none.
		const child = fork(BATCH_PROCESS, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		child.on('message', (id: string) => settle.get(id)?.());
		// On exit (done, or failed) release everyone still waiting; they render their own card.
		child.on('exit', (code) => {
			if (code) console.warn(`[og-image] a card process failed (exit code ${code}), rendering its cards in the build instead`);
			batch.forEach(({ id }) => settle.get(id)?.());
		});
		child.on('error', (error) => console.warn(`[og-image] a card process failed, rendering its cards in the build instead: ${error.message}`));
		child.send({ cards: batch, cacheDir });
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
 * a card a process failed to render is rendered here. Each is a hard link to its file in the
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
