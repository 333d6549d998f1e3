/**
 * Reads a content MDX body without running it: the restricted-MDX rules (content is written by
 * outside contributors, and MDX can run arbitrary code at build), the outline used to compare
 * the two languages, and the citations.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';

/** Components a content MDX file may use, with the attributes each accepts. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = { Cite: ['source'], Term: ['id'] };

/** Link schemes a content file may use; anything else (javascript:, data:, file:…) is refused. */
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/)|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

export interface MdxProblem {
	line: number | undefined;
	field: string;
	problem: string;
	expected?: string;
}

/** A section of the body: its heading (none for the text before the first one) and list items. */
export interface OutlineSection {
	depth: number;
	heading: string;
	line: number | undefined;
	listItems: number;
}

export interface MdxInspection {
	problems: MdxProblem[];
	outline: OutlineSection[];
	cites: { source: string; line: number | undefined }[];
	/** `<Term id="…">` uses, each naming a glossary entry. */
	terms: { id: string; line: number | undefined }[];
}

/**
 * Parse an MDX body to an mdast tree (throws on a syntax error, with its line). Sätteri is the
 * parser Astro 7 renders the pages with, so the check sees exactly what the build will, and it
 * is about seven times faster than remark here (docs/performance.md).
 */
export function parseMdx(body: string): Root {
	try {
		return mdxToMdast(body) as Root;
	} catch (error) {
		// Sätteri reports "line:column: message (rule)".
		const message = (error as Error).message;
		const [, line, rest] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [undefined, undefined, message];
		throw Object.assign(new Error(rest), { line: line === undefined ? undefined : Number(line) });
	}
}

/** Parse an MDX body (frontmatter removed) and inspect it; `lineOffset` = lines before the body. */
export function inspectMdx(body: string, lineOffset = 0): MdxInspection {
	let tree: Root;
	try {
		tree = parseMdx(body);
	} catch (error) {
		const place = (error as { line?: number }).line;
		return {
			problems: [
				{
					line: place === undefined ? undefined : place + lineOffset,
					field: 'body',
					problem: `MDX does not parse: ${(error as Error).message.split('\n')[0]}`,
				},
			],
			outline: [],
			cites: [],
			terms: [],
		};
	}
	return inspectTree(tree, lineOffset);
}

/** Inspect an already parsed MDX tree (also used by the remark plugin inside the build). */
export function inspectTree(tree: Root, lineOffset = 0): MdxInspection {
	const problems: MdxProblem[] = [];
	const cites: MdxInspection['cites'] = [];
	const terms: MdxInspection['terms'] = [];
	const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
		node.position ? node.position.start.line + lineOffset : undefined;
	const refuse = (node: Parameters<typeof lineOf>[0], problem: string, expected?: string) =>
		problems.push({ line: lineOf(node), field: 'body', problem, ...(expected ? { expected } : {}) });

	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxjsEsm':
				refuse(node, 'import/export is not allowed in content', 'plain Markdown, <Cite source="…" /> and <Term id="…">');
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				refuse(node, `JavaScript expression {${node.value.trim().slice(0, 40)}} is not allowed`, 'plain text');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const allowed = node.name ? ALLOWED_COMPONENTS[node.name] : undefined;
				if (!allowed) {
					refuse(node, `<${node.name ?? ''}> is not allowed`, `one of: ${Object.keys(ALLOWED_COMPONENTS).join(', ')}`);
					break;
				}
				for (const attribute of node.attributes) {
					if (attribute.type !== 'mdxJsxAttribute' || !allowed.includes(attribute.name)) {
						refuse(node, `<${node.name}> takes no such attribute`, `only: ${allowed.join(', ')}`);
					} else if (typeof attribute.value !== 'string') {
						refuse(node, `<${node.name} ${attribute.name}> must be a plain string`, `${attribute.name}="…"`);
					} else if (node.name === 'Cite') {
						cites.push({ source: attribute.value, line: lineOf(node) });
					} else if (node.name === 'Term') {
						terms.push({ id: attribute.value, line: lineOf(node) });
					}
				}
				if (node.name === 'Cite' && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'source')) {
					refuse(node, '<Cite> needs a source', '<Cite source="an id from meta.yaml" />');
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (!SAFE_URL.test(node.url)) {
					refuse(node, `link "${node.url.slice(0, 60)}" has a scheme that is not allowed`, 'https:, http:, mailto: or a relative path');
				}
				break;
			case 'heading':
				if (node.depth < 2 || node.depth > 3) refuse(node, `heading level ${node.depth} is not used`, '## or ###');
				break;
		}
	});
	return { problems, outline: outlineOf(tree.children, lineOf), cites, terms };
}

/** Split the top level into sections at each heading, counting the list items in each. */
function outlineOf(children: RootContent[], lineOf: (node: RootContent) => number | undefined): OutlineSection[] {
	const sections: OutlineSection[] = [{ depth: 0, heading: '', line: undefined, listItems: 0 }];
	for (const node of children) {
		if (node.type === 'heading') {
			sections.push({ depth: (node as Heading).depth, heading: toString(node), line: lineOf(node), listItems: 0 });
		} else if (node.type === 'list') {
			sections[sections.length - 1]!.listItems += node.children.length;
		}
	}
	return sections;
}

/**
 * Split an MDX file into frontmatter text and body, with the body's first line number.
 * @example splitFrontmatter('---\ntitle: x\n---\nHi') → { frontmatter: 'title: x', body: 'Hi', bodyLine: 4 }
 */
export function splitFrontmatter(source: string): { frontmatter: string | undefined; body: string; bodyLine: number } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return { frontmatter: undefined, body: source, bodyLine: 1 };
	const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
	return { frontmatter: match[1], body: source.slice(match[0].length), bodyLine };
}
