/**
 * axe-core in chromium over one page of each type in each language, in the light and the dark
 * theme: zero violations. Also: the skip link works and focus is visible.
 */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { ROOT } from '../support/build-site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const files = readContentFiles(ROOT);
const titleOnly = (p: (typeof files.proposals)[number]) => (p.meta.data as { titleOnly?: true }).titleOnly === true;
const id = files.proposals.find((p) => !titleOnly(p))!.id;
const knownByTitle = files.proposals.find(titleOnly)!.id;
const pageTypes = [
	'',
	'proposals/',
	`proposals/${id}/`,
	`proposals/${id}/bilingual/`,
	`proposals/${knownByTitle}/`,
	'people/li-yanhong/',
	'themes/',
	'themes/greater-bay-area/',
	'people/',
	'people/ma-huateng/',
	'years/',
	'years/2020/',
	'glossary/',
	'search/?q=2020',
	'about/',
];

const site = useBuiltSite();

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
	test.each(['zh', 'en'].flatMap((lang) => pageTypes.map((path) => `/${lang}/${path}`)).concat(['/', '/404.html']))('%s has no violations', async (path) => {
		// axe is injected as an inline script, which the site's CSP rightly blocks: bypass it for the audit only.
		const page = await site.browser.newPage({ colorScheme, bypassCSP: true });
		await page.goto(`${site.url}${path}`);
		await page.waitForLoadState('networkidle');
		await page.addScriptTag({ path: AXE });
		const violations = await page.evaluate(async () => {
			const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
			return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		await page.close();
		expect(violations).toEqual([]);
	});
});

test('the skip link is the first tab stop and moves focus to the main content', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/en/proposals/${id}/`);
	await page.keyboard.press('Tab');
	const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
	expect(focused.text).toBe('Skip to content');
	expect(focused.outline).not.toBe('none');
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => location.hash)).toBe('#main');
	await page.close();
});
