/**
 * The whole content check: every file against its schema, then the rules that span files
 * (references resolve, both languages present and alike, sources cited, ids permanent).
 * Returns every problem at once, first causes only: a reference into a data file that could
 * not be read is not reported again as "unknown". Callers decide whether to throw or print.
 */
import type { ContentFiles, MdxFile, ProposalFiles } from './read.ts';
import type { ContentIssue } from './issues.ts';
import { languageProblems } from './language.ts';
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
	type Lang,
	type Person,
	type ProposalMeta,
	type Session,
} from '../model/schema.ts';
import { KINDS_OF_BODY, roleIn, rolesInOrder } from '../model/bodies.ts';
import { sectionIds } from '../model/sections.ts';
import { checkCounts, checkPeople, checkSessions, checkSources, unknownRef, type KnownIds } from './data-rules.ts';
import { validateIdList, validateList, validateYaml } from './validate.ts';

/** Proposal ids: `<year>-<person>-<topic>` or `undated-<person>-<topic>`, ASCII kebab-case. */
export const PROPOSAL_ID = /^(\d{4}|undated)-[a-z0-9]+(?:-[a-z0-9]+)+$/;

interface InspectedText {
	lang: Lang;
	text: MdxFile;
	inspection: MdxInspection;
}

interface Known {
	glossary: KnownIds;
	people: KnownIds;
	themes: KnownIds;
	sessions: KnownIds;
	sources: KnownIds;
	/** The valid entries, for the rules that need more than the id (roles, years). */
	person: Map<string, Person>;
	session: Map<string, Session>;
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
		glossary: glossary.ids,
		people: people.ids,
		themes: themes.ids,
		sessions: sessions.ids,
		sources: sources.ids,
		person: new Map(people.entries.map((p) => [p.id, p])),
		session: new Map(sessions.entries.map((s) => [s.id, s])),
	};
	const counts = checkCounts(data.counts, { people: people.ids, sessions: sessions.ids, sources: sources.ids, person: known.person, session: known.session });
	const issues = [
		...files.strays,
		...[people, themes, sessions, sources, glossary, redirects, published, counts].flatMap((r) => r.issues),
		...checkPeople(data.people, people.entries, known.sources),
		...checkSessions(data.sessions, sessions.entries, known.sources),
		...checkSources(data.sources, sources.entries),
	];
	const inspected = files.proposals.map((proposal) => checkProposal(proposal, known));
	for (const result of inspected) issues.push(...result.issues);
	issues.push(...checkRefs(inspected));
	const ids = new Set(files.proposals.map((p) => p.id));
	issues.push(...checkPermanence(files, ids, published.ids, redirects.entries));
	return issues;
}

interface CheckedProposal {
	proposal: ProposalFiles;
	issues: ContentIssue[];
	texts: InspectedText[];
	titles: Partial<Record<Lang, string>> | undefined;
}

