import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { sitemapFiles } from '../../../src/lib/build/sitemap.ts';

const SITE = 'https://site.example';

describe('the sitemap', () => {
	test('each page links itself and its twin by hreflang; a page without a twin has no links; other pages stay out', () => {
		const [index, first] = sitemapFiles(['/en/themes/', '/zh/themes/', '/zh/only/', '/', '/404.html', '/en/feed.xml'], SITE);
		expect(index).toEqual({
			name: 'sitemap-index.xml',
			xml: '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://site.example/sitemap-0.xml</loc></sitemap></sitemapindex>',
		});
		expect(first!.name).toBe('sitemap-0.xml');
		expect(XMLValidator.validate(first!.xml)).toBe(true);
		const links = '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://site.example/zh/themes/"/><xhtml:link rel="alternate" hreflang="en" href="https://site.example/en/themes/"/>';
		expect(first!.xml).toContain(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>https://site.example/en/themes/</loc>${links}</url>`);
		expect(first!.xml).toContain(`<url><loc>https://site.example/zh/only/</loc></url><url><loc>https://site.example/zh/themes/</loc>${links}</url></urlset>`);
		expect(first!.xml.match(/<url>/g)).toHaveLength(3);
	});

	test('long lists are split across files, all named in the index; URLs are escaped', () => {
		const files = sitemapFiles(['/en/a/', '/en/b/', '/en/c&d/'], SITE, 2);
		expect(files.map((file) => file.name)).toEqual(['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml']);
		expect(files[0]!.xml).toContain('<loc>https://site.example/sitemap-1.xml</loc>');
		expect(files[2]!.xml).toContain('<loc>https://site.example/en/c&amp;d/</loc>');
	});
});
