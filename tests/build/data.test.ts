/** The machine-readable outputs: JSON against its schema and the content, feeds, sitemap. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { exportedProposalSchema } from '../../src/lib/data/export.ts';
import { ROOT } from '../support/build-site.ts';
import { DIST, page } from '../support/dist.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const content = readContentFiles(ROOT);
const ids = content.proposals.map((p) => p.id).sort();

describe('/data/', () => {
	const archive = JSON.parse(read('data/proposals.json')) as { proposals: unknown[] };

	test('proposals.json holds every proposal and validates against the schema', () => {
		const proposals = z.array(exportedProposalSchema).parse(archive.proposals);
		expect(proposals.map((p) => p.id).sort()).toEqual(ids);
	});

	test('each proposal matches its content files', () => {
		for (const p of z.array(exportedProposalSchema).parse(archive.proposals)) {
			const files = content.proposals.find((f) => f.id === p.id)!;
			const meta = files.meta.data as { deputy: string; session: string; themes: string[] };
			expect(p.deputy.id).toBe(meta.deputy);
			expect(p.session.id).toBe(meta.session);
			expect(p.themes.map((t) => t.id)).toEqual(meta.themes);
			for (const lang of ['zh', 'en'] as const) {
				expect(p.title[lang]).toBe((files.texts[lang]!.frontmatter!.data as { title: string }).title);
				expect(p.text[lang]).not.toContain('<Cite');
				expect(new URL(p.urls[lang]).pathname).toBe(`/${lang}/proposals/${p.id}/`);
			}
		}
	});

	test('one JSON per proposal, equal to its entry in proposals.json', () => {
		for (const entry of archive.proposals as { id: string }[]) {
			expect(JSON.parse(read(`data/proposals/${entry.id}.json`))).toEqual(entry);
		}
	});

	test('the published JSON Schema is generated from the same definition', () => {
		const schema = JSON.parse(read('data/proposal.schema.json'));
		expect(schema).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(exportedProposalSchema, { target: 'draft-2020-12' }))));
		expect(schema.required).toContain('sources');
	});
});

describe('feeds and sitemap', () => {
	const parser = new XMLParser({ ignoreAttributes: false });

	test.each(['zh', 'en'])('the %s feed is valid RSS listing every proposal in its language', (lang) => {
		const xml = read(`${lang}/feed.xml`);
		expect(XMLValidator.validate(xml)).toBe(true);
		const items = [parser.parse(xml).rss.channel.item].flat() as { link: string }[];
		expect(items.map((item) => new URL(item.link).pathname).sort()).toEqual(ids.map((id) => `/${lang}/proposals/${id}/`).sort());
	});

	test('the sitemap lists both languages of every proposal with hreflang alternates', () => {
		const xml = read('sitemap-0.xml');
		expect(XMLValidator.validate(xml)).toBe(true);
		const urls = [parser.parse(xml).urlset.url].flat() as { loc: string; 'xhtml:link': { '@_hreflang': string }[] }[];
		for (const id of ids) {
			for (const lang of ['zh', 'en']) {
				const entry = urls.find((u) => new URL(u.loc).pathname === `/${lang}/proposals/${id}/`);
				expect(entry, `${lang}/${id}`).toBeDefined();
				expect(entry!['xhtml:link'].map((l) => l['@_hreflang']).sort()).toEqual(['en', 'zh-CN']);
			}
		}
		expect(read('robots.txt')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
	});

	test('every page carries Open Graph title, description and locale', () => {
		const html = page(`/zh/proposals/${ids[0]}/`);
		expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
		expect(html).toMatch(/<meta property="og:description" content="[^"]+"/);
		expect(html).toContain('<meta property="og:locale" content="zh_CN"');
	});
});
