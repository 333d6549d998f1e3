/** A reader's walk, and a journalist's citation and print-out, in chromium against the built site. */
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

test('home → theme → proposal → person → the same page in the other language', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/`);
	await page.getByRole('main').getByRole('link', { name: 'Greater Bay Area', exact: true }).click();
	await page.waitForURL('**/en/themes/greater-bay-area/');
	expect(await page.locator('h1').textContent()).toBe('Greater Bay Area');
	await page.locator('[data-proposal] a').first().click();
	await page.waitForURL('**/en/proposals/**');
	expect(await page.locator('nav[aria-label="Breadcrumb"]').textContent()).toContain('Proposals');
	await page.locator('.facts').getByRole('link', { name: 'Ma Huateng' }).click();
	await page.waitForURL('**/en/people/ma-huateng/');
	await page.getByRole('link', { name: '中文' }).click();
	await page.waitForURL('**/zh/people/ma-huateng/');
	expect(await page.locator('h1').textContent()).toBe('马化腾');
	expect(await page.locator('nav[aria-label="主导航"] [aria-current]').textContent()).toBe('人物');
	await page.close();
});

test('every request the walk makes stays on this site and finds its file', () => {
	const missing = site.server.requests.filter((r) => r.status !== 200).map((r) => r.path);
	expect(missing).toEqual([]);
});

test('the citation copies with one click', async () => {
	const context = await site.browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
	const page = await context.newPage();
	await page.goto(`${site.url}/en/proposals/2021-lei-jun-intelligent-manufacturing/`);
	await page.locator('.cite-format').first().getByRole('button', { name: 'Copy' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^Lei Jun\. “.+” \[.+\]\. Written suggestion of an NPC deputy, Fourth Session of the 13th National People’s Congress, 2021\./);
	expect(copied).toContain('/en/proposals/2021-lei-jun-intelligent-manufacturing/');
	expect(copied).toMatch(/accessed \d{1,2} \w+ \d{4}\)\.$/);
	await context.close();
});

test('without JavaScript the citation is selectable text and the copy button stays hidden', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.url}/zh/proposals/2021-lei-jun-intelligent-manufacturing/`);
	expect(await page.locator('#cite-text').textContent()).toMatch(/^雷军：/);
	expect(await page.getByRole('button', { name: '复制' }).count()).toBe(0);
	await context.close();
});

test('a proposal prints to PDF with its citation and without the navigation', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/proposals/2021-lei-jun-intelligent-manufacturing/`);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('.site-header').isVisible()).toBe(false);
	expect(await page.locator('#cite-text').isVisible()).toBe(true);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.length).toBeGreaterThan(10_000);
	await page.close();
});

test.each(['/zh/proposals/2021-lei-jun-elderly-digital-life/', '/en/proposals/2020-ma-huateng-industrial-internet/bilingual/', '/en/search/?q=fraud', '/zh/'])('%s reads at 320 px without sideways scrolling', async (path) => {
	const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
	await page.goto(`${site.url}${path}`);
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.close();
});
