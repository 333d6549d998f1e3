/**
 * The field reference in content/README.md, generated from the schemas' descriptions so the
 * documentation and the checks can never disagree. `npm run docs:fields` rewrites it; a unit
 * test fails when it is stale.
 */
import { z } from 'astro/zod';
import {
	countReportSchema,
	countSchema,
	personSchema,
	proposalMetaSchema,
	proposalTextSchema,
	replySchema,
	roleSchema,
	sessionSchema,
	sittingSchema,
	sourceSchema,
	sourceUseSchema,
	termSchema,
	themeSchema,
} from '../model/schema.ts';

const TABLES: [string, z.ZodObject][] = [
	['content/proposals/<id>/meta.yaml', proposalMetaSchema],
	['meta.yaml › each of sources', sourceUseSchema],
	['meta.yaml › each of replies', replySchema],
	['content/proposals/<id>/zh.mdx and en.mdx (frontmatter)', proposalTextSchema],
	['content/people.yaml (each entry)', personSchema],
	['people.yaml › each of roles', roleSchema],
	['content/themes.yaml (each entry)', themeSchema],
	['content/sessions.yaml (each entry)', sessionSchema],
	['sessions.yaml › npc and cppcc', sittingSchema],
	['content/sources.yaml (each entry)', sourceSchema],
	['content/counts.yaml (each entry)', countSchema],
	['counts.yaml › each of reports', countReportSchema],
	['content/glossary.yaml (each entry)', termSchema],
];

export const BEGIN = '<!-- fields:begin (generated from src/lib/model/schema.ts by npm run docs:fields) -->';
export const END = '<!-- fields:end -->';

/** One markdown table per file: field, required or optional, meaning. */
export function fieldReference(): string {
	return TABLES.map(([title, schema]) => {
		const rows = Object.entries(schema.shape).map(([name, field]) => {
			const f = field as z.ZodType;
			const optional = f.safeParse(undefined).success;
			const description = (z.globalRegistry.get(f)?.description ?? '').replace(/\|/g, '\\|');
			return `| \`${name}\` | ${optional ? 'optional' : 'required'} | ${description} |`;
		});
		return [`#### ${title}`, '', '| field | | meaning |', '| --- | --- | --- |', ...rows].join('\n');
	}).join('\n\n');
}

/** `readme` with the generated block replaced (or appended when absent). */
export function withFieldReference(readme: string): string {
	const block = `${BEGIN}\n\n${fieldReference()}\n\n${END}`;
	const start = readme.indexOf(BEGIN);
	const end = readme.indexOf(END);
	return start >= 0 && end > start ? readme.slice(0, start) + block + readme.slice(end + END.length) : `${readme.trimEnd()}\n\n## Field reference\n\n${block}\n`;
}
