import { describe, expect, test } from 'vitest';
import { sectionIds } from '../../../src/lib/model/sections.ts';
import { pairSections, sectionsOfHtml, withSectionIds } from '../../../src/lib/site/text-html.ts';

const rendered = '<p>Intro.</p>\n<h2 id="背景">背景</h2>\n<p>a</p>\n<h3 id="细节">细节</h3>\n<p>b</p>\n<h2 id="建议">建议</h2>\n<ol><li>c</li></ol>';

describe('section ids', () => {
	test('standard sections get their own id in either language, others their place', () => {
		expect(sectionIds(['背景', '细节', '建议'], 'zh')).toEqual(['background', 'section-2', 'recommendations']);
		expect(sectionIds(['Background', 'Details', 'Recommendations'], 'en')).toEqual(['background', 'section-2', 'recommendations']);
	});

	test('the renderer’s ids are replaced in order, or removed', () => {
		const html = withSectionIds(rendered, ['background', 'section-2', 'recommendations']);
		expect([...html.matchAll(/<h[23][^>]*>/g)].map((m) => m[0])).toEqual(['<h2 id="background">', '<h3 id="section-2">', '<h2 id="recommendations">']);
		expect(withSectionIds(rendered, undefined)).not.toMatch(/ id=/);
	});
});

describe('splitting rendered HTML into sections', () => {
	test('each heading starts a section; the opening text is one too', () => {
		const sections = sectionsOfHtml(rendered);
		expect(sections.map((s) => s.depth)).toEqual([0, 2, 3, 2]);
		expect(sections[0]!.html).toBe('<p>Intro.</p>');
		expect(sections[3]!.html).toBe('<h2 id="建议">建议</h2>\n<ol><li>c</li></ol>');
		expect(sections.map((s) => s.html).join('\n')).toBe(rendered);
	});

	test('no opening section when the text starts with a heading', () => {
		expect(sectionsOfHtml('<h2>A</h2><p>x</p>').map((s) => s.depth)).toEqual([2]);
	});

	test('rows pair the two languages, a missing side left empty', () => {
		expect(pairSections([1, 2], [3])).toEqual([
			[1, 3],
			[2, undefined],
		]);
	});
});