/** One proposal folder: its files, its meta's references, and its two texts. */
function checkProposal(proposal: ProposalFiles, known: Known): CheckedProposal {
	const issues: ContentIssue[] = [];
	if (!PROPOSAL_ID.test(proposal.id)) {
		issues.push({ file: proposal.dir, field: '(folder name)', problem: `"${proposal.id}" is not a valid proposal id`, expected: '<year>-<person-id>-<topic> in ASCII kebab-case, or undated-…' });
	}
	let meta: ProposalMeta | undefined;
	if (proposal.meta.missing) {
		issues.push({ file: proposal.meta.file, field: '(file)', problem: 'file is missing', expected: 'meta.yaml with the shared facts' });
	} else if (proposal.meta.issues.length === 0 && proposal.meta.data == null) {
		issues.push({ file: proposal.meta.file, line: 1, field: '(file)', problem: 'file is empty', expected: 'the fields listed in content/README.md' });
	} else {
		const result = validateYaml(proposal.meta.file, proposal.meta, proposalMetaSchema);
		issues.push(...result.issues);
		meta = result.value;
		if (meta) issues.push(...checkMetaRefs(proposal, meta, known));
	}
	// A proposal known only by its title has meta.yaml alone; any other has both texts.
	const titleOnly = meta?.titleOnly === true;
	if (titleOnly) {
		for (const lang of LANGS) {
			const text = proposal.texts[lang];
			if (text) issues.push({ file: text.file, field: '(file)', problem: 'a proposal known only by its title has no text', expected: 'meta.yaml alone (or remove titleOnly and title from meta.yaml)' });
		}
		if (meta?.title) issues.push(...checkTitleForm(proposal, meta, meta.title));
		return { proposal, issues, texts: [], titles: meta?.title };
	}
	const texts: InspectedText[] = [];
	const titles: Partial<Record<Lang, string>> = {};
	let readable = true;
	for (const lang of LANGS) {
		const text = proposal.texts[lang];
		if (!text) {
			issues.push({ file: `${proposal.dir}/${lang}.mdx`, field: '(file)', problem: 'file is missing', expected: `the ${lang === 'zh' ? 'Chinese' : 'English'} text (or titleOnly: true in meta.yaml)` });
			readable = false;
			continue;
		}
		if (text.issues.length) {
			issues.push(...text.issues);
			readable = false;
			continue;
		}
		const frontmatter = checkFrontmatter(text);
		issues.push(...frontmatter.issues);
		if (frontmatter.value) titles[lang] = frontmatter.value.title;
		const inspection = inspectMdx(text.body, text.bodyLine - 1);
		issues.push(...inspection.problems.map((p) => ({ file: text.file, ...p })));
		if (inspection.problems.length) readable = false;
		const proseOfTitle = frontmatter.value ? [{ text: `${frontmatter.value.title}\n${frontmatter.value.summary}`, line: 2 }] : [];
		issues.push(...languageProblems([...proseOfTitle, ...inspection.prose], lang).map((p) => ({ file: text.file, ...p })));
		for (const term of inspection.terms) issues.push(...unknownRef(text.file, term.line, 'body', 'glossary term', term.id, known.glossary));
		texts.push({ lang, text, inspection });
	}
	if (meta?.title) issues.push({ file: proposal.meta.file, line: proposal.meta.lineOf(['title']), field: 'title', problem: 'title belongs in zh.mdx and en.mdx when the proposal has texts', expected: 'no title in meta.yaml (only with titleOnly: true)' });
	// Compare the two texts only when both were read and parsed: a file that does not parse
	// has no outline, and comparing it would only restate its one real problem.
	const [zh, en] = texts;
	if (readable && zh && en) issues.push(...checkOutlines(zh, en));
	if (meta) issues.push(...checkCitations(meta, texts), ...checkTitleForm(proposal, meta, titles));
	return { proposal, issues, texts: readable ? texts : [], titles };
}

