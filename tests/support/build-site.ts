/**
 * Global setup for the build and browser tests: build the real site once into dist/ (content
 * check, Pagefind and link check included). Set SKIP_BUILD=1 to reuse an existing dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

let built = false;

export default function setup() {
	if (built || (process.env.SKIP_BUILD && existsSync(DIST))) return;
	execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	built = true;
}
