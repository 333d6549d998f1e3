/**
 * Rules across the data files: people's roles, sessions, sources and the counts the sources
 * report. Each rule names the file, line and field of the entry that breaks it.
 */
import { roleIn } from '../model/bodies.ts';
import type { Count, Person, Session, Source } from '../model/schema.ts';
import { countSchema } from '../model/schema.ts';
import { issuesFromZod, type ContentIssue } from './issues.ts';
import type { YamlFile } from './read.ts';

/** Ids a data file defines; undefined when it could not be read (nothing is judged against it). */
export type KnownIds = Set<string> | undefined;

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length]!;
}

/** Beyond this many, the known ids are not all listed: only the nearest few. */
const LIST_ALL = 12;

/**
 * What an unknown id should have been: every known id when there are few, otherwise the three
 * nearest (a source list of hundreds helps no one).
 * @example expectedIds('lei-jun-typo', new Set(['lei-jun'])) → 'one of: lei-jun'
 */
export function expectedIds(value: string, known: ReadonlySet<string>): string {
	const ids = [...known].sort();
	if (ids.length <= LIST_ALL) return `one of: ${ids.join(', ')}`;
	const nearest = ids.map((id) => ({ id, d: distance(value, id) })).sort((a, b) => a.d - b.d || a.id.localeCompare(b.id)).slice(0, 3);
	return `one of the ${ids.length} known ids; nearest: ${nearest.map((n) => n.id).join(', ')}`;
}

/** A reference to an id a data file does not define; nothing when that file was unreadable. */
export function unknownRef(file: string, line: number | undefined, field: string, kind: string, value: string, known: KnownIds): ContentIssue[] {
	if (!known || known.has(value)) return [];
	return [{ file, line, field, problem: `unknown ${kind} "${value}"`, expected: expectedIds(value, known) }];
}

/** Roles run oldest first without overlapping, and their sources exist. */
export function checkPeople(yaml: YamlFile, people: Person[], sources: KnownIds): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const all = (yaml.data ?? []) as { id?: unknown }[];
	for (const person of people) {
		const index = all.findIndex((raw) => raw?.id === person.id);
		const at = (...path: (string | number)[]) => yaml.lineOf([index, ...path]);
		person.sources.forEach((source, i) => issues.push(...unknownRef(yaml.file, at('sources', i), `[${index}].sources[${i}]`, 'source', source, sources)));
		person.roles.forEach((role, i) => {
			const field = `[${index}].roles[${i}]`;
			if (role.to !== undefined && role.to < role.from) issues.push({ file: yaml.file, line: at('roles', i, 'to'), field: `${field}.to`, problem: `ends (${role.to}) before it starts (${role.from})`, expected: 'to ≥ from' });
			const previous = person.roles[i - 1];
			if (previous && (previous.to === undefined || previous.to >= role.from)) {
				issues.push({ file: yaml.file, line: at('roles', i, 'from'), field: `${field}.from`, problem: `overlaps the role before it (${previous.body} ${previous.from}–${previous.to ?? ''})`, expected: 'roles oldest first, one body at a time' });
			}
			(role.sources ?? []).forEach((source, j) => issues.push(...unknownRef(yaml.file, at('roles', i, 'sources', j), `${field}.sources[${j}]`, 'source', source, sources)));
		});
	}
	return issues;
}

/** A dated session's id is its year, and its sources exist. */
export function checkSessions(yaml: YamlFile, sessions: Session[], sources: KnownIds): ContentIssue[] {
	const all = (yaml.data ?? []) as { id?: unknown }[];
	return sessions.flatMap((session) => {
		const index = all.findIndex((raw) => raw?.id === session.id);
		const issues: ContentIssue[] = [];
		if (session.id !== 'undated' && session.year !== Number(session.id)) {
			issues.push({ file: yaml.file, line: yaml.lineOf([index, 'year']), field: `[${index}].year`, problem: `year ${session.year ?? '(missing)'} does not match id '${session.id}'`, expected: `year: ${session.id}` });
		}
		for (const body of ['npc', 'cppcc'] as const) {
			(session[body]?.sources ?? []).forEach((source, i) => issues.push(...unknownRef(yaml.file, yaml.lineOf([index, body, 'sources', i]), `[${index}].${body}.sources[${i}]`, 'source', source, sources)));
		}
		return issues;
	});
}

/** Every source can be found again: by its address or by the team's archive copy. */
export function checkSources(yaml: YamlFile, sources: Source[]): ContentIssue[] {
	const all = (yaml.data ?? []) as { id?: unknown }[];
	return sources.flatMap((source) => {
		if (source.url || source.archiveFile) return [];
		const index = all.findIndex((raw) => raw?.id === source.id);
		return [{ file: yaml.file, line: yaml.lineOf([index, 'id']), field: `[${index}]`, problem: `source "${source.id}" gives neither url nor archiveFile`, expected: 'the address of the page cited' }];
	});
}

interface CountRefs {
	/** Every id each file names (valid entry or not), and the valid entries for the role check. */
	people: KnownIds;
	sessions: KnownIds;
	sources: KnownIds;
	person: Map<string, Person>;
	session: Map<string, Session>;
}

/** content/counts.yaml: one entry per person and session, each naming known people, sessions and sources. */
export function checkCounts(yaml: YamlFile, refs: CountRefs): { counts: Count[]; issues: ContentIssue[] } {
	if (yaml.missing || yaml.data == null) return { counts: [], issues: [] };
	if (yaml.issues.length) return { counts: [], issues: yaml.issues };
	if (!Array.isArray(yaml.data)) return { counts: [], issues: [{ file: yaml.file, line: 1, field: '(file)', problem: 'must be a list', expected: 'a YAML list of entries (- person: …)' }] };
	const counts: Count[] = [];
	const issues: ContentIssue[] = [];
	const seen = new Map<string, number>();
	yaml.data.forEach((raw: unknown, index: number) => {
		const result = countSchema.safeParse(raw);
		if (!result.success) {
			issues.push(...issuesFromZod(yaml.file, result.error, yaml.lineOf, [index]));
			return;
		}
		const count = result.data;
		const at = (...path: (string | number)[]) => yaml.lineOf([index, ...path]);
		const key = `${count.person} ${count.session}`;
		if (seen.has(key)) {
			issues.push({ file: yaml.file, line: at('person'), field: `[${index}]`, problem: `${count.person} in ${count.session} is counted twice (also entry ${seen.get(key)})`, expected: 'one entry per person and session, listing every report' });
			return;
		}
		seen.set(key, index);
		issues.push(...unknownRef(yaml.file, at('person'), `[${index}].person`, 'person', count.person, refs.people), ...unknownRef(yaml.file, at('session'), `[${index}].session`, 'session', count.session, refs.sessions));
		count.reports.forEach((report, i) => issues.push(...unknownRef(yaml.file, at('reports', i, 'source'), `[${index}].reports[${i}].source`, 'source', report.source, refs.sources)));
		const person = refs.person.get(count.person);
		const session = refs.session.get(count.session);
		if (person && session && !roleIn(person, session.year)) {
			issues.push({ file: yaml.file, line: at('session'), field: `[${index}].session`, problem: `${person.name.en} held no role in ${count.session} (content/people.yaml)`, expected: 'a session within one of their roles' });
		}
		counts.push(count);
	});
	return { counts, issues };
}
