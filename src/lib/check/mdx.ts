/**
 * Reads a content MDX body without running it. Content is written by outside contributors and
 * MDX can run code at build, so a body may hold only plain Markdown and three components, and
 * nothing that makes the compiler import or read a file: no images (Astro turns an image's
 * path into an import), no HTML, no expressions, no import/export, and links only to the web
 * (`<Ref to="…">` for the site's own pages). It also gives the outline used to compare the two
 * languages, the citations, glossary terms and internal references.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { MAX_MDX_NESTING } from './limits.ts';

/** Components a content MDX file may use, with the attributes each requires. */
export const ALLOWED_COMPONENTS = { Cite: ['source'], Term: ['id'], Ref: ['to'] } as const satisfies Record<string, readonly [string]>;
export type AllowedComponent = keyof typeof ALLOWED_COMPONENTS;
const COMPONENT_LIST = '<Cite source="…" />, <Term id="…">…</Term> and <Ref to="…">…</Ref>';

/** Links may only leave the site; its own pages are reached with <Ref>. */
const WEB_URL = /^(?:https?:\/\/|mailto:)/i;

export interface MdxProblem {
	line: number | undefined;
	field: string;
	problem: string;
	expected?: string;
}

/** A section of the body: its heading (none for the text before the first one), list items and blocks. */
export interface OutlineSection {
	depth: number;
	heading: string;
	line: number | undefined;
	listItems: number;
	/** Blocks (paragraphs, lists, quotes …) before the next heading; 0 for an empty section. */
	blocks: number;
}

/** A block of prose (paragraph, list item text, heading), for the language checks. */
export interface ProseBlock {
	text: string;
	line: number | undefined;
}

export interface MdxInspection {
	problems: MdxProblem[];
	outline: OutlineSection[];
	cites: { source: string; line: number | undefined }[];
	/** `<Term id="…">` uses, each naming a glossary entry. */
	terms: { id: string; line: number | undefined }[];
	/** `<Ref to="…">` uses: a proposal id, `id#section` or `#section`. */
	refs: { to: string; line: number | undefined }[];
	prose: ProseBlock[];
}

const empty = (problems: MdxProblem[]): MdxInspection => ({ problems, outline: [], cites: [], terms: [], refs: [], prose: [] });

/**
 * Parse an MDX body to an mdast tree (throws on a syntax error, with its line). Sätteri is the
 * parser Astro 7 renders the pages with, so the check sees exactly what the build will, and it
 * is about seven times faster than remark here (docs/performance.md).
 */
export function parseMdx(body: string): Root {
	try {
		return mdxToMdast(body) as Root;
	} catch (error) {
		if (error instanceof RangeError) throw Object.assign(new Error('nested too deeply'), { line: undefined, tooDeep: true });
		// Sätteri reports "line:column: message (rule)".
		const message = (error as Error).message;
		const [, line, rest] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [undefined, undefined, message];
		throw Object.assign(new Error(rest), { line: line === undefined ? undefined : Number(line) });
	}
}

const tooDeep = (line: number | undefined): MdxProblem => ({
	line,
	field: 'body',
	problem: `is nested more than ${MAX_MDX_NESTING} levels deep (block quotes and lists)`,
	expected: `at most ${MAX_MDX_NESTING} levels (see content/README.md, Limits)`,
});

/**
 * The first line whose block quotes and list markers, with its indentation, nest deeper than
 * the limit: found on the text, before the parser (which recurses) ever sees it.
 */
export function deepLine(body: string): number | undefined {
	let fence: string | undefined;
	const lines = body.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker.slice(0, 3);
		if (fence) continue;
		const prefix = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/.exec(line)![0];
		const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
		const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
		if (markers + Math.floor(indent / 2) > MAX_MDX_NESTING) return i + 1;
	}
	return undefined;
}

/** Parse an MDX body (frontmatter removed) and inspect it; `lineOffset` = lines before the body. */
export function inspectMdx(body: string, lineOffset = 0): MdxInspection {
	const deep = deepLine(body);
	if (deep !== undefined) return empty([tooDeep(deep + lineOffset)]);
	let tree: Root;
	try {
		tree = parseMdx(body);
	} catch (error) {
		const { line, tooDeep: deeper } = error as { line?: number; tooDeep?: true };
		if (deeper) return empty([tooDeep(undefined)]);
		return empty([{ line: line === undefined ? undefined : line + lineOffset, field: 'body', problem: `MDX does not parse: ${(error as Error).message.split('\n')[0]}` }]);
	}
	return inspectTree(tree, lineOffset);
}

type AnyNode = RootContent | Root;

