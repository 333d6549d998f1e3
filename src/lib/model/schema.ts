/**
 * The content model: one Zod schema per shape a maintainer writes. Every field carries a
 * description (`.meta`), which is also where content/README's field reference comes from.
 * Pure module (only `astro/zod`), so tests and scripts parse files without Astro.
 */
import { z } from 'astro/zod';

/** The two site languages. Order matters: Chinese first, as in the archive's name. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** ASCII kebab-case, as used in every permanent id. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `{ zh, en }` pair of the same inner schema. */
export function localized<T extends z.ZodType>(inner: T) {
	return z.strictObject({ zh: inner, en: inner });
}

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(KEBAB, 'must be ASCII kebab-case (a-z, 0-9, -)');

/**
 * A calendar date written YYYY-MM-DD. YAML loaders disagree on whether that is a string or a
 * Date (js-yaml makes Dates, `yaml` strings), so both are accepted and normalised to a string.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z.iso.date({ error: 'must be a real date written YYYY-MM-DD' })
);

/** What one source supports on one proposal page. */
export const sourceUseSchema = z.strictObject({
	source: id.meta({ description: 'An id from content/sources.yaml.' }),
	supports: localized(text).meta({
		description: 'What this source supports on this page, in each language.',
	}),
});

/** content/proposals/<id>/meta.yaml: the facts written once for both languages. */
export const proposalMetaSchema = z.strictObject({
	deputy: id.meta({ description: 'The deputy who filed it: an id from content/people.yaml.' }),
	session: z
		.string()
		.regex(/^(\d{4}|undated)$/, 'must be a year in quotes, like \'2020\', or undated')
		.meta({ description: "The NPC session: an id from content/sessions.yaml (a quoted year, or undated)." }),
	themes: z
		.array(id)
		.min(1, 'needs at least one theme')
		.max(4, 'takes at most four themes')
		.meta({ description: 'One to four ids from content/themes.yaml, most important first.' }),
	officialTitle: z.boolean().meta({
		description: "true only when zh.mdx's title is the official title as a Chinese source gives it.",
	}),
	sources: z
		.array(sourceUseSchema)
		.min(1, 'needs at least one source')
		.meta({ description: 'Every report the page relies on, with what each supports.' }),
	reviewed: isoDate.meta({ description: 'When the page was last checked against its sources (YYYY-MM-DD).' }),
});

/** Frontmatter of content/proposals/<id>/{zh,en}.mdx. */
export const proposalTextSchema = z.strictObject({
	title: text.meta({ description: 'The title in this language (official Chinese title without 《》).' }),
	summary: text
		.max(300, 'must be at most 300 characters')
		.meta({ description: 'One or two sentences saying what the proposal asks for.' }),
});

/** content/people.yaml entries. */
export const personSchema = z.strictObject({
	id: id.meta({ description: 'Pinyin kebab-case, permanent (a URL segment).' }),
	name: localized(text).meta({ description: 'Name in each language.' }),
	aliases: z.array(text).default([]).meta({ description: 'Other names readers search for (e.g. Pony Ma).' }),
	role: localized(text).meta({ description: 'Role as the sources give it.' }),
	organisation: localized(text).meta({ description: 'Company or organisation.' }),
	bio: localized(text).meta({ description: 'A short, sourced biography.' }),
	sources: z.array(id).min(1).meta({ description: 'Ids from content/sources.yaml supporting the bio.' }),
});

/** content/themes.yaml entries. */
export const themeSchema = z.strictObject({
	id: id.meta({ description: 'English noun(s) in kebab-case, permanent (a URL segment).' }),
	name: localized(text).meta({ description: 'Name in each language.' }),
	description: localized(text).meta({ description: 'What the theme covers, in each language.' }),
});

/** content/sessions.yaml entries. */
export const sessionSchema = z.strictObject({
	id: z
		.string()
		.regex(/^(\d{4}|undated)$/, "must be a year in quotes, like '2020', or undated")
		.meta({ description: "The year in quotes ('2020'), or undated; a URL segment." }),
	year: z.number().int().min(1954).max(2100).optional().meta({ description: 'Calendar year.' }),
	term: z.number().int().positive().optional().meta({ description: 'NPC term (届).' }),
	session: z.number().int().positive().optional().meta({ description: 'Session number within the term (次会议).' }),
	label: localized(text).meta({ description: 'Full session name in each language.' }),
	note: localized(text).optional().meta({ description: 'Anything readers should know about the dating.' }),
});

/** content/sources.yaml entries. */
export const sourceSchema = z.strictObject({
	id: id.meta({ description: 'Kebab-case id, cited from meta.yaml and <Cite source="…" />.' }),
	title: text.meta({ description: 'Title as published, in its own language.' }),
	language: z.enum(LANGS).meta({ description: 'Language of the report.' }),
	publisher: localized(text).optional().meta({ description: 'Who published it, in each language.' }),
	author: localized(text).optional().meta({ description: 'Who wrote it, in each language.' }),
	published: isoDate.optional().meta({ description: 'Publication date, where known.' }),
	url: z.url({ protocol: /^https?$/, error: 'must be a full web address starting https:// or http://' }).optional().meta({ description: 'Where the report is online.' }),
	archiveFile: text.meta({ description: "File name of the copy in the team's source archive." }),
	note: localized(text).meta({ description: 'What the report is, and how reliable.' }),
});

/** content/glossary.yaml entries. */
export const termSchema = z.strictObject({
	id: id.meta({ description: 'The English term in kebab-case, permanent (a page anchor).' }),
	zh: text.meta({ description: 'The Chinese term, as the Chinese sources write it.' }),
	en: text.meta({ description: 'The English rendering used on every page.' }),
	note: localized(text).optional().meta({ description: 'Why this rendering; what it is not.' }),
});

/** content/redirects.yaml: ids that were published and later renamed. */
export const redirectSchema = z.strictObject({
	from: id.meta({ description: 'The id that was published.' }),
	to: id.meta({ description: 'The id it now lives at.' }),
});

export type ProposalMeta = z.output<typeof proposalMetaSchema>;
export type ProposalText = z.output<typeof proposalTextSchema>;
export type Person = z.output<typeof personSchema>;
export type Theme = z.output<typeof themeSchema>;
export type Session = z.output<typeof sessionSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Term = z.output<typeof termSchema>;
export type Redirect = z.output<typeof redirectSchema>;
