/**
 * `npm run new -- <id> --deputy <id> --themes a,b --sources s1,s2`, or `npm run new` alone to be
 * asked. Creates content/proposals/<id>/ from the template and lists the id in
 * content/published.yaml; refuses an invalid request and never overwrites.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/check/read.ts';
import { scaffoldFiles, scaffoldProblems, withPublishedId, type Known, type ScaffoldRequest } from '../src/lib/maintain/scaffold.ts';

const root = process.cwd();
const files = readContentFiles(root);
const ids = (name: keyof typeof files.data) => ((files.data[name].data ?? []) as { id: string }[]).map((entry) => entry.id);
const known: Known = { people: ids('people'), themes: ids('themes'), sessions: ids('sessions'), sources: ids('sources'), proposals: files.proposals.map((p) => p.id) };

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { deputy: { type: 'string' }, themes: { type: 'string' }, sources: { type: 'string' } },
});
const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);

async function ask(): Promise<Omit<ScaffoldRequest, 'today'>> {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	try {
		const id = await rl.question('Proposal id (<year>-<deputy-id>-<topic>): ');
		const deputy = await rl.question(`Deputy (${known.people.join(', ')}): `);
		const themes = await rl.question(`Themes, comma-separated (${known.themes.join(', ')}): `);
		const sources = await rl.question(`Source ids, comma-separated (${known.sources.join(', ')}): `);
		return { id: id.trim(), deputy: deputy.trim(), themes: list(themes), sources: list(sources) };
	} finally {
		rl.close();
	}
}

const partial = positionals[0] ? { id: positionals[0], deputy: values.deputy ?? '', themes: list(values.themes), sources: list(values.sources) } : await ask();
const request: ScaffoldRequest = { ...partial, today: new Date().toISOString().slice(0, 10) };
const problems = scaffoldProblems(request, known);
if (problems.length) {
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
for (const [name, text] of Object.entries(scaffoldFiles(request))) writeFileSync(join(dir, name), text, { flag: 'wx' });
// Written whole, then renamed over the old file: an interrupted run never leaves half a file.
writeFileSync(`${publishedPath}.tmp`, published);
renameSync(`${publishedPath}.tmp`, publishedPath);
console.log(`Created content/proposals/${request.id}/ (meta.yaml, zh.mdx, en.mdx) and listed it in content/published.yaml.\nNext: write both texts from the sources, then run npm run check:content.`);
