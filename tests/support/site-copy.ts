/**
 * A throwaway copy of the whole site (code and real content) in a temporary folder, to build
 * or serve with content a test has changed: hostile files, edge cases, a broken page.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { siteCopy } from '../../scripts/bench/synthesize.ts';
import { ROOT } from './build-site.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The environment a maintainer's shell would give: vitest's own variables change how Vite serves. */
const ENV = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(key))), FORCE_COLOR: '0' };

export interface SiteCopy {
	dir: string;
	/** Write a file, relative to the copy's root (folders made as needed). */
	write(path: string, text: string): void;
	build(): { status: number | null; output: string };
	/** Start `astro dev` on `port`; resolves once it listens, with its log so far and to come. */
	dev(port: number): Promise<{ server: ChildProcess; log: () => string }>;
	remove(): void;
}

export function copySite(): SiteCopy {
	const work = mkdtempSync(join(tmpdir(), 'lianghui-copy-'));
	const dir = siteCopy(ROOT, work);
	cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
	return {
		dir,
		write(path, text) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		},
		build() {
			const run = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: ENV });
			return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
		},
		dev(port) {
			const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, env: ENV });
			return new Promise((resolve, reject) => {
				let log = '';
				const onData = (chunk: Buffer) => {
					log += chunk.toString();
					if (log.includes(`127.0.0.1:${port}`)) resolve({ server: child, log: () => log });
				};
				child.stdout!.on('data', onData);
				child.stderr!.on('data', onData);
				child.once('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${log.slice(-2000)}`)));
				setTimeout(() => reject(new Error(`astro dev did not start:\n${log.slice(-2000)}`)), 60_000);
			});
		},
		remove: () => rmSync(work, { recursive: true, force: true }),
	};
}
