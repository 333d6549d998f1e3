/**
 * Reads the content folder from disk into parsed, positioned pieces, without judging them.
 * The only module of the checker that touches the file system. Every file goes through
 * text-file.ts first (size, encoding, control characters), and only plain files are read:
 * a symbolic link, or a file where none belongs, is reported instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS, type Lang } from '../model/schema.ts';
import type { ContentIssue } from './issues.ts';
import { MAX_DATA_FILE_BYTES, MAX_PROPOSAL_FILE_BYTES } from './limits.ts';
import { splitFrontmatter } from './mdx.ts';
import { readTextFile } from './text-file.ts';
import { parseYamlSource, type YamlSource } from './yaml.ts';

/** A YAML file, parsed with positions; `missing` when it does not exist. */
export interface YamlFile extends YamlSource {
	file: string;
	missing?: true;
}

/** An MDX text: its frontmatter (parsed) and its body with the line it starts on. */
export interface MdxFile {
	file: string;
	/** Why the file could not be read (size, encoding …); nothing else is checked then. */
	issues: ContentIssue[];
	frontmatter: YamlSource | undefined;
	body: string;
	bodyLine: number;
	/** SHA-256 of the file's text as read ('' when it could not be read). */
	digest: string;
}

export interface ProposalFiles {
	id: string;
	dir: string;
	meta: YamlFile;
	texts: Partial<Record<Lang, MdxFile>>;
}

/** The data files, by collection name. */
export const DATA_FILES = {
	people: 'people.yaml',
	themes: 'themes.yaml',
	sessions: 'sessions.yaml',
	sources: 'sources.yaml',
	glossary: 'glossary.yaml',
	redirects: 'redirects.yaml',
	published: 'published.yaml',
	counts: 'counts.yaml',
} as const;
export type DataName = keyof typeof DATA_FILES;

/** Files that may stand in content/ besides the data files and proposals/. */
const CONTENT_EXTRAS = new Set(['README.md']);
const PROPOSAL_FILES = new Set(['meta.yaml', ...LANGS.map((lang) => `${lang}.mdx`)]);

export interface ContentFiles {
	data: Record<DataName, YamlFile>;
	proposals: ProposalFiles[];
	/** Files and folders that do not belong where they are, and symbolic links. */
	strays: ContentIssue[];
}

/** Read `<root>/content`; paths in the result are relative to `root`, for messages. */
export function readContentFiles(root: string, contentDir = 'content'): ContentFiles {
	const base = join(root, contentDir);
	const rel = (path: string) => relative(root, path).split('\\').join('/');
	const strays: ContentIssue[] = [];
	const stray = (path: string, expected: string) => {
		const link = lstatSync(path).isSymbolicLink();
		strays.push({ file: rel(path), field: '(file)', problem: link ? 'is a symbolic link' : 'does not belong here', expected });
	};
	const yamlFile = (path: string, maxBytes: number): YamlFile => {
		if (!existsSync(path)) return { file: rel(path), data: undefined, issues: [], lineOf: () => undefined, missing: true };
		const read = readTextFile(path, rel(path), maxBytes);
		if (read.text === undefined) return { file: rel(path), data: undefined, issues: read.issues, lineOf: () => undefined };
		return { file: rel(path), ...parseYamlSource(rel(path), read.text) };
	};

	const data = Object.fromEntries(
		Object.entries(DATA_FILES).map(([name, file]) => [name, yamlFile(join(base, file), MAX_DATA_FILE_BYTES)])
	) as Record<DataName, YamlFile>;
	const known = new Set<string>([...Object.values(DATA_FILES), ...CONTENT_EXTRAS, 'proposals']);
	const isDir = (path: string) => lstatSync(path).isDirectory();
	for (const name of existsSync(base) ? readdirSync(base).sort() : []) {
		const path = join(base, name);
		if (!known.has(name) || (name === 'proposals') !== isDir(path)) stray(path, `only ${[...known].join(', ')} in content/`);
	}

	const proposalsDir = join(base, 'proposals');
	const entries = existsSync(proposalsDir) && isDir(proposalsDir) ? readdirSync(proposalsDir).sort() : [];
	const ids = entries.filter((name) => isDir(join(proposalsDir, name)));
	for (const name of entries) if (!isDir(join(proposalsDir, name))) stray(join(proposalsDir, name), 'only proposal folders in content/proposals/');
	const proposals = ids.map((id): ProposalFiles => {
		const dir = join(proposalsDir, id);
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			// A link with a proposal file's name is refused when it is read (text-file.ts).
			if (!PROPOSAL_FILES.has(name) || isDir(path)) stray(path, 'only meta.yaml, zh.mdx and en.mdx in a proposal folder');
		}
		const texts: ProposalFiles['texts'] = {};
		for (const lang of LANGS) {
			const path = join(dir, `${lang}.mdx`);
			if (existsSync(path)) texts[lang] = readMdxFile(path, rel(path));
		}
		return { id, dir: rel(dir), meta: yamlFile(join(dir, 'meta.yaml'), MAX_PROPOSAL_FILE_BYTES), texts };
	});
	return { data, proposals, strays };
}

function readMdxFile(path: string, file: string): MdxFile {
	const read = readTextFile(path, file, MAX_PROPOSAL_FILE_BYTES);
	if (read.text === undefined) return { file, issues: read.issues, frontmatter: undefined, body: '', bodyLine: 1, digest: '' };
	return mdxFile(file, read.text);
}

/** Parse one MDX file's frontmatter with positions (it starts on line 2). */
export function mdxFile(file: string, source: string): MdxFile {
	const { frontmatter, body, bodyLine } = splitFrontmatter(source);
	return {
		file,
		issues: [],
		frontmatter: frontmatter === undefined ? undefined : parseYamlSource(file, frontmatter, 1),
		body,
		bodyLine,
		digest: textDigest(source),
	};
}

/** The digest by which a text that passed the check is known again (integrations/content-guard.ts). */
export const textDigest = (text: string) => createHash('sha256').update(text).digest('hex');
