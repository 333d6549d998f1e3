/** The machine-readable outputs: JSON against its schema and the content, feeds, sitemap. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { exportedIndexSchema, exportedProposalSchema, exportedSessionSchema } from '../../src/lib/data/export.ts';
import { ROOT } from '../support/build-site.ts';
import { DIST, page } from '../support/dist.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const content = readContentFiles(ROOT);
const ids = content.proposals.map((p) => p.id).sort();

describe('/data/', () => {
	const index = exportedIndexSchema.parse(JSON.parse(read('data/index.json')));
	const sessions = index.sessions.map(({ session }) => exportedSessionSchema.parse(JSON.parse(read(`data/sessions/${session}.json`))));
	const summaries = sessions.flatMap((s) => s.proposals);

	test('the index leads to one file per session, and together they hold every proposal once', () => {
		expect(summaries.map((p) => p.id).sort()).toEqual(ids);
		for (const entry of index.sessions) expect(new URL(entry.url).pathname).toBe(`/data/sessions/${entry.session}.json`);
		expect(index.sessions.map((s) => s.count)).toEqual(sessions.map((s) => s.proposals.length));
	});

	test('each proposal matches its content files: person, body, kind, session, themes, titles, how much is known', () => {
		for (const p of summaries) {
			const files = content.proposals.find((f) => f.id === p.id)!;
			const meta = files.meta.data as { person: string; session: string; kind: string; themes: string[]; titleOnly?: true; subjectOnly?: true; title?: Record<string, string> };
			expect(p.person.id).toBe(meta.person);
			expect([p.titleOnly, p.subjectOnly]).toEqual([meta.titleOnly === true, meta.subjectOnly === true]);
			expect(p.session.id).toBe(meta.session);
			expect(p.kind).toBe(meta.kind);
			expect(p.body).toBe(meta.kind === 'proposal' ? 'cppcc' : 'npc');
			expect(p.themes.map((t) => t.id)).toEqual(meta.themes);
			for (const lang of ['zh', 'en'] as const) {
				const title = meta.titleOnly ? meta.title![lang] : (files.texts[lang]!.frontmatter!.data as { title: string }).title;
				expect(p.title[lang]).toBe(title);
				expect(new URL(p.urls[lang]).pathname).toBe(`/${lang}/proposals/${p.id}/`);
			}
		}
	});

	test('one JSON per proposal: its session entry plus both full texts (none for a title-only one)', () => {
		for (const summary of summaries) {
			const full = exportedProposalSchema.parse(JSON.parse(read(`data/proposals/${summary.id}.json`)));
			const { text, ...facts } = full;
			expect(facts).toEqual(summary);
			if (summary.titleOnly) expect(text).toBeNull();
			else for (const lang of ['zh', 'en'] as const) expect(text![lang]).not.toContain('<Cite');
		}
	});

	test('no session file carries full texts (they stay in the per-proposal files)', () => {
		for (const { session } of index.sessions) expect(read(`data/sessions/${session}.json`)).not.toContain('"text"');
	});

	test('the published JSON Schemas are generated from the same definitions', () => {
		for (const [name, schema] of [
			['index', exportedIndexSchema],
			['session', exportedSessionSchema],
			['proposal', exportedProposalSchema],
		] as const) {
			expect(JSON.parse(read(`data/${name}.schema.json`))).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12' }))));
		}
	});
});

describe('feeds and sitemap', () => {
	const parser = new XMLParser({ ignoreAttributes: false });

	test.each(['zh', 'en'])('the %s feed is valid RSS listing the newest 50 proposals in its language', (lang) => {
		const xml = read(`${lang}/feed.xml`);
		expect(XMLValidator.validate(xml)).toBe(true);
		const items = [parser.parse(xml).rss.channel.item].flat() as { link: string }[];
		const paths = items.map((item) => new URL(item.link).pathname);
		expect(paths).toHaveLength(Math.min(50, ids.length));
		expect(new Set(paths).size).toBe(paths.length);
		for (const path of paths) expect(ids.map((id) => `/${lang}/proposals/${id}/`)).toContain(path);
		const newest = Math.max(...content.proposals.map((p) => Number((p.meta.data as { session: string }).session) || 0));
		const ofNewest = ids.filter((id) => id.startsWith(`${newest}-`)).slice(0, 50);
		for (const id of ofNewest) expect(paths).toContain(`/${lang}/proposals/${id}/`);
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
