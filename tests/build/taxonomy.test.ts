/** Every theme, deputy and session page lists exactly the proposals that claim it, in both languages. */
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { ROOT } from '../support/build-site.ts';
import { page } from '../support/dist.ts';

const content = readContentFiles(ROOT);
const metas = content.proposals.map((p) => ({ id: p.id, ...(p.meta.data as { deputy: string; session: string; themes: string[] }) }));
const listed = (html: string) => [...html.matchAll(/data-proposal="([^"]+)"/g)].map((m) => m[1]).sort();
const ofList = (file: string) => ((content.data as Record<string, { data: unknown }>)[file]!.data as { id: string }[]).map((x) => x.id);

describe.each(['zh', 'en'])('taxonomy pages in %s', (lang) => {
	test.each(ofList('themes'))('theme %s', (theme) => {
		expect(listed(page(`/${lang}/themes/${theme}/`))).toEqual(metas.filter((m) => m.themes.includes(theme)).map((m) => m.id).sort());
	});
	test.each(ofList('people'))('deputy %s', (person) => {
		expect(listed(page(`/${lang}/people/${person}/`))).toEqual(metas.filter((m) => m.deputy === person).map((m) => m.id).sort());
	});
	test.each(ofList('sessions'))('session %s', (session) => {
		expect(listed(page(`/${lang}/years/${session}/`))).toEqual(metas.filter((m) => m.session === session).map((m) => m.id).sort());
	});
});

test.each(['zh', 'en'])('the Greater Bay Area hub shows Ma Huateng’s line of proposals from 2017 to 2020 as a timeline (%s)', (lang) => {
	const html = page(`/${lang}/themes/greater-bay-area/`);
	const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
	const years = [...timeline.matchAll(/<span class="timeline-year">(\d{4})<\/span>/g)].map((m) => m[1]);
	expect(years[0]).toBe('2017');
	expect(years.at(-1)).toBe('2020');
	expect(years).toEqual([...years].sort());
});