/** Inspect an already parsed MDX tree. */
export function inspectTree(tree: Root, lineOffset = 0): MdxInspection {
	const problems: MdxProblem[] = [];
	const cites: MdxInspection['cites'] = [];
	const terms: MdxInspection['terms'] = [];
	const refs: MdxInspection['refs'] = [];
	const prose: ProseBlock[] = [];
	const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
		node.position ? node.position.start.line + lineOffset : undefined;
	const refuse = (node: Parameters<typeof lineOf>[0], problem: string, expected?: string) =>
		problems.push({ line: lineOf(node), field: 'body', problem, ...(expected ? { expected } : {}) });

	// Walked with a stack, not recursion: the nesting limit is checked here, before any
	// recursive helper (toString) runs on the tree.
	const stack: { node: AnyNode; nesting: number; inComponent: boolean }[] = [{ node: tree, nesting: 0, inComponent: false }];
	while (stack.length) {
		const { node, nesting, inComponent } = stack.pop()!;
		const depth = nesting + (node.type === 'blockquote' || node.type === 'list' ? 1 : 0);
		if (depth > MAX_MDX_NESTING) {
			problems.push(tooDeep(lineOf(node)));
			continue;
		}
		let component = inComponent;
		switch (node.type) {
			case 'mdxjsEsm':
				refuse(node, 'import/export is not allowed in content', COMPONENT_LIST);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				refuse(node, `JavaScript expression {${node.value.trim().slice(0, 40)}} is not allowed`, 'plain text');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				if (inComponent) refuse(node, `<${node.name ?? ''}> inside another component is not allowed`, 'plain text inside <Term> and <Ref>');
				else inspectComponent(node, refuse, { cites, terms, refs, line: lineOf(node) });
				component = true;
				break;
			}
			case 'image':
			case 'imageReference':
				refuse(node, 'images are not allowed in content', 'text only (an image path would be compiled as code)');
				break;
			case 'html':
				refuse(node, 'HTML is not allowed in content', COMPONENT_LIST);
				break;
			case 'footnoteDefinition':
			case 'footnoteReference':
				refuse(node, 'footnotes are not used', '<Cite source="…" /> for sources, or plain text');
				break;
			case 'link':
			case 'definition':
				if (!WEB_URL.test(node.url)) {
					refuse(
						node,
						/^[a-z][a-z0-9+.-]*:/i.test(node.url) ? `link "${node.url.slice(0, 60)}" has a scheme that is not allowed` : `link "${node.url.slice(0, 60)}" points inside the site`,
						'https:, http: or mailto: (write links to the site\'s own pages as <Ref to="proposal-id">…</Ref>)'
					);
				}
				break;
			case 'heading':
				if (node.depth < 2 || node.depth > 3) refuse(node, `heading level ${node.depth} is not used`, '## or ###');
				break;
		}
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') prose.push({ text: toString(node), line: lineOf(node) });
		if ('children' in node) {
			for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, nesting: depth, inComponent: component });
		}
	}
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (problems.some((p) => p.problem.startsWith('is nested'))) return empty(problems);
	return { problems, outline: outlineOf(tree.children, lineOf), cites, terms, refs, prose };
}

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** An allowed component with exactly its one attribute, a plain string. */
function inspectComponent(
	node: Jsx,
	refuse: (node: Jsx, problem: string, expected?: string) => void,
	found: Pick<MdxInspection, 'cites' | 'terms' | 'refs'> & { line: number | undefined }
) {
	const name = node.name ?? '';
	if (!Object.hasOwn(ALLOWED_COMPONENTS, name)) return refuse(node, `<${name}> is not allowed`, `one of: ${Object.keys(ALLOWED_COMPONENTS).join(', ')}`);
	const [required] = ALLOWED_COMPONENTS[name as AllowedComponent];
	let value: string | undefined;
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== required) refuse(node, `<${name}> takes no such attribute`, `only: ${required}`);
		else if (typeof attribute.value !== 'string') refuse(node, `<${name} ${required}> must be a plain string`, `${required}="…"`);
		else value = attribute.value;
	}
	if (value === undefined) {
		if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) refuse(node, `<${name}> needs ${required}="…"`, `<${name} ${required}="…">`);
		return;
	}
	if (name === 'Cite') found.cites.push({ source: value, line: found.line });
	else if (name === 'Term') found.terms.push({ id: value, line: found.line });
	else found.refs.push({ to: value, line: found.line });
	if (name === 'Cite' && node.children.length) refuse(node, '<Cite> takes no text', '<Cite source="…" />');
	if (name !== 'Cite' && node.children.length === 0) refuse(node, `<${name}> needs text to show`, `<${name} ${required}="…">text</${name}>`);
}

/** Split the top level into sections at each heading, counting the list items and blocks in each. */
function outlineOf(children: RootContent[], lineOf: (node: RootContent) => number | undefined): OutlineSection[] {
	const sections: OutlineSection[] = [{ depth: 0, heading: '', line: undefined, listItems: 0, blocks: 0 }];
	for (const node of children) {
		if (node.type === 'heading') {
			sections.push({ depth: (node as Heading).depth, heading: toString(node), line: lineOf(node), listItems: 0, blocks: 0 });
			continue;
		}
		const section = sections[sections.length - 1]!;
		section.blocks += 1;
		if (node.type === 'list') section.listItems += node.children.length;
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
