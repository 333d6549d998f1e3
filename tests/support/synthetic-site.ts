/**
 * A copy of the site built over N synthetic proposals (the benchmark's generator), in a
 * temporary folder: for tests of what only shows at scale (paging, "show more").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteCopy, synthesize } from '../../scripts/bench/synthesize.ts';
import { ROOT } from './build-site.ts';

export interface SyntheticSite {
	/** The site copy (its content/ holds the synthetic proposals). */
	dir: string;
	dist: string;
	remove(): void;
}

/** Build the site over `n` synthetic proposals; throws with the build's error output if it fails. */
export function buildSyntheticSite(n: number): SyntheticSite {
	const work = mkdtempSync(join(tmpdir(), `lianghui-synthetic-${n}-`));
	const dir = siteCopy(ROOT, work);
	synthesize(join(ROOT, 'content'), join(dir, 'content'), n);
	// The log of a large build is megabytes: room for it, or spawnSync kills the build.
	const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
	if (build.status !== 0) throw new Error(`synthetic build failed:\n${build.stderr.slice(-2000)}`);
	return { dir, dist: join(dir, 'dist'), remove: () => rmSync(work, { recursive: true, force: true }) };
}
