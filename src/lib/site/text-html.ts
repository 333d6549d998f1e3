/**
 * A proposal text as Astro renders it (one pipeline for every view), given its section ids and
 * split into sections for the side-by-side view. The HTML is the renderer's own output, whose
 * text is escaped, so a heading tag can only be a heading.
 */

const HEADING = /<h([23])(?:\s[^>]*)?>/g;

/**
 * Give the text's headings, in order, the section ids of model/sections.ts (the same in both
 * languages); `undefined` removes the ids (the side-by-side view shows both languages at once).
 * @example withSectionIds('<h2 id="背景">背景</h2>', ['background']) → '<h2 id="background">背景</h2>'
 */
export function withSectionIds(html: string, ids: readonly string[] | undefined): string {
	let i = 0;
	return html.replace(HEADING, (_tag, depth: string) => {
		const id = ids?.[i++];
		return id ? `<h${depth} id="${id}">` : `<h${depth}>`;
	});
}

export interface Section {
	/** Heading level (2 or 3), or 0 for the text before the first heading. */
	depth: number;
	/** The section as HTML: its heading and everything up to the next heading. */
	html: string;
}

/**
 * Split rendered HTML at its headings. The opening text becomes a section of depth 0 when it
 * holds anything.
 * @example sectionsOfHtml('<p>a</p><h2>B</h2><p>b</p>') → [{ depth: 0, html: '<p>a</p>' }, { depth: 2, html: '<h2>B</h2><p>b</p>' }]
 */
export function sectionsOfHtml(html: string): Section[] {
	const starts = [...html.matchAll(HEADING)].map((match) => ({ at: match.index, depth: Number(match[1]) }));
	const sections: Section[] = [];
	const opening = html.slice(0, starts[0]?.at ?? html.length);
	if (opening.trim()) sections.push({ depth: 0, html: opening.trim() });
	starts.forEach(({ at, depth }, i) => sections.push({ depth, html: html.slice(at, starts[i + 1]?.at ?? html.length).trim() }));
	return sections;
}

/** Pair two section lists row by row; a missing side becomes an empty cell. */
export function pairSections<T>(left: readonly T[], right: readonly T[]): [T | undefined, T | undefined][] {
	return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [left[i], right[i]]);
}
