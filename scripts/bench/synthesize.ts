/**
 * Benchmark inputs: N synthetic proposals built from the real data files (deputies, themes,
 * sessions, sources, glossary) and sentences recombined from the real texts, and a bare Astro 7
 * project that renders the same MDX files with no site code.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const DATA = ['people.yaml', 'themes.yaml', 'sessions.yaml', 'sources.yaml', 'glossary.yaml', 'counts.yaml'];

/** Sentences of the real texts in one language (fallbacks keep it working on an empty archive). */
function sentences(contentDir: string, lang: 'zh' | 'en'): string[] {
	const dir = join(contentDir, 'proposals');
	const texts = readdirSync(dir)
		.filter((id) => existsSync(join(dir, id, `${lang}.mdx`)))
		.map((id) => readFileSync(join(dir, id, `${lang}.mdx`), 'utf8').replace(/^---[\s\S]*?---/, ''));
	const split = lang === 'zh' ? /(?<=。)/ : /(?<=\.)\s+/;
	const found = texts
		.flatMap((t) => t.split('\n'))
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => line.replace(/^(?:[-*+>]\s+|\d+[.)]\s+)+/, '').replace(/<\/?[A-Z][^>]*>/g, '').replace(/\*\*/g, ''))
		.flatMap((line) => line.split(split))
		// A sentence may start with what Markdown reads as a list or quote marker ("307) of …").
		.map((s) => s.trim().replace(/^(?:[-*+>]\s+|\d+[.)]\s+)+/, ''))
		.filter((s) => s.length > 10);
	return found.length ? found : lang === 'zh' ? ['建议加快推进数字化转型，完善相关政策与标准。', '应加强区域协同，促进要素流动与创新合作。'] : ['The suggestion calls for faster digital transformation, backed by clearer policy and standards.', 'Regions should coordinate more closely, so that people, capital and ideas move freely.'];
}

const pick = <T,>(list: readonly T[], i: number) => list[i % list.length]!;

/** Write `n` proposals and the data files into `dest` (a content/ folder). */
export function synthesize(srcContent: string, dest: string, n: number): void {
	mkdirSync(join(dest, 'proposals'), { recursive: true });
	for (const file of DATA) cpSync(join(srcContent, file), join(dest, file));
	// The real redirects point at real proposals, which the synthetic archive does not hold.
	writeFileSync(join(dest, 'redirects.yaml'), '[]\n');
	const ids = (file: string) => (parse(readFileSync(join(srcContent, file), 'utf8')) as { id: string; year?: number }[]);
	// A realistic archive has many people with a few dozen proposals each, not a handful with
	// thousands: synthetic people, one per 25 proposals (at least two), alternately NPC deputies
	// and CPPCC members, each sitting in every session so any of them fits any year.
	const extra = Array.from({ length: Math.max(2, Math.floor(n / 25)) }, (_, k) => ({ id: `bench-person-${k}`, body: k % 2 ? 'cppcc' : 'npc' }));
	const source = ids('sources.yaml')[0]!.id;
	appendFileSync(
		join(dest, 'people.yaml'),
		extra
			.map(({ id, body }, k) => `- id: ${id}\n  name: { zh: 测试人物${k}, en: Test Person ${k} }\n  aliases: []\n  organisation: { zh: 测试企业, en: Test Company }\n  position: { zh: 董事长, en: Chairman }\n  roles: [{ body: ${body}, from: 2000 }]\n  bio: { zh: 基准测试用的虚构人物。, en: A fictional person for the benchmark. }\n  sources: [${source}]\n`)
			.join('')
	);
	const themes = ids('themes.yaml').map((t) => t.id);
	// The last ten sessions, and a few large themes first: the shape of the real archive.
	const sessions = ids('sessions.yaml').filter((s) => s.year).map((s) => s.id).slice(-10);
	const zh = sentences(srcContent, 'zh');
	const en = sentences(srcContent, 'en');
	const published: string[] = [];
	for (let i = 0; i < n; i++) {
		const session = pick(sessions, i);
		const person = pick(extra, i * 7);
		const id = `${session}-${person.id}-bench-${i}`;
		published.push(id);
		const dir = join(dest, 'proposals', id);
		mkdirSync(dir);
		const chosen = [pick(themes.slice(0, 2), i), pick(themes, i * 3 + 1)].filter((t, k, all) => all.indexOf(t) === k);
		const kind = person.body === 'npc' ? 'suggestion' : 'proposal';
		const meta = `person: ${person.id}\nsession: '${session}'\nkind: ${kind}\nthemes: [${chosen.join(', ')}]\nofficialTitle: false\n`;
		const uses = `sources:\n  - source: ${source}\n    supports: { zh: 全文, en: The whole page }\nreviewed: 2026-11-23\n`;
		// One in five is known only by its title, as in the real archive.
		if (i % 5 === 4) {
			writeFileSync(join(dir, 'meta.yaml'), `${meta}titleOnly: true\ntitle: { zh: '基准测试标题第 ${i} 号', en: 'Benchmark title ${i}' }\n${uses}`);
			continue;
		}
		writeFileSync(join(dir, 'meta.yaml'), meta + uses);
		const body = (lines: string[], lang: 'zh' | 'en') => {
			const s = (k: number) => pick(lines, i * 13 + k);
			const recs = [1, 2, 3, 4, 5].map((k) => `${k}. **${s(k * 5).slice(0, lang === 'zh' ? 10 : 40)}** ${s(k * 5 + 1)} ${s(k * 5 + 2)}`).join('\n');
			const [bg, rec] = lang === 'zh' ? ['背景', '建议'] : ['Background', 'Recommendations'];
			return `## ${bg}\n\n${s(0)} ${s(1)} ${s(2)} <Cite source="${source}" />\n\n${s(3)} ${s(4)}\n\n## ${rec}\n\n${recs}\n`;
		};
		// JSON strings are YAML double-quoted strings: any sentence is safe in the frontmatter.
		const frontmatter = (title: string, summary: string) => `---\ntitle: ${JSON.stringify(title)}\nsummary: ${JSON.stringify(summary)}\n---\n\n`;
		writeFileSync(join(dir, 'zh.mdx'), frontmatter(`基准测试建议第 ${i} 号：${pick(zh, i).slice(0, 16)}`, pick(zh, i + 1).slice(0, 120)) + body(zh, 'zh'));
		writeFileSync(join(dir, 'en.mdx'), frontmatter(`Benchmark proposal ${i}: ${pick(en, i).slice(0, 50)}`, pick(en, i + 1).slice(0, 250)) + body(en, 'en'));
	}
	writeFileSync(join(dest, 'published.yaml'), published.map((id) => `- ${id}`).join('\n') + '\n');
}

