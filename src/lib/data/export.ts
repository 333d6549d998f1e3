/**
 * The machine-readable archive, defined once as Zod schemas: the JSON Schemas at
 * `/data/*.schema.json` are generated from them, and the build tests validate every file.
 * It is split so that no file grows with the whole archive:
 * - `/data/index.json`: the sessions, each with its file and count;
 * - `/data/sessions/<session>.json`: the proposals of one session, all facts, no full texts;
 * - `/data/proposals/<id>.json`: one proposal with both full texts.
 */
import { z } from 'astro/zod';
import { BODIES, KINDS, LANGS, localized, type Body, type Kind, type Lang, type Person, type ProposalMeta, type Reply, type Source, type Theme } from '../model/schema.ts';

const pair = localized(z.string());

const sourceExport = z.strictObject({
	id: z.string(),
	title: z.string(),
	language: z.enum(LANGS),
	kind: z.enum(['full-text', 'report', 'title-only']).meta({ description: 'What the source holds: the full text, a report of its substance, or the title only.' }),
	publisher: pair.nullable(),
	author: pair.nullable(),
	published: z.string().nullable(),
	url: z.string().nullable(),
	copy: z.boolean().meta({ description: 'The page at url republishes the publisher’s report on another site.' }),
	note: pair,
	supports: pair,
});

/** Every fact of one proposal, without its full texts (the session files). */
export const exportedSummarySchema = z.strictObject({
	id: z.string().meta({ description: 'Permanent id; also the last URL segment.' }),
	urls: localized(z.url()).meta({ description: 'Permanent page URL in each language.' }),
	title: pair,
	officialTitle: z.boolean().meta({ description: 'Whether title.zh is the official title as a Chinese source gives it.' }),
	titleOnly: z.boolean().meta({ description: 'Known only by its title or topic: no summary and no text.' }),
	subjectOnly: z.boolean().meta({ description: 'Of the titleOnly ones: known only as a subject the person raised that session, not as a document of its own; title is then the subject.' }),
	summary: pair.nullable(),
	body: z.enum(BODIES).meta({ description: "npc: the National People's Congress; cppcc: the CPPCC National Committee." }),
	kind: z.enum(KINDS).meta({ description: 'suggestion (建议) or motion (议案) of an NPC deputy; proposal (提案) of a CPPCC member.' }),
	kindLabel: pair,
	person: z.strictObject({ id: z.string(), name: pair, organisation: pair, position: pair, role: pair.meta({ description: 'NPC deputy or CPPCC member that year.' }) }),
	session: z.strictObject({
		id: z.string(),
		year: z.number().int().nullable(),
		term: z.number().int().nullable(),
		session: z.number().int().nullable(),
		label: pair.nullable().meta({ description: "The body's session in full, e.g. Third Session of the 13th National People's Congress." }),
		labelFrom: z.enum(['sources', 'public-record']).nullable().meta({ description: 'Whether the cited sources give the session, or it rests on the public record.' }),
	}),
	themes: z.array(z.strictObject({ id: z.string(), name: pair })),
	sources: z.array(sourceExport),
	replies: z.array(z.strictObject({ date: z.string().nullable(), by: pair, summary: pair, source: z.string() })),
	reviewed: z.string().meta({ description: 'When the page was last checked against its sources (YYYY-MM-DD).' }),
});

/** One proposal with its full texts (`/data/proposals/<id>.json`). */
export const exportedProposalSchema = exportedSummarySchema
	.extend({ text: pair.nullable().meta({ description: 'The full text in each language, as Markdown; citations as [n]. null when known only by its title.' }) })
	.meta({ title: 'Two Sessions Tech Proposals: one proposal', description: 'A proposal with the facts shared by both languages and its Chinese and English texts.' });

/** The proposals of one session (`/data/sessions/<session>.json`). */
export const exportedSessionSchema = z
	.strictObject({ session: z.string(), year: z.number().int().nullable(), proposals: z.array(exportedSummarySchema) })
	.meta({ title: 'Two Sessions Tech Proposals: one session', description: 'Every proposal of one session, with all its facts; full texts are in /data/proposals/<id>.json.' });

