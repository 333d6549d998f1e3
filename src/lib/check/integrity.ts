/**
 * The whole content check: every file against its schema, then the rules that span files
 * (references resolve, both languages present and alike, sources cited, ids permanent).
 * Returns every problem at once; callers decide whether to throw or print.
 */
import type { ContentFiles, MdxFile, ProposalFiles } from './read.ts';
import type { ContentIssue } from './issues.ts';
import { inspectMdx, type MdxInspection } from './mdx.ts';
import { checkOutlines } from './outline.ts';
import {
	LANGS,
	personSchema,
	proposalMetaSchema,
	proposalTextSchema,
	redirectSchema,
	sessionSchema,
	sourceSchema,
	termSchema,
	themeSchema,
	type ProposalMeta,
} from '../model/schema.ts';
import { validateIdList, validateList, validateYaml } from './validate.ts';

/** Proposal ids: `<year>-<deputy>-<topic>` or `undated-<deputy>-<topic>`, ASCII kebab-case. */
export const PROPOSAL_ID = /^(\d{4}|undated)-[a-z0-9]+(?:-[a-z0-9]+)+$/;

interface InspectedText {
	text: MdxFile;
	inspection: MdxInspection;
}

interface Known {
	glossary: Set<string>;
	people: Set<string>;
	themes: Set<string>;
	sessions: Set<string>;
	sources: Set<string>;
}

/** Check everything read from the content folder. An empty list means the content is sound. */
export function checkContent(files: ContentFiles): ContentIssue[] {
	const { data } = files;
	const people = validateList(data.people, personSchema);
	const themes = validateList(data.themes, themeSchema);
	const sessions = validateList(data.sessions, sessionSchema);
	const sources = validateList(data.sources, sourceSchema);
	const glossary = validateList(data.glossary, termSchema);
	const redirects = validateList({ ...data.redirects, data: data.redirects.data ?? [] }, redirectSchema, { required: false, key: 'from' });
	const published = validateIdList(data.published);
	const known: Known = {
		glossary: new Set(glossary.entries.map((e) => e.id)),
		people: new Set(people.entries.map((e) => e.id)),
		themes: new Set(themes.entries.map((e) => e.id)),
		sessions: new Set(sessions.entries.map((e) => e.id)),
		sources: new Set(sources.entries.map((e) => e.id)),
	};
	const issues = [people, themes, sessions, sources, glossary, redirects, published].flatMap((r) => r.issues);
	for (const person of people.entries) {
		person.sources.forEach((source, i) => {
			if (!known.sources.has(source)) {
				issues.push(unknownRef(data.people.file, data.people.lineOf([people.entries.indexOf(person), 'sources', i]), `sources[${i}]`, 'source', source, known.sources));
			}
		});
	}
	for (const proposal of files.proposals) issues.push(...checkProposal(proposal, known));
	const ids = new Set(files.proposals.map((p) => p.id));
	issues.push(...checkPermanence(files, ids, published.ids, redirects.entries));
	return issues;
}

function unknownRef(file: string, line: number | undefined, field: string, kind: string, value: string, known: Set<string>): ContentIssue {
	return {
		file,
		line,
		field,
		problem: `unknown ${kind} "${value}"`,
		expected: `one of: ${[...known].sort().join(', ')}`,
	};
}

/** One proposal folder: its files, its meta's references, and its two texts. */
function checkProposal(proposal: ProposalFiles, known: Known): ContentIssue[] {
	const issues: ContentIssue[] = proposal.strays.map((file) => ({
		file,
		field: '(file)',
		problem: 'unexpected file in a proposal folder',
		expected: 'only meta.yaml, zh.mdx and en.mdx',
	}));
	if (!PROPOSAL_ID.test(proposal.id)) {
		issues.push({ file: proposal.dir, field: '(folder name)', problem: `"${proposal.id}" is not a valid proposal id`, expected: '<year>-<deputy-id>-<topic> in ASCII kebab-case, or undated-…' });
	}
	let meta: ProposalMeta | undefined;
	if (proposal.meta.missing) {
		issues.push({ file: proposal.meta.file, field: '(file)', problem: 'file is missing', expected: 'meta.yaml with the shared facts' });
	} else {
		const result = validateYaml(proposal.meta.file, proposal.meta, proposalMetaSchema);
		issues.push(...result.issues);
		meta = result.value;
		if (meta) issues.push(...checkMetaRefs(proposal, meta, known));
	}
	const inspections = LANGS.map((lang): InspectedText | undefined => {
		const text = proposal.texts[lang];
		if (!text) {
			issues.push({ file: `${proposal.dir}/${lang}.mdx`, field: '(file)', problem: 'file is missing', expected: `the ${lang === 'zh' ? 'Chinese' : 'English'} text` });
			return undefined;
		}
		issues.push(...checkFrontmatter(text));
		return { text, inspection: inspectMdx(text.body, text.bodyLine - 1) };
	});
	for (const entry of inspections) {
		if (!entry) continue;
		issues.push(...entry.inspection.problems.map((p) => ({ file: entry.text.file, ...p })));
		for (const term of entry.inspection.terms) {
			if (!known.glossary.has(term.id)) issues.push(unknownRef(entry.text.file, term.line, 'body', 'glossary term', term.id, known.glossary));
		}
	}
	const [zh, en] = inspections;
	if (zh && en) issues.push(...checkOutlines(zh, en));
	if (meta) issues.push(...checkCitations(meta, inspections));
	return issues;
}

