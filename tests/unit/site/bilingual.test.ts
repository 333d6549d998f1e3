import { expect, test } from 'vitest';
import { pairSections, sectionsOf } from '../../../src/lib/site/bilingual.ts';

test('a body splits at its headings, citations become numbered links', () => {
	const sections = sectionsOf('Intro.\n\n## Background\n\nText. <Cite source="b" />\n\n## Recommendations\n\n1. **One.** x\n', ['a', 'b']);
	expect(sections.map((s) => s.depth)).toEqual([0, 2, 2]);
	expect(sections[1]!.html).toContain('<h2>Background</h2>');
	expect(sections[1]!.html).toContain('<sup class="cite"><a href="#source-b">[2]</a></sup>');
	expect(sections[2]!.html).toContain('<ol>');
});

test('glossary terms become links to the glossary', () => {
	const [section] = sectionsOf('## A\n\nWe need <Term id="rural-revitalization">rural revitalization</Term> now.', [], 'en');
	expect(section!.html).toContain('<a class="term" href="/en/glossary/#rural-revitalization">rural revitalization</a>');
});

test('no empty opening section when the body starts with a heading', () => {
	expect(sectionsOf('## A\n\nx').map((s) => s.depth)).toEqual([2]);
});

test('sections pair row by row, padding the shorter side', () => {
	expect(pairSections([1, 2], [3])).toEqual([
		[1, 3],
		[2, undefined],
	]);
});
