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

/**
 * The two bodies of the Two Sessions: the National People's Congress, whose deputies (代表) file
 * suggestions (建议) and motions (议案), and the National Committee of the Chinese People's
 * Political Consultative Conference, whose members (委员) file proposals (提案).
 */
export const BODIES = ['npc', 'cppcc'] as const;
export type Body = (typeof BODIES)[number];

/** The kinds of document, and the body each belongs to. */
export const KINDS = ['suggestion', 'motion', 'proposal'] as const;
export type Kind = (typeof KINDS)[number];
export const BODY_OF_KIND: Readonly<Record<Kind, Body>> = { suggestion: 'npc', motion: 'npc', proposal: 'cppcc' };

const year = z.number().int().min(1954).max(2100);

/** What one source supports on one proposal page. */
export const sourceUseSchema = z.strictObject({
	source: id.meta({ description: 'An id from content/sources.yaml.' }),
	supports: localized(text).meta({
		description: 'What this source supports on this page, in each language.',
	}),
});

/** A government reply to a proposal, as a cited source reports it. */
export const replySchema = z.strictObject({
	date: isoDate.optional().meta({ description: 'When the reply was made (YYYY-MM-DD), if the source gives it.' }),
	by: localized(text).meta({ description: 'Who replied, e.g. the Ministry of Industry and Information Technology.' }),
	summary: localized(text).meta({ description: "What the reply says, in the site's own words, in each language." }),
	source: id.meta({ description: "The source reporting the reply: one of this proposal's sources." }),
});

/** content/proposals/<id>/meta.yaml: the facts written once for both languages. */
export const proposalMetaSchema = z.strictObject({
	person: id.meta({ description: 'Who filed it: an id from content/people.yaml.' }),
	session: z
		.string()
		.regex(/^(\d{4}|undated)$/, "must be a year in quotes, like '2020', or undated")
		.meta({ description: 'The session: an id from content/sessions.yaml (a quoted year, or undated). The body follows from the person\'s roles.' }),
	kind: z.enum(KINDS).meta({ description: 'suggestion (建议) or motion (议案) from an NPC deputy; proposal (提案) from a CPPCC member.' }),
	themes: z
		.array(id)
		.min(1, 'needs at least one theme')
		.max(4, 'takes at most four themes')
		.meta({ description: 'One to four ids from content/themes.yaml, most important first.' }),
	officialTitle: z.boolean().meta({
		description: 'true only when the Chinese title is the official title as a Chinese source gives it.',
	}),
	titleOnly: z.literal(true).optional().meta({
		description: 'true when the sources give only the title or topic: the folder then holds meta.yaml alone, with `title`.',
	}),
	subjectOnly: z.literal(true).optional().meta({
		description:
			'Only with titleOnly: true when the sources list this subject among what the person raised that session (涉及…等领域, "covering …") without tying it to one document; the page then says so instead of naming a document.',
	}),
	title: localized(text).optional().meta({ description: 'Only with titleOnly: the title in each language (official Chinese title without 《》).' }),
	sources: z
		.array(sourceUseSchema)
		.min(1, 'needs at least one source')
		.meta({ description: 'Every report the page relies on, with what each supports.' }),
	replies: z.array(replySchema).optional().meta({ description: 'Government replies to the proposal, where a cited source reports one.' }),
	reviewed: isoDate.meta({ description: 'When the page was last checked against its sources (YYYY-MM-DD).' }),
});

/** Frontmatter of content/proposals/<id>/{zh,en}.mdx. */
export const proposalTextSchema = z.strictObject({
	title: text.meta({ description: 'The title in this language (official Chinese title without 《》).' }),
	summary: text
		.max(300, 'must be at most 300 characters')
		.meta({ description: 'One or two sentences saying what the proposal asks for.' }),
});

/** One stretch of a person's membership of a body. */
export const roleSchema = z.strictObject({
	body: z.enum(BODIES).meta({ description: 'npc (deputy to the National People\'s Congress) or cppcc (member of the CPPCC National Committee).' }),
	from: year.meta({ description: 'First year of the membership the sources or public record establish.' }),
	to: year.optional().meta({ description: 'Last such year; leave out while it continues.' }),
	sources: z.array(id).optional().meta({ description: 'Ids from content/sources.yaml showing the membership; leave out when it rests on the public record.' }),
});