function checkMetaRefs(proposal: ProposalFiles, meta: ProposalMeta, known: Known): ContentIssue[] {
	const { file, lineOf } = proposal.meta;
	const issues: ContentIssue[] = [];
	if (!known.people.has(meta.deputy)) issues.push(unknownRef(file, lineOf(['deputy']), 'deputy', 'deputy', meta.deputy, known.people));
	if (!known.sessions.has(meta.session)) issues.push(unknownRef(file, lineOf(['session']), 'session', 'session', meta.session, known.sessions));
	if (PROPOSAL_ID.test(proposal.id) && !proposal.id.startsWith(`${meta.session}-`)) {
		issues.push({ file, line: lineOf(['session']), field: 'session', problem: `session "${meta.session}" does not match the folder name "${proposal.id}"`, expected: `the id to start with "${meta.session}-"` });
	}
	meta.themes.forEach((theme, i) => {
		if (!known.themes.has(theme)) issues.push(unknownRef(file, lineOf(['themes', i]), `themes[${i}]`, 'theme', theme, known.themes));
		else if (meta.themes.indexOf(theme) !== i) issues.push({ file, line: lineOf(['themes', i]), field: `themes[${i}]`, problem: `theme "${theme}" is listed twice` });
	});
	meta.sources.forEach(({ source }, i) => {
		if (!known.sources.has(source)) issues.push(unknownRef(file, lineOf(['sources', i, 'source']), `sources[${i}].source`, 'source', source, known.sources));
	});
	return issues;
}

function checkFrontmatter(text: MdxFile): ContentIssue[] {
	if (!text.frontmatter) {
		return [{ file: text.file, line: 1, field: '(frontmatter)', problem: 'frontmatter is missing', expected: '--- title: … summary: … --- at the top' }];
	}
	return validateYaml(text.file, text.frontmatter, proposalTextSchema).issues;
}

/** Every listed source is cited in each language, and every citation is listed. */
function checkCitations(meta: ProposalMeta, inspections: (InspectedText | undefined)[]): ContentIssue[] {
	const listed = new Set(meta.sources.map((s) => s.source));
	const issues: ContentIssue[] = [];
	for (const entry of inspections) {
		if (!entry) continue;
		const cited = new Set(entry.inspection.cites.map((c) => c.source));
		for (const cite of entry.inspection.cites) {
			if (!listed.has(cite.source)) issues.push({ file: entry.text.file, line: cite.line, field: 'body', problem: `<Cite source="${cite.source}"> names a source not listed in meta.yaml`, expected: `one of: ${[...listed].join(', ')}` });
		}
		meta.sources.forEach(({ source }, i) => {
			if (!cited.has(source)) issues.push({ file: entry.text.file, field: 'body', problem: `source "${source}" (meta.yaml sources[${i}]) is never cited`, expected: `<Cite source="${source}" /> after what it supports` });
		});
	}
	return issues;
}

/** Published ids never disappear: each still exists, or redirects to one that does. */
function checkPermanence(files: ContentFiles, ids: Set<string>, published: string[], redirects: { from: string; to: string }[]): ContentIssue[] {
	const { file, lineOf } = files.data.published;
	const redirectFile = files.data.redirects;
	const issues: ContentIssue[] = [];
	const redirected = new Map(redirects.map((r) => [r.from, r.to]));
	published.forEach((id, i) => {
		if (!ids.has(id) && !redirected.has(id)) {
			issues.push({ file, line: lineOf([i]), field: `[${i}]`, problem: `published proposal "${id}" no longer exists`, expected: `its folder back, or a redirect { from: ${id}, to: <new id> } in content/redirects.yaml` });
		}
	});
	redirects.forEach(({ from, to }, i) => {
		if (!ids.has(to)) issues.push({ file: redirectFile.file, line: redirectFile.lineOf([i, 'to']), field: `[${i}].to`, problem: `redirect target "${to}" does not exist`, expected: 'the id of an existing proposal' });
		if (ids.has(from)) issues.push({ file: redirectFile.file, line: redirectFile.lineOf([i, 'from']), field: `[${i}].from`, problem: `"${from}" still exists, so it cannot redirect`, expected: 'the id of a removed proposal' });
	});
	const listed = new Set(published);
	for (const id of ids) {
		if (!listed.has(id)) issues.push({ file, field: '(file)', problem: `proposal "${id}" is not listed`, expected: `"- ${id}" in content/published.yaml (npm run new adds it)` });
	}
	return issues;
}
