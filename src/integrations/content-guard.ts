/**
 * A Vite plugin that stands between content/ and the compiler, so that nothing a contributor
 * writes can run, be imported or read a file, even if the content check had a gap:
 * - the only modules loaded from content/ are the proposal texts (content/proposals/<id>/{zh,en}.mdx),
 *   and each is checked again (frontmatter fields, restricted MDX) on the exact text handed to
 *   the MDX compiler; anything else under content/ is never a module;
 * - a compiled text may import only the runtime Astro's MDX compiler itself adds.
 * A refusal throws: the build stops, and `astro dev` shows the problem instead of the page.
 *
 * A text byte for byte the same as one that passed (the content check's accepted texts, or one
 * this guard has passed already: Astro loads each text twice) is not inspected again: the
 * content check runs the same inspection on every text. Any other text is, in full.
 */
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError } from '../lib/check/issues.ts';
import { unsafeTextIssues } from '../lib/check/integrity.ts';
import { MAX_PROPOSAL_FILE_BYTES } from '../lib/check/limits.ts';
import { mdxFile, textDigest } from '../lib/check/read.ts';
import { readTextFile } from '../lib/check/text-file.ts';

/** What compiled MDX imports besides itself: Astro's JSX and server runtime. */
const COMPILER_IMPORTS = /^astro\/(?:jsx-runtime|runtime\/server\/index\.js)$/;
const TEXT = /^content\/proposals\/[a-z0-9-]+\/(?:zh|en)\.mdx$/;

/** `accepted`: digests (textDigest) of the texts the content check passed. */
export function contentGuard(root: string, accepted: Iterable<string> = []): Plugin {
	const passed = new Set(accepted);
	const contentOf = (id: string): string | undefined => {
		const path = relative(root, id.split('?')[0]!.replace(/^\0/, '')).split(sep).join('/');
		return path === 'content' || path.startsWith('content/') ? path : undefined;
	};
	return {
		name: 'lianghui:content-guard',
		enforce: 'pre',
		resolveId(source, importer) {
			const from = importer && contentOf(importer);
			if (!from) return null;
			// Astro's MDX plugin imports a text itself again, with a query, for its styles and scripts.
			const itself = contentOf(source) === from;
			if (!TEXT.test(from) || !(COMPILER_IMPORTS.test(source) || itself)) {
				throw new Error(`${from} may not import "${source.slice(0, 80)}": content never imports anything`);
			}
			return null;
		},
		load(id) {
			const file = contentOf(id);
			if (!file) return null;
			if (!TEXT.test(file)) throw new Error(`${file} is content, not a module: nothing under content/ is ever imported`);
			const read = readTextFile(join(root, file), file, MAX_PROPOSAL_FILE_BYTES);
			if (read.text === undefined) throw new ContentError(read.issues);
			const digest = textDigest(read.text);
			if (passed.has(digest)) return read.text;
			const issues = unsafeTextIssues(mdxFile(file, read.text));
			if (issues.length) throw new ContentError(issues);
			passed.add(digest);
			return read.text;
		},
	};
}
