/** Social cards over the built dist/: one 1200×630 PNG per proposal, and the meta that points at it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { ROOT } from '../support/build-site.ts';
import { builtPages, DIST, page } from '../support/dist.ts';
import { pngSize } from '../support/png.ts';
import { UI } from '../../src/i18n/translate.ts';
import { cardsFromContent } from '../../src/lib/cards/early.ts';
import { cardKey, OG_CACHE_DIR } from '../../src/lib/cards/render.ts';

const proposals = readContentFiles(ROOT).proposals.map((p) => {
	const meta = p.meta.data as { titleOnly?: true; title?: Record<'zh' | 'en', string> };
	return {
		id: p.id,
		titleOnly: meta.titleOnly === true,
		title: (lang: 'zh' | 'en') => (meta.titleOnly ? meta.title![lang] : (p.texts[lang]!.frontmatter!.data as { title: string }).title),
	};
});

/** The content of `<meta property|name="key">`, entities decoded; undefined when absent. */
function meta(html: string, key: string): string | undefined {
	const tag = [...html.matchAll(/<meta\s[^>]*>/g)].map(([t]) => t).find((t) => t.includes(`property="${key}"`) || t.includes(`name="${key}"`));
	const value = tag && /\scontent="([^"]*)"/.exec(tag)?.[1];
	return value?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('social cards', () => {
	test('every proposal has /og/<id>.png, a valid 1200×630 PNG', () => {
		expect(proposals.length).toBeGreaterThan(0);
		for (const { id } of proposals) {
			const file = join(DIST, 'og', `${id}.png`);
			expect(existsSync(file), file).toBe(true);
			expect(pngSize(readFileSync(file)), id).toEqual({ width: 1200, height: 630 });
		}
	});

	test('each proposal page and its side-by-side view point og:image at their card, on the site’s host', () => {
		for (const { id, title, titleOnly } of proposals) {
			for (const lang of ['zh', 'en'] as const) {
				for (const path of [`/${lang}/proposals/${id}/`, ...(titleOnly ? [] : [`/${lang}/proposals/${id}/bilingual/`])]) {
					const html = page(path);
					const canonical = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!);
					const image = new URL(meta(html, 'og:image') ?? '', 'invalid:/');
					expect(image.origin, path).toBe(canonical.origin);
					expect(image.pathname, path).toBe(`/og/${id}.png`);
					expect(existsSync(join(DIST, image.pathname)), path).toBe(true);
					expect(meta(html, 'og:image:width'), path).toBe('1200');
					expect(meta(html, 'og:image:height'), path).toBe('630');
					expect(meta(html, 'og:image:alt'), path).toBe(title(lang));
					expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
				}
			}
		}
	});

	test('pages other than proposals keep the small summary card and no image', () => {
		const others = builtPages().filter((p) => /^\/(zh|en)\//.test(p.path) && !/^\/(zh|en)\/proposals\/[^/]+\/(bilingual\/)?$/.test(p.path));
		expect(others.length).toBeGreaterThan(0);
		for (const { path, html } of others) {
			expect(meta(html, 'og:image'), path).toBeUndefined();
			expect(meta(html, 'twitter:card'), path).toBe('summary');
		}
	});

	test('the cards, rendered from the content files as soon as they pass, agree with the pages and are what dist/ serves', () => {
		const early = cardsFromContent(readContentFiles(ROOT), { zh: UI.zh['site.name'], en: UI.en['site.name'] }, { zh: UI.zh['session.undated'], en: UI.en['session.undated'] });
		expect(early.map((c) => c.id).sort()).toEqual(proposals.map((p) => p.id).sort());
		for (const { id, facts } of early) {
			for (const lang of ['zh', 'en'] as const) {
				// What the card says is what the proposal's page says: its title, person, session and year.
				const html = page(`/${lang}/proposals/${id}/`);
				expect(meta(html, 'og:image:alt'), id).toBe(facts.title[lang]);
				for (const shown of [facts.person[lang], facts.session[lang], String(facts.year ?? '')]) expect(html, `${id}: ${shown}`).toContain(shown);
			}
			const cached = join(OG_CACHE_DIR, `${cardKey(facts)}.png`);
			expect(existsSync(cached), id).toBe(true);
			expect(readFileSync(cached).equals(readFileSync(join(DIST, 'og', `${id}.png`))), id).toBe(true);
		}
	});
});
