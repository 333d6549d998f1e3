/**
 * The compiler's door (integrations/content-guard.ts), tested on its own: even content the
 * check never saw cannot be loaded as a module, import anything, or compile unchecked.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentGuard } from '../../../src/integrations/content-guard.ts';
import { textDigest } from '../../../src/lib/check/read.ts';
import { fixtureRoot } from '../../support/fixtures.ts';

const root = fixtureRoot();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const guard = contentGuard(root);
const resolveId = (source: string, importer: string) => (guard.resolveId as (s: string, i: string) => unknown)(source, importer);
const load = (id: string) => (guard.load as (id: string) => unknown)(id);
const text = (name: string) => join(root, 'content/proposals/2021-lei-jun-test-proposal', name);

describe('the content guard', () => {
	test('a checked text is handed to the compiler as it was checked', () => {
		expect(load(`${text('en.mdx')}?astroPropagatedAssets`)).toMatch(/^---\ntitle: A test proposal/);
	});

	test('nothing else under content/ is ever a module', () => {
		writeFileSync(join(root, 'content/proposals/x.mjs'), 'throw new Error("ran")');
		expect(() => load(join(root, 'content/proposals/x.mjs'))).toThrow('content/proposals/x.mjs is content, not a module: nothing under content/ is ever imported');
		expect(() => load(join(root, 'content/people.yaml?raw'))).toThrow('content/people.yaml is content, not a module');
	});

	test('a text may import only the runtime the MDX compiler adds', () => {
		expect(resolveId('astro/jsx-runtime', text('en.mdx'))).toBeNull();
		expect(resolveId(`${text('en.mdx')}?astroPropagatedAssets`, text('en.mdx'))).toBeNull();
		expect(() => resolveId('yaml', text('en.mdx'))).toThrow('content/proposals/2021-lei-jun-test-proposal/en.mdx may not import "yaml": content never imports anything');
		expect(() => resolveId('../x.mjs', text('zh.mdx'))).toThrow('may not import "../x.mjs"');
		expect(() => resolveId('node:fs', text('zh.mdx'))).toThrow('may not import "node:fs"');
	});

	test('a text that breaks the rules is refused at the door with its problems', () => {
		writeFileSync(text('en.mdx'), '---\ntitle: T\nsummary: S\n---\n\nimport fs from "node:fs"\n\n![x](../x.mjs)\n');
		expect(() => load(text('en.mdx'))).toThrow(
			[
				'2 content problems:',
				'  content/proposals/2021-lei-jun-test-proposal/en.mdx:6 › body: import/export is not allowed in content (expected <Cite source="…" />, <Term id="…">…</Term> and <Ref to="…">…</Ref>)',
				'  content/proposals/2021-lei-jun-test-proposal/en.mdx:8 › body: images are not allowed in content (expected text only (an image path would be compiled as code))',
			].join('\n')
		);
	});

	test('a text passes uninspected only when its bytes are those the content check accepted', () => {
		const bad = '---\ntitle: T\nsummary: S\n---\n\nimport fs from "node:fs"\n';
		writeFileSync(text('zh.mdx'), bad);
		// Trusting the check's digest is the point: the same bytes were inspected there.
		const trusting = contentGuard(root, [textDigest(bad)]);
		expect((trusting.load as (id: string) => unknown)(text('zh.mdx'))).toBe(bad);
		writeFileSync(text('zh.mdx'), `${bad}\n`);
		expect(() => (trusting.load as (id: string) => unknown)(text('zh.mdx'))).toThrow('import/export is not allowed in content');
	});

	test('modules outside content/ pass untouched', () => {
		expect(load(join(root, 'src/anything.ts'))).toBeNull();
		expect(resolveId('yaml', join(root, 'src/anything.ts'))).toBeNull();
	});
});
