/** Search over more results than one screen: 60 synthetic proposals, shown 20 at a time. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { buildSyntheticSite, type SyntheticSite } from '../support/synthetic-site.ts';

let synthetic: SyntheticSite;
beforeAll(() => {
	synthetic = buildSyntheticSite(60);
}, 180_000);
afterAll(() => synthetic?.remove());
const site = useBuiltSite(() => synthetic.dist);

test('results come twenty at a time, with a button for the next twenty', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/search/?q=benchmark`);
	await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length > 0);
	expect(await page.locator('[data-status]').textContent()).toBe('60 results for “benchmark”');
	expect(await page.locator('[data-results] li').count()).toBe(20);
	const more = page.getByRole('button', { name: 'Show more results' });
	await more.click();
	await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 40);
	await more.click();
	await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 60);
	expect(await more.isVisible()).toBe(false);
	const links = await page.$$eval('[data-results] a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	expect(new Set(links).size).toBe(60);
	await page.close();
});

test('filters alone say how many proposals they select', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/zh/search/?year=2017`);
	await page.waitForFunction(() => /符合筛选条件/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	const in2017 = readdirSync(join(synthetic.dir, 'content/proposals')).filter((id) => id.startsWith('2017-')).length;
	expect(in2017).toBeGreaterThan(1);
	expect(await page.locator('[data-status]').textContent()).toBe(`符合筛选条件的共 ${in2017} 份`);
	await page.close();
});
