/**
 * The only module that queries content collections. It loads everything once per build and
 * joins meta.yaml, both texts, people, themes, sessions and sources into ready-made objects,
 * so pages import data instead of querying. (Cross-file integrity was already checked before
 * the build by integrations/content-check.ts; a failed lookup here is a bug, and throws.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang, Person, ProposalMeta, Session, Source, Term, Theme } from './lib/schema.ts';
import { exportProposal, type ExportedProposal } from './lib/export.ts';
import { proposalPath } from './lib/paths.ts';
import { byNewest, type Facts } from './lib/taxonomy.ts';
import { termsUsed } from './lib/terms.ts';

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
	redirects: { from: string; to: string }[];
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
		data<{ from: string; to: string }>('redirects'),
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
			texts: { zh: text(`${id}/zh`), en: text(`${id}/en`) },
			terms: termsUsed(glossary, { zh: text(`${id}/zh`).entry.body ?? '', en: text(`${id}/en`).entry.body ?? '' }),
		};
	});
	const sessionOrder = (a: Session, b: Session) => (b.year ?? -Infinity) - (a.year ?? -Infinity);
	return {
		proposals: proposals.sort(byNewest),
		people,
		themes,
		sessions: [...sessions].sort(sessionOrder),
		sources,
		glossary,
		redirects: redirects.map(({ from, to }) => ({ from, to })),
	};
}

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded once per build and shared by every page. */
export function getArchive(): Promise<Archive> {
	archive ??= loadArchive();
	return archive;
}

/** The archive as published data (`/data/…json`), with absolute page URLs on `site`. */
export async function exportedArchive(site: URL): Promise<{ generated: string; proposals: ExportedProposal[] }> {
	const { proposals } = await getArchive();
	return {
		generated: new Date().toISOString().slice(0, 10),
		proposals: proposals.map((p) =>
			exportProposal(
				{ ...p, texts: { zh: { ...p.texts.zh, body: p.texts.zh.entry.body ?? '' }, en: { ...p.texts.en, body: p.texts.en.entry.body ?? '' } } },
				(lang) => new URL(proposalPath(lang, p.id), site).href
			)
		),
	};
}