function checkMetaRefs(proposal: ProposalFiles, meta: ProposalMeta, known: Known): ContentIssue[] {
	const { file, lineOf } = proposal.meta;
	const issues: ContentIssue[] = [
		...unknownRef(file, lineOf(['person']), 'person', 'person', meta.person, known.people),
		...unknownRef(file, lineOf(['session']), 'session', 'session', meta.session, known.sessions),
	];
	// An unknown person is one problem, not also a folder-name mismatch.
	const personKnown = !known.people || known.people.has(meta.person);
	if (PROPOSAL_ID.test(proposal.id) && personKnown && !proposal.id.startsWith(`${meta.session}-${meta.person}-`)) {
		issues.push({ file, line: lineOf(['session']), field: 'session', problem: `session "${meta.session}" and person "${meta.person}" do not match the folder name "${proposal.id}"`, expected: `the id to start with "${meta.session}-${meta.person}-"` });
	}
	meta.themes.forEach((theme, i) => {
		issues.push(...unknownRef(file, lineOf(['themes', i]), `themes[${i}]`, 'theme', theme, known.themes));
		if (meta.themes.indexOf(theme) !== i) issues.push({ file, line: lineOf(['themes', i]), field: `themes[${i}]`, problem: `theme "${theme}" is listed twice` });
	});
	meta.sources.forEach(({ source }, i) => issues.push(...unknownRef(file, lineOf(['sources', i, 'source']), `sources[${i}].source`, 'source', source, known.sources)));
	const listed = new Set(meta.sources.map((s) => s.source));
	(meta.replies ?? []).forEach((reply, i) => {
		if (!listed.has(reply.source)) issues.push({ file, line: lineOf(['replies', i, 'source']), field: `replies[${i}].source`, problem: `source "${reply.source}" is not among this proposal's sources`, expected: `one of: ${[...listed].join(', ')}` });
	});
	if (meta.titleOnly && !meta.title) issues.push({ file, line: lineOf(['titleOnly']), field: 'title', problem: 'missing', expected: 'title: { zh: …, en: … } for a proposal known only by its title' });
	if (meta.subjectOnly && !meta.titleOnly) issues.push({ file, line: lineOf(['subjectOnly']), field: 'subjectOnly', problem: 'only a proposal known by its title or subject alone (titleOnly: true) can be known by its subject only', expected: 'titleOnly: true as well, or remove subjectOnly' });
	if (meta.subjectOnly && meta.officialTitle) issues.push({ file, line: lineOf(['officialTitle']), field: 'officialTitle', problem: 'a subject is not an official title', expected: 'officialTitle: false (or remove subjectOnly when a source gives the title)' });
	issues.push(...checkBodyAndKind(proposal, meta, known));
	return issues;
}

/** The person sat in a body that session, and the kind of document is that body's. */
function checkBodyAndKind({ meta: { file, lineOf } }: ProposalFiles, meta: ProposalMeta, known: Known): ContentIssue[] {
	const person = known.person.get(meta.person);
	const session = known.session.get(meta.session);
	// Roles out of order are reported in people.yaml; judging a body from them would only mislead.
	if (!person || !session || !rolesInOrder(person.roles)) return [];
	const role = roleIn(person, session.year);
	const roles = person.roles.map((r) => `${r.body} ${r.from}–${r.to ?? ''}`).join(', ');
	if (!role) {
		const when = session.year === undefined ? 'an undated session (they sat in more than one body)' : String(session.year);
		return [{ file, line: lineOf(['session']), field: 'session', problem: `${person.name.en} held no role in ${when}`, expected: `a session within their roles in content/people.yaml (${roles})` }];
	}
	const kinds = KINDS_OF_BODY[role.body];
	if (kinds.includes(meta.kind)) return [];
	const member = role.body === 'npc' ? 'an NPC deputy' : 'a member of the CPPCC National Committee';
	return [{ file, line: lineOf(['kind']), field: 'kind', problem: `${person.name.en} was ${member} in ${session.year ?? 'that session'}, who does not file a ${meta.kind}`, expected: kinds.join(' or ') }];
}

/**
 * A title not given by a source must not look like one: the 关于…的建议 form and "Suggestion on …"
 * are kept for official titles (content/README.md, Titles).
 */
function checkTitleForm({ meta: { file, lineOf } }: ProposalFiles, meta: ProposalMeta, titles: Partial<Record<Lang, string>>): ContentIssue[] {
	if (meta.officialTitle) return [];
	const issues: ContentIssue[] = [];
	if (titles.zh && /^关于.*的(?:建议|提案|议案)$/.test(titles.zh)) {
		issues.push({ file, line: lineOf(['officialTitle']), field: 'officialTitle', problem: `“${titles.zh}” has the form of an official title, but officialTitle is false`, expected: 'a descriptive topic phrase, or officialTitle: true if a source gives this title' });
	}
	if (titles.en && /^(?:Suggestion|Proposal|Motion)s? (?:on|for|to|about)\b/i.test(titles.en)) {
		issues.push({ file, line: lineOf(['officialTitle']), field: 'officialTitle', problem: `"${titles.en}" has the form of an official title, but officialTitle is false`, expected: 'a descriptive topic phrase' });
	}
	return issues;
}

