/**
 * Reading one content file as text, refusing what the parsers should never see: files that
 * are too large, not UTF-8, start with a byte-order mark, or hold control or bidirectional
 * formatting characters (which can make text read differently from what it is). Each refusal
 * names the file and, where it can, the line.
 */
import { lstatSync, readFileSync } from 'node:fs';
import type { ContentIssue } from './issues.ts';
import { kilobytes } from './limits.ts';

export type TextRead = { text: string; issues: [] } | { text: undefined; issues: ContentIssue[] };

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls; bidi embeddings, overrides and isolates; BOM inside the text. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/u;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Read `path` (shown as `file`) as checked text, or say why not. */
export function readTextFile(path: string, file: string, maxBytes: number): TextRead {
	const refuse = (problem: string, expected?: string, line?: number): TextRead => ({
		text: undefined,
		issues: [{ file, line, field: '(file)', problem, ...(expected ? { expected } : {}) }],
	});
	const stat = lstatSync(path);
	if (stat.isSymbolicLink()) return refuse('is a symbolic link', 'a plain file (links could point outside content/)');
	if (stat.size > maxBytes) return refuse(`is ${kilobytes(stat.size)}`, `at most ${kilobytes(maxBytes)} (see content/README.md, Limits)`);
	const bytes = readFileSync(path);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return refuse('starts with a byte-order mark (BOM)', 'UTF-8 without a BOM (choose "UTF-8", not "UTF-8 with BOM", when saving)', 1);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const loose = new TextDecoder('utf-8').decode(bytes);
		return refuse('is not valid UTF-8 text', 'a file saved as UTF-8', lineAt(loose, loose.indexOf('\ufffd')));
	}
	const bad = FORBIDDEN.exec(text);
	if (bad) {
		const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		return refuse(`contains the invisible control character ${code}`, 'plain text (delete the character)', lineAt(text, bad.index));
	}
	return { text, issues: [] };
}
