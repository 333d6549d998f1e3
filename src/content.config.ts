/**
 * Content collections over the top-level content/ folder. The schemas live in lib/model/schema.ts;
 * the checks that span files (references, language pairs, citations) run before the build in
 * integrations/content-check.ts, because Astro 7 only logs a dangling reference().
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
	personSchema,
	proposalMetaSchema,
	proposalTextSchema,
	redirectSchema,
	sessionSchema,
	sourceSchema,
	termSchema,
	themeSchema,
} from './lib/model/schema.ts';

const base = './content/proposals';

export const collections = {
	/** content/proposals/<id>/meta.yaml, id = the folder name. */
	proposals: defineCollection({
		loader: glob({ pattern: '*/meta.yaml', base, generateId: ({ entry }) => entry.split('/')[0]! }),
		schema: proposalMetaSchema,
	}),
	/** content/proposals/<id>/{zh,en}.mdx, id = `<id>/<lang>`. */
	proposalTexts: defineCollection({
		loader: glob({ pattern: '*/{zh,en}.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
		schema: proposalTextSchema,
	}),
	people: defineCollection({ loader: file('content/people.yaml'), schema: personSchema }),
	themes: defineCollection({ loader: file('content/themes.yaml'), schema: themeSchema }),
	sessions: defineCollection({ loader: file('content/sessions.yaml'), schema: sessionSchema }),
	sources: defineCollection({ loader: file('content/sources.yaml'), schema: sourceSchema }),
	glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: termSchema }),
	/** Renamed proposals: `- { from: old-id, to: new-id }`; the old URL keeps working. */
	redirects: defineCollection({
		loader: file('content/redirects.yaml', {
			parser: (text) => ((parse(text) ?? []) as { from: string }[]).map((entry) => ({ id: entry.from, ...entry })),
		}),
		schema: redirectSchema.extend({ id: redirectSchema.shape.from }),
	}),
};
