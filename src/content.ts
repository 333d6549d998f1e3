/**
 * The only module that queries content collections. It loads everything once per build and
 * joins meta.yaml, both texts, people, themes, sessions and sources into ready-made objects,
 * so pages import data instead of querying. (Cross-file integrity was already checked before
 * the build by integrations/content-check.ts; a failed lookup here is a bug, and throws.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang, Person, ProposalMeta, Redirect, Session, Source, Term, Theme } from './lib/model/schema.ts';
import { exportProposal, type ExportedProposal } from './lib/data/export.ts';
import { proposalPath } from './lib/site/paths.ts';
import { byNewest, groupByDeputy, groupBySession, groupByTheme, neighbourIndex, relatedIndex, type Facts } from './lib/site/taxonomy.ts';
import { termsUsed } from './lib/site/terms.ts';

export interface ProposalText {
	title: string;
	summary: string;
	entry: CollectionEntry<'proposalTexts'>;
}

export interface Proposal extends Facts {
	meta: ProposalMeta;
	person: Person;
	sessionInfo: Session;
	themeList: Theme[];
	sources: { source: Source; supports: Record<Lang, string> }[];
	texts: Record<Lang, ProposalText>;
	/** Glossary terms the texts use (computed). */
	terms: Term[];
}

export interface Archive {
	/** Newest first. */
	proposals: Proposal[];
	people: Person[];
	themes: Theme[];
	/** Newest first, undated last. */
	sessions: Session[];
	sources: Source[];
	glossary: Term[];
	redirects: Redirect[];
	/** Indexes built once per build, so no page scans the whole archive (see docs/performance.md). */
	byTheme: Map<string, Proposal[]>;
	byDeputy: Map<string, Proposal[]>;
	bySession: Map<string, Proposal[]>;
	related: Map<string, Proposal[]>;
	neighbours: Map<string, { previous: Proposal | undefined; next: Proposal | undefined }>;
}

function lookup<T extends { id: string }>(items: readonly T[], kind: string): (id: string) => T {
	const byId = new Map(items.map((item) => [item.id, item]));
	return (id) => {
		const found = byId.get(id);
		if (!found) throw new Error(`content.ts: unknown ${kind} "${id}" (the content check should have caught this)`);
		return found;
	};
}

const data = async <T,>(name: 'people' | 'themes' | 'sessions' | 'sources' | 'glossary' | 'redirects') =>
	(await getCollection(name)).map((entry) => entry.data as T);

async function loadArchive(): Promise<Archive> {
	const [metas, texts, people, themes, sessions, sources, glossary, redirects] = await Promise.all([
		getCollection('proposals'),
		getCollection('proposalTexts'),
		data<Person>('people'),
		data<Theme>('themes'),
		data<Session>('sessions'),
		data<Source>('sources'),
		data<Term>('glossary'),
		data<Redirect>('redirects'),
	]);
	const person = lookup(people, 'deputy');
	const theme = lookup(themes, 'theme');
	const session = lookup(sessions, 'session');
	const source = lookup(sources, 'source');
	const text = lookup(
		texts.map((entry) => ({ id: entry.id, title: entry.data.title, summary: entry.data.summary, entry })),
		'text'
	);
	const proposals = metas.map(({ id, data: meta }): Proposal => {
		const sessionInfo = session(meta.session);
		const [zh, en] = [text(`${id}/zh`), text(`${id}/en`)];
		return {
			id,
			deputy: meta.deputy,
			session: meta.session,
			year: sessionInfo.year,
			themes: meta.themes,
			meta,
			person: person(meta.deputy),
			sessionInfo,
			themeList: meta.themes.map(theme),
			sources: meta.sources.map((use) => ({ source: source(use.source), supports: use.supports })),
			texts: { zh, en },
			terms: termsUsed(glossary, { zh: zh.entry.body ?? '', en: en.entry.body ?? '' }),
		};
	});
	const sessionOrder = (a: Session, b: Session) => (b.year ?? -Infinity) - (a.year ?? -Infinity);
	proposals.sort(byNewest);
	return {
		proposals,
		people,
		themes,
		sessions: [...sessions].sort(sessionOrder),
		sources,
		glossary,
		redirects: redirects.map(({ from, to }) => ({ from, to })),
		byTheme: groupByTheme(proposals),
		byDeputy: groupByDeputy(proposals),
		bySession: groupBySession(proposals),
		related: relatedIndex(proposals),
		neighbours: neighbourIndex(proposals),
	};
}

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded once per build and shared by every page. */
export function getArchive(): Promise<Archive> {
	archive ??= loadArchive();
	return archive;
}

/** One proposal as published data (`/data/proposals/<id>.json`), with absolute page URLs on `site`. */
export function exportedProposal(p: Proposal, site: URL): ExportedProposal {
	const withBody = (lang: Lang) => ({ ...p.texts[lang], body: p.texts[lang].entry.body ?? '' });
	return exportProposal({ ...p, texts: { zh: withBody('zh'), en: withBody('en') } }, (lang) => new URL(proposalPath(lang, p.id), site).href);
}

/** The whole archive as published data (`/data/proposals.json`). */
export async function exportedArchive(site: URL): Promise<{ generated: string; proposals: ExportedProposal[] }> {
	const { proposals } = await getArchive();
	return { generated: new Date().toISOString().slice(0, 10), proposals: proposals.map((p) => exportedProposal(p, site)) };
}
