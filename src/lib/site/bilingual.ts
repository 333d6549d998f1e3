/**
 * The side-by-side reading view: both texts split at their headings into sections, rendered
 * to HTML, and paired one to one (the content check guarantees the outlines match).
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { citeMarker } from '../data/citation.ts';
import { parseMdx } from '../check/mdx.ts';
import { sourceAnchor, termPath } from './paths.ts';
import type { Lang } from '../model/schema.ts';

export interface Section {
	/** Heading level (2 or 3), or 0 for the text before the first heading. */
	depth: number;
	/** The section as HTML: heading and everything up to the next heading. */
	html: string;
}

/** `<Cite source="x" />` → a numbered link into the page's source list. */
function citeHandler(citeOrder: readonly string[]) {
	return (_state: unknown, node: MdxJsxTextElement) => {
		const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source');
		const source = typeof attribute?.value === 'string' ? attribute.value : '';
		return {
			type: 'element' as const,
			tagName: 'sup',
			properties: { className: ['cite'] },
			children: [{ type: 'element' as const, tagName: 'a', properties: { href: `#${sourceAnchor(source)}` }, children: [{ type: 'text' as const, value: citeMarker(citeOrder, source) }] }],
		};
	};
}

/** `<Term id="x">text</Term>` → a link to the glossary entry (same page language as the view). */
function termHandler(lang: Lang) {
	return (state: { all: (node: MdxJsxTextElement) => unknown[] }, node: MdxJsxTextElement) => {
		const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
		const id = typeof attribute?.value === 'string' ? attribute.value : '';
		return { type: 'element' as const, tagName: 'a', properties: { className: ['term'], href: termPath(lang, id) }, children: state.all(node) };
	};
}

/** Split an MDX body into sections at its headings, each rendered to HTML. */
export function sectionsOf(body: string, citeOrder: readonly string[] = [], lang: Lang = 'zh'): Section[] {
	const tree = parseMdx(body);
	const groups: { depth: number; nodes: RootContent[] }[] = [{ depth: 0, nodes: [] }];
	for (const node of tree.children) {
		if (node.type === 'heading') groups.push({ depth: node.depth, nodes: [node] });
		else groups[groups.length - 1]!.nodes.push(node);
	}
	const cite = citeHandler(citeOrder);
	const term = termHandler(lang);
	// One handler per JSX node type; the component name decides which rendering applies.
	const jsx = (state: never, node: MdxJsxTextElement) => (node.name === 'Term' ? term(state, node) : cite(state, node));
	const handlers = { mdxJsxTextElement: jsx, mdxJsxFlowElement: jsx };
	return groups
		.filter((group, i) => i > 0 || group.nodes.length > 0)
		.map(({ depth, nodes }) => {
			const root: Root = { type: 'root', children: nodes };
			return { depth, html: toHtml(toHast(root, { handlers: handlers as never })) };
		});
}

/** Pair two section lists row by row; a missing side becomes an empty cell. */
export function pairSections<T>(left: readonly T[], right: readonly T[]): [T | undefined, T | undefined][] {
	return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [left[i], right[i]]);
}