/** The way into the data (`/data/index.json`). */
export const exportedIndexSchema = z
	.strictObject({
		generated: z.string(),
		sessions: z.array(z.strictObject({ session: z.string(), year: z.number().int().nullable(), count: z.number().int(), url: z.url() })),
	})
	.meta({ title: 'Two Sessions Tech Proposals: index', description: 'The sessions of the archive, each with its data file.' });

export type ExportedSummary = z.output<typeof exportedSummarySchema>;
export type ExportedProposal = z.output<typeof exportedProposalSchema>;

/** What the export needs about one proposal (a subset of content.ts's Proposal). */
export interface ExportInput {
	id: string;
	meta: ProposalMeta;
	person: Person;
	body: Body;
	kind: Kind;
	sessionInfo: { id: string; year?: number | undefined; npc?: { term: number; session: number } | undefined; cppcc?: { term: number; session: number } | undefined };
	sitting: { label: Record<Lang, string>; sources: readonly unknown[] } | undefined;
	titleOnly: boolean;
	subjectOnly: boolean;
	title: Record<Lang, string>;
	summary: Record<Lang, string | undefined>;
	themeList: Theme[];
	sources: { source: Source; supports: Record<Lang, string> }[];
	replies: Reply[];
}

/** Labels the export takes from the UI tables (role and kind in each language). */
export interface ExportLabels {
	role: Record<Lang, string>;
	kind: Record<Lang, string>;
}

/** `<Cite source="x" />` → `[n]`, numbered as on the page. */
export function plainCitations(body: string, order: readonly string[]): string {
	return body.replace(/<Cite\s+source="([^"]*)"\s*\/>/g, (_, id: string) => `[${order.indexOf(id) + 1 || id}]`).trim();
}

const both = <T,>(f: (lang: Lang) => T): Record<Lang, T> => ({ zh: f('zh'), en: f('en') });

export function exportSummary(p: ExportInput, labels: ExportLabels, pageUrl: (lang: Lang) => string): ExportedSummary {
	const sitting = p.sessionInfo[p.body];
	return {
		id: p.id,
		urls: both(pageUrl),
		title: p.title,
		officialTitle: p.meta.officialTitle,
		titleOnly: p.titleOnly,
		subjectOnly: p.subjectOnly,
		summary: p.titleOnly ? null : both((lang) => p.summary[lang] ?? ''),
		body: p.body,
		kind: p.kind,
		kindLabel: labels.kind,
		person: { id: p.person.id, name: p.person.name, organisation: p.person.organisation, position: p.person.position, role: labels.role },
		session: {
			id: p.sessionInfo.id,
			year: p.sessionInfo.year ?? null,
			term: sitting?.term ?? null,
			session: sitting?.session ?? null,
			label: p.sitting?.label ?? null,
			labelFrom: p.sitting ? (p.sitting.sources.length ? 'sources' : 'public-record') : null,
		},
		themes: p.themeList.map(({ id, name }) => ({ id, name })),
		sources: p.sources.map(({ source, supports }) => ({
			id: source.id,
			title: source.title,
			language: source.language,
			kind: source.kind,
			publisher: source.publisher ?? null,
			author: source.author ?? null,
			published: source.published ?? null,
			url: source.url ?? null,
			copy: source.copy === true,
			note: source.note,
			supports,
		})),
		replies: p.replies.map((r) => ({ date: r.date ?? null, by: r.by, summary: r.summary, source: r.source })),
		reviewed: p.meta.reviewed,
	};
}

/** The full export of one proposal: its summary plus both texts (`bodies` = the MDX bodies). */
export function exportProposal(p: ExportInput, labels: ExportLabels, pageUrl: (lang: Lang) => string, bodies: Record<Lang, string> | undefined): ExportedProposal {
	const order = p.sources.map(({ source }) => source.id);
	return { ...exportSummary(p, labels, pageUrl), text: bodies ? both((lang) => plainCitations(bodies[lang], order)) : null };
}
