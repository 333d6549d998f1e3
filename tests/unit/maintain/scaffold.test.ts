import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../src/lib/check/read.ts';
import { checkContent } from '../../../src/lib/check/integrity.ts';
import { formatIssue } from '../../../src/lib/check/issues.ts';
import { scaffoldFiles, scaffoldKind, scaffoldProblems, withPublishedId, type Known, type ScaffoldRequest } from '../../../src/lib/maintain/scaffold.ts';
import { ROOT } from '../../support/build-site.ts';
import { fixtureRoot } from '../../support/fixtures.ts';

const SCRIPT = join(ROOT, 'scripts/new-proposal.ts');

const known: Known = {
	people: [
		{ id: 'lei-jun', roles: [{ body: 'npc', from: 2013 }] },
		{ id: 'zhang-jindong', roles: [{ body: 'cppcc', from: 2003, to: 2017 }, { body: 'npc', from: 2018 }] },
	],
	themes: ['healthcare'],
	sessions: [{ id: '2017', year: 2017 }, { id: '2021', year: 2021 }],
	sources: ['test-source'],
	proposals: ['2021-lei-jun-old'],
};
const ok: ScaffoldRequest = { id: '2021-lei-jun-new-topic', person: 'lei-jun', themes: ['healthcare'], sources: ['test-source'], today: '2026-11-23' };

test('a sound request has no problems, and its kind follows the body that year', () => {
	expect(scaffoldProblems(ok, known)).toEqual([]);
	expect(scaffoldKind(ok, known)).toBe('suggestion');
	expect(scaffoldKind({ ...ok, id: '2017-zhang-jindong-x', person: 'zhang-jindong' }, known)).toBe('proposal');
	expect(scaffoldKind({ ...ok, id: '2021-zhang-jindong-x', person: 'zhang-jindong' }, known)).toBe('suggestion');
});

test('bad id, unknown person, theme and source, an existing folder, a year without a role, the wrong kind are refused', () => {
	expect(scaffoldProblems({ ...ok, id: 'Lei Jun 2021' }, known)[0]).toMatch(/^id "Lei Jun 2021" is not valid/);
	expect(scaffoldProblems({ ...ok, id: '2021-lei-jun-old' }, known)).toEqual(['content/proposals/2021-lei-jun-old/ already exists (never overwritten; choose another id)']);
	expect(scaffoldProblems({ ...ok, id: '2019-lei-jun-x' }, known)[0]).toMatch(/starts with an unknown session/);
	expect(scaffoldProblems({ ...ok, person: 'ma-huateng' }, known)).toContain('person "ma-huateng" is unknown (expected one of: lei-jun, zhang-jindong; add the person to content/people.yaml first)');
	expect(scaffoldProblems({ ...ok, themes: ['space'] }, known)).toEqual(['theme "space" is unknown (expected one of: healthcare)']);
	expect(scaffoldProblems({ ...ok, sources: [] }, known)).toEqual(['give at least one source id']);
	expect(scaffoldProblems({ ...ok, id: '2017-lei-jun-x', kind: 'proposal' }, known)).toEqual(['kind "proposal" is not filed in the NPC (expected one of: motion, suggestion)']);
	expect(
		scaffoldProblems({ ...ok, id: '2021-lei-jun-x', person: 'lei-jun' }, { ...known, people: [{ id: 'lei-jun', roles: [{ body: 'npc', from: 2023 }] }] })
	).toEqual(['lei-jun held no role in 2021 (roles in content/people.yaml: npc 2023–)']);
});

test('a proposal known only by its title is meta.yaml alone, with the title fields', () => {
	const files = scaffoldFiles({ ...ok, titleOnly: true }, 'suggestion');
	expect(Object.keys(files)).toEqual(['meta.yaml']);
	expect(files['meta.yaml']).toContain('titleOnly: true\ntitle:\n');
});

test('the script scaffolds a proposal that passes the content check, and never overwrites', () => {
	const root = fixtureRoot();
	const run = () =>
		spawnSync(process.execPath, [SCRIPT, ok.id, '--person', 'lei-jun', '--themes', 'healthcare', '--sources', 'test-source'], { cwd: root, encoding: 'utf8' });
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
		const run = spawnSync(process.execPath, [SCRIPT, ok.id, '--person', 'lei-jun', '--themes', 'healthcare', '--sources', 'test-source'], { cwd: root, encoding: 'utf8' });
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
