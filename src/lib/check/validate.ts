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

/**
 * Validate a YAML file holding a list of entries with a unique key (people, themes, … by `id`;
 * redirects by `from`). Invalid entries are reported and left out; the valid ones are returned.
 */
export function validateList<T extends z.ZodType<Record<K, string>>, K extends string = 'id'>(
	yaml: YamlFile,
	schema: T,
	{ required = true, key = 'id' as K }: { required?: boolean; key?: K } = {}
): { entries: z.output<T>[]; issues: ContentIssue[] } {
	if (yaml.missing) {
		return { entries: [], issues: required ? [{ file: yaml.file, field: '(file)', problem: 'file is missing' }] : [] };
	}
	if (yaml.issues.length) return { entries: [], issues: yaml.issues };
	if (!Array.isArray(yaml.data)) {
		return { entries: [], issues: [{ file: yaml.file, line: 1, field: '(file)', problem: 'must be a list', expected: 'a YAML list of entries (- id: …)' }] };
	}
	const entries: z.output<T>[] = [];
	const issues: ContentIssue[] = [];
	const seen = new Map<string, number>();
	yaml.data.forEach((raw: unknown, index: number) => {
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
	return { entries, issues };
}

/** A plain list of strings (published.yaml). */
export function validateIdList(yaml: YamlFile): { ids: string[]; issues: ContentIssue[] } {
	const { value, issues } = yaml.missing
		? { value: [], issues: [] }
		: validateYaml(yaml.file, yaml, z.array(z.string()).nullable());
	return { ids: value ?? [], issues };
}
