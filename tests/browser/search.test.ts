/**
 * Search as a journalist uses it, in chromium against the built site: the query list
 * (tests/browser/search-queries.yaml) in both languages, filters, deep links, keyboard only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';

interface Query {
	lang: 'zh' | 'en';
	query: string;
	expect: string | string[];
}
const queries = parse(readFileSync(join(import.meta.dirname, 'search-queries.yaml'), 'utf8')) as Query[];

const site = useBuiltSite();

/** Open a search deep link and return the proposal ids of the results, in order. */
async function results(page: Page, lang: string, search: string): Promise<string[]> {
	await page.goto(`${site.url}/${lang}/search/${search}`);
	await page.waitForFunction(() => /\d|没有|No results/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	return page.$$eval('[data-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[3] ?? ''));
}

test.each(queries.map((q) => [q.lang, q.query, q] as const))('[%s] “%s” finds its proposal in the top three', async (_lang, _query, q) => {
	const page = await site.browser.newPage();
	const top = (await results(page, q.lang, `?q=${encodeURIComponent(q.query)}`)).slice(0, 3);
	await page.close();
	const wanted = [q.expect].flat().map((id) => new RegExp(`^${id.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
	expect(top.some((id) => wanted.some((pattern) => pattern.test(id))), `top three: ${top.join(', ')}`).toBe(true);
});

test('typing a query shows results and the URL follows it', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/zh/search/`);
	await page.getByLabel('搜索建议').fill('乡村振兴');
	await page.waitForFunction(() => /条结果/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=乡村振兴');
	expect(await page.locator('[data-results] mark').first().textContent()).toContain('乡村');
	await page.close();
});

test('a filter narrows the results and is kept in the URL', async () => {
	const page = await site.browser.newPage();
	const count = async () => Number(/\d+/.exec((await page.locator('[data-status]').textContent()) ?? '')![0]);
	await results(page, 'en', '?q=suggestion');
	const all = await count();
	await page.getByRole('radio', { name: /^Lei Jun/ }).check();
	await page.waitForURL(/person=Lei/);
	await page.waitForFunction((before) => /result/.test(document.querySelector('[data-status]')?.textContent ?? '') && !document.querySelector('[data-status]')!.textContent!.startsWith(`${before} `), all);
	const filtered = await page.$$eval('[data-results] a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	expect(filtered.length).toBeGreaterThan(0);
	expect(await count()).toBeLessThan(all);
	expect(filtered.every((path) => path.includes('lei-jun'))).toBe(true);
	await page.close();
});

test('a deep link with a filter opens with the filter applied', async () => {
	const page = await site.browser.newPage();
	const ids = await results(page, 'en', '?q=suggestion&year=2021');
	expect(ids.length).toBeGreaterThan(0);
	expect(ids.every((id) => id.startsWith('2021-'))).toBe(true);
	expect(await page.getByRole('radio', { name: /^2021/ }).isChecked()).toBe(true);
	await page.close();
});

test('searching both languages adds the other language’s pages', async () => {
	const page = await site.browser.newPage();
	await results(page, 'en', '?q=%E9%9B%B7%E5%86%9B+%E5%8D%AB%E6%98%9F&all=1');
	const paths = await page.$$eval('[data-results] a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	expect(paths.some((p) => p.startsWith('/zh/'))).toBe(true);
	expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
	await page.close();
});

test('search works with the keyboard alone, and a submit never re-runs under the reader', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/search/`);
	const focusedId = () => page.evaluate(() => document.activeElement?.id);
	const inResults = () => page.evaluate(() => !!document.activeElement?.closest('[data-results]'));
	for (let i = 0; i < 12 && (await focusedId()) !== 'search-input'; i++) await page.keyboard.press('Tab');
	expect(await focusedId()).toBe('search-input');
	await page.keyboard.type('fraud');
	// Enter before the typing delay has run out: the submit must cancel the delayed search.
	await page.keyboard.press('Enter');
	await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	for (let i = 0; i < 80 && !(await inResults()); i++) await page.keyboard.press('Tab');
	expect(await inResults()).toBe(true);
	const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
	// Longer than the typing delay: a second run of the same search would replace the results
	// and drop the focus on <body>.
	await page.waitForTimeout(600);
	expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(first);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/en\/proposals\//);
	await page.close();
});

test('the same search is never run twice: the results on screen stay the same nodes', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/search/`);
	await page.getByLabel('Search proposals').fill('fraud');
	await page.getByLabel('Search proposals').press('Enter');
	await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	await page.evaluate(() => ((document.querySelector('[data-results] li') as HTMLElement & { mark?: true }).mark = true));
	await page.waitForTimeout(600);
	expect(await page.evaluate(() => (document.querySelector('[data-results] li') as HTMLElement & { mark?: true }).mark)).toBe(true);
	await page.close();
});

test('replacing the results moves a keyboard user’s focus to the status line, which announces them', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/search/?q=suggestion`);
	await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	await page.locator('[data-results] a').first().focus();
	await page.getByRole('radio', { name: /^Lei Jun/ }).evaluate((box) => (box as HTMLInputElement).click());
	await page.waitForURL(/Lei/);
	await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-status'))).toBe(true);
	expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
	await page.close();
});

test('filters alone browse the archive (the theme timeline links to the rest of a year this way)', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/search/?person=Lei+Jun&year=2021`);
	await page.waitForFunction(() => /match these filters/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	const found = await page.$$eval('[data-results] a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	expect(await page.locator('[data-status]').textContent()).toMatch(/^3 proposals match/);
	expect(found).toHaveLength(3);
	expect(found.every((path) => /^\/en\/proposals\/2021-lei-jun-/.test(path))).toBe(true);
	await page.close();
});
