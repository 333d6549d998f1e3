/**
 * `npm run new -- <id> --person <id> --themes a,b --sources s1,s2 [--kind motion] [--title-only]`,
 * or `npm run new` alone to be asked. Creates content/proposals/<id>/ from the template (meta.yaml
 * alone for a proposal known only by its title) and lists the id in content/published.yaml;
 * refuses an invalid request and never overwrites.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/check/read.ts';
import { KINDS, type Kind, type Person } from '../src/lib/model/schema.ts';
import { scaffoldFiles, scaffoldKind, scaffoldProblems, withPublishedId, type Known, type ScaffoldRequest } from '../src/lib/maintain/scaffold.ts';

const root = process.cwd();
const files = readContentFiles(root);
const entries = <T,>(name: keyof typeof files.data) => (Array.isArray(files.data[name].data) ? (files.data[name].data as T[]) : []);
const ids = (name: keyof typeof files.data) => entries<{ id: string }>(name).map((entry) => entry.id);
const known: Known = {
	people: entries<Pick<Person, 'id' | 'roles'>>('people').map(({ id, roles }) => ({ id, roles: Array.isArray(roles) ? roles : [] })),
	themes: ids('themes'),
	sessions: entries<{ id: string; year?: number }>('sessions'),
	sources: ids('sources'),
	proposals: files.proposals.map((p) => p.id),
};

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { person: { type: 'string' }, kind: { type: 'string' }, themes: { type: 'string' }, sources: { type: 'string' }, 'title-only': { type: 'boolean' } },
});
const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const kindOf = (text: string | undefined): Kind | undefined => (KINDS as readonly string[]).includes(text ?? '') ? (text as Kind) : undefined;

async function ask(): Promise<Omit<ScaffoldRequest, 'today'>> {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	try {
		const id = await rl.question('Proposal id (<year>-<person-id>-<topic>): ');
		const person = await rl.question(`Person (${known.people.map((p) => p.id).join(', ')}): `);
		const themes = await rl.question(`Themes, comma-separated (${known.themes.join(', ')}): `);
		const sources = await rl.question(`Source ids, comma-separated (${known.sources.join(', ')}): `);
		const titleOnly = await rl.question('Known only by its title? (y/N): ');
		return { id: id.trim(), person: person.trim(), themes: list(themes), sources: list(sources), titleOnly: /^y/i.test(titleOnly) };
	} finally {
		rl.close();
	}
}

if (values.kind !== undefined && !kindOf(values.kind)) {
	console.error(`Nothing written:\n  kind "${values.kind}" is unknown (expected one of: ${KINDS.join(', ')})`);
	process.exit(1);
}
const partial = positionals[0]
	? { id: positionals[0], person: values.person ?? '', kind: kindOf(values.kind), themes: list(values.themes), sources: list(values.sources), titleOnly: values['title-only'] === true }
	: await ask();
const request: ScaffoldRequest = { ...partial, today: new Date().toISOString().slice(0, 10) };
const problems = scaffoldProblems(request, known);
const kind = scaffoldKind(request, known);
if (problems.length || !kind) {
	console.error(`Nothing written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	process.exit(1);
}
// published.yaml is edited first, in memory: if it cannot be, nothing at all is written.
const publishedPath = join(root, 'content', 'published.yaml');
let published: string;
try {
	published = withPublishedId(readFileSync(publishedPath, 'utf8'), request.id);
} catch (error) {
	console.error(`Nothing written: ${(error as Error).message}`);
	process.exit(1);
}
const dir = join(root, 'content', 'proposals', request.id);
mkdirSync(dir, { recursive: false });
for (const [name, text] of Object.entries(scaffoldFiles(request, kind))) writeFileSync(join(dir, name), text, { flag: 'wx' });
// Written whole, then renamed over the old file: an interrupted run never leaves half a file.
writeFileSync(`${publishedPath}.tmp`, published);
renameSync(`${publishedPath}.tmp`, publishedPath);
console.log(
	request.titleOnly
		? `Created content/proposals/${request.id}/meta.yaml (a ${kind} known by its title) and listed it in content/published.yaml.\nNext: write the title in both languages, then run npm run check:content.`
		: `Created content/proposals/${request.id}/ (meta.yaml, zh.mdx, en.mdx; a ${kind}) and listed it in content/published.yaml.\nNext: write both texts from the sources, then run npm run check:content.`
);
