/**
 * Content fixtures: `tests/fixtures/valid` is a complete small content tree; each folder in
 * `tests/fixtures/bad/<case>` overlays it (files replaced; paths listed in REMOVE deleted).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { checkContent } from '../../src/lib/check/integrity.ts';
import { formatIssue, type ContentIssue } from '../../src/lib/check/issues.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A temporary project root holding the valid content with the named overlay applied. */
export function fixtureRoot(badCase?: string): string {
	const root = mkdtempSync(join(tmpdir(), 'lianghui-fixture-'));
	cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
	if (badCase) {
		const overlay = join(FIXTURES, 'bad', badCase);
		cpSync(overlay, root, { recursive: true, filter: (src) => !src.endsWith('REMOVE') });
		const remove = join(overlay, 'REMOVE');
		if (existsSync(remove)) {
			for (const path of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(root, path));
		}
	}
	return root;
}

/** Run the content check on a fixture and return its issues as formatted lines. */
export function checkFixture(badCase?: string): string[] {
	const root = fixtureRoot(badCase);
	try {
		return checkContent(readContentFiles(root)).map((issue: ContentIssue) => formatIssue(issue));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
