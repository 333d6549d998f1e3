/**
 * YAML parsed with positions, so every content problem can name its line, and refused when it
 * uses what content never needs and an attacker would: anchors and aliases (the "billion
 * laughs" expansion), explicit tags, deep nesting, and strings Astro treats as image imports.
 */
import { LineCounter, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { fieldPath, type ContentIssue } from './issues.ts';
import { MAX_YAML_DEPTH } from './limits.ts';

export interface YamlSource {
	/** The parsed value (plain JS; dates stay strings), or undefined when the YAML is refused. */
	data: unknown;
	/** Syntax and structure errors, as content issues. */
	issues: ContentIssue[];
	/** 1-based line of the node at `path`, or of its nearest existing ancestor. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Astro's content store turns any string that starts with this into an image import (a file
 * read at build time), whatever field it is in; content has no use for it.
 */
const ASTRO_IMPORT_PREFIX = '__ASTRO_';

/** Parser messages in a maintainer's words; the rest are passed on. */
function syntaxProblem(message: string): string {
	if (/Maximum call stack/.test(message)) return `is nested too deeply to read (expected at most ${MAX_YAML_DEPTH} levels)`;
	if (/Map keys must be unique/.test(message)) return 'a key appears twice in the same mapping (expected each key once)';
	if (/multiple documents/.test(message)) return 'holds more than one YAML document (expected one; remove the extra --- line)';
	return `YAML syntax error: ${message.split('\n')[0]}`;
}

/**
 * Parse `text` (the contents of `file`) keeping node positions.
 * `lineOffset` shifts reported lines, for YAML embedded in a larger file (MDX frontmatter).
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
	const lineOf = (path: readonly PropertyKey[]) => nodeLine(doc, path, lineAt);
	const seen = new Set<string>();
	const issues: ContentIssue[] = [];
	for (const error of doc.errors) {
		const problem = syntaxProblem(error.message);
		if (seen.has(problem)) continue; // a stack overflow is reported once per nesting level
		seen.add(problem);
		issues.push({ file, line: lineAt(error.pos[0]), field: '(file)', problem });
	}
	if (issues.length) return { data: undefined, issues, lineOf };
	issues.push(...structureIssues(file, doc, lineAt));
	if (issues.length) return { data: undefined, issues, lineOf };
	const data: unknown = doc.toJS();
	for (const path of importLikeStrings(data)) {
		issues.push({ file, line: lineOf(path), field: fieldPath(path), problem: `text may not start with "${ASTRO_IMPORT_PREFIX}"`, expected: 'other wording' });
	}
	return { data: issues.length ? undefined : data, issues, lineOf };
}

/** Anchors, aliases, explicit tags and nesting, found by walking the document without recursion. */
function structureIssues(file: string, doc: Document, lineAt: (offset: number) => number): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const at = (node: Node) => (node.range ? lineAt(node.range[0]) : undefined);
	const stack: [unknown, number][] = [[doc.contents, 1]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (!isNode(node)) continue;
		const refuse = (problem: string, expected: string) => issues.push({ file, line: at(node), field: '(file)', problem, expected });
		if (isAlias(node)) refuse(`uses the YAML alias *${node.source}`, 'the value written out (anchors and aliases are not used in content)');
		else if (node.anchor) refuse(`uses the YAML anchor &${node.anchor}`, 'no anchors (anchors and aliases are not used in content)');
		if (node.tag && (isScalar(node) || isCollection(node))) refuse(`uses the YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')}`, 'plain values without tags');
		if (!isCollection(node)) continue;
		if (depth > MAX_YAML_DEPTH) {
			refuse(`is nested more than ${MAX_YAML_DEPTH} levels deep`, `at most ${MAX_YAML_DEPTH} levels (see content/README.md, Limits)`);
			continue;
		}
		for (const item of node.items) {
			if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
			else stack.push([item, depth + 1]);
		}
	}
	// One line per construct: a thousand uses of one alias are one problem.
	const once = new Map(issues.map((issue) => [issue.problem, issue]));
	return [...once.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Paths of the strings Astro would read as image imports (the data is at most MAX_YAML_DEPTH deep). */
function importLikeStrings(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (typeof data === 'string') return data.startsWith(ASTRO_IMPORT_PREFIX) ? [path] : [];
	if (Array.isArray(data)) return data.flatMap((item, i) => importLikeStrings(item, [...path, i]));
	if (data && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => [
			...(key.startsWith(ASTRO_IMPORT_PREFIX) ? [[...path, key]] : []),
			...importLikeStrings(value, [...path, key]),
		]);
	}
	return [];
}

/** The line of the node at `path`, or of its nearest existing ancestor. */
function nodeLine(doc: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number | undefined {
	let node: unknown = doc.contents;
	let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
			if (!pair) break;
			const keyNode = pair.key as Node | null;
			if (keyNode?.range) line = lineAt(keyNode.range[0]);
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			node = node.items[key];
			if ((node as Node | undefined)?.range) line = lineAt((node as Node).range![0]);
		} else break;
	}
	return line;
}
