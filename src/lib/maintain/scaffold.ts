/**
 * `npm run new`: the files of a new proposal, from a template, after checking the id, the
 * person, the session and the themes against the data. The kind of document follows from the
 * body the person sat in that year (a deputy's suggestion, a member's proposal) unless given.
 * Pure; scripts/new-proposal.ts does the I/O.
 */
import { isSeq, parseDocument, type Document } from 'yaml';
import { KINDS_OF_BODY, roleIn } from '../model/bodies.ts';
import type { Kind, Person } from '../model/schema.ts';
import { PROPOSAL_ID } from '../check/integrity.ts';

export interface ScaffoldRequest {
	id: string;
	person: string;
	/** Left out: the body's usual kind (suggestion for an NPC deputy, proposal for a CPPCC member). */
	kind?: Kind | undefined;
	themes: string[];
	sources: string[];
	/** Known only by its title: meta.yaml alone. */
	titleOnly?: boolean;
	/** Today, YYYY-MM-DD: the review date the new page starts with. */
	today: string;
}

export interface Known {
	people: Pick<Person, 'id' | 'roles'>[];
	themes: string[];
	/** Session ids with their years. */
	sessions: { id: string; year?: number | undefined }[];
	sources: string[];
	proposals: string[];
}

const oneOf = (list: readonly string[]) => `expected one of: ${[...list].sort().join(', ')}`;

/** The kind the request gets: the one given, or the person's body's usual one that session. */
export function scaffoldKind(req: ScaffoldRequest, known: Known): Kind | undefined {
	if (req.kind) return req.kind;
	const person = known.people.find((p) => p.id === req.person);
	const session = known.sessions.find((s) => s.id === req.id.split('-')[0]);
	const role = person && session && roleIn(person, session.year);
	return role && KINDS_OF_BODY[role.body][0];
}

/** Problems with a request, worded like the content check's; empty when it can go ahead. */
export function scaffoldProblems(req: ScaffoldRequest, known: Known): string[] {
	const problems: string[] = [];
	const [session, ...rest] = req.id.split('-');
	const sessionInfo = known.sessions.find((s) => s.id === session);
	const person = known.people.find((p) => p.id === req.person);
	if (!PROPOSAL_ID.test(req.id)) problems.push(`id "${req.id}" is not valid (expected <year>-<person-id>-<topic> in ASCII kebab-case, e.g. 2021-lei-jun-intelligent-manufacturing)`);
	else if (!sessionInfo) problems.push(`id "${req.id}" starts with an unknown session (${oneOf(known.sessions.map((s) => s.id))}; add the session to content/sessions.yaml first)`);
	if (known.proposals.includes(req.id)) problems.push(`content/proposals/${req.id}/ already exists (never overwritten; choose another id)`);
	if (!person) problems.push(`person "${req.person}" is unknown (${oneOf(known.people.map((p) => p.id))}; add the person to content/people.yaml first)`);
	if (PROPOSAL_ID.test(req.id) && !rest.join('-').startsWith(`${req.person}-`)) problems.push(`id "${req.id}" should name the person after the year (expected ${session}-${req.person}-<topic>)`);
	if (person && sessionInfo) {
		const role = roleIn(person, sessionInfo.year);
		if (!role) problems.push(`${req.person} held no role in ${session} (roles in content/people.yaml: ${person.roles.map((r) => `${r.body} ${r.from}–${r.to ?? ''}`).join(', ')})`);
		else if (req.kind && !KINDS_OF_BODY[role.body].includes(req.kind)) problems.push(`kind "${req.kind}" is not filed in the ${role.body === 'npc' ? 'NPC' : 'CPPCC'} (${oneOf(KINDS_OF_BODY[role.body])})`);
	}
	if (req.themes.length < 1 || req.themes.length > 4) problems.push('give one to four themes');
	for (const theme of req.themes) if (!known.themes.includes(theme)) problems.push(`theme "${theme}" is unknown (${oneOf(known.themes)})`);
	if (req.sources.length === 0) problems.push('give at least one source id');
	for (const source of req.sources) if (!known.sources.includes(source)) problems.push(`source "${source}" is unknown (${oneOf(known.sources)}; add the report to content/sources.yaml first)`);
	return problems;
}

/** The files of the new proposal, keyed by file name: meta.yaml, and both texts unless it is known by title only. */
export function scaffoldFiles(req: ScaffoldRequest, kind: Kind): Partial<Record<'meta.yaml' | 'zh.mdx' | 'en.mdx', string>> {
	const session = req.id.split('-')[0]!;
	const cites = (lang: 'zh' | 'en') => req.sources.map((s) => `<Cite source="${s}" />`).join(lang === 'zh' ? '' : ' ');
	const meta = [
		`person: ${req.person}`,
		`session: '${session}'`,
		`kind: ${kind} # suggestion or motion from an NPC deputy; proposal from a CPPCC member`,
		`themes: [${req.themes.join(', ')}]`,
		'officialTitle: false # true only if a Chinese source gives this exact title',
		...(req.titleOnly ? ['titleOnly: true', 'title:', '  zh: 来源给出的标题或主题', '  en: The title or topic as the source gives it'] : []),
		'sources:',
		...req.sources.flatMap((s) => [`  - source: ${s}`, '    supports:', '      zh: 这份来源支持的内容', '      en: What this source supports on this page']),
		`reviewed: ${req.today}`,
		'',
	].join('\n');
	if (req.titleOnly) return { 'meta.yaml': meta };
	return {
		'meta.yaml': meta,
		'zh.mdx': `---\ntitle: 主题短语（官方标题见于来源时照录）\nsummary: 一两句话说明主张什么。\n---\n\n## 背景\n\n用自己的话概述来源所说的背景。${cites('zh')}\n\n## 建议\n\n1. **第一项主张。** 用自己的话复述。\n`,
		'en.mdx': `---\ntitle: A short topic phrase (or the official title, translated)\nsummary: One or two sentences on what it asks for.\n---\n\n## Background\n\nThe background the sources give, in your own words. ${cites('en')}\n\n## Recommendations\n\n1. **The first recommendation.** In your own words.\n`,
	};
}

/**
 * content/published.yaml with `id` added at the end, whatever the file's last line looks like
 * (no final newline, an empty `[]`, a trailing comment): edited as a YAML document, comments
 * kept, never by appending text blindly.
 * @example withPublishedId('# ids\n- a', 'b') → '# ids\n- a\n- b\n'
 */
export function withPublishedId(text: string, id: string): string {
	const doc: Document = parseDocument(text);
	if (doc.errors.length) throw new Error(`content/published.yaml does not parse: ${doc.errors[0]!.message.split('\n')[0]}`);
	if (doc.contents === null) doc.contents = doc.createNode([]);
	if (!isSeq(doc.contents)) throw new Error('content/published.yaml must be a list of ids');
	doc.contents.flow = false;
	doc.contents.add(id);
	return doc.toString();
}
