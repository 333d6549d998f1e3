/**
 * Content collections over the top-level content/ folder. Every collection is loaded by
 * integrations/content-loader.ts from the files the content check read and accepted, never by
 * Astro's own readers; the schemas live in lib/model/schema.ts. The checks that span files
 * (references, language pairs, citations) run before the build in integrations/content-check.ts,
 * because Astro 7 only logs a dangling reference().
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './integrations/content-loader.ts';
import {
	countSchema,
	personSchema,
	proposalMetaSchema,
	proposalTextSchema,
	redirectSchema,
	sessionSchema,
	sourceSchema,
	termSchema,
	themeSchema,
} from './lib/model/schema.ts';

export const collections = {
	/** content/proposals/<id>/meta.yaml, id = the folder name. */
	proposals: defineCollection({ loader: contentLoader('proposals'), schema: proposalMetaSchema }),
	/** content/proposals/<id>/{zh,en}.mdx, id = `<id>/<lang>`; the MDX is compiled on demand. */
	proposalTexts: defineCollection({ loader: contentLoader('proposalTexts'), schema: proposalTextSchema }),
	people: defineCollection({ loader: contentLoader('people'), schema: personSchema }),
	themes: defineCollection({ loader: contentLoader('themes'), schema: themeSchema }),
	sessions: defineCollection({ loader: contentLoader('sessions'), schema: sessionSchema }),
	sources: defineCollection({ loader: contentLoader('sources'), schema: sourceSchema }),
	glossary: defineCollection({ loader: contentLoader('glossary'), schema: termSchema }),
	/** How many proposals the sources report per person and session, keyed `<person>/<session>`. */
	counts: defineCollection({ loader: contentLoader('counts'), schema: countSchema }),
	/** Renamed proposals, keyed by the old id: `- { from: old-id, to: new-id }`. */
	redirects: defineCollection({ loader: contentLoader('redirects'), schema: redirectSchema }),
};
