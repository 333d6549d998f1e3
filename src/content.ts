/**
 * The only module that queries content collections. It loads everything once per build and
 * joins meta.yaml, both texts, people, themes, sessions, sources and counts into ready-made
 * objects, so pages import data instead of querying. What follows from the data is computed
 * here once: each proposal's body (from its person's roles), the full names of the sessions,
 * the indexes by theme, person and session, and which proposals' own pages a build can copy
 * from the last one (lib/build/page-cache.ts). (Cross-file integrity was already checked
 * before the build by integrations/content-check.ts; a failed lookup here is a bug, and throws.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { UI } from './i18n/translate.ts';
import { roleIn, sessionLabel } from './lib/model/bodies.ts';
import { BODIES, LANGS, type Body, type Count, type Kind, type Lang, type Person, type ProposalMeta, type Redirect, type Reply, type Session, type Source, type Term, type Theme } from './lib/model/schema.ts';
import { byNewest, groupByPerson, groupBySession, groupByTheme, neighbourIndex, relatedIndex, type Facts } from './lib/site/taxonomy.ts';
import { termsUsed } from './lib/site/terms.ts';
import { exportProposal, exportSummary, type ExportedProposal } from './lib/data/export.ts';
import { digestOf, proposalPageKeys } from './lib/build/page-keys.ts';
import { planPages } from './lib/build/page-cache.ts';
import { proposalPath } from './lib/site/paths.ts';

/** A body's session in a year, named in full, with the sources that name it (none: the public record). */
export interface Sitting {
	body: Body;
	label: Record<Lang, string>;
	sources: Source[];
}

export interface SessionInfo extends Session {
	/** Short name: the year, or "year not established". */
	name: Record<Lang, string>;
	/** Each body's session that year, as far as the data gives them. */
	sittings: Sitting[];
}

export interface Proposal extends Facts {
	meta: ProposalMeta;
	person: Person;
	sessionInfo: SessionInfo;
	/** The body the person sat in that session (from content/people.yaml roles). */
	body: Body;
	kind: Kind;
	/** The body's session the proposal went to, when the data names it. */
	sitting: Sitting | undefined;
	/** Known only by its title or topic: no text, no summary. */
	titleOnly: boolean;
	/** Of those, known only as a subject the person raised, not as a document of its own. */
	subjectOnly: boolean;
	title: Record<Lang, string>;
	summary: Record<Lang, string | undefined>;
	/** The two MDX texts; undefined for a proposal known only by its title. */
	texts: Record<Lang, CollectionEntry<'proposalTexts'>> | undefined;
	themeList: Theme[];
	sources: { source: Source; supports: Record<Lang, string> }[];
	replies: (Reply & { sourceInfo: Source })[];
	/** Glossary terms the texts use (computed). */
	terms: Term[];
}

/** What the sources report of one person's proposals in one session. */
export interface SessionCount {
	count: Count;
	session: SessionInfo;
	reports: { count: number; source: Source }[];
	/** The sources give different numbers. */
	conflict: boolean;
}

export interface Archive {
	/** Newest first. */
	proposals: Proposal[];
	people: Person[];
	themes: Theme[];
	/** Sessions with proposals, newest first, undated last. */
	sessions: SessionInfo[];
	sources: Source[];
	glossary: Term[];
	redirects: Redirect[];
	/** Counts the sources report, by person id, newest session first. */
	counts: Map<string, SessionCount[]>;
	/** Indexes built once per build, so no page scans the whole archive (see docs/performance.md). */
	byTheme: Map<string, Proposal[]>;
	byPerson: Map<string, Proposal[]>;
	bySession: Map<string, Proposal[]>;
	related: Map<string, Proposal[]>;
	neighbours: Map<string, { previous: Proposal | undefined; next: Proposal | undefined }>;
	/**
	 * Proposals whose own pages this build copies from the page cache (lib/build/page-cache.ts)
	 * instead of rendering: their routes leave them out. Empty outside `astro build`.
	 */
	reused: Set<string>;
}

function lookup<T extends { id: string }>(items: readonly T[], kind: string): (id: string) => T {
	const byId = new Map(items.map((item) => [item.id, item]));
	return (id) => {
		const found = byId.get(id);
		if (!found) throw new Error(`content.ts: unknown ${kind} "${id}" (the content check should have caught this)`);
		return found;
	};
}

const data = async <T,>(name: 'people' | 'themes' | 'sessions' | 'sources' | 'glossary' | 'redirects' | 'counts') =>
	(await getCollection(name)).map((entry) => entry.data as T);

const both = <T,>(f: (lang: Lang) => T): Record<Lang, T> => ({ zh: f('zh'), en: f('en') });

function sessionInfo(session: Session, source: (id: string) => Source): SessionInfo {
	const sittings = BODIES.flatMap((body): Sitting[] => {
		const sitting = session[body];
		return sitting ? [{ body, label: both((lang) => sessionLabel(session, body, lang)!), sources: (sitting.sources ?? []).map(source) }] : [];
	});
	return { ...session, name: both((lang) => (session.year ? String(session.year) : UI[lang]['session.undated'])), sittings };
}

