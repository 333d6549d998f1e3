import { describe, expect, test } from 'vitest';
import { checkBuiltLinks, linkChecker, resolveHref } from '../../../src/lib/build/links.ts';

const page = (path: string, body: string) => ({ path, html: `<html><body>${body}</body></html>` });

describe('built link rules', () => {
	test('relative hrefs resolve against the page', () => {
		expect(resolveHref('/en/a/', '../b/#x')).toEqual({ path: '/en/b/', fragment: 'x' });
	});

	test('a sound site has no problems', () => {
		const pages = [page('/en/', '<a href="/en/a/#top">a</a><a href="/zh/" hreflang="zh-CN">中文</a><a href="https://example.org/">ext</a>'), page('/en/a/', '<h1 id="top">A</h1>'), page('/zh/', '<a href="/favicon.svg">i</a>')];
		expect(checkBuiltLinks(pages, new Set(['/favicon.svg']))).toEqual([]);
	});

	test('a missing page, a missing fragment and a cross-language link are reported', () => {
		const pages = [page('/en/', '<a href="/en/missing/">x</a><a href="/en/a/#nope">y</a><a href="/zh/a/">z</a>'), page('/en/a/', ''), page('/zh/a/', '')];
		expect(checkBuiltLinks(pages, new Set())).toEqual([
			{ page: '/en/', target: '/en/missing/', problem: 'no such page' },
			{ page: '/en/', target: '/en/a/#nope', problem: 'no element with id "nope"' },
			{ page: '/en/', target: '/zh/a/', problem: 'links from en into zh without hreflang' },
		]);
	});

	test('third-party scripts, styles, images and CSS urls are reported; canonical links are not', () => {
		const html = '<link rel="canonical" href="https://site.example/en/"><script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//fonts.example/f.css"><img src="http://img.example/a.png"><div style="background:url(https://t.example/p.gif)"></div>';
		expect(checkBuiltLinks([page('/en/', html)], new Set()).map((p) => p.target)).toEqual([
			'https://cdn.example/x.js',
			'//fonts.example/f.css',
			'http://img.example/a.png',
			'https://t.example/p.gif',
		]);
	});

	test('a preview image on the site’s own host must have been built; other hosts are not checked', () => {
		const head = (image: string) => `<link rel="canonical" href="https://site.example/en/a/"><meta property="og:image" content="${image}">`;
		const pages = [page('/en/a/', head('https://site.example/og/a.png')), page('/en/b/', head('https://site.example/og/b.png')), page('/en/c/', head('/og/c.png')), page('/en/d/', head('https://cdn.example/d.png'))];
		expect(checkBuiltLinks(pages, new Set(['/og/a.png']))).toEqual([
			{ page: '/en/b/', target: 'https://site.example/og/b.png', problem: 'no such image' },
			{ page: '/en/c/', target: '/og/c.png', problem: 'no such image' },
		]);
	});

	test('pages read one at a time: a fragment waits for its page; a file written later is found on the second look', () => {
		const checker = linkChecker(['/en/', '/en/glossary/'], new Set());
		checker.add(page('/en/', '<a href="/en/glossary/#ai">AI</a><a href="/en/glossary/#gone">x</a><a href="/pagefind/pagefind.js">s</a><a href="#top">top</a>'));
		checker.add(page('/en/glossary/', '<dt id="ai">AI</dt>'));
		expect(checker.problems()).toEqual([
			{ page: '/en/', target: '/en/glossary/#gone', problem: 'no element with id "gone"' },
			{ page: '/en/', target: '/pagefind/pagefind.js', problem: 'no such page' },
			{ page: '/en/', target: '#top', problem: 'no element with id "top"' },
		]);
		expect(checker.problems(new Set(['/pagefind/pagefind.js'])).map((problem) => problem.target)).toEqual(['/en/glossary/#gone', '#top']);
	});
});
