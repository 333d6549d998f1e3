/**
 * The machine-readable form of a proposal (`/data/proposals.json`, `/data/proposals/<id>.json`),
 * defined once as a Zod schema: the JSON Schema at `/data/proposal.schema.json` is generated
 * from it, and the build tests validate the files against it.
 */
import { z } from 'astro/zod';
import { LANGS, localized, type Lang, type Person, type ProposalMeta, type Session, type Source, type Theme } from '../model/schema.ts';

const pair = localized(z.string());

export const exportedProposalSchema = z
	.strictObject({
		id: z.string().meta({ description: 'Permanent id; also the last URL segment.' }),
		urls: localized(z.url()).meta({ description: 'Permanent page URL in each language.' }),
		title: pair,
		officialTitle: z.boolean().meta({ description: 'Whether title.zh is the official title as a Chinese source gives it.' }),
		summary: pair,
		deputy: z.strictObject({ id: z.string(), name: pair, organisation: pair, role: pair }),
		session: z.strictObject({
			id: z.string(),
			year: z.number().int().nullable(),
			term: z.number().int().nullable(),
			session: z.number().int().nullable(),
			label: pair,
		}),
		themes: z.array(z.strictObject({ id: z.string(), name: pair })),
		text: pair.meta({ description: 'The full text in each language, as Markdown; citations as [n].' }),
		sources: z.array(
			z.strictObject({
				id: z.string(),
				title: z.string(),
				language: z.enum(LANGS),
				publisher: pair.nullable(),
				author: pair.nullable(),
				published: z.string().nullable(),
				url: z.string().nullable(),
				note: pair,
				supports: pair,
			})
		),
		reviewed: z.string().meta({ description: 'When the page was last checked against its sources (YYYY-MM-DD).' }),
	})
	.meta({ title: 'Two Sessions Tech Proposals: one proposal', description: 'A proposal with the facts shared by both languages and its Chinese and English texts.' });

export type ExportedProposal = z.output<typeof exportedProposalSchema>;

/** What the export needs about one proposal (a subset of content.ts's Proposal). */
export interface ExportInput {
	id: string;
	meta: ProposalMeta;
	person: Person;
	sessionInfo: Session;
	themeList: Theme[];
	sources: { source: Source; supports: Record<Lang, string> }[];
	texts: Record<Lang, { title: string; summary: string; body: string }>;
}

/** `<Cite source="x" />` → `[n]`, numbered as on the page. */
export function plainCitations(body: string, order: readonly string[]): string {
	return body.replace(/<Cite\s+source="([^"]*)"\s*\/>/g, (_, id: string) => `[${order.indexOf(id) + 1 || id}]`).trim();
}

export function exportProposal(input: ExportInput, pageUrl: (lang: Lang) => string): ExportedProposal {
	const { meta, person, sessionInfo: s } = input;
	const order = input.sources.map(({ source }) => source.id);
	const both = <T,>(f: (lang: Lang) => T) => ({ zh: f('zh'), en: f('en') });
	return {
		id: input.id,
		urls: both(pageUrl),
		title: both((lang) => input.texts[lang].title),
		officialTitle: meta.officialTitle,
		summary: both((lang) => input.texts[lang].summary),
		deputy: { id: person.id, name: person.name, organisation: person.organisation, role: person.role },
		session: { id: s.id, year: s.year ?? null, term: s.term ?? null, session: s.session ?? null, label: s.label },
		themes: input.themeList.map(({ id, name }) => ({ id, name })),
		text: both((lang) => plainCitations(input.texts[lang].body, order)),
		sources: input.sources.map(({ source, supports }) => ({
			id: source.id,
			title: source.title,
			language: source.language,
			publisher: source.publisher ?? null,
			author: source.author ?? null,
			published: source.published ?? null,
			url: source.url ?? null,
			note: source.note,
			supports,
		})),
		reviewed: meta.reviewed,
	};
}
