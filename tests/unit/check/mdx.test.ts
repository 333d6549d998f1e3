import { describe, expect, test } from 'vitest';
import { inspectMdx, parseMdx } from '../../../src/lib/check/mdx.ts';

describe('parsing MDX the way the build renders it', () => {
	test('GFM is on: tables, strikethrough and bare URLs parse as such', () => {
		const tree = parseMdx('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ www.example.org\n');
		expect(tree.children.map((node) => node.type)).toEqual(['table', 'paragraph']);
		expect(JSON.stringify(tree)).toContain('"type":"delete"');
		expect(JSON.stringify(tree)).toContain('"url":"http://www.example.org"');
	});

	test('a syntax error is reported on the line of the file where it is (frontmatter lines added)', () => {
		const { problems } = inspectMdx('Fine.\n\nBroken {1 +} here.\n', 4);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 7, field: 'body' });
		expect(problems[0]!.problem).toMatch(/^MDX does not parse: /);
		expect(problems[0]!.problem).not.toMatch(/^MDX does not parse: \d+:\d+/);
	});
});
