/**
 * Contributor content is untrusted: every way found to reach the compiler, crash a parser or
 * mislead a maintainer has a fixture here (tests/fixtures/bad/<case>) with its pinned message.
 * What the build and the dev server do with such files is tested in tests/build/hostile-build.test.ts.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../src/lib/check/read.ts';
import { checkContent } from '../../../src/lib/check/integrity.ts';
import { formatIssue, formatIssues } from '../../../src/lib/check/issues.ts';
import { MAX_PROPOSAL_FILE_BYTES } from '../../../src/lib/check/limits.ts';
import { checkFixture, fixtureRoot } from '../../support/fixtures.ts';

const P = 'content/proposals/2021-lei-jun-test-proposal';
const WEB_ONLY = `(expected https:, http: or mailto: (write links to the site's own pages as <Ref to="proposal-id">…</Ref>))`;
const IMAGE = 'images are not allowed in content (expected text only (an image path would be compiled as code))';

/** Check a copy of the valid fixture after `edit` has changed it on disk. */
function checkEdited(edit: (root: string) => void): string[] {
	const root = fixtureRoot();
	try {
		edit(root);
		return checkContent(readContentFiles(root)).map(formatIssue);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

describe('no route from content to code', () => {
	test('every image form is refused (Astro compiles an image path into an import), and a module among the content is a stray', () => {
		expect(checkFixture('image-import')).toEqual([
			'content/proposals/x.mjs › (file): does not belong here (expected only proposal folders in content/proposals/)',
			`${P}/en.mdx:10 › body: ${IMAGE}`,
			`${P}/en.mdx:12 › body: ${IMAGE}`,
			`${P}/en.mdx:14 › body: ${IMAGE}`,
			`${P}/en.mdx:16 › body: link "../../../../etc/passwd" points inside the site ${WEB_ONLY}`,
		]);
	});

	test('frontmatter may not name a layout (MDX would import it)', () => {
		expect(checkFixture('frontmatter-layout')).toEqual([`${P}/en.mdx:4 › layout: unknown field (misspelled?)`]);
	});

	test('text that Astro would read as an image import is refused in any field', () => {
		expect(checkFixture('astro-import-string')).toEqual([`${P}/en.mdx:2 › title: text may not start with "__ASTRO_" (expected other wording)`]);
	});

	test('components may not nest, and footnotes are not used', () => {
		expect(checkFixture('nested-component')).toEqual([
			`${P}/en.mdx:8 › body: <Term> inside another component is not allowed (expected plain text inside <Term> and <Ref>)`,
		]);
		expect(checkFixture('footnote')).toEqual([
			`${P}/en.mdx:8 › body: footnotes are not used (expected <Cite source="…" /> for sources, or plain text)`,
			`${P}/en.mdx:10 › body: footnotes are not used (expected <Cite source="…" /> for sources, or plain text)`,
		]);
	});

	test('a symbolic link is refused, wherever it stands', () => {
		expect(
			checkEdited((root) => {
				rmSync(join(root, P, 'meta.yaml'));
				symlinkSync('/etc/hostname', join(root, P, 'meta.yaml'));
				symlinkSync('/etc', join(root, 'content', 'proposals', '2021-lei-jun-linked'));
			})
		).toEqual([
			'content/proposals/2021-lei-jun-linked › (file): is a symbolic link (expected only proposal folders in content/proposals/)',
			`${P}/meta.yaml › (file): is a symbolic link (expected a plain file (links could point outside content/))`,
		]);
	});
});

describe('internal links: one form, checked before the build', () => {
	test('Markdown links into the site are refused with the form to use', () => {
		expect(checkFixture('internal-link')).toEqual([
			`${P}/en.mdx:8 › body: link "../2020-lei-jun-other/" points inside the site ${WEB_ONLY}`,
			`${P}/en.mdx:8 › body: link "/en/proposals/2021-lei-jun-test-proposal/" points inside the site ${WEB_ONLY}`,
			`${P}/en.mdx:8 › body: link "#recommendations" points inside the site ${WEB_ONLY}`,
		]);
	});

	test('<Ref> to a proposal or section that does not exist is refused; one that exists passes', () => {
		expect(checkFixture('unknown-ref')).toEqual([
			`${P}/en.mdx:8 › body: <Ref to="2020-nobody-missing"> names no proposal (expected a proposal id, optionally with #section, e.g. 2019-lei-jun-commercial-space#recommendations)`,
			`${P}/en.mdx:8 › body: <Ref to="#nowhere"> names no section of 2021-lei-jun-test-proposal (expected one of: background, recommendations)`,
		]);
	});
});

describe('malformed files are refused by name, never crash', () => {
	test('nesting deeper than the limit is refused before the parser sees it', () => {
		const deep = `${P}/en.mdx:10 › body: is nested more than 6 levels deep (block quotes and lists) (expected at most 6 levels (see content/README.md, Limits))`;
		expect(checkFixture('deep-quote')).toEqual([deep]);
		expect(checkFixture('deep-list')).toEqual([deep.replace('en.mdx:10', 'en.mdx:16')]);
	});

	test('a YAML alias bomb is refused once per construct, and nothing refers to the file again', () => {
		expect(checkFixture('yaml-alias-bomb')).toEqual([
			'content/people.yaml:2 › (file): uses the YAML anchor &a (expected no anchors (anchors and aliases are not used in content))',
			'content/people.yaml:3 › (file): uses the YAML alias *a (expected the value written out (anchors and aliases are not used in content))',
		]);
	});

	test('YAML nested thousands deep is refused with the file and line', () => {
		expect(checkFixture('yaml-deep')).toEqual(['content/themes.yaml:2 › (file): is nested too deeply to read (expected at most 8 levels)']);
	});

	test('YAML tags are refused', () => {
		expect(checkFixture('yaml-tag')).toEqual([
			`${P}/meta.yaml:4 › (file): uses the YAML tag !!set (expected plain values without tags)`,
			`${P}/meta.yaml:10 › (file): uses the YAML tag !js/function (expected plain values without tags)`,
		]);
	});

	test('a byte-order mark, bytes that are not UTF-8 and invisible control characters are named', () => {
		expect(checkFixture('bom')).toEqual([
			`${P}/en.mdx:1 › (file): starts with a byte-order mark (BOM) (expected UTF-8 without a BOM (choose "UTF-8", not "UTF-8 with BOM", when saving))`,
		]);
		expect(checkFixture('not-utf8')).toEqual([`${P}/en.mdx:8 › (file): is not valid UTF-8 text (expected a file saved as UTF-8)`]);
		expect(checkFixture('control-character')).toEqual([`${P}/zh.mdx:8 › (file): contains the invisible control character U+202E (expected plain text (delete the character))`]);
	});

	test('a file over the size limit is refused unread', () => {
		const issues = checkEdited((root) => writeFileSync(join(root, P, 'en.mdx'), 'x'.repeat(MAX_PROPOSAL_FILE_BYTES + 1)));
		expect(issues).toEqual([`${P}/en.mdx › (file): is 100 KB (expected at most 100 KB (see content/README.md, Limits))`]);
	});

	test('a folder inside a proposal folder is a stray', () => {
		expect(checkEdited((root) => mkdirSync(join(root, P, 'images')))).toEqual([
			`${P}/images › (file): does not belong here (expected only meta.yaml, zh.mdx and en.mdx in a proposal folder)`,
		]);
	});
});

describe('messages give the first cause, once', () => {
	test('a duplicate key in people.yaml is named, and the deputy is not then "unknown"', () => {
		expect(checkFixture('duplicate-key')).toEqual(['content/people.yaml:3 › (file): a key appears twice in the same mapping (expected each key once)']);
	});

	test('one bad url in sources.yaml is one problem, not a list of unknown sources', () => {
		expect(checkFixture('bad-source-url')).toEqual(['content/sources.yaml:5 › [0].url: must be a full web address starting https:// or http://']);
	});

	test('an empty meta.yaml says so', () => {
		expect(checkFixture('empty-meta')).toEqual([`${P}/meta.yaml:1 › (file): file is empty (expected the fields listed in content/README.md)`]);
	});

	test('an MDX syntax error is reported alone, not as a difference in headings', () => {
		expect(checkFixture('parse-error')).toEqual([`${P}/en.mdx:8 › body: MDX does not parse: Could not parse expression with oxc: Unexpected token (mdx-jsx:unexpected-character)`]);
	});

	test('data-file problems are listed before the proposals', () => {
		const text = formatIssues([
			{ file: `${P}/en.mdx`, line: 3, field: 'body', problem: 'b' },
			{ file: 'content/sources.yaml', line: 9, field: '[0].url', problem: 'a' },
		]);
		expect(text.split('\n').slice(1)).toEqual([`  content/sources.yaml:9 › [0].url: a`, `  ${P}/en.mdx:3 › body: b`]);
	});
});

describe('each text in its own language, no section left empty', () => {
	test('Traditional characters in zh.mdx are named with their Simplified form (OpenCC tables)', () => {
		const simplified = (t: string, s: string) => `${P}/zh.mdx:8 › body: Traditional character "${t}" (expected Simplified "${s}" (the site is written in Simplified Chinese))`;
		expect(checkFixture('traditional-characters')).toEqual([
			simplified('測', '测'),
			simplified('試', '试'),
			simplified('國', '国'),
			simplified('與', '与'),
			simplified('後', '后'),
			simplified('來', '来'),
			simplified('發', '发'),
		]);
	});

	test('an English sentence in zh.mdx is refused', () => {
		expect(checkFixture('english-in-zh')).toEqual([
			`${P}/zh.mdx:8 › body: English prose in zh.mdx: "This sentence was left in English by mis" (expected Chinese (English names and titles go in 《》 or “”))`,
		]);
	});

	test('a section left empty in one language is refused', () => {
		expect(checkFixture('empty-section')).toEqual([`${P}/zh.mdx:10 › body: section "细节" is empty (expected text under every heading, in both languages)`]);
	});

	test('a standard heading must be the standard heading in the other language too (section ids are shared)', () => {
		expect(checkFixture('standard-heading')).toEqual([
			`${P}/en.mdx:10 › body: heading 2 is "Proposals" but zh.mdx's is "建议" (expected the standard pair "建议" / "Recommendations")`,
		]);
	});
});
