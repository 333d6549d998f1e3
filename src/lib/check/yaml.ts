/**
 * YAML parsed with positions, so every content problem can name its line.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ContentIssue } from './issues.ts';

export interface YamlSource {
	/** The parsed value (plain JS; dates stay strings), or undefined when the YAML is broken. */
	data: unknown;
	/** Syntax errors, as content issues. */
	issues: ContentIssue[];
	/** 1-based line of the node at `path`, or of its nearest existing ancestor. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parse `text` (the contents of `file`) keeping node positions.
 * `lineOffset` shifts reported lines, for YAML embedded in a larger file (MDX frontmatter).
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
	const issues: ContentIssue[] = doc.errors.map((error) => ({
		file,
		line: lineAt(error.pos[0]),
		field: '(file)',
		problem: `YAML syntax error: ${error.message.split('\n')[0]}`,
	}));
	const lineOf = (path: readonly PropertyKey[]): number | undefined => {
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
	};
	return { data: issues.length ? undefined : doc.toJS(), issues, lineOf };
}