async function loadArchive(): Promise<Archive> {
	const [metas, texts, people, themes, sessionList, sources, glossary, redirects, countList] = await Promise.all([
		getCollection('proposals'),
		getCollection('proposalTexts'),
		data<Person>('people'),
		data<Theme>('themes'),
		data<Session>('sessions'),
		data<Source>('sources'),
		data<Term>('glossary'),
		data<Redirect>('redirects'),
		data<Count>('counts'),
	]);
	const person = lookup(people, 'person');
	const theme = lookup(themes, 'theme');
	const source = lookup(sources, 'source');
	const sessions = sessionList.map((s) => sessionInfo(s, source));
	const session = lookup(sessions, 'session');
	const text = lookup(texts, 'text');
	const proposals = metas.map(({ id, data: meta }): Proposal => {
		const info = session(meta.session);
		const who = person(meta.person);
		const body = roleIn(who, info.year)!.body;
		const entries = meta.titleOnly ? undefined : both((lang) => text(`${id}/${lang}`));
		return {
			id,
			personId: meta.person,
			person: who,
			session: meta.session,
			year: info.year,
			themes: meta.themes,
			meta,
			sessionInfo: info,
			body,
			kind: meta.kind,
			sitting: info.sittings.find((s) => s.body === body),
			titleOnly: meta.titleOnly === true,
			subjectOnly: meta.subjectOnly === true,
			title: entries ? both((lang) => entries[lang].data.title) : meta.title!,
			summary: both((lang) => entries?.[lang].data.summary),
			texts: entries,
			themeList: meta.themes.map(theme),
			sources: meta.sources.map((use) => ({ source: source(use.source), supports: use.supports })),
			replies: (meta.replies ?? []).map((reply) => ({ ...reply, sourceInfo: source(reply.source) })),
			terms: entries ? termsUsed(glossary, both((lang) => entries[lang].body ?? '')) : [],
		};
	});
	proposals.sort(byNewest);
	const bySession = groupBySession(proposals);
	const related = relatedIndex(proposals);
	const neighbours = neighbourIndex(proposals);
	const pageKeys = proposalPageKeys(proposals, {
		own: (p) => digestOf(JSON.stringify(p.meta), ...(p.texts ? LANGS.flatMap((lang) => [JSON.stringify(p.texts![lang].data), p.texts![lang].body ?? '']) : [])),
		shown: (p) => [neighbours.get(p.id)!.previous, neighbours.get(p.id)!.next, ...related.get(p.id)!],
		shared: digestOf(JSON.stringify({ people, themes, sessionList, sources, glossary, redirects, countList })),
	});
	const reused = planPages(
		proposals.map((p) => ({ id: p.id, key: pageKeys.get(p.id)!, hasTexts: p.texts !== undefined })),
		import.meta.env.SITE ?? ''
	);
	return {
		proposals,
		people,
		themes,
		sessions: sessions.filter((s) => bySession.has(s.id)).sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity)),
		sources,
		glossary,
		redirects: redirects.map(({ from, to }) => ({ from, to })),
		counts: loadCounts(countList, session, source),
		byTheme: groupByTheme(proposals),
		byPerson: groupByPerson(proposals),
		bySession,
		related,
		neighbours,
		reused,
	};
}

function loadCounts(countList: readonly Count[], session: (id: string) => SessionInfo, source: (id: string) => Source): Map<string, SessionCount[]> {
	const counts = new Map<string, SessionCount[]>();
	for (const count of countList) {
		const reports = count.reports.map((r) => ({ count: r.count, source: source(r.source) }));
		const list = counts.get(count.person) ?? [];
		list.push({ count, session: session(count.session), reports, conflict: new Set(reports.map((r) => r.count)).size > 1 });
		counts.set(count.person, list);
	}
	for (const list of counts.values()) list.sort((a, b) => (b.session.year ?? 0) - (a.session.year ?? 0));
	return counts;
}

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded once per build and shared by every page. */
export function getArchive(): Promise<Archive> {
	archive ??= loadArchive();
	return archive;
}


/** The labels the export repeats from the UI tables: the person's role and the kind, in both languages. */
const exportLabels = (p: Proposal) => ({
	role: { zh: UI.zh[`body.${p.body}.member`], en: UI.en[`body.${p.body}.member`] },
	kind: { zh: UI.zh[`kind.${p.kind}`], en: UI.en[`kind.${p.kind}`] },
});
const pageUrls = (p: Proposal, site: URL) => (lang: Lang) => new URL(proposalPath(lang, p.id), site).href;

/** One proposal as published data with both texts (`/data/proposals/<id>.json`), URLs on `site`. */
export function exportedProposal(p: Proposal, site: URL): ExportedProposal {
	const bodies = p.texts && both((lang) => p.texts![lang].body ?? '');
	return exportProposal(p, exportLabels(p), pageUrls(p, site), bodies);
}

/** The proposals of one session as published data, without full texts (`/data/sessions/<id>.json`). */
export function exportedSession(session: SessionInfo, proposals: readonly Proposal[], site: URL) {
	return { session: session.id, year: session.year ?? null, proposals: proposals.map((p) => exportSummary(p, exportLabels(p), pageUrls(p, site))) };
}
