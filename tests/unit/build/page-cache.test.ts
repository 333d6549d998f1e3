import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { planPages, preparePages, proposalFiles, settlePages, type CachedProposal } from '../../../src/lib/build/page-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'page-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cache = join(work, 'cache');
let builds = 0;

/** One build: plan, "render" the proposals not reused into a fresh dist/, settle. */
async function build(proposals: CachedProposal[], render = (id: string, file: string) => `${id} ${file}`) {
	const dist = join(work, `dist-${++builds}`);
	preparePages(dist, cache);
	const reused = planPages(proposals, 'https://site.example');
	for (const { id, hasTexts } of proposals.filter((p) => !reused.has(p.id))) {
		for (const file of proposalFiles(id, hasTexts)) {
			mkdirSync(dirname(join(dist, file)), { recursive: true });
			writeFileSync(join(dist, file), render(id, file));
		}
	}
	return { dist, reused, settled: await settlePages() };
}

describe('the page cache', () => {
	test('a proposal has its page in each language, its side-by-side view when it has texts, and its JSON', () => {
		expect(proposalFiles('x', true)).toEqual(['zh/proposals/x/index.html', 'zh/proposals/x/bilingual/index.html', 'en/proposals/x/index.html', 'en/proposals/x/bilingual/index.html', 'data/proposals/x.json']);
		expect(proposalFiles('x', false)).toEqual(['zh/proposals/x/index.html', 'en/proposals/x/index.html', 'data/proposals/x.json']);
	});

	test('pages rendered once are linked into the next build whose keys are the same; a changed key renders again; unused files go', async () => {
		const a = { id: 'a', key: 'ka', hasTexts: true };
		const b = { id: 'b', key: 'kb', hasTexts: false };
		const first = await build([a, b]);
		expect(first.reused.size).toBe(0);
		expect(first.settled).toEqual({ reusedPages: [], reused: 0, stored: 2 });

		const second = await build([a, { ...b, key: 'kb2' }], () => 'rendered again');
		expect([...second.reused]).toEqual(['a']);
		expect(second.settled).toEqual({ reused: 1, stored: 1, reusedPages: ['/zh/proposals/a/', '/zh/proposals/a/bilingual/', '/en/proposals/a/', '/en/proposals/a/bilingual/'] });
		expect(readFileSync(join(second.dist, 'en/proposals/a/bilingual/index.html'), 'utf8')).toBe('a en/proposals/a/bilingual/index.html');
		expect(readFileSync(join(second.dist, 'data/proposals/b.json'), 'utf8')).toBe('rendered again');
		// a's five files and b's three under its new key; b's old files are gone
		expect(readdirSync(cache)).toHaveLength(8);
		// Linked, not copied.
		expect(statSync(join(second.dist, 'data/proposals/a.json')).ino).toBe(statSync(join(first.dist, 'data/proposals/a.json')).ino);
	});

	test('a proposal with a file missing from the cache is rendered again, and its files kept whole', async () => {
		const c = { id: 'c', key: 'kc', hasTexts: false };
		await build([c]);
		const json = readdirSync(cache).find((name) => name.endsWith('c.json'))!;
		rmSync(join(cache, json));
		const again = await build([c]);
		expect(again.reused.size).toBe(0);
		expect(again.settled.stored).toBe(1);
		expect(existsSync(join(cache, json))).toBe(true);
	});

	test('outside a build (no preparePages: astro dev) nothing is reused', async () => {
		const d = { id: 'd', key: 'kd', hasTexts: false };
		await build([d]);
		expect(planPages([d], 'https://site.example').size).toBe(0);
		expect(await settlePages()).toEqual({ reusedPages: [], reused: 0, stored: 0 });
	});

	test('another address for the site is another key', async () => {
		const e = { id: 'e', key: 'ke', hasTexts: false };
		await build([e]);
		preparePages(join(work, 'dist-elsewhere'), cache);
		expect(planPages([e], 'https://elsewhere.example').size).toBe(0);
		await settlePages();
	});
});
