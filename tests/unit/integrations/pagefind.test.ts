/**
 * The search index is written into a cache kept between builds and linked into dist/pagefind/
 * (integrations/pagefind.ts): after a change, the linked index must be the one a fresh write
 * gives, byte for byte, and the cache must hold nothing else.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../../src/integrations/pagefind.ts';

const work = mkdtempSync(join(tmpdir(), 'lianghui-pagefind-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const said: string[] = [];
const logger = { info: (message: string) => said.push(message) } as unknown as AstroIntegrationLogger;

const page = (lang: string, title: string, text: string) =>
	`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A built site of three proposals, the third's text given; returns its folder (ending in `/`). */
function site(name: string, third: string): string {
	const out = join(work, name);
	const pages: Record<string, string> = {
		'en/proposals/a/index.html': page('en', 'Industrial internet', 'Platforms for factories and their suppliers.'),
		'en/proposals/b/index.html': page('en', 'Rural broadband', 'Fibre for every village school.'),
		'en/proposals/c/index.html': page('en', 'Third', third),
		'zh/proposals/a/index.html': page('zh-CN', '工业互联网', '为工厂及其供应商建设平台。'),
		'en/about/index.html': page('en', 'About', 'Not indexed: not a proposal.'),
	};
	for (const [file, html] of Object.entries(pages)) {
		mkdirSync(join(out, file, '..'), { recursive: true });
		writeFileSync(join(out, file), html);
	}
	return `${out}/`;
}

const filesIn = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((file) => file.isFile())
		.map((file) => join(file.parentPath, file.name).slice(dir.length + 1))
		.sort();
const contents = (dir: string) => Object.fromEntries(filesIn(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]));

describe('the search index cache', () => {
	const cache = join(work, 'cache', '1.6.0');

	test('a rebuild after a change links the same index a fresh write gives, and the cache keeps only it', async () => {
		await indexSite(site('first', 'Cloud computing for hospitals.'), logger, cache);
		const changed = site('second', 'Data centres powered by wind.');
		await indexSite(changed, logger, cache);
		const fresh = site('fresh', 'Data centres powered by wind.');
		await indexSite(fresh, logger, join(work, 'other-cache', '1.6.0'));

		expect(filesIn(join(changed, 'pagefind')).length).toBeGreaterThan(10);
		expect(contents(join(changed, 'pagefind'))).toEqual(contents(join(fresh, 'pagefind')));
		expect(filesIn(cache).filter((file) => file !== '.complete')).toEqual(filesIn(join(changed, 'pagefind')));
		// The next index rewrites Pagefind's scripts and entry file in place: those are copies.
		const inode = (file: string) => statSync(file).ino;
		expect(inode(join(changed, 'pagefind', 'pagefind-entry.json'))).not.toBe(inode(join(cache, 'pagefind-entry.json')));
		const fragment = filesIn(cache).find((file) => file.startsWith('fragment/'))!;
		expect(inode(join(changed, 'pagefind', fragment))).toBe(inode(join(cache, fragment)));
		expect(said[0]).toMatch(/^indexed 4 pages in [\d.]+ s \(\d+ files, 0 of them already in the cache\)$/);
		expect(Number(/, (\d+) of them already/.exec(said[1]!)?.[1])).toBeGreaterThan(0);
	}, 30_000);

	test('a cache whose last index was not completed is not trusted', async () => {
		rmSync(join(cache, '.complete'));
		writeFileSync(join(cache, 'fragment', 'en_0000000.pf_fragment'), 'half written');
		await indexSite(site('third', 'Cloud computing for hospitals.'), logger, cache);
		expect(filesIn(cache)).not.toContain('fragment/en_0000000.pf_fragment');
		expect(said.at(-1)).toMatch(/, 0 of them already in the cache\)$/);
	}, 30_000);

	test('other versions’ caches are removed', async () => {
		mkdirSync(join(work, 'cache', '1.5.0'), { recursive: true });
		await indexSite(site('fourth', 'Cloud computing for hospitals.'), logger, cache);
		expect(readdirSync(join(work, 'cache'))).toEqual(['1.6.0']);
	}, 30_000);
});
