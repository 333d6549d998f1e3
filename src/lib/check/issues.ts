/**
 * Content problems, reported the same way everywhere (build, `npm run check:content`, tests):
 * `<file>:<line> › <field>: <problem> (expected <what>)`.
 */
import type { z } from 'astro/zod';

export interface ContentIssue {
	/** Path relative to the project root, e.g. `content/proposals/x/meta.yaml`. */
	file: string;
	/** 1-based line, where it is known. */
	line?: number | undefined;
	/** Dotted field path, e.g. `themes[1]`; `(file)` for the file as a whole. */
	field: string;
	problem: string;
	expected?: string;
}

/**
 * One issue as one line.
 * @example formatIssue({ file: 'a.yaml', line: 3, field: 'themes[0]', problem: 'unknown theme "x"' })
 * → 'a.yaml:3 › themes[0]: unknown theme "x"'
 */
export function formatIssue({ file, line, field, problem, expected }: ContentIssue): string {
	const where = line ? `${file}:${line}` : file;
	return `${where} › ${field}: ${problem}${expected ? ` (expected ${expected})` : ''}`;
}

/** Data files and misplaced files first: a proposal's problem is often a consequence of theirs. */
const rank = (issue: ContentIssue) => (issue.file.startsWith('content/proposals/') && issue.field !== '(file)' ? 1 : 0);

/** Every issue, sorted (data files first, then by file and line), under one heading: the text of the build error. */
export function formatIssues(issues: readonly ContentIssue[]): string {
	const sorted = [...issues].sort(
		(a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field)
	);
	const count = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'}`;
	return `${count}:\n${sorted.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`;
}

/** Thrown when content is invalid; its message lists every issue. */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];
	constructor(issues: readonly ContentIssue[]) {
		super(formatIssues(issues));
		this.name = 'ContentError';
		this.issues = issues;
	}
}

/**
 * `['themes', 1, 'id']` → `themes[1].id`.
 * @example fieldPath(['sources', 0, 'supports', 'en']) → 'sources[0].supports.en'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(file)';
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/** Zod's type names in a maintainer's words. */
const TYPE_NAMES: Record<string, string> = {
	array: 'a list',
	object: 'a mapping of fields',
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	undefined: 'no such field',
};

/** What a Zod issue expected, worded for a maintainer rather than a programmer. */
function expectedOf(issue: z.core.$ZodIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return TYPE_NAMES[issue.expected] ?? issue.expected;
		case 'invalid_value':
			return `one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'unrecognized_keys':
			return undefined;
		default:
			return undefined;
	}
}

/** Zod issues → content issues, one per problem; `lineOf` finds a field's line in the file. */
export function issuesFromZod(
	file: string,
	error: z.ZodError,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
	prefix: readonly PropertyKey[] = []
): ContentIssue[] {
	return error.issues.flatMap((issue): ContentIssue[] => {
		const path = [...prefix, ...issue.path];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				line: lineOf([...path, key]),
				field: fieldPath([...path, key]),
				problem: 'unknown field (misspelled?)',
			}));
		}
		const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
		const expected = expectedOf(issue);
		return [
			{
				file,
				line: lineOf(path),
				field: fieldPath(path),
				problem: missing ? 'missing' : issue.message,
				...(expected ? { expected } : {}),
			},
		];
	});
}