/** content/people.yaml entries. */
export const personSchema = z.strictObject({
	id: id.meta({ description: 'Pinyin kebab-case, permanent (a URL segment).' }),
	name: localized(text).meta({ description: 'Name in each language.' }),
	aliases: z.array(text).default([]).meta({ description: 'Other names readers search for (e.g. Pony Ma).' }),
	organisation: localized(text).meta({ description: 'Company or organisation.' }),
	position: localized(text).meta({ description: 'Position in the organisation, as the sources give it.' }),
	roles: z.array(roleSchema).min(1, 'needs at least one role').meta({ description: 'Membership of the NPC or the CPPCC National Committee over the years, oldest first.' }),
	bio: localized(text).meta({ description: 'A short, sourced biography.' }),
	sources: z.array(id).min(1).meta({ description: 'Ids from content/sources.yaml supporting the bio.' }),
});

/** content/themes.yaml entries. */
export const themeSchema = z.strictObject({
	id: id.meta({ description: 'English noun(s) in kebab-case, permanent (a URL segment).' }),
	name: localized(text).meta({ description: 'Name in each language.' }),
	description: localized(text).meta({ description: 'What the theme covers, in each language.' }),
});

/** A body's term and session in a year, e.g. the 13th NPC's third session. */
export const sittingSchema = z.strictObject({
	term: z.number().int().positive().meta({ description: 'Term (届), e.g. 13.' }),
	session: z.number().int().positive().meta({ description: 'Session within the term (次会议), e.g. 3.' }),
	sources: z.array(id).optional().meta({ description: 'Ids from content/sources.yaml that name this session; leave out when it rests on the public record.' }),
});

/** content/sessions.yaml entries. */
export const sessionSchema = z.strictObject({
	id: z
		.string()
		.regex(/^(\d{4}|undated)$/, "must be a year in quotes, like '2020', or undated")
		.meta({ description: "The year in quotes ('2020'), or undated; a URL segment." }),
	year: year.optional().meta({ description: 'Calendar year (leave out for undated).' }),
	npc: sittingSchema.optional().meta({ description: "The National People's Congress's term and session that year." }),
	cppcc: sittingSchema.optional().meta({ description: "The CPPCC National Committee's term and session that year." }),
	note: localized(text).optional().meta({ description: 'Anything readers should know about the dating.' }),
});

/** content/sources.yaml entries. */
export const sourceSchema = z.strictObject({
	id: id.meta({ description: 'Kebab-case id, cited from meta.yaml and <Cite source="…" />.' }),
	title: text.meta({ description: 'Title as published, in its own language.' }),
	language: z.enum(LANGS).meta({ description: 'Language of the report.' }),
	kind: z.enum(['full-text', 'report', 'title-only']).meta({ description: 'full-text (the proposal itself), report (what it asks and why) or title-only.' }),
	publisher: localized(text).optional().meta({ description: 'The outlet that wrote the report (not a site that copied it), in each language; leave out if unknown.' }),
	author: localized(text).optional().meta({ description: 'Who wrote it, in each language.' }),
	published: isoDate.optional().meta({ description: 'Publication date, where known.' }),
	url: z.url({ protocol: /^https?$/, error: 'must be a full web address starting https:// or http://' }).optional().meta({ description: 'The address of the page cited (url or archiveFile is required).' }),
	copy: z.literal(true).optional().meta({ description: "true when the page at url republishes the publisher's report on another site (a copy, not the original)." }),
	archiveFile: text.optional().meta({ description: "File name of the copy in the team's source archive." }),
	note: localized(text).meta({ description: 'What the report is, and how reliable.' }),
});

/** One source's count. */
export const countReportSchema = z.strictObject({
	count: z.number().int().min(1).meta({ description: 'The number the source gives.' }),
	source: id.meta({ description: 'An id from content/sources.yaml.' }),
});

/** content/counts.yaml entries: how many proposals the sources say a person brought to a session. */
export const countSchema = z.strictObject({
	person: id.meta({ description: 'An id from content/people.yaml.' }),
	session: z.string().regex(/^\d{4}$/, "must be a year in quotes, like '2020'").meta({ description: 'An id from content/sessions.yaml.' }),
	reports: z
		.array(countReportSchema)
		.min(1, 'needs at least one report')
		.meta({ description: 'Each source that gives a count, with its number.' }),
	note: localized(text).optional().meta({ description: 'A sentence on a conflict or on what the count covers.' }),
});

/** content/glossary.yaml entries. */
export const termSchema = z.strictObject({
	id: id.meta({ description: 'The English term in kebab-case, permanent (a page anchor).' }),
	zh: text.meta({ description: 'The Chinese term, as the Chinese sources write it.' }),
	en: text.meta({ description: 'The English rendering used on every page.' }),
	variants: z
		.strictObject({ zh: z.array(text).optional(), en: z.array(text).optional() })
		.optional()
		.meta({ description: 'Other words and abbreviations readers use for the term (无人驾驶, driverless, AI): a page that uses the term is found by every one of them.' }),
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
export type Role = z.output<typeof roleSchema>;
export type Reply = z.output<typeof replySchema>;
export type Count = z.output<typeof countSchema>;
