/**
 * Reads the content folder from disk into parsed, positioned pieces, without judging them.
 * The only module of the checker that touches the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS, type Lang } from '../model/schema.ts';
import { splitFrontmatter } from './mdx.ts';
import { parseYamlSource, type YamlSource } from './yaml.ts';

/** A YAML file, parsed with positions; `missing` when it does not exist. */
export interface YamlFile extends YamlSource {
	file: string;
	missing?: true;
}

/** An MDX text: its frontmatter (parsed) and its body with the line it starts on. */
export interface MdxFile {
	file: string;
	frontmatter: YamlSource | undefined;
	body: string;
	bodyLine: number;
}

export interface ProposalFiles {
	id: string;
	dir: string;
	meta: YamlFile;
	texts: Partial<Record<Lang, MdxFile>>;
	/** Files in the folder that are not meta.yaml, zh.mdx or en.mdx. */
	strays: string[];
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
} as const;
export type DataName = keyof typeof DATA_FILES;

export interface ContentFiles {
	data: Record<DataName, YamlFile>;
	proposals: ProposalFiles[];
}

/** Read `<root>/content`; paths in the result are relative to `root`, for messages. */
export function readContentFiles(root: string, contentDir = 'content'): ContentFiles {
	const base = join(root, contentDir);
	const rel = (path: string) => relative(root, path).split('\\').join('/');
	const yamlFile = (path: string): YamlFile =>
		existsSync(path)
			? { file: rel(path), ...parseYamlSource(rel(path), readFileSync(path, 'utf8')) }
			: { file: rel(path), data: undefined, issues: [], lineOf: () => undefined, missing: true };

	const data = Object.fromEntries(
		Object.entries(DATA_FILES).map(([name, file]) => [name, yamlFile(join(base, file))])
	) as Record<DataName, YamlFile>;

	const proposalsDir = join(base, 'proposals');
	const ids = existsSync(proposalsDir)
		? readdirSync(proposalsDir).filter((name) => statSync(join(proposalsDir, name)).isDirectory()).sort()
		: [];
	const proposals = ids.map((id): ProposalFiles => {
		const dir = join(proposalsDir, id);
		const texts: ProposalFiles['texts'] = {};
		for (const lang of LANGS) {
			const path = join(dir, `${lang}.mdx`);
			if (existsSync(path)) texts[lang] = mdxFile(rel(path), readFileSync(path, 'utf8'));
		}
		const known = new Set(['meta.yaml', ...LANGS.map((lang) => `${lang}.mdx`)]);
		const strays = readdirSync(dir).filter((name) => !known.has(name)).map((name) => rel(join(dir, name)));
		return { id, dir: rel(dir), meta: yamlFile(join(dir, 'meta.yaml')), texts, strays };
	});
	return { data, proposals };
}

/** Parse one MDX file's frontmatter with positions (it starts on line 2). */
export function mdxFile(file: string, source: string): MdxFile {
	const { frontmatter, body, bodyLine } = splitFrontmatter(source);
	return {
		file,
		frontmatter: frontmatter === undefined ? undefined : parseYamlSource(file, frontmatter, 1),
		body,
		bodyLine,
	};
}
