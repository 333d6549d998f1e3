/**
 * Per-file validation: each YAML file and MDX frontmatter against its schema, with lines.
 * Cross-file rules (references, pairing of languages) live in integrity.ts.
 */
import { z } from 'astro/zod';
import { fieldPath, issuesFromZod, type ContentIssue } from './issues.ts';
import type { YamlFile } from './read.ts';
import type { YamlSource } from './yaml.ts';

export interface Validated<T> {
	value: T | undefined;
	issues: ContentIssue[];
}

/** Validate a parsed YAML source against `schema`. */
export function validateYaml<T extends z.ZodType>(file: string, source: YamlSource, schema: T): Validated<z.output<T>> {
	if (source.issues.length) return { value: undefined, issues: source.issues };
	const result = schema.safeParse(source.data ?? {});
	return result.success
		? { value: result.data, issues: [] }
		: { value: undefined, issues: issuesFromZod(file, result.error, source.lineOf) };
}

export interface ValidatedList<T> {
	/** The valid entries. */
	entries: T[];
	/** Every key the file names (valid entry or not); undefined when the file could not be read as a list. */
	ids: Set<string> | undefined;
	issues: ContentIssue[];
}

/**
 * Validate a YAML file holding a list of entries with a unique key (people, themes, … by `id`;
 * redirects by `from`). Invalid entries are reported and left out; the valid ones are returned.
 */
export function validateList<T extends z.ZodType<Record<K, string>>, K extends string = 'id'>(
	yaml: YamlFile,
	schema: T,
	{ required = true, key = 'id' as K }: { required?: boolean; key?: K } = {}
): ValidatedList<z.output<T>> {
	if (yaml.missing) {
		return { entries: [], ids: required ? undefined : new Set(), issues: required ? [{ file: yaml.file, field: '(file)', problem: 'file is missing' }] : [] };
	}
	if (yaml.issues.length) return { entries: [], ids: undefined, issues: yaml.issues };
	if (yaml.data == null && required) {
		return { entries: [], ids: undefined, issues: [{ file: yaml.file, line: 1, field: '(file)', problem: 'file is empty', expected: 'a YAML list of entries (- id: …)' }] };
	}
	if (!Array.isArray(yaml.data)) {
		return { entries: [], ids: undefined, issues: [{ file: yaml.file, line: 1, field: '(file)', problem: 'must be a list', expected: 'a YAML list of entries (- id: …)' }] };
	}
	const entries: z.output<T>[] = [];
	const issues: ContentIssue[] = [];
	const seen = new Map<string, number>();
	// Every key written, valid entry or not: a reference to an entry with a bad field is that
	// field's problem, reported once, not an "unknown" reference as well.
	const ids = new Set<string>();
	yaml.data.forEach((raw: unknown, index: number) => {
		const written = (raw as Record<string, unknown> | null)?.[key];
		if (typeof written === 'string') ids.add(written);
		const result = schema.safeParse(raw);
		if (!result.success) {
			issues.push(...issuesFromZod(yaml.file, result.error, yaml.lineOf, [index]));
			return;
		}
		const id = (result.data as Record<K, string>)[key];
		if (seen.has(id)) {
			issues.push({
				file: yaml.file,
				line: yaml.lineOf([index, key]),
				field: fieldPath([index, key]),
				problem: `duplicate ${key} "${id}" (also entry ${seen.get(id)})`,
				expected: `each ${key} once`,
			});
			return;
		}
		seen.set(id, index);
		entries.push(result.data);
	});
	return { entries, ids, issues };
}

/** A plain list of strings (published.yaml). */
export function validateIdList(yaml: YamlFile): { ids: string[]; issues: ContentIssue[] } {
	const { value, issues } = yaml.missing
		? { value: [], issues: [] }
		: validateYaml(yaml.file, yaml, z.array(z.string()).nullable());
	return { ids: value ?? [], issues };
}
