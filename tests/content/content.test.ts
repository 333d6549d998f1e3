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

	const written = files.proposals.filter((p) => !(p.meta.data as { titleOnly?: true }).titleOnly);
	const titleOnly = files.proposals.filter((p) => (p.meta.data as { titleOnly?: true }).titleOnly);

	test('holds proposals written up in both languages and proposals known only by their title', () => {
		expect(written.length).toBeGreaterThan(100);
		expect(titleOnly.length).toBeGreaterThan(50);
		for (const p of titleOnly) expect(Object.keys(p.texts), p.id).toEqual([]);
	});

	test.each(written.map((p) => [p.id, p] as const))('%s has recommendations in both languages', (_, proposal) => {
		const counts = (['zh', 'en'] as const).map((lang) => {
			const text = proposal.texts[lang]!;
			return inspectMdx(text.body).outline.reduce((sum, section) => sum + section.listItems, 0);
		});
		expect(counts[0]).toBeGreaterThan(0);
		expect(counts[0]).toBe(counts[1]);
	});

	test('Chinese texts carry no traditional characters or pinyin debris from the sources', () => {
		for (const proposal of written) {
			const body = proposal.texts.zh!.body;
			expect(body, proposal.id).not.toMatch(/[們這個來時會國為發與對產業網際聯]/);
			expect(body, proposal.id).not.toMatch(/\([a-zü]+\)/);
		}
	});
});
