/** What a reader does in a real browser: switch language on a proposal and land on the same proposal. */
import { expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { ROOT } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const id = readContentFiles(ROOT).proposals[0]!.id;

test('switching language on a proposal page lands on the same proposal', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/proposals/${id}/`);
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
