/**
 * `npm run new`: the files of a new proposal, from a template, after checking the id, the
 * deputy and the themes against the data. Pure; scripts/new-proposal.ts does the I/O.
 */
import { isSeq, parseDocument, type Document } from 'yaml';
import { PROPOSAL_ID } from '../check/integrity.ts';

export interface ScaffoldRequest {
	id: string;
	deputy: string;
	themes: string[];
	sources: string[];
	/** Today, YYYY-MM-DD: the review date the new page starts with. */
	today: string;
}

export interface Known {
	people: string[];
	themes: string[];
	sessions: string[];
	sources: string[];
	proposals: string[];
}

/** Problems with a request, worded like the content check's; empty when it can go ahead. */
export function scaffoldProblems(req: ScaffoldRequest, known: Known): string[] {
	const problems: string[] = [];
	const oneOf = (list: string[]) => `expected one of: ${[...list].sort().join(', ')}`;
	if (!PROPOSAL_ID.test(req.id)) problems.push(`id "${req.id}" is not valid (expected <year>-<deputy-id>-<topic> in ASCII kebab-case, e.g. 2021-lei-jun-intelligent-manufacturing)`);
	else if (!known.sessions.includes(req.id.split('-')[0]!)) problems.push(`id "${req.id}" starts with an unknown session (${oneOf(known.sessions)}; add the session to content/sessions.yaml first)`);
	if (known.proposals.includes(req.id)) problems.push(`content/proposals/${req.id}/ already exists (never overwritten; choose another id)`);
	if (!known.people.includes(req.deputy)) problems.push(`deputy "${req.deputy}" is unknown (${oneOf(known.people)}; add the deputy to content/people.yaml first)`);
	const [session, ...rest] = req.id.split('-');
	if (PROPOSAL_ID.test(req.id) && !rest.join('-').startsWith(`${req.deputy}-`)) problems.push(`id "${req.id}" should name the deputy after the year (expected ${session}-${req.deputy}-<topic>)`);
	if (req.themes.length < 1 || req.themes.length > 4) problems.push('give one to four themes');
	for (const theme of req.themes) if (!known.themes.includes(theme)) problems.push(`theme "${theme}" is unknown (${oneOf(known.themes)})`);
	if (req.sources.length === 0) problems.push('give at least one source id');
	for (const source of req.sources) if (!known.sources.includes(source)) problems.push(`source "${source}" is unknown (${oneOf(known.sources)}; add the report to content/sources.yaml first)`);
	return problems;
}

/** The three files of the new proposal, keyed by file name. */
export function scaffoldFiles(req: ScaffoldRequest): Record<'meta.yaml' | 'zh.mdx' | 'en.mdx', string> {
	const session = req.id.split('-')[0]!;
	const cites = (lang: 'zh' | 'en') => req.sources.map((s) => `<Cite source="${s}" />`).join(lang === 'zh' ? '' : ' ');
	return {
		'meta.yaml': [
			`deputy: ${req.deputy}`,
			`session: '${session}'`,
			`themes: [${req.themes.join(', ')}]`,
			'officialTitle: false # true only if zh.mdx has the official title as a Chinese source gives it',
			'sources:',
			...req.sources.flatMap((s) => [`  - source: ${s}`, '    supports:', '      zh: 这份来源支持的内容', '      en: What this source supports on this page']),
			`reviewed: ${req.today}`,
			'',
		].join('\n'),
		'zh.mdx': `---\ntitle: 建议标题\nsummary: 一两句话说明这份建议主张什么。\n---\n\n## 背景\n\n用自己的话概述来源所说的背景。${cites('zh')}\n\n## 建议\n\n1. **第一项建议。** 用自己的话复述。\n`,
		'en.mdx': `---\ntitle: Title of the proposal\nsummary: One or two sentences on what the proposal asks for.\n---\n\n## Background\n\nThe background the sources give, in your own words. ${cites('en')}\n\n## Recommendations\n\n1. **The first recommendation.** In your own words.\n`,
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
