/**
 * The real content/ passes the content model, read straight from disk (no build): schemas,
 * both languages, equal outlines, references, citations, permanent ids.
 */
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { checkContent } from '../../src/lib/check/integrity.ts';
import { formatIssue } from '../../src/lib/check/issues.ts';
import { inspectMdx } from '../../src/lib/check/mdx.ts';

const files = readContentFiles(ROOT);

describe('the archive content', () => {
	test('passes every content check', () => {
		expect(checkContent(files).map(formatIssue)).toEqual([]);
	});

	test('holds the fourteen proposals the sources describe', () => {
		expect(files.proposals.map((p) => p.id)).toHaveLength(14);
	});

	test.each(files.proposals.map((p) => [p.id, p] as const))('%s has recommendations in both languages', (_, proposal) => {
		const counts = (['zh', 'en'] as const).map((lang) => {
			const text = proposal.texts[lang]!;
			return inspectMdx(text.body).outline.reduce((sum, section) => sum + section.listItems, 0);
		});
		expect(counts[0]).toBeGreaterThan(0);
		expect(counts[0]).toBe(counts[1]);
	});

	test('Chinese texts carry no traditional characters or pinyin debris from the sources', () => {
		for (const proposal of files.proposals) {
			const body = proposal.texts.zh!.body;
			expect(body, proposal.id).not.toMatch(/[們這個來時會國為發與對產業網際聯]/);
			expect(body, proposal.id).not.toMatch(/\([a-zü]+\)/);
		}
	});
});
