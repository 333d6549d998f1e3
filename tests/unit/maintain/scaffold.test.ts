import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../src/lib/check/read.ts';
import { checkContent } from '../../../src/lib/check/integrity.ts';
import { formatIssue } from '../../../src/lib/check/issues.ts';
import { scaffoldProblems, withPublishedId, type Known } from '../../../src/lib/maintain/scaffold.ts';
import { ROOT } from '../../support/build-site.ts';
import { fixtureRoot } from '../../support/fixtures.ts';

const SCRIPT = join(ROOT, 'scripts/new-proposal.ts');

const known: Known = { people: ['lei-jun'], themes: ['healthcare'], sessions: ['2021'], sources: ['test-source'], proposals: ['2021-lei-jun-old'] };
const ok = { id: '2021-lei-jun-new-topic', deputy: 'lei-jun', themes: ['healthcare'], sources: ['test-source'], today: '2026-11-23' };

test('a sound request has no problems', () => {
	expect(scaffoldProblems(ok, known)).toEqual([]);
});

test('bad id, unknown deputy, theme and source, and an existing folder are refused', () => {
	expect(scaffoldProblems({ ...ok, id: 'Lei Jun 2021' }, known)[0]).toMatch(/^id "Lei Jun 2021" is not valid/);
	expect(scaffoldProblems({ ...ok, id: '2021-lei-jun-old' }, known)).toEqual(['content/proposals/2021-lei-jun-old/ already exists (never overwritten; choose another id)']);
	expect(scaffoldProblems({ ...ok, id: '2019-lei-jun-x' }, known)[0]).toMatch(/starts with an unknown session/);
	expect(scaffoldProblems({ ...ok, deputy: 'ma-huateng' }, known)).toContain('deputy "ma-huateng" is unknown (expected one of: lei-jun; add the deputy to content/people.yaml first)');
	expect(scaffoldProblems({ ...ok, themes: ['space'] }, known)).toEqual(['theme "space" is unknown (expected one of: healthcare)']);
	expect(scaffoldProblems({ ...ok, sources: [] }, known)).toEqual(['give at least one source id']);
});

test('the script scaffolds a proposal that passes the content check, and never overwrites', () => {
	const root = fixtureRoot();
	const run = () =>
		spawnSync(process.execPath, [SCRIPT, ok.id, '--deputy', 'lei-jun', '--themes', 'healthcare', '--sources', 'test-source'], { cwd: root, encoding: 'utf8' });
	try {
		const first = run();
		expect(first.status, first.stderr).toBe(0);
		expect(readFileSync(join(root, 'content/published.yaml'), 'utf8')).toContain(`- ${ok.id}`);
		expect(checkContent(readContentFiles(root)).map(formatIssue)).toEqual([]);
		const again = run();
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists (never overwritten');
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

test('the script keeps published.yaml valid when the file lacks its final newline', () => {
	const root = fixtureRoot();
	try {
		const published = join(root, 'content/published.yaml');
		writeFileSync(published, readFileSync(published, 'utf8').trimEnd());
		const run = spawnSync(process.execPath, [SCRIPT, ok.id, '--deputy', 'lei-jun', '--themes', 'healthcare', '--sources', 'test-source'], { cwd: root, encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		expect(readFileSync(published, 'utf8')).toMatch(new RegExp(`\\n- ${ok.id}\\n$`));
		expect(checkContent(readContentFiles(root)).map(formatIssue)).toEqual([]);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

describe('adding an id to published.yaml', () => {
	test('never corrupts the file, whatever its last line', () => {
		expect(withPublishedId('# ids\n- a', 'b')).toBe('# ids\n- a\n- b\n');
		expect(withPublishedId('# ids\n- a\n', 'b')).toBe('# ids\n- a\n- b\n');
		expect(withPublishedId('- a # last\n', 'b')).toBe('- a # last\n- b\n');
		expect(withPublishedId('# none yet\n[]\n', 'b')).toBe('# none yet\n- b\n');
		expect(withPublishedId('', 'b')).toBe('- b\n');
	});

	test('refuses a file it cannot read as a list, so nothing is written', () => {
		expect(() => withPublishedId('a: [', 'b')).toThrow(/published.yaml does not parse/);
		expect(() => withPublishedId('a: 1\n', 'b')).toThrow('content/published.yaml must be a list of ids');
	});
});
