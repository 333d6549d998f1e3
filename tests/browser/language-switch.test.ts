/** What a reader does in a real browser: switch language on a proposal and land on the same proposal. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/build-site.ts';
import { DIST } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
const id = readContentFiles(ROOT).proposals[0]!.id;

beforeAll(async () => {
	server = await serveStatic(DIST);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

test('switching language on a proposal page lands on the same proposal', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/en/proposals/${id}/`);
	const englishTitle = await page.locator('h1').textContent();
	await page.getByRole('link', { name: /中文/ }).click();
	await page.waitForURL(`**/zh/proposals/${id}/`);
	expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
	const chineseTitle = await page.locator('h1').textContent();
	expect(chineseTitle).not.toBe(englishTitle);
	await page.getByRole('link', { name: 'English' }).click();
	await page.waitForURL(`**/en/proposals/${id}/`);
	expect(await page.locator('h1').textContent()).toBe(englishTitle);
	await page.close();
});
