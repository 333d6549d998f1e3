/**
 * Indexes one language in its own thread (integrations/pagefind.ts starts it): Pagefind's Node
 * API runs one Pagefind process per module instance, so each thread gets a process of its own.
 */
import * as pagefindApi from 'pagefind';
import { parentPort, workerData } from 'node:worker_threads';

const { outDir, glob, outputPath } = workerData as { outDir: string; glob: string; outputPath: string };
try {
	const { index, errors } = await pagefindApi.createIndex({});
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: outDir, glob });
	if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	parentPort!.postMessage(added.page_count);
} finally {
	await pagefindApi.close();
}