/**
 * Change one written proposal's text in both languages, as a deploy of a changed archive does:
 * its first paragraph gains a sentence naming the round. Its card is unchanged (the title is).
 */
export function reviseProposal(contentDir: string, round: number): void {
	const dir = join(contentDir, 'proposals');
	const id = readdirSync(dir)
		.sort()
		.find((name) => existsSync(join(dir, name, 'en.mdx')));
	if (!id) return;
	const revise = (lang: 'zh' | 'en', heading: string, sentence: string) => {
		const file = join(dir, id, `${lang}.mdx`);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/Revised in round \d+\. |第 \d+ 轮修订。/, '').replace(`## ${heading}\n\n`, `## ${heading}\n\n${sentence}`));
	};
	revise('zh', '背景', `第 ${round} 轮修订。`);
	revise('en', 'Background', `Revised in round ${round}. `);
}

/** A copy of the site's code from `root` in `<work>/site`, sharing node_modules; its content/ is the caller's. */
export function siteCopy(root: string, work: string): string {
	const site = join(work, 'site');
	mkdirSync(site);
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(site, entry), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
	return site;
}

/** A bare Astro 7 project rendering every MDX text of `contentDir` as a page, no site code. */
export function bareProject(contentDir: string, dir: string, nodeModules: string): void {
	mkdirSync(join(dir, 'src/pages'), { recursive: true });
	mkdirSync(join(dir, 'src/components'), { recursive: true });
	symlinkSync(nodeModules, join(dir, 'node_modules'));
	cpSync(join(contentDir, 'proposals'), join(dir, 'proposals'), { recursive: true });
	writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
	writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n");
	writeFileSync(join(dir, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { texts: defineCollection({ loader: glob({ pattern: '*/{zh,en}.mdx', base: './proposals' }) }) };\n");
	writeFileSync(join(dir, 'src/components/Cite.astro'), '<sup>[{Astro.props.source}]</sup>\n');
	writeFileSync(
		join(dir, 'src/pages/[...id].astro'),
		"---\nimport { getCollection, render } from 'astro:content';\nimport Cite from '../components/Cite.astro';\nexport async function getStaticPaths() {\n\treturn (await getCollection('texts')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"en\"><head><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content components={{ Cite }} /></body></html>\n"
	);
}