/**
 * What makes one MDX text safe to compile, checked on its own: its frontmatter fields and its
 * body's restricted MDX. The build's module guard (integrations/content-guard.ts) runs this
 * again on the exact text it hands the compiler.
 */
export function unsafeTextIssues(text: MdxFile): ContentIssue[] {
	if (text.issues.length) return text.issues;
	const inspection = inspectMdx(text.body, text.bodyLine - 1);
	return [...checkFrontmatter(text).issues, ...inspection.problems.map((p) => ({ file: text.file, ...p }))];
}

function checkFrontmatter(text: MdxFile) {
	if (!text.frontmatter) {
		return { value: undefined, issues: [{ file: text.file, line: 1, field: '(frontmatter)', problem: 'frontmatter is missing', expected: '--- title: … summary: … --- at the top' }] };
	}
	return validateYaml(text.file, text.frontmatter, proposalTextSchema);
}

/** Every listed source is cited in each language, and every citation is listed. */
function checkCitations(meta: ProposalMeta, texts: InspectedText[]): ContentIssue[] {
	const listed = new Set(meta.sources.map((s) => s.source));
	const issues: ContentIssue[] = [];
	for (const { text, inspection } of texts) {
		if (inspection.problems.some((p) => p.problem.startsWith('MDX does not parse') || p.problem.startsWith('is nested'))) continue;
		const cited = new Set(inspection.cites.map((c) => c.source));
		for (const cite of inspection.cites) {
			if (!listed.has(cite.source)) issues.push({ file: text.file, line: cite.line, field: 'body', problem: `<Cite source="${cite.source}"> names a source not listed in meta.yaml`, expected: `one of: ${[...listed].join(', ')}` });
		}
		meta.sources.forEach(({ source }, i) => {
			if (!cited.has(source)) issues.push({ file: text.file, field: 'body', problem: `source "${source}" (meta.yaml sources[${i}]) is never cited`, expected: `<Cite source="${source}" /> after what it supports` });
		});
	}
	return issues;
}

/** `<Ref to="id">`, `<Ref to="id#section">`, `<Ref to="#section">`: the proposal and its section exist. */
function checkRefs(checked: CheckedProposal[]): ContentIssue[] {
	const sections = new Map(
		checked.map(({ proposal, texts }) => {
			const zh = texts.find((t) => t.lang === 'zh');
			const headings = zh ? zh.inspection.outline.slice(1).map((s) => s.heading) : undefined;
			return [proposal.id, headings && new Set(sectionIds(headings, 'zh'))] as const;
		})
	);
	const issues: ContentIssue[] = [];
	for (const { proposal, texts } of checked) {
		for (const { text, inspection } of texts) {
			for (const { to, line } of inspection.refs) {
				const [target = '', fragment] = to.split('#', 2) as [string, string | undefined];
				const id = target || proposal.id;
				const refuse = (problem: string, expected: string) => issues.push({ file: text.file, line, field: 'body', problem, expected });
				if (!sections.has(id)) refuse(`<Ref to="${to}"> names no proposal`, 'a proposal id, optionally with #section, e.g. 2019-lei-jun-commercial-space#recommendations');
				else if (fragment !== undefined && sections.get(id) && !sections.get(id)!.has(fragment)) {
					refuse(`<Ref to="${to}"> names no section of ${id}`, `one of: ${[...sections.get(id)!].join(', ')}`);
				}
			}
		}
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
	if (files.data.published.issues.length) return issues;
	const listed = new Set(published);
	for (const id of ids) {
		if (!listed.has(id)) issues.push({ file, field: '(file)', problem: `proposal "${id}" is not listed`, expected: `"- ${id}" in content/published.yaml (npm run new adds it)` });
	}
	return issues;
}
