import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fieldReference, withFieldReference } from '../../../src/lib/maintain/field-docs.ts';
import { ROOT } from '../../support/build-site.ts';

test('every field of every schema is documented', () => {
	const docs = fieldReference();
	for (const field of ['person', 'session', 'kind', 'themes', 'officialTitle', 'titleOnly', 'subjectOnly', 'replies', 'sources', 'reviewed', 'title', 'summary', 'aliases', 'roles', 'position', 'npc', 'cppcc', 'copy', 'archiveFile', 'reports']) {
		expect(docs).toMatch(new RegExp(`\\| \`${field}\` \\| (required|optional) \\| \\S`));
	}
});

test('no field is left without a meaning', () => {
	expect(fieldReference()).not.toMatch(/\| (required|optional) \|\s*\|/);
});

test('content/README.md carries the current field reference (run npm run docs:fields)', () => {
	const readme = readFileSync(join(ROOT, 'content/README.md'), 'utf8');
	expect(withFieldReference(readme)).toBe(readme);
});
